/** @jest-environment jsdom */
/**
 * Template 1.1 in the pane: each indicator's figure over the years (the sentence on its run and
 * its chart, with the data behind a disclosure), and indicator 1's aspirational goals (the target,
 * the method labelled as this tool's, the chart and the table). The sample has four earlier years.
 */

import { within } from "@testing-library/react";
import { calculate, checkSample, fakeService, openIndicator, renderPane, SAMPLE_BYTES } from "./support";
import { success } from "../../src/taskpane/wres-service";
import { readXlsx } from "../../src/workbook/xlsx";
import { validateWorkbook, type CheckedWorkbook } from "../../src/wres/check";
import { I1_BLOCK_ROWS, templateNames } from "../../src/wres/contract";
import type { RawCell, RawName, RawWorkbook } from "../../src/wres/raw";
import { DEFAULT_SETTINGS, type Settings } from "../../src/wres/settings";

/** A pane whose service answers with this check. */
function paneWith(check: CheckedWorkbook) {
  const service = fakeService();
  service.calculate.mockResolvedValue(success({ kind: "checked", check, written: true, fileName: null }));
  return renderPane(service);
}

/** The sample with one band's counts (White, BME, Unknown) set to 0 in the non-clinical and clinical blocks. */
function sampleWithEmptyBand(band: string, settings: Settings = DEFAULT_SETTINGS): CheckedWorkbook {
  const read = readXlsx(SAMPLE_BYTES, templateNames());
  if (!read.ok) throw new Error(read.error);
  const names = new Map<string, RawName>(read.workbook.names);
  for (const block of ["NonClinical", "Clinical"] as const) {
    const name = `WRES_I1_${block}`;
    const raw = names.get(name);
    const range = raw?.workbook;
    if (!raw || !range || range.kind !== "range" || !range.cells) throw new Error(`${name} is not a range`);
    const row = I1_BLOCK_ROWS[block].indexOf(band);
    const zero: RawCell = { type: "number", value: 0, numberFormat: "General" };
    const cells = range.cells.map((r, i) => (i === row ? r.map(() => zero) : r));
    names.set(name, { ...raw, workbook: { ...range, cells } });
  }
  const workbook: RawWorkbook = { ...read.workbook, names };
  const check = validateWorkbook(workbook, { settings });
  if (check.kind !== "checked") throw new Error(check.message);
  return check;
}

const cellsOf = (row: HTMLElement): (string | null)[] =>
  within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);

describe("the figure over the years in an indicator's panel", () => {
  test("indicator 2: the sentence on its run, and its six years as a chart and a table", async () => {
    const pane = renderPane();
    await calculate(pane);
    const section = await openIndicator(pane.user, "I2");
    expect(within(section).getByRole("heading", { name: "Year by year, 2020 to 2025" })).toBeInTheDocument();
    expect(
      within(section).getByText(
        "RL2 has been at or above 1.25 in each of the last six years, moving further from 1.00 every year since 2023.",
      ),
    ).toBeInTheDocument();
    const image = await within(section).findByRole("img", { name: /^Year by year from 2020 to 2025/ });
    expect(image).toHaveAccessibleName(
      "Year by year from 2020 to 2025, appointment from shortlisting, relative likelihood on a scale centred on 1.00, " +
        "the band 0.80 to 1.25 shaded: 2020 1.52; 2021 1.38; 2022 1.41; 2023 1.33; 2024 1.45; 2025 1.60. " +
        "RL2 has been at or above 1.25 in each of the last six years, moving further from 1.00 every year since 2023.",
    );
    await pane.user.click(within(section).getByText("Show the figures year by year"));
    const table = within(section).getByRole("table", { name: "Appointment from shortlisting, year by year: data" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Year", "Relative likelihood"]);
    const years = within(table)
      .getAllByRole("rowheader")
      .map((h) => [h.textContent, ...cellsOf(h.closest("tr")!)]);
    expect(years).toEqual([
      ["2020", "1.52"],
      ["2021", "1.38"],
      ["2022", "1.41"],
      ["2023", "1.33"],
      ["2024", "1.45"],
      ["2025", "1.60"],
    ]);
  });

  test("indicator 9: a year without a figure says so in the table, not 0", async () => {
    const pane = renderPane();
    await calculate(pane);
    const section = await openIndicator(pane.user, "I9");
    await within(section).findByRole("img", { name: /^Year by year from 2020 to 2025/ });
    await pane.user.click(within(section).getByText("Show the figures year by year"));
    const table = within(section).getByRole("table", { name: /year by year: data$/ });
    const row = (year: string) => cellsOf(within(table).getByRole("rowheader", { name: year }).closest("tr")!);
    expect(row("2020")).toEqual(["no figure"]);
    expect(row("2021")).toEqual(["−16.2 points"]);
    expect(row("2024")).toEqual(["no figure"]);
    expect(row("2025")).toEqual(["−11.4 points"]);
  });

  test("indicator 1: the workforce BME % over the years", async () => {
    const pane = renderPane();
    await calculate(pane);
    const section = await openIndicator(pane.user, "I1");
    expect(
      within(section).getByText("The workforce BME % has risen every year since 2020, from 21.4% to 25.7% in 2025."),
    ).toBeInTheDocument();
    expect(await within(section).findByRole("img", { name: /^Year by year from 2020 to 2025/ })).toHaveAccessibleName(
      expect.stringContaining("2020 21.4%; 2021 22.3%; 2022 22.9%; 2023 23.6%; 2024 24.2%; 2025 25.7%."),
    );
  });

  test("a workbook without history (template 1.0) shows no years and no goals", async () => {
    const pane = paneWith({ ...checkSample(), beyond: {} });
    await calculate(pane);
    const section = await openIndicator(pane.user, "I2");
    expect(await within(section).findAllByRole("img")).toHaveLength(1);
    expect(within(section).queryByText(/^Year by year/)).toBeNull();
    const i1 = await openIndicator(pane.user, "I1");
    expect(within(i1).queryByText(/Aspirational goals/)).toBeNull();
  });
});

describe("the aspirational goals in indicator 1's panel", () => {
  test("the sample: the target from the workforce, the method labelled, each band's shortfall and 66 in all", async () => {
    const pane = renderPane();
    await calculate(pane);
    const section = await openIndicator(pane.user, "I1");
    expect(within(section).getByRole("heading", { name: "Aspirational goals for 2028" })).toBeInTheDocument();
    expect(
      within(section).getByText(
        "Target for 2028: 25.7% BME staff in each senior band (the workforce BME %; set in Settings).",
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText(/^Method: this tool's, not NHS England's/)).toBeInTheDocument();
    const table = within(section).getByRole("table", { name: "Senior bands against the goal for 2028" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Band or grade", "BME now", "At the goal", "Short"]);
    const row = (band: string) =>
      cellsOf(
        within(table)
          .getByRole("rowheader", { name: new RegExp(`^${band}`) })
          .closest("tr")!,
      );
    // Band 8a: 40 of 267 BME (15.0%); 267 × 25.663% (the workforce) = 68.52, rounded up to 69 at the goal; 69 − 40 = 29 short.
    expect(row("Band 8a")).toEqual(["40 (15.0%)", "69", "29"]);
    expect(row("Band 8b")).toEqual(["15 (12.5%)", "31", "16"]);
    expect(row("Band 9")).toEqual(["0 (0.0%)", "3", "3"]);
    expect(row("VSM")).toEqual(["2 (11.8%)", "5", "3"]);
    // 29 + 16 + 10 + 5 + 3 + 3 = 66.
    const total = within(table).getByRole("rowheader", { name: "BME staff short of the goal, all senior bands" });
    expect(cellsOf(total.closest("tr")!)).toEqual(["66"]);
    const chart = await within(section).findByRole("img", { name: /^BME share of each senior band now/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining("against the goal of 25.7% for 2028 (this tool's method"),
    );
    expect(chart).toHaveAccessibleName(expect.stringContaining("In all, 66 BME staff members short."));
  });

  test('a band with no staff says "no staff", never 0 %', async () => {
    const check = sampleWithEmptyBand("Band 8d");
    const band8d = check.beyond.goals!.rows.find((r) => r.label === "Band 8d")!;
    expect(band8d.headcount).toBe(0);
    const pane = paneWith(check);
    await calculate(pane);
    const section = await openIndicator(pane.user, "I1");
    const table = within(section).getByRole("table", { name: "Senior bands against the goal for 2028" });
    const header = within(table).getByRole("rowheader", { name: /^Band 8d/ });
    expect(header).toHaveTextContent("Band 8d0 staff");
    const cells = cellsOf(header.closest("tr")!);
    expect(cells[0]).toBe("no staff");
    expect(cells).not.toContain("0.0%");
    expect(cells).not.toContain("0 (0.0%)");
    await pane.user.click(within(section).getByText("Show the goals chart's data"));
    const data = within(section).getByRole("table", { name: "Aspirational goals for 2028: data" });
    expect(cellsOf(within(data).getByRole("rowheader", { name: "Band 8d" }).closest("tr")!)[0]).toBe("no staff");
    expect(
      await within(section).findByRole("img", { name: /^BME share of each senior band now/ }),
    ).toHaveAccessibleName(expect.stringContaining("Band 8d no staff;"));
  });

  test("a fixed target share: the goal at that share, said as a fixed share", async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, goalShare: 0.3 };
    const check = sampleWithEmptyBand("Band 8d", settings);
    const pane = paneWith(check);
    await calculate(pane);
    const section = await openIndicator(pane.user, "I1");
    expect(
      within(section).getByText(
        "Target for 2028: 30.0% BME staff in each senior band (a fixed share; set in Settings).",
      ),
    ).toBeInTheDocument();
    const table = within(section).getByRole("table", { name: "Senior bands against the goal for 2028" });
    // Band 8a: ⌈0.3 × 267⌉ = ⌈80.1⌉ = 81 at the goal, 81 − 40 = 41 short.
    expect(
      cellsOf(
        within(table)
          .getByRole("rowheader", { name: /^Band 8a/ })
          .closest("tr")!,
      ),
    ).toEqual(["40 (15.0%)", "81", "41"]);
  });
});
