/**
 * Reading the blocks (wres.md "Data checks every computation makes"): each input cell by its
 * kind, empty cells judged by what the contract requires, year by year, each flag at its cell.
 */

import { readWorkbook } from "../../src/wres/read";
import { addressOf, rawWorkbook, validYear } from "../helpers/raw-workbook";
import { calculate, check, codes, expectFlag, flagsWith } from "./support";

describe("UNKNOWN_TEMPLATE_VERSION", () => {
  const r = check({ ...validYear(), WRES_TemplateVersion: [["2.0"]] });

  test('"2.0" is refused with one error at the version cell, and nothing else is raised', () => {
    const f = expectFlag(r, {
      code: "UNKNOWN_TEMPLATE_VERSION",
      severity: "error",
      name: "WRES_TemplateVersion",
      cell: addressOf("WRES_TemplateVersion"),
    });
    expect(f.message).toContain('"2.0"');
    expect(f.message).toContain("version 1.x");
    expect(r.flags).toHaveLength(1);
    expect(r.counts).toEqual({ errors: 1, warnings: 0, info: 0, gaps: 0 });
  });

  test("nothing is computed or written", () => {
    expect(r.refused).toBe(true);
    expect(calculate({ ...validYear(), WRES_TemplateVersion: [["2.0"]] }).outputs).toEqual([]);
    expect(r.indicators.I1.workforce).toBeNull();
    expect(r.indicators.I2).toMatchObject({ rl: null, status: "not-computable" });
    expect(r.indicators.I5).toMatchObject({ gap: null, status: "not-computable" });
    expect(r.meta).toEqual({
      templateVersion: "2.0",
      organisation: null,
      orgCode: null,
      reportingYear: null,
      surveyYear: null,
    });
  });

  test("a number 2 reads as 2.0 and is refused too; readWorkbook says refused", () => {
    const read = readWorkbook(rawWorkbook({ ...validYear(), WRES_TemplateVersion: [[2]] }));
    expect(read.refused).toBe(true);
    expect(read.flags.map((f) => f.code)).toEqual(["UNKNOWN_TEMPLATE_VERSION"]);
    expect(read.inputs.current.I2).toBeNull();
  });

  test.each([["1.0"], ["1.3"], [1], [null]])("%p is accepted (blank: no version to refuse)", (v) => {
    const x = check({ ...validYear(), WRES_TemplateVersion: [[v]] });
    expect(x.refused).toBe(false);
    expect(flagsWith(x, "UNKNOWN_TEMPLATE_VERSION")).toEqual([]);
    expect(x.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
  });
});

describe("metadata", () => {
  test("organisation, upper-cased ODS code, reporting and survey year", () => {
    const r = check({ ...validYear(), WRES_OrgCode: [["rxx"]] });
    expect(r.meta).toEqual({
      templateVersion: "1.0",
      organisation: "Test Trust",
      orgCode: "RXX",
      reportingYear: 2025,
      surveyYear: 2024,
    });
  });

  test("INVALID_VALUE: an ODS code that is not 3–5 letters or digits", () => {
    const r = check({ ...validYear(), WRES_OrgCode: [["R-X"]] });
    const f = expectFlag(r, {
      code: "INVALID_VALUE",
      severity: "error",
      name: "WRES_OrgCode",
      cell: addressOf("WRES_OrgCode"),
    });
    expect(f.message).toContain('"R-X"');
    expect(r.meta.orgCode).toBeNull();
  });

  test("INVALID_VALUE: a reporting year of 25", () => {
    const r = check({ ...validYear(), WRES_ReportingYear: [[25]] });
    const f = expectFlag(r, {
      code: "INVALID_VALUE",
      severity: "error",
      name: "WRES_ReportingYear",
      cell: addressOf("WRES_ReportingYear"),
    });
    expect(f.message).toBe("Year of the 31 March snapshot is 25; a year must be a whole number such as 2025.");
  });

  test("MISSING_VALUE: organisation, ODS code and reporting year are required", () => {
    const r = check({
      ...validYear(),
      WRES_Organisation: [[null]],
      WRES_OrgCode: [[null]],
      WRES_ReportingYear: [[null]],
    });
    for (const name of ["WRES_Organisation", "WRES_OrgCode", "WRES_ReportingYear"]) {
      expectFlag(r, { code: "MISSING_VALUE", severity: "error", name, cell: addressOf(name) });
    }
  });

  test("the survey year is required when any of 5–8 is filled", () => {
    const r = check({ ...validYear(), WRES_SurveyYear: [[null]] });
    expectFlag(r, {
      code: "MISSING_VALUE",
      severity: "error",
      name: "WRES_SurveyYear",
      cell: addressOf("WRES_SurveyYear"),
    });
  });

  test("and not required when 5–8 are all empty (their own cells are missing instead)", () => {
    const r = check({
      ...validYear(),
      WRES_SurveyYear: [[null]],
      WRES_I5_Pct: [[null, null]],
      WRES_I6_Pct: [[null, null]],
      WRES_I7_Pct: [[null, null]],
      WRES_I8_Pct: [[null, null]],
    });
    expect(flagsWith(r, "MISSING_VALUE").map((f) => f.name)).not.toContain("WRES_SurveyYear");
    expectFlag(r, {
      code: "MISSING_VALUE",
      severity: "error",
      name: "WRES_I5_Pct",
      cell: addressOf("WRES_I5_Pct", 0, 1),
    });
  });
});

describe("MISSING_VALUE: a required current-year input left empty", () => {
  const r = check({ ...validYear(), WRES_I2_Appointed: [[100, null, 2]] });

  test("an error at the cell, naming the cell and its labels, suggesting 0", () => {
    const at = addressOf("WRES_I2_Appointed", 0, 1);
    const f = expectFlag(r, { code: "MISSING_VALUE", severity: "error", name: "WRES_I2_Appointed", cell: at });
    expect(f.message).toBe("Indicator 2, appointed: BME is empty; enter 0 if there were none.");
    expect(f.indicator).toBe("I2");
  });

  test("the indicator is not computable, with a reason", () => {
    expect(r.indicators.I2.rl).toBeNull();
    expect(r.indicators.I2.status).toBe("not-computable");
    expect(r.indicators.I2.notComputable).toBe("Some of its inputs are missing or invalid.");
  });

  test("an indicator 1 row label is named: Indicator 1, clinical: Band 5, BME", () => {
    const clinical = validYear().WRES_I1_Clinical.map((row) => [...row]);
    clinical[5][1] = null;
    const x = check({ ...validYear(), WRES_I1_Clinical: clinical });
    const f = expectFlag(x, {
      code: "MISSING_VALUE",
      severity: "error",
      name: "WRES_I1_Clinical",
      cell: addressOf("WRES_I1_Clinical", 5, 1),
    });
    expect(f.message).toContain("Indicator 1, clinical: Band 5, BME is empty");
    expect(x.indicators.I1.workforce).toBeNull();
  });

  test("a percentage cell does not suggest 0", () => {
    const x = check({ ...validYear(), WRES_I5_Pct: [[0.25, null]] });
    const f = expectFlag(x, {
      code: "MISSING_VALUE",
      severity: "error",
      name: "WRES_I5_Pct",
      cell: addressOf("WRES_I5_Pct", 0, 1),
    });
    expect(f.message).not.toContain("enter 0");
    expect(x.indicators.I5.gap).toBeNull();
  });

  test("an optional block (headcount, respondents) partly filled is missing data", () => {
    const x = check({ ...validYear(), WRES_I3_Headcount: [[740, null, 50]], WRES_I5_Respondents: [[800, null]] });
    expectFlag(x, {
      code: "MISSING_VALUE",
      severity: "error",
      name: "WRES_I3_Headcount",
      cell: addressOf("WRES_I3_Headcount", 0, 1),
    });
    expectFlag(x, {
      code: "MISSING_VALUE",
      severity: "error",
      name: "WRES_I5_Respondents",
      cell: addressOf("WRES_I5_Respondents", 0, 1),
    });
    expect(x.indicators.I3.rl).toBeNull();
    expect(x.indicators.I5.ci).toBeNull();
  });
});

describe("invalid cells: the value is not used", () => {
  test.each([
    ["NOT_A_NUMBER", "12", '"12" as text'],
    ["NOT_A_NUMBER", true, "TRUE"],
    ["ERROR_VALUE", { error: "#REF!" }, "#REF!"],
    ["ERROR_VALUE", { error: "#DIV/0!" }, "#DIV/0!"],
    ["NEGATIVE", -4, "cannot be negative"],
    ["NOT_WHOLE", 30.5, "whole number"],
  ] as const)("%s from %p in a count: error at the cell, RL not computed", (code, value, says) => {
    const at = addressOf("WRES_I2_Shortlisted", 0, 1);
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [[400, value, 10]] });
    const f = expectFlag(r, { code, severity: "error", name: "WRES_I2_Shortlisted", cell: at });
    expect(f.message).toContain(says);
    expect(f.message.startsWith("Indicator 2, shortlisted: BME ")).toBe(true);
    expect(r.indicators.I2.rl).toBeNull();
    expect(flagsWith(r, "MISSING_VALUE")).toEqual([]);
  });

  test("PCT_OUT_OF_RANGE: 150 in a percentage cell", () => {
    const r = check({ ...validYear(), WRES_I6_Pct: [[150, 0.21]] });
    const f = expectFlag(r, {
      code: "PCT_OUT_OF_RANGE",
      severity: "error",
      name: "WRES_I6_Pct",
      cell: addressOf("WRES_I6_Pct"),
    });
    expect(f.message).toContain("between 0% and 100%");
    expect(r.indicators.I6.gap).toBeNull();
  });

  test("PCT_OUT_OF_RANGE: −0.1 in a percentage cell", () => {
    const r = check({ ...validYear(), WRES_I6_Pct: [[0.2, -0.1]] });
    expectFlag(r, {
      code: "PCT_OUT_OF_RANGE",
      severity: "error",
      name: "WRES_I6_Pct",
      cell: addressOf("WRES_I6_Pct", 0, 1),
    });
  });
});

describe("PCT_AS_WHOLE_NUMBER: 45 typed for 45 %", () => {
  // WRES_I5_Pct White 0.25, BME 45 → read as 0.45; gap = 0.45 − 0.25 = 0.20 (20 points)
  const r = check({ ...validYear(), WRES_I5_Pct: [[0.25, 45]] });

  test("a warning at the cell saying how it was read", () => {
    const at = addressOf("WRES_I5_Pct", 0, 1);
    const f = expectFlag(r, { code: "PCT_AS_WHOLE_NUMBER", severity: "warning", name: "WRES_I5_Pct", cell: at });
    expect(f.message).toBe(
      "Indicator 5, % of staff: BME holds 45, read as 45%; enter it as 45% (0.45) to clear this notice.",
    );
  });

  test("the value used is 0.45: the gap is 0.45 − 0.25 = 0.20", () => {
    expect(r.indicators.I5.bme).toBe(0.45);
    expect(r.indicators.I5.gap).toBeCloseTo(0.2, 12);
    expect(r.indicators.I5.status).toBe("adverse");
  });
});

describe("previous year: all or nothing, per indicator", () => {
  test("all _PY blocks empty: no previous year and no flag", () => {
    const r = check(validYear());
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR")).toEqual([]);
    const read = readWorkbook(rawWorkbook(validYear()));
    expect(read.inputs.previous).toEqual({
      I1: null,
      I2: null,
      I3: null,
      I4: null,
      survey: { I5: null, I6: null, I7: null, I8: null },
      I9: null,
    });
  });

  test("shortlisted filled, appointed empty: PARTIAL_PREVIOUS_YEAR warning on each empty cell, no previous RL", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[380, 190, 12]] });
    const partial = flagsWith(r, "PARTIAL_PREVIOUS_YEAR");
    expect(partial.map((f) => f.cell)).toEqual([0, 1, 2].map((c) => addressOf("WRES_I2_Appointed_PY", 0, c)));
    for (const [c, label] of [
      [0, "White"],
      [1, "BME"],
      [2, "Unknown"],
    ] as const) {
      const f = expectFlag(r, {
        code: "PARTIAL_PREVIOUS_YEAR",
        severity: "warning",
        name: "WRES_I2_Appointed_PY",
        cell: addressOf("WRES_I2_Appointed_PY", 0, c),
      });
      expect(f.message).toContain(
        `Indicator 2, appointed, previous year: ${label} is empty while other previous-year figures`,
      );
    }
    expect(r.indicators.I2.rlPY).toBeNull();
    expect(r.indicators.I2.trend).toBeNull();
    expect(codes(r, "error")).toEqual([]);
  });

  test("one empty cell inside an otherwise filled previous year: one warning", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[380, null, 12]], WRES_I2_Appointed_PY: [[90, 20, 1]] });
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR").map((f) => f.cell)).toEqual([
      addressOf("WRES_I2_Shortlisted_PY", 0, 1),
    ]);
  });

  test("an invalid previous-year cell is an error like any other", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[380, -1, 12]], WRES_I2_Appointed_PY: [[90, 20, 1]] });
    expectFlag(r, {
      code: "NEGATIVE",
      severity: "error",
      name: "WRES_I2_Shortlisted_PY",
      cell: addressOf("WRES_I2_Shortlisted_PY", 0, 1),
    });
  });

  test("the previous year's survey percentages with only respondents filled are partial", () => {
    const r = check({ ...validYear(), WRES_I5_Respondents_PY: [[700, 150]] });
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR").map((f) => f.cell)).toEqual([
      addressOf("WRES_I5_Pct_PY", 0, 0),
      addressOf("WRES_I5_Pct_PY", 0, 1),
    ]);
  });

  test("a complete previous year is read: RL2_PY = (90/380) / (20/190) = 0.236842 / 0.105263 = 2.25", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[380, 190, 12]], WRES_I2_Appointed_PY: [[90, 20, 1]] });
    expect(r.indicators.I2.rlPY).toBeCloseTo(2.25, 12);
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR")).toEqual([]);
  });

  test("previous-year entries with a blank headcount and no previous-year indicator 1 are partial, not silently dropped", () => {
    const r = check({ ...validYear(), WRES_I3_Entered_PY: [[15, 8, 0]] });
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR").map((f) => f.cell)).toEqual(
      [0, 1, 2].map((c) => addressOf("WRES_I3_Headcount_PY", 0, c)),
    );
    expect(flagsWith(r, "HEADCOUNT_FROM_WORKFORCE")).toEqual([]);
    expect(r.indicators.I3.rlPY).toBeNull();
    expect(r.indicators.I3.rl2y).toBeNull();
  });

  test("with a previous-year indicator 1, the blank previous-year headcount uses that workforce", () => {
    // previous workforce = this year's 740 / 210 / 50; RL3_PY = (8/210) / (15/740) = 5920 / 3150 = 1.879365
    const v = validYear();
    const r = check({
      ...v,
      WRES_I1_NonClinical_PY: v.WRES_I1_NonClinical,
      WRES_I1_Clinical_PY: v.WRES_I1_Clinical,
      WRES_I1_Medical_PY: v.WRES_I1_Medical,
      WRES_I3_Entered_PY: [[15, 8, 0]],
    });
    const f = expectFlag(r, {
      code: "HEADCOUNT_FROM_WORKFORCE",
      severity: "info",
      name: "WRES_I3_Headcount_PY",
      cell: addressOf("WRES_I3_Headcount_PY"),
    });
    expect(f.message).toContain("of the previous year");
    expect(r.indicators.I3.rlPY).toBeCloseTo(5920 / 3150, 12);
    // two years pooled: (12 + 8) / (210 + 210) over (20 + 15) / (740 + 740) = (20/420) / (35/1480) = 29600 / 14700
    expect(r.indicators.I3.rl2y).toBeCloseTo(29600 / 14700, 12);
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR")).toEqual([]);
  });

  test("whitespace-only text counts as empty", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted_PY: [["  ", " ", ""]] });
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR")).toEqual([]);
    expect(r.indicators.I2.rlPY).toBeNull();
  });
});
