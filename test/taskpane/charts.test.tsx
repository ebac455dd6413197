/** @jest-environment jsdom */
/**
 * The charts in the pane, through the accessibility tree: each indicator's chart is an image
 * named by its caption, and its data a table behind "Show the chart's data".
 */

import { screen, within } from "@testing-library/react";
import { calculate, checkSample, openIndicator, renderPane } from "./support";
import { indicatorChart } from "../../src/charts";

describe("the charts' text equivalents in the pane", () => {
  test("indicator 2: an image named by its caption, and the data as a table", async () => {
    const pane = renderPane();
    await calculate(pane);
    const section = await openIndicator(pane.user, "I2");
    const image = await within(section).findByRole("img", {
      name: /^Appointment from shortlisting, relative likelihood/,
    });
    expect(image).toHaveAccessibleName(
      "Appointment from shortlisting, relative likelihood on a scale centred on 1.00, the band 0.80 to 1.25 shaded. " +
        "This year: 1.60 (95% CI 1.37 to 1.86), at or above 1.25: an adverse gap; last year 1.45. " +
        "Above 1.00, BME applicants were less likely to be appointed from shortlisting.",
    );
    expect(image.tagName.toLowerCase()).toBe("svg");

    await pane.user.click(within(section).getByText("Show the chart's data"));
    const table = within(section).getByRole("table", {
      name: "Appointment from shortlisting, relative likelihood: data",
    });
    const columns = within(table)
      .getAllByRole("columnheader")
      .map((c) => c.textContent);
    expect(columns).toEqual(["Figure", "Relative likelihood", "95% CI", "Last year", "Status"]);
    const row = within(table).getByRole("rowheader", { name: "This year" }).closest("tr")!;
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1.60", "1.37 to 1.86", "1.45", "adverse gap"]);
  });

  test("indicator 1: the bands against the workforce, under-represented rows named in the table", async () => {
    const pane = renderPane();
    await calculate(pane);
    const section = await openIndicator(pane.user, "I1");
    const image = await within(section).findByRole("img", { name: /^BME share of each pay band/ });
    expect(image).toHaveAccessibleName(expect.stringContaining("against the workforce's 25.7%"));
    await pane.user.click(within(section).getByText("Show the chart's data"));
    const table = within(section).getByRole("table", { name: "BME share by pay band: data" });
    const band8a = within(table).getByRole("rowheader", { name: "Band 8a, non-clinical staff" }).closest("tr")!;
    expect(
      within(band8a)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["12.2%", "−13.5 points", "yes"]);
    const under = checkSample().flags.filter((f) => f.code === "UNDER_REPRESENTED_BAND").length;
    expect(within(table).getAllByRole("cell", { name: "yes" })).toHaveLength(under);
  });

  test("indicator 6 and indicator 9: White and BME, board and workforce, each gap in points with last year's", async () => {
    const pane = renderPane();
    await calculate(pane);
    const survey = await openIndicator(pane.user, "I6");
    const surveyImage = await within(survey).findByRole("img", { name: /^Staff survey/ });
    expect(surveyImage).toHaveAccessibleName(
      "Staff survey, Harassment, bullying or abuse from staff: White 20.5%, BME 24.1%, a gap of +3.6 points (adverse gap); last year +4.5 points. A positive gap (BME above White) is adverse.",
    );
    const board = await openIndicator(pane.user, "I9");
    const check = checkSample();
    const caption = indicatorChart("I9", check.indicators, check.settings)!.text.caption;
    expect(await within(board).findByRole("img", { name: caption })).toBeInTheDocument();
    expect(caption).toContain("differences total board −11.4 points (adverse), voting members −7.5 points (adverse)");
    await pane.user.click(within(board).getByText("Show the chart's data"));
    const table = within(board).getByRole("table", { name: "Board membership compared with the workforce: data" });
    expect(
      within(table).getByRole("rowheader", { name: "BME share of the workforce" }).closest("tr"),
    ).toHaveTextContent("25.7%");
  });

  test("every indicator of the sample has its chart", async () => {
    const pane = renderPane();
    await calculate(pane);
    for (const id of ["I3", "I4", "I5", "I7", "I8"] as const) {
      const section = await openIndicator(pane.user, id);
      // Its own chart, and (the sample having four earlier years) its figure year by year.
      const images = await within(section).findAllByRole("img");
      expect(images).toHaveLength(2);
      expect(images[1]).toHaveAccessibleName(expect.stringMatching(/^Year by year from 2020 to 2025, /));
    }
    expect(screen.getAllByText("Show the chart's data")).toHaveLength(5);
  });
});
