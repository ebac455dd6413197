/**
 * Template faults (template.md "Conventions"): every contract name must be one workbook-scoped
 * range of the contract's shape; missing, broken, misshapen and sheet-scoped names are reported.
 */

import { CONTRACT, specOf } from "../../src/wres/contract";
import type { RawRange } from "../../src/wres/raw";
import { checkTemplate, faultSeverity } from "../../src/wres/template-check";
import { TOP_ROW, addressOf, cell, rawWorkbook, validYear } from "../helpers/raw-workbook";
import { calculate, check, codes, expectFlag, flagsWith } from "./support";

const TEMPLATE_CODES = ["UNKNOWN_TEMPLATE_VERSION", "MISSING_NAME", "BROKEN_NAME", "WRONG_SHAPE", "SHEET_SCOPED_NAME"];

/** A range on sheet T at the name's own rows, of any shape, with empty cells. */
function rangeOf(name: string, rows: number, columns: number): RawRange {
  const top = TOP_ROW.get(name)!;
  return {
    kind: "range",
    refersTo: `T!$B$${top + 1}`,
    sheet: "T",
    top,
    left: 1,
    rows,
    columns,
    cells: Array.from({ length: rows }, () => Array.from({ length: columns }, () => cell(null))),
  };
}

describe("a complete template", () => {
  test("every contract name is usable and there is no template fault", () => {
    const { ranges, flags } = checkTemplate(rawWorkbook(validYear()));
    expect(flags).toEqual([]);
    expect([...ranges.keys()]).toEqual(CONTRACT.map((s) => s.name));
  });
});

describe("faultSeverity: error for a required current-year input, warning otherwise", () => {
  test.each([
    ["WRES_I2_Appointed", "error"],
    ["WRES_Organisation", "error"],
    ["WRES_SurveyYear", "error"],
    ["WRES_I5_Pct", "error"],
    ["WRES_I3_Headcount", "warning"], // optional whole block
    ["WRES_I5_Respondents", "warning"],
    ["WRES_TemplateVersion", "warning"],
    ["WRES_I2_Appointed_PY", "warning"],
    ["WRES_I2_RL", "warning"],
    ["WRES_I2_RL_PY", "warning"],
    ["WRES_CheckSummary", "warning"],
  ])("%s → %s", (name, severity) => {
    expect(faultSeverity(specOf(name))).toBe(severity);
  });
});

describe("MISSING_NAME", () => {
  test("a required current-year input: error, no cell, the message names the name; its indicator is not computed", () => {
    const r = check(validYear(), { definitions: { WRES_I2_Appointed: null } });
    const f = expectFlag(r, { code: "MISSING_NAME", severity: "error", name: "WRES_I2_Appointed", cell: null });
    expect(f.indicator).toBe("I2");
    expect(f.message).toBe(
      "Indicator 2, appointed: the workbook has no name WRES_I2_Appointed, so its data cannot be read.",
    );
    expect(r.indicators.I2.rl).toBeNull();
    expect(r.indicators.I2.status).toBe("not-computable");
    // no MISSING_VALUE for cells that cannot be found
    expect(flagsWith(r, "MISSING_VALUE")).toEqual([]);
  });

  test("an output: warning, and the output is neither written nor reviewed", () => {
    const r = calculate(validYear(), { definitions: { WRES_I2_RL: null } });
    const f = expectFlag(r, { code: "MISSING_NAME", severity: "warning", name: "WRES_I2_RL", cell: null });
    expect(f.message).toContain("this output cannot be written or checked");
    expect(r.outputs.map((b) => b.name)).not.toContain("WRES_I2_RL");
    expect(r.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
  });

  test("a previous-year input: warning", () => {
    const r = check(validYear(), { definitions: { WRES_I2_Appointed_PY: null } });
    const f = expectFlag(r, { code: "MISSING_NAME", severity: "warning", name: "WRES_I2_Appointed_PY", cell: null });
    expect(f.message).toContain("the previous year is not read from it");
  });

  test("the optional headcount block: warning, and the workforce is used without a notice on a cell", () => {
    const r = check(validYear(), { definitions: { WRES_I3_Headcount: null } });
    expectFlag(r, { code: "MISSING_NAME", severity: "warning", name: "WRES_I3_Headcount", cell: null });
    expect(r.indicators.I3.headcountSource).toBe("workforce");
    expect(flagsWith(r, "HEADCOUNT_FROM_WORKFORCE")).toEqual([]);
  });
});

describe("BROKEN_NAME", () => {
  test("a name referring to #REF!: error with the reason and the definition", () => {
    const r = check(validYear(), {
      definitions: {
        WRES_I2_Appointed: { kind: "broken", refersTo: "#REF!", reason: "refers to #REF! (its cells were deleted)" },
      },
    });
    const f = expectFlag(r, { code: "BROKEN_NAME", severity: "error", name: "WRES_I2_Appointed", cell: null });
    expect(f.message).toBe(
      "Indicator 2, appointed (the name WRES_I2_Appointed) refers to #REF! (its cells were deleted) (#REF!), so its data cannot be read.",
    );
    expect(r.indicators.I2.rl).toBeNull();
  });

  test("a constant instead of a range on an output: warning", () => {
    const r = calculate(validYear(), {
      definitions: { WRES_I5_Gap: { kind: "broken", refersTo: "=0.05", reason: "is a constant, not a range" } },
    });
    const f = expectFlag(r, { code: "BROKEN_NAME", severity: "warning", name: "WRES_I5_Gap", cell: null });
    expect(f.message).toContain("is a constant, not a range");
    expect(r.outputs.map((b) => b.name)).not.toContain("WRES_I5_Gap");
  });
});

describe("WRONG_SHAPE", () => {
  test("a 1 × 2 range for the 1 × 3 WRES_I2_Appointed: error at the range, naming both shapes", () => {
    const r = check(validYear(), { definitions: { WRES_I2_Appointed: rangeOf("WRES_I2_Appointed", 1, 2) } });
    const top = TOP_ROW.get("WRES_I2_Appointed")! + 1;
    const range = `T!B${top}:C${top}`;
    const f = expectFlag(r, { code: "WRONG_SHAPE", severity: "error", name: "WRES_I2_Appointed", cell: range });
    expect(f.message).toContain("1 × 2");
    expect(f.message).toContain("1 × 3");
    expect(f.message).toContain("columns White, BME, Unknown");
    expect(r.indicators.I2.rl).toBeNull();
  });

  test("a whole-column range whose cells were not read (cells null) is the wrong shape", () => {
    const whole: RawRange = { ...rangeOf("WRES_I2_RL", 1, 1), top: 0, rows: 1_048_576, cells: null };
    const r = check(validYear(), { definitions: { WRES_I2_RL: whole } });
    expectFlag(r, { code: "WRONG_SHAPE", severity: "warning", name: "WRES_I2_RL", cell: "T!B1:B1048576" });
  });

  test("a 15 × 3 block given 14 rows: the hint names the first and last row labels", () => {
    const r = check(validYear(), { definitions: { WRES_I1_Clinical: rangeOf("WRES_I1_Clinical", 14, 3) } });
    const f = flagsWith(r, "WRONG_SHAPE")[0];
    expect(f.message).toContain("rows Under Band 1 … Other");
    expect(r.indicators.I1.workforce).toBeNull();
  });
});

describe("SHEET_SCOPED_NAME", () => {
  const scoped = { WRES_I2_Appointed: [{ sheet: "Indicators 2-4", refersTo: "'Indicators 2-4'!$D$7:$F$7" }] };

  test("with a workbook-level twin: a warning, and the workbook name is still read", () => {
    const r = check(validYear(), { sheetScoped: scoped });
    const f = expectFlag(r, { code: "SHEET_SCOPED_NAME", severity: "warning", name: "WRES_I2_Appointed", cell: null });
    expect(f.message).toContain('also defined on sheet "Indicators 2-4"');
    expect(f.message).toContain("shadows the workbook name");
    expect(f.message).toContain(
      'read from the workbook-level name, on sheet "T"; the copy defined for sheet "Indicators 2-4" is ignored.',
    );
    expect(r.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
    expect(flagsWith(r, "MISSING_NAME")).toEqual([]);
  });

  test("without a workbook-level name: the required input's severity (error), no MISSING_NAME, nothing read", () => {
    const r = check(validYear(), { sheetScoped: scoped, definitions: { WRES_I2_Appointed: null } });
    const f = expectFlag(r, { code: "SHEET_SCOPED_NAME", severity: "error", name: "WRES_I2_Appointed", cell: null });
    expect(f.message).toContain('exists only as a name of sheet "Indicators 2-4"');
    expect(f.message).toContain("make it a workbook-level name");
    expect(flagsWith(r, "MISSING_NAME")).toEqual([]);
    expect(r.indicators.I2.rl).toBeNull();
  });

  test("an output existing only sheet-scoped: warning", () => {
    const r = check(validYear(), {
      sheetScoped: { WRES_I2_RL: [{ sheet: "Indicators 2-4", refersTo: "'Indicators 2-4'!$D$9" }] },
      definitions: { WRES_I2_RL: null },
    });
    expectFlag(r, { code: "SHEET_SCOPED_NAME", severity: "warning", name: "WRES_I2_RL", cell: null });
  });
});

describe("SHEET_SCOPED_NAME: a copied sheet is said once", () => {
  // Copying sheet "Indicator 1" gives the copy a sheet-scoped twin of every name on it.
  const copied = (sheet: string) =>
    Object.fromEntries(
      CONTRACT.filter((s) => s.area === "Indicator 1").map((s) => [s.name, [{ sheet, refersTo: `'${sheet}'!$C$6` }]]),
    );
  const twins = CONTRACT.filter((s) => s.area === "Indicator 1").length;

  test("one warning naming the sheet the figures come from and the copy that is ignored", () => {
    const r = check(validYear(), { sheetScoped: copied("Indicator 1 (2)") });
    const f = expectFlag(r, {
      code: "SHEET_SCOPED_NAME",
      severity: "warning",
      name: "WRES_I1_NonClinical",
      cell: null,
    });
    expect(flagsWith(r, "SHEET_SCOPED_NAME")).toHaveLength(1);
    expect(f.indicator).toBeNull();
    expect(f.message).toBe(
      `${twins} template names (WRES_I1_NonClinical, …, WRES_Workforce_Pct_PY) are also defined on sheet "Indicator 1 (2)" as names of that sheet alone, as copying a sheet does; they shadow the workbook names on that sheet. The figures are read from the workbook-level names, on sheet "T"; the copies defined for sheet "Indicator 1 (2)" are ignored. Delete the sheet-level names (Formulas › Name Manager), or the copied sheet if it is not needed.`,
    );
    expect(r.indicators.I1.workforce).toEqual({ white: 740, bme: 210, unknown: 50 });
  });

  test("two copies: one warning each", () => {
    const a = copied("Copy A");
    const b = copied("Copy B");
    const both = Object.fromEntries(Object.keys(a).map((name) => [name, [...a[name], ...b[name]]]));
    const r = check(validYear(), { sheetScoped: both });
    expect(
      flagsWith(r, "SHEET_SCOPED_NAME").map(
        (f) => f.message.match(/copies defined for sheet "([^"]+)" are ignored/)?.[1],
      ),
    ).toEqual(["Copy A", "Copy B"]);
  });

  test("a name only sheet-scoped says plainly that its data cannot be read and what to do", () => {
    const r = check(validYear(), {
      sheetScoped: { WRES_I2_Appointed: [{ sheet: "Indicators 2-4", refersTo: "'Indicators 2-4'!$D$7:$F$7" }] },
      definitions: { WRES_I2_Appointed: null },
    });
    expect(flagsWith(r, "SHEET_SCOPED_NAME")[0].message).toBe(
      `Indicator 2, appointed (the name WRES_I2_Appointed) exists only as a name of sheet "Indicators 2-4" ('Indicators 2-4'!$D$7:$F$7), not of the whole workbook, so its data cannot be read. In Formulas › Name Manager, make it a workbook-level name (scope: Workbook).`,
    );
  });
});

describe("template faults of a valid workbook", () => {
  test("none of the template codes appear", () => {
    const r = check(validYear());
    expect(codes(r).filter((c) => TEMPLATE_CODES.includes(c))).toEqual([]);
  });

  test("a template fault on one name does not hide the data flags of another", () => {
    const r = check({ ...validYear(), WRES_I4_Accessed: [[-1, 100, 10]] }, { definitions: { WRES_I2_RL: null } });
    expectFlag(r, {
      code: "NEGATIVE",
      severity: "error",
      name: "WRES_I4_Accessed",
      cell: addressOf("WRES_I4_Accessed"),
    });
  });
});
