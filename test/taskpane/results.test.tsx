/** @jest-environment jsdom */
/**
 * The results of the real sample (read and checked by the domain): each indicator's figure,
 * meaning, interval, status in words and last year's, the summary counts and what was written.
 */

import { screen, within } from "@testing-library/react";
import { formatFlagCounts, plural } from "../../src/wres/format";
import { success, type PaneOutcome } from "../../src/taskpane/wres-service";
import { rlMeaning } from "../../src/wres/indicator-words";
import { calculate, checkSample, fakeService, indicatorButton, openIndicator, renderPane } from "./support";

describe("the sample's results after Calculate", () => {
  test("indicator 2: RL 1.60 with its sentence, its interval labelled as an addition, adverse in words", async () => {
    const pane = renderPane();
    await calculate(pane);
    const header = indicatorButton("I2");
    expect(header).toHaveTextContent("Appointment from shortlisting");
    expect(within(header).getByText("1.60")).toBeInTheDocument();
    expect(within(header).getByText("adverse gap")).toBeInTheDocument();

    const section = await openIndicator(pane.user, "I2");
    expect(
      within(section).getByText(
        "White applicants were 1.60 times as likely to be appointed from shortlisting as BME applicants.",
      ),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent("95% CI 1.37 to 1.86: excludes 1.00, statistically significant");
    expect(section).toHaveTextContent("(An addition to the standard.)");
    expect(section).toHaveTextContent("Last year1.45, worse than last year");
  });

  test("indicator 3: RL 1.32, not significant, better than last year, and the two-year figure", async () => {
    const pane = renderPane();
    await calculate(pane);
    expect(within(indicatorButton("I3")).getByText("1.32")).toBeInTheDocument();
    const section = await openIndicator(pane.user, "I3");
    expect(section).toHaveTextContent(rlMeaning("I3", checkSample().indicators.I3.rl!));
    expect(section).toHaveTextContent("includes 1.00, not statistically significant");
    expect(section).toHaveTextContent("Over two years1.41");
    expect(section).toHaveTextContent("Last year1.50, better than last year");
  });

  test("indicator 4 is within the band", async () => {
    const pane = renderPane();
    await calculate(pane);
    const header = indicatorButton("I4");
    expect(header).toHaveTextContent("1.05");
    expect(header).toHaveTextContent("within the band");
  });

  test("indicator 6: the survey gap +3.6 points, adverse, with its sentence and last year's gap", async () => {
    const pane = renderPane();
    await calculate(pane);
    const header = indicatorButton("I6");
    expect(within(header).getByText("+3.6 points")).toBeInTheDocument();
    expect(within(header).getByText("adverse gap")).toBeInTheDocument();
    const section = await openIndicator(pane.user, "I6");
    expect(section).toHaveTextContent(
      "24.1% of BME staff and 20.5% of White staff experienced harassment, bullying or abuse from staff: a gap of +3.6 points.",
    );
    expect(section).toHaveTextContent("Staff surveyWhite 20.5%, BME 24.1%");
    expect(section).toHaveTextContent("Last year+4.5 points, better than last year");
  });

  test("a survey interval is shown but not labelled an addition (the standard allows it)", async () => {
    const pane = renderPane();
    await calculate(pane);
    const section = await openIndicator(pane.user, "I5");
    expect(section).toHaveTextContent("95% CI −2.8 points to +5.2 points");
    expect(section).not.toHaveTextContent("addition to the standard");
    expect(indicatorButton("I5")).toHaveTextContent("within the threshold");
  });

  test("indicator 9: the board's differences in points with their sentences", async () => {
    const pane = renderPane();
    await calculate(pane);
    expect(indicatorButton("I9")).toHaveTextContent("−11.4 points");
    const section = await openIndicator(pane.user, "I9");
    expect(section).toHaveTextContent(
      "The BME share of total board is 11.4 points below the BME share of the workforce.",
    );
    expect(section).toHaveTextContent("Voting members−7.5 points");
    expect(section).toHaveTextContent("BME shareboard 14.3%, workforce 25.7%");
  });

  test("indicator 1: the workforce, a table per block, under-represented rows marked in words", async () => {
    const pane = renderPane();
    await calculate(pane);
    const check = checkSample();
    const underRepresented = check.flags.filter((f) => f.code === "UNDER_REPRESENTED_BAND").length;
    expect(indicatorButton("I1")).toHaveTextContent("6,032 staff, 25.7% BME");
    expect(indicatorButton("I1")).toHaveTextContent(`${plural(underRepresented, "row")} under-represented`);

    const section = await openIndicator(pane.user, "I1");
    expect(section).toHaveTextContent("WorkforceWhite 71.4%, BME 25.7%, Unknown 2.9%");
    const nonClinical = within(section).getByRole("table", { name: "Non-clinical staff" });
    const band8a = within(nonClinical)
      .getByRole("rowheader", { name: /^Band 8a/ })
      .closest("tr")!;
    expect(band8a).toHaveTextContent("Band 8a82 staffunder-represented12.2%−13.5 points");
    const band1 = within(nonClinical)
      .getByRole("rowheader", { name: /^Band 1\b/ })
      .closest("tr")!;
    expect(band1).not.toHaveTextContent("under-represented");
    expect(within(section).getAllByText("under-represented")).toHaveLength(underRepresented);
    expect(within(section).getByRole("table", { name: "Medical and dental staff" })).toBeInTheDocument();
  });

  test("the summary: who, the counts in words equal to the check's, its summary line, what was written", async () => {
    const pane = renderPane();
    await calculate(pane);
    const { counts, summaryLine } = checkSample();
    const summary = screen.getByRole("region", { name: "Results" });
    expect(summary).toHaveTextContent("Northmoor Valley NHS Foundation Trust (RNV): reporting year 2025");
    const list = within(summary).getByRole("list", { name: `Found ${formatFlagCounts(counts)}` });
    expect(list).toHaveTextContent(`${plural(counts.errors, "error")}`);
    expect(list).toHaveTextContent(`${plural(counts.gaps, "gap")}`);
    expect(within(summary).getByText(summaryLine)).toBeInTheDocument();
    expect(summary).toHaveTextContent("were written to the workbook");
    expect(summary).toHaveTextContent("Computed with the default thresholds.");
  });

  test("a figure that is not computable says so, with the reason, never 0 or NaN", async () => {
    const service = fakeService();
    const check = checkSample();
    const reason = "A group's population is zero, so its rate is undefined.";
    const outcome: PaneOutcome = {
      kind: "checked",
      written: false,
      fileName: null,
      check: {
        ...check,
        indicators: {
          ...check.indicators,
          I4: {
            ...check.indicators.I4,
            rl: null,
            ci: null,
            status: "not-computable",
            trend: null,
            notComputable: reason,
          },
        },
      },
    };
    service.calculate.mockResolvedValueOnce(success(outcome));
    const pane = renderPane(service);
    await calculate(pane);
    expect(indicatorButton("I4")).toHaveTextContent("not computable");
    expect(indicatorButton("I4")).not.toHaveTextContent(/NaN|Infinity/);
    const section = await openIndicator(pane.user, "I4");
    expect(section).toHaveTextContent(`Not computable: ${reason}`);
  });
});

describe("announcements and focus", () => {
  test("the live region says Calculating…, then the counts; focus moves to the results heading", async () => {
    const pane = renderPane();
    const live = screen.getByRole("status");
    expect(live).toHaveAttribute("aria-live", "polite");
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    const heading = await screen.findByRole("heading", { name: "Results" });
    expect(live).toHaveTextContent(`Calculated: ${formatFlagCounts(checkSample().counts)}`);
    // The 1.1 sample's action plan adds 3 warnings and 1 note; I7's 0.588 beside 45 adds PCT_AMBIGUOUS (see presentation.test.ts).
    expect(live).toHaveTextContent("Calculated: 4 errors, 9 warnings, 19 gaps, 3 notes");
    expect(heading).toHaveFocus();
  });

  test("Validate only validates, writes nothing and says so", async () => {
    const pane = renderPane();
    await pane.user.click(await screen.findByRole("button", { name: "Validate only" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(pane.service.validate).toHaveBeenCalledTimes(1);
    expect(pane.service.calculate).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent(/^Validated: /);
    expect(screen.getByRole("region", { name: "Results" })).toHaveTextContent("Nothing was written");
  });
});
