/**
 * Reading template 1.1's blocks (template.md "Template 1.1", wres.md "Beyond the single year"):
 * the history, the action plan and the goal year, each rule with its flag at its cell, and
 * their absence from a 1.0 workbook said by no flag at all.
 */

import { NO_BEYOND_INPUTS } from "../../src/wres/beyond-inputs";
import { readCell } from "../../src/wres/cell-value";
import type { Flag } from "../../src/wres/flags";
import { readWorkbook } from "../../src/wres/read";
import type { RawRange, RawWorkbook } from "../../src/wres/raw";
import { addressOf, cell, rawWorkbook, TOP_ROW, validYear, type TestValue } from "../helpers/raw-workbook";

const H = "WRES_History";
const A = "WRES_ActionPlan";
const G = "WRES_Goals_Year";
const BEYOND = [H, A, G, "WRES_Goals"];

/** The flags on the blocks of template 1.1 only. */
const beyondFlags = (flags: readonly Flag[]): Flag[] => flags.filter((f) => f.name !== null && BEYOND.includes(f.name));

function read(values: Record<string, TestValue[][]>, raw?: RawWorkbook) {
  const outcome = readWorkbook(raw ?? rawWorkbook({ ...validYear(), ...values }));
  return { beyond: outcome.inputs.beyond, flags: beyondFlags(outcome.flags), all: outcome.flags };
}

/** A history row: year, BME %, RL2, RL3, RL4, I5–I8 gaps, I9 total. */
const hist = (...v: TestValue[]): TestValue[] => v;

describe("WRES_History", () => {
  test("an empty block reads as no earlier years, without a flag", () => {
    expect(read({})).toMatchObject({ beyond: { history: [] }, flags: [] });
  });

  test("filled rows are read oldest first, empty rows anywhere are skipped, a blank figure is null", () => {
    const { beyond, flags } = read({
      [H]: [
        hist(2022, 0.229, 1.41, 1.58, 1.12, 0.024, 0.048, -0.159, 0.086, -0.139),
        [],
        hist(2021, 0.223, 1.38, null, 1.15, 0.027, 0.052, -0.156, 0.088, null),
      ],
    });
    expect(flags).toEqual([]);
    expect(beyond.history).toEqual([
      {
        row: 2,
        year: 2021,
        workforceBmePct: 0.223,
        rl: { I2: 1.38, I3: null, I4: 1.15 },
        gap: { I5: 0.027, I6: 0.052, I7: -0.156, I8: 0.088 },
        i9Total: null,
      },
      {
        row: 0,
        year: 2022,
        workforceBmePct: 0.229,
        rl: { I2: 1.41, I3: 1.58, I4: 1.12 },
        gap: { I5: 0.024, I6: 0.048, I7: -0.159, I8: 0.086 },
        i9Total: -0.139,
      },
    ]);
  });

  test("a filled row without its year is an error on the year cell, and the row is left out", () => {
    const { beyond, flags } = read({ [H]: [[], hist(null, 0.2, 1.3)] });
    expect(beyond.history).toEqual([]);
    expect(flags).toEqual([
      {
        code: "MISSING_VALUE",
        severity: "error",
        indicator: null,
        name: H,
        cell: addressOf(H, 1, 0),
        where: "Row 2, Reporting year",
        message:
          "Earlier years: Row 2, Reporting year is empty while the row has figures; enter the reporting year they are for, or clear the row.",
      },
    ]);
  });

  test.each([
    [2024, "is 2024, the previous year; the history holds only years before 2024"],
    [2025, "is 2025, the reporting year; the history holds only years before 2024"],
    [2030, "is 2030, after the reporting year; the history holds only years before 2024"],
  ])("year %p (reporting year 2025) is an error and the row is not read", (year, says) => {
    const { beyond, flags } = read({ [H]: [hist(2023, 0.2), hist(year, 0.21)] });
    expect(beyond.history?.map((y) => y.year)).toEqual([2023]);
    expect(flags).toEqual([
      {
        code: "INVALID_VALUE",
        severity: "error",
        indicator: null,
        name: H,
        cell: addressOf(H, 1, 0),
        where: "Row 2, Reporting year",
        message: `Earlier years: Row 2, Reporting year ${says} (the previous year has its own blocks), so this row is not read.`,
      },
    ]);
  });

  test("a year repeated is an error on the later row; the first row is kept", () => {
    const { beyond, flags } = read({ [H]: [hist(2021, 0.2), hist(2022, 0.21), hist(2021, 0.3)] });
    expect(beyond.history?.map((y) => [y.year, y.workforceBmePct])).toEqual([
      [2021, 0.2],
      [2022, 0.21],
    ]);
    expect(flags.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      [
        "INVALID_VALUE",
        "error",
        addressOf(H, 2, 0),
        "Earlier years: Row 3, Reporting year is 2021, which Row 1 already holds; each earlier year goes in one row only, so this row is not read.",
      ],
    ]);
  });

  test("a year that is not a year is flagged as such and the row is left out", () => {
    const { beyond, flags } = read({ [H]: [hist("2021", 0.2), hist(2021.5, 0.2)] });
    expect(beyond.history).toEqual([]);
    expect(flags.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        "NOT_A_NUMBER",
        addressOf(H, 0, 0),
        'Earlier years: Row 1, Reporting year holds "2021" as text, not a number; re-enter it as a number.',
      ],
      [
        "INVALID_VALUE",
        addressOf(H, 1, 0),
        "Earlier years: Row 2, Reporting year is 2021.5; a year must be a whole number such as 2025.",
      ],
    ]);
  });

  test("a percentage typed as 45 is read as 45% with a warning; 150 is out of range", () => {
    const { beyond, flags } = read({ [H]: [hist(2021, 45), hist(2022, 150)] });
    expect(beyond.history?.map((y) => y.workforceBmePct)).toEqual([0.45, null]);
    expect(flags.map((f) => [f.code, f.severity, f.indicator, f.cell, f.message])).toEqual([
      [
        "PCT_AS_WHOLE_NUMBER",
        "warning",
        "I1",
        addressOf(H, 0, 1),
        "Earlier years: Row 1, Workforce BME % holds 45, read as 45%; enter it as 45% (0.45) to clear this notice.",
      ],
      [
        "PCT_OUT_OF_RANGE",
        "error",
        "I1",
        addressOf(H, 1, 1),
        "Earlier years: Row 2, Workforce BME % is 150 (15,000%); a percentage must lie between 0% and 100%.",
      ],
    ]);
  });

  test("a gap typed in points (-4.3) is read as -4.3 points with a warning; 250 is out of range", () => {
    const { beyond, flags } = read({ [H]: [hist(2021, null, null, null, null, null, null, -4.3, null, 250)] });
    expect(beyond.history?.[0].gap.I7).toBeCloseTo(-0.043, 12);
    expect(beyond.history?.[0].i9Total).toBeNull();
    expect(flags.map((f) => [f.code, f.severity, f.indicator, f.cell, f.message])).toEqual([
      [
        "PCT_AS_WHOLE_NUMBER",
        "warning",
        "I7",
        addressOf(H, 0, 7),
        "Earlier years: Row 1, I7 gap holds -4.3, read as -4.3 percentage points; enter it as -4.3% (-0.043) to clear this notice.",
      ],
      [
        "PCT_OUT_OF_RANGE",
        "error",
        "I9",
        addressOf(H, 0, 9),
        "Earlier years: Row 1, I9 total difference is 250; a difference of percentages lies between −100% and 100%.",
      ],
    ]);
  });

  test("a relative likelihood must be above 0; text in its place is not a number", () => {
    const { beyond, flags } = read({ [H]: [hist(2021, null, 0, -1.2, "1.3")] });
    expect(beyond.history?.[0].rl).toEqual({ I2: null, I3: null, I4: null });
    expect(flags.map((f) => [f.code, f.severity, f.indicator, f.cell, f.message])).toEqual([
      [
        "INVALID_VALUE",
        "error",
        "I2",
        addressOf(H, 0, 2),
        "Earlier years: Row 1, RL2 is 0; a relative likelihood is more than 0.",
      ],
      [
        "INVALID_VALUE",
        "error",
        "I3",
        addressOf(H, 0, 3),
        "Earlier years: Row 1, RL3 is -1.2; a relative likelihood is more than 0.",
      ],
      [
        "NOT_A_NUMBER",
        "error",
        "I4",
        addressOf(H, 0, 4),
        'Earlier years: Row 1, RL4 holds "1.3" as text, not a number; re-enter it as a number.',
      ],
    ]);
  });

  test("without a readable reporting year, years are still checked for repeats", () => {
    const { beyond, flags } = read({ WRES_ReportingYear: [[null]], [H]: [hist(2030, 0.2), hist(2030, 0.2)] });
    expect(beyond.history?.map((y) => y.year)).toEqual([2030]);
    expect(flags.map((f) => f.cell)).toEqual([addressOf(H, 1, 0)]);
  });
});

/** An action-plan row: Indicator, Finding, Action, Lead, Due, Status, Measure. */
const act = (...v: TestValue[]): TestValue[] => v;

describe("WRES_ActionPlan", () => {
  test("empty rows are left out; each row keeps its place; text is read trimmed, blank as empty", () => {
    const { beyond, flags } = read({
      [A]: [
        [],
        act(" I2 ", "RL2 1.60", "Diverse panels", "  Director of People ", 46112, "Done", "RL2 < 1.25"),
        [null, "   "],
        act("I7", null, "Career conversations", "Head of Talent", null, null, null),
      ],
    });
    expect(flags).toEqual([]);
    expect(beyond.actionPlan).toEqual([
      {
        row: 1,
        indicator: "I2",
        finding: "RL2 1.60",
        action: "Diverse panels",
        lead: "Director of People",
        due: "2026-03-31",
        status: "Done",
        measure: "RL2 < 1.25",
      },
      {
        row: 3,
        indicator: "I7",
        finding: "",
        action: "Career conversations",
        lead: "Head of Talent",
        due: null,
        status: null,
        measure: "",
      },
    ]);
  });

  test("an indicator code is read in any case; one that names no indicator is an error on the row's Indicator cell", () => {
    const { beyond, flags } = read({ [A]: [act("i3", "x"), act("I10", "x"), act("Workforce", "x"), act(2, "x")] });
    expect(beyond.actionPlan?.map((r) => r.indicator)).toEqual(["I3", null, null, null]);
    expect(flags.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      [
        "INVALID_VALUE",
        "error",
        addressOf(A, 1, 0),
        'Action plan: Action 2, Indicator is "I10", which is not an indicator; enter one of I1 to I9.',
      ],
      [
        "INVALID_VALUE",
        "error",
        addressOf(A, 2, 0),
        'Action plan: Action 3, Indicator is "Workforce", which is not an indicator; enter one of I1 to I9.',
      ],
      [
        "INVALID_VALUE",
        "error",
        addressOf(A, 3, 0),
        'Action plan: Action 4, Indicator is "2", which is not an indicator; enter one of I1 to I9.',
      ],
    ]);
  });

  test("a row with no Indicator covers no finding: a warning on its Indicator cell", () => {
    const { beyond, flags } = read({ [A]: [act(null, null, "Reverse mentoring", "Chief Nurse")] });
    expect(beyond.actionPlan?.[0]).toMatchObject({ indicator: null, action: "Reverse mentoring" });
    expect(flags.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      [
        "MISSING_VALUE",
        "warning",
        addressOf(A, 0, 0),
        "Action plan: Action 1, Indicator is empty, so this action covers no finding; enter the indicator it is for (I1 to I9).",
      ],
    ]);
  });

  test("a Status from the list is read in any case; one outside it is a warning and reads as unknown", () => {
    const { beyond, flags } = read({
      [A]: [act("I2", "x", "a", "b", null, "in  PROGRESS"), act("I3", "x", "a", "b", null, "Completed")],
    });
    expect(beyond.actionPlan?.map((r) => r.status)).toEqual(["In progress", null]);
    expect(flags).toEqual([
      {
        code: "INVALID_VALUE",
        severity: "warning",
        indicator: "I3",
        name: A,
        cell: addressOf(A, 1, 5),
        where: "Action 2, Status",
        message:
          'Action plan: Action 2, Status is "Completed", which is not one of "Not started", "In progress", "Done", so the action\'s status is not known; choose one from the list.',
      },
    ]);
  });

  test.each([
    [46112, "2026-03-31"], // a date Excel stores: 31 March 2026
    [46112.75, "2026-03-31"], // with a time of day
    ["31/03/2026", "2026-03-31"], // day first: 31 cannot be a month
    ["03/31/2026", "2026-03-31"], // month first: only the day shows it
    ["2026-03-31", "2026-03-31"],
    ["2026-03-31T00:00:00Z", "2026-03-31"], // an ISO date cell as a file may store it
    ["31 March 2026", "2026-03-31"],
    ["1 Sept 2026", "2026-09-01"],
    ["04/04/2026", "2026-04-04"], // either way the same day
    ["31.03.26", "2026-03-31"],
  ])("Due %p reads as %p", (due, iso) => {
    const { beyond, flags } = read({ [A]: [act("I2", "x", "a", "b", due)] });
    expect(flags).toEqual([]);
    expect(beyond.actionPlan?.[0].due).toBe(iso);
  });

  test.each([
    [
      "05/04/2026",
      'holds "05/04/2026", which could be 5 April or 4 May; enter it as a date, or as text in the form 2026-04-05 (for 5 April)',
    ],
    ["31/02/2026", 'holds "31/02/2026", which is not a day of the calendar; enter a date such as 31/03/2026'],
    ["end of March", 'holds "end of March", which is not a date; enter a date such as 31/03/2026'],
    ["31/03/1926", 'holds "31/03/1926"; enter the date an action is due, such as 31/03/2026'],
    [45, "holds the number 45, which as a date is 1900-02-14; enter the date an action is due, such as 31/03/2026"],
    [60, "is 29 February 1900, a day that never was (Excel counts it); enter the date again"],
    [0, "holds the number 0, which is not a date; enter a date such as 31/03/2026"],
    [-3, "holds the number -3, which is not a date; enter a date such as 31/03/2026"],
    [1e20, "holds the number 100000000000000000000, which is not a date; enter a date such as 31/03/2026"],
    [true, "holds the logical value TRUE instead of a date"],
    [{ error: "#VALUE!" }, "holds the error #VALUE! instead of a date"],
  ])("Due %p is a warning on the Due cell, and the row has no date", (due, says) => {
    const { beyond, flags } = read({ [A]: [act("I2", "x", "a", "b", due)] });
    expect(beyond.actionPlan?.[0]).toMatchObject({ indicator: "I2", due: null });
    expect(flags.map((f) => [f.severity, f.indicator, f.cell, f.message])).toEqual([
      ["warning", "I2", addressOf(A, 0, 4), `Action plan: Action 1, Due ${says}.`],
    ]);
  });

  test("text in a text column that is an error value is flagged; the row is still read", () => {
    const { beyond, flags } = read({ [A]: [act("I5", { error: "#REF!" }, "a")] });
    expect(beyond.actionPlan?.[0]).toMatchObject({ indicator: "I5", finding: "", action: "a" });
    expect(flags.map((f) => [f.code, f.severity, f.indicator, f.cell, f.message])).toEqual([
      [
        "ERROR_VALUE",
        "error",
        "I5",
        addressOf(A, 0, 1),
        "Action plan: Action 1, Finding holds the error #REF! instead of text.",
      ],
    ]);
  });
});

describe("dates in the 1900 and 1904 date systems", () => {
  test.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [46112, false, "2026-03-31"],
    [0, true, "1904-01-01"],
    [44650, true, "2026-03-31"],
  ])("serial %p (1904 system: %p) is %p", (serial, date1904, iso) => {
    const reading = readCell("date", cell(serial), { date1904 });
    // Dates before 2000 are read, then refused as not a due date: the day they name is in the message.
    if (reading.status === "ok") expect(reading.value).toBe(iso);
    else expect(reading).toMatchObject({ status: "invalid", problem: { says: expect.stringContaining(iso) } });
  });

  test("the workbook's date system reaches the action plan", () => {
    const values = { ...validYear(), [A]: [act("I2", "x", "a", "b", 44650)] };
    const raw = { ...rawWorkbook(values), date1904: true };
    expect(read({}, raw).beyond.actionPlan?.[0].due).toBe("2026-03-31");
    expect(read(values).beyond.actionPlan?.[0].due).toBe("2022-03-30");
  });
});

/** The action plan defined over `rows` rows and `columns` columns at its usual place, with `filled` rows. */
function actionPlanOver(rows: number, columns: number, filled: Record<number, TestValue[]>): RawRange {
  const top = TOP_ROW.get(A)!;
  return {
    kind: "range",
    refersTo: `T!$B$${top + 1}:$${String.fromCharCode(65 + columns)}$${top + rows}`,
    sheet: "T",
    top,
    left: 1,
    rows,
    columns,
    cells: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => cell(filled[r]?.[c] ?? null)),
    ),
  };
}

describe("a taller WRES_ActionPlan", () => {
  test("a range of 32 rows and 7 columns is read in full; a flag on row 32 names Action 32", () => {
    const raw = rawWorkbook(validYear(), {
      definitions: { [A]: actionPlanOver(32, 7, { 0: act("I2", "x"), 31: act("I12", "y", "z") }) },
    });
    const { beyond, flags, all } = read({}, raw);
    expect(all.filter((f) => f.code === "WRONG_SHAPE")).toEqual([]);
    expect(beyond.actionPlan?.map((r) => [r.row, r.indicator, r.action])).toEqual([
      [0, "I2", ""],
      [31, null, "z"],
    ]);
    expect(flags.map((f) => [f.cell, f.message])).toEqual([
      [
        `T!B${TOP_ROW.get(A)! + 32}`,
        'Action plan: Action 32, Indicator is "I12", which is not an indicator; enter one of I1 to I9.',
      ],
    ]);
  });

  test.each([
    [29, 7, "7 columns and at least 30 rows"],
    [40, 6, "7 columns and at least 30 rows"],
  ])("%p rows × %p columns is the wrong shape: a warning, and the plan is not read", (rows, columns, needs) => {
    const raw = rawWorkbook(validYear(), { definitions: { [A]: actionPlanOver(rows, columns, {}) } });
    const { beyond, all } = read({}, raw);
    expect(beyond.actionPlan).toBeNull();
    const shape = all.filter((f) => f.code === "WRONG_SHAPE");
    expect(shape.map((f) => [f.severity, f.name])).toEqual([["warning", A]]);
    expect(shape[0].message).toContain(`covers ${rows} × ${columns} cells, but the template needs ${needs}`);
  });

  test("a taller history is still the wrong shape: only the action plan may be extended", () => {
    const top = TOP_ROW.get(H)!;
    const tall: RawRange = {
      kind: "range",
      refersTo: "T!x",
      sheet: "T",
      top,
      left: 1,
      rows: 6,
      columns: 10,
      cells: [],
    };
    const { beyond, all } = read({}, rawWorkbook(validYear(), { definitions: { [H]: tall } }));
    expect(beyond.history).toBeNull();
    expect(all.filter((f) => f.code === "WRONG_SHAPE").map((f) => f.name)).toEqual([H]);
  });
});

describe("WRES_Goals_Year", () => {
  test.each([
    [null, 2028],
    [2030, 2030],
  ])("%p reads as %p, without a flag", (value, year) => {
    const { beyond, flags } = read({ [G]: [[value]] });
    expect(beyond.goalsYear).toBe(year);
    expect(flags).toEqual([]);
  });

  test.each([
    ["soon", 'Goal year holds the text "soon" instead of a number; 2028 is used.'],
    [1999, "Goal year is 1,999; a year must be a whole number such as 2025; 2028 is used."],
  ])("%p is a warning on the cell, and 2028 is used", (value, message) => {
    const { beyond, flags } = read({ [G]: [[value]] });
    expect(beyond.goalsYear).toBe(2028);
    expect(flags.map((f) => [f.severity, f.cell, f.message])).toEqual([["warning", addressOf(G), message]]);
  });
});

describe("a workbook without the names of template 1.1", () => {
  const without = Object.fromEntries(BEYOND.map((n) => [n, null]));

  test("version 1.0: no flag at all, and the blocks read as absent", () => {
    const full = readWorkbook(rawWorkbook(validYear()));
    const older = readWorkbook(rawWorkbook(validYear(), { definitions: without }));
    expect(older.flags).toEqual(full.flags);
    expect(older.inputs.beyond).toEqual(NO_BEYOND_INPUTS);
  });

  test("a blank version is read as an older workbook too: no flag for the new names", () => {
    const values = { ...validYear(), WRES_TemplateVersion: [[null]] };
    const older = readWorkbook(rawWorkbook(values, { definitions: without }));
    expect(older.flags.filter((f) => f.code === "MISSING_NAME")).toEqual([]);
  });

  test("version 1.1: each missing name is a warning (they are optional), and the rest is read", () => {
    const values = { ...validYear(), WRES_TemplateVersion: [["1.1"]] };
    const r = readWorkbook(rawWorkbook(values, { definitions: without }));
    const missing = r.flags.filter((f) => f.code === "MISSING_NAME");
    expect(missing.map((f) => [f.severity, f.message])).toEqual([
      ["warning", "Earlier years: the workbook has no name WRES_History, so its data cannot be read."],
      ["warning", "Action plan: the workbook has no name WRES_ActionPlan, so its data cannot be read."],
      ["warning", "Goal year: the workbook has no name WRES_Goals_Year, so its data cannot be read."],
      [
        "warning",
        "Aspirational goals: the workbook has no name WRES_Goals, so this output cannot be written or checked.",
      ],
    ]);
    expect(r.inputs.beyond).toEqual(NO_BEYOND_INPUTS);
  });

  test("version 1.0 with a broken WRES_History: the fault is said (the name exists), as a warning", () => {
    const r = readWorkbook(
      rawWorkbook(validYear(), {
        definitions: { [H]: { kind: "broken", refersTo: "#REF!", reason: "refers to #REF!" } },
      }),
    );
    expect(r.flags.filter((f) => f.name === H || f.code === "BROKEN_NAME").map((f) => [f.code, f.severity])).toEqual([
      ["BROKEN_NAME", "warning"],
    ]);
  });
});
