/**
 * Inputs as other programs and analysts leave them (issue 8): formulas saved without a result,
 * counts out of any real range, a 1 among whole-number percentages, a previous year of zeros,
 * a template version that is not a version, a number typed with a space. Each is flagged at its
 * cell and no figure is guessed from it.
 */

import { MAX_COUNT } from "../../src/wres/contract";
import { formatPoints } from "../../src/wres/format";
import { readWorkbook } from "../../src/wres/read";
import { addressOf, rawWorkbook, validYear } from "../helpers/raw-workbook";
import { calculate, check, codes, expectFlag, flagsWith, nonFinitePaths, zeros } from "./support";

const noFormula = { formula: null };

describe("FORMULA_WITHOUT_RESULT: a formula saved with no cached value", () => {
  const r = check({ ...validYear(), WRES_I3_Headcount: [[noFormula, noFormula, noFormula]] });

  test("an error at each such cell, saying to open and save the file", () => {
    ["White", "BME", "Unknown"].forEach((group, c) => {
      const f = expectFlag(r, {
        code: "FORMULA_WITHOUT_RESULT",
        severity: "error",
        name: "WRES_I3_Headcount",
        cell: addressOf("WRES_I3_Headcount", 0, c),
      });
      expect(f.message).toBe(
        `Indicator 3, headcount: ${group} holds a formula whose result was never saved (the program that wrote the file does not calculate); open the file in Excel or LibreOffice and save it, so that its result is stored.`,
      );
    });
  });

  test("no fallback to the indicator 1 workforce: RL3 is withheld with a reason, never told to enter 0", () => {
    expect(flagsWith(r, "HEADCOUNT_FROM_WORKFORCE")).toEqual([]);
    expect(flagsWith(r, "MISSING_VALUE")).toEqual([]);
    expect(r.flags.filter((f) => f.message.includes("enter 0"))).toEqual([]);
    expect(r.indicators.I3).toMatchObject({
      rl: null,
      status: "not-computable",
      headcountSource: "input",
      notComputable: "Some of its inputs are missing or invalid.",
    });
    // With the headcount typed in, RL3 = (12/210) / (20/740) = 2.114…; the workforce would give the same here, so the point is that none is given.
    expect(check({ ...validYear(), WRES_I3_Headcount: [[740, 210, 50]] }).indicators.I3.rl).toBeCloseTo(
      12 / 210 / (20 / 740),
      12,
    );
  });

  test("one formula cell among typed ones still withholds RL3", () => {
    const one = check({ ...validYear(), WRES_I3_Headcount: [[noFormula, 210, 50]] });
    expect(codes(one, "error")).toEqual(["FORMULA_WITHOUT_RESULT"]);
    expect(one.indicators.I3.rl).toBeNull();
  });

  test("a previous-year block of such formulas is present, not absent: flagged, and no RL for that year", () => {
    const values = {
      ...validYear(),
      WRES_I2_Shortlisted_PY: [[noFormula, noFormula, noFormula]],
      WRES_I2_Appointed_PY: [[noFormula, noFormula, noFormula]],
    };
    const py = check(values);
    expect(flagsWith(py, "FORMULA_WITHOUT_RESULT").map((f) => [f.severity, f.cell])).toEqual([
      ...[0, 1, 2].map((c) => ["error", addressOf("WRES_I2_Shortlisted_PY", 0, c)]),
      ...[0, 1, 2].map((c) => ["error", addressOf("WRES_I2_Appointed_PY", 0, c)]),
    ]);
    expect(readWorkbook(rawWorkbook(values)).inputs.previous.I2).toEqual({
      shortlisted: { white: null, bme: null, unknown: null },
      appointed: { white: null, bme: null, unknown: null },
    });
    expect(py.indicators.I2).toMatchObject({ rlPY: null, trend: null });
    expect(py.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
  });

  test("a previous-year block of formulas beside an empty one: the empty one is partly filled", () => {
    const py = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[noFormula, noFormula, noFormula]] });
    expect(flagsWith(py, "FORMULA_WITHOUT_RESULT")).toHaveLength(3);
    expect(flagsWith(py, "PARTIAL_PREVIOUS_YEAR").map((f) => f.cell)).toEqual(
      [0, 1, 2].map((c) => addressOf("WRES_I2_Appointed_PY", 0, c)),
    );
  });
});

describe("counts out of any real range", () => {
  test(`a count above ${MAX_COUNT}: INVALID_VALUE at the cell; RL2 withheld with a reason, nothing non-finite`, () => {
    const r = calculate({ ...validYear(), WRES_I2_Appointed: [[100, 1e308, 2]] });
    const f = expectFlag(r, {
      code: "INVALID_VALUE",
      severity: "error",
      name: "WRES_I2_Appointed",
      cell: addressOf("WRES_I2_Appointed", 0, 1),
    });
    expect(f.message).toBe(
      "Indicator 2, appointed: BME is 1e+308; a count cannot be more than 10,000,000, so no figure is computed from it.",
    );
    expect(r.indicators.I2).toMatchObject({
      rl: null,
      ci: null,
      status: "not-computable",
      notComputable: "Some of its inputs are missing or invalid.",
    });
    expect(nonFinitePaths(r)).toEqual([]);
    expect(r.flags.filter((x) => /Infinity|NaN/.test(x.message))).toEqual([]);
  });

  test("10,000,000 is a count; 10,000,001 is not", () => {
    const at = (n: number) => check({ ...validYear(), WRES_I2_Shortlisted: [[400, n, 10]] });
    expect(flagsWith(at(MAX_COUNT), "INVALID_VALUE")).toEqual([]);
    expect(at(MAX_COUNT).indicators.I2.rl).toBeCloseTo(100 / 400 / (30 / MAX_COUNT), 9);
    expect(flagsWith(at(MAX_COUNT + 1), "INVALID_VALUE").map((f) => f.cell)).toEqual([
      addressOf("WRES_I2_Shortlisted", 0, 1),
    ]);
  });

  test("a huge indicator 1 count: no workforce at all (not a partial one), and I9 not computable", () => {
    const medical = zeros(4);
    medical[0][0] = 1e308;
    const r = calculate({ ...validYear(), WRES_I1_Medical: medical });
    expect(r.indicators.I1.workforce).toBeNull();
    expect(r.indicators.I1.workforcePct).toBeNull();
    expect(r.indicators.I9).toMatchObject({ total: null, voting: null, executive: null, status: "not-computable" });
    expect(flagsWith(r, "INVALID_VALUE").map((f) => f.cell)).toEqual([addressOf("WRES_I1_Medical", 0, 0)]);
    expect(nonFinitePaths(r)).toEqual([]);
  });

  test("every count at the limit: sums stay exact and finite", () => {
    const full = (rows: number) => Array.from({ length: rows }, () => [MAX_COUNT, MAX_COUNT, MAX_COUNT]);
    const r = calculate({
      ...validYear(),
      WRES_I1_NonClinical: full(15),
      WRES_I1_Clinical: full(15),
      WRES_I1_Medical: full(4),
    });
    expect(r.indicators.I1.workforce).toEqual({ white: 34 * MAX_COUNT, bme: 34 * MAX_COUNT, unknown: 34 * MAX_COUNT });
    expect(nonFinitePaths(r)).toEqual([]);
  });

  test("a percentage that is not a finite number: INVALID_VALUE, no gap", () => {
    const r = check({ ...validYear(), WRES_I5_Pct: [[Infinity, 0.3]] });
    const f = expectFlag(r, {
      code: "INVALID_VALUE",
      severity: "error",
      name: "WRES_I5_Pct",
      cell: addressOf("WRES_I5_Pct", 0, 0),
    });
    expect(f.message).toBe("Indicator 5, % of staff: White is not a finite number.");
    expect(r.indicators.I5).toMatchObject({ white: null, gap: null, status: "not-computable" });
    expect(nonFinitePaths(r)).toEqual([]);
  });

  test("a percentage of 1e308: out of range, said without 'Infinity'", () => {
    const r = check({ ...validYear(), WRES_I5_Pct: [[1e308, 0.3]] });
    const f = expectFlag(r, {
      code: "PCT_OUT_OF_RANGE",
      severity: "error",
      name: "WRES_I5_Pct",
      cell: addressOf("WRES_I5_Pct", 0, 0),
    });
    expect(f.message).toBe("Indicator 5, % of staff: White is 1e+308; a percentage must lie between 0% and 100%.");
    expect(r.indicators.I5.gap).toBeNull();
  });

  test("a reported output out of range is a mismatch said in words, never 'Infinity%'", () => {
    const r = check({ ...validYear(), WRES_I2_RL: [[1e300]] });
    const f = expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_I2_RL",
      cell: addressOf("WRES_I2_RL"),
    });
    expect(f.message).toBe(
      "Indicator 2, relative likelihood holds the number 1e+300, out of any real range, but the data give 1.67: the reported value does not match the data.",
    );
  });
});

describe("PCT_AMBIGUOUS: a 1 beside a whole-number percentage", () => {
  test("I8 of 1 and 3.5 reads as 1 % and 3.5 %: a gap of +2.5 points, not −96.5; a warning at the 1", () => {
    const r = check({ ...validYear(), WRES_I8_Pct: [[1, 3.5]] });
    const f = expectFlag(r, {
      code: "PCT_AMBIGUOUS",
      severity: "warning",
      name: "WRES_I8_Pct",
      cell: addressOf("WRES_I8_Pct", 0, 0),
    });
    expect(f.message).toBe(
      "Indicator 8, % of staff: White holds 1, which could mean 100% or 1%; the other percentage of this block is typed as a whole number (3.5), so it is read as 1%. If 100% was meant, enter 100.",
    );
    expectFlag(r, {
      code: "PCT_AS_WHOLE_NUMBER",
      severity: "warning",
      name: "WRES_I8_Pct",
      cell: addressOf("WRES_I8_Pct", 0, 1),
    });
    expect(r.indicators.I8.white).toBe(0.01);
    expect(r.indicators.I8.bme).toBe(0.035);
    expect(formatPoints(r.indicators.I8.gap)).toBe("+2.5 points");
  });

  test("the previous year's block is read the same way", () => {
    const r = check({ ...validYear(), WRES_I8_Pct_PY: [[3.5, 1]] });
    expectFlag(r, {
      code: "PCT_AMBIGUOUS",
      severity: "warning",
      name: "WRES_I8_Pct_PY",
      cell: addressOf("WRES_I8_Pct_PY", 0, 1),
    });
    expect(formatPoints(r.indicators.I8.gapPY)).toBe("−2.5 points");
  });

  test("not ambiguous: 1 beside a fraction (100 %)", () => {
    const fractions = check({ ...validYear(), WRES_I8_Pct: [[1, 0.5]] });
    expect(fractions.indicators.I8).toMatchObject({ white: 1, bme: 0.5 });
    expect(flagsWith(fractions, "PCT_AMBIGUOUS")).toEqual([]);
  });

  test("a fraction beside a whole number keeps its reading (0.588 → 58.8 %), with a warning at the cell", () => {
    // The sample's I7: White typed 0.588, BME typed 45 (read as 45 %). 0.588 could be 0.588 % on
    // the block's whole-number scale; it is read as 58.8 %: gap 45 % − 58.8 % = −13.8 points.
    const mixed = check({ ...validYear(), WRES_I7_Pct: [[0.588, 45]] });
    expect(mixed.indicators.I7).toMatchObject({ white: 0.588, bme: 0.45 });
    const f = expectFlag(mixed, {
      code: "PCT_AMBIGUOUS",
      severity: "warning",
      name: "WRES_I7_Pct",
      cell: addressOf("WRES_I7_Pct", 0, 0),
    });
    expect(f.message).toBe(
      "Indicator 7, % of staff: White holds 0.588, which could mean 58.8% or 0.588%, as the other percentage of this block is typed as a whole number (45); it is read as 58.8%. Type both the same way, as 58.8% and 45% (or 0.588% and 45% if that was meant), to clear this warning.",
    );
    expect(formatPoints(mixed.indicators.I7.gap)).toBe("−13.8 points");
    expect(flagsWith(mixed, "PCT_AMBIGUOUS")).toHaveLength(1);
  });

  test("every value of 1 or below in a mixed block is flagged, each as it is read; 0 reads the same either way", () => {
    // I8: 0.05 beside 12 is read as 5 %; I5 of 0 beside 4 is not ambiguous (0 % either way).
    const r = check({ ...validYear(), WRES_I8_Pct: [[0.05, 12]], WRES_I5_Pct: [[0, 4]] });
    const f = expectFlag(r, {
      code: "PCT_AMBIGUOUS",
      severity: "warning",
      name: "WRES_I8_Pct",
      cell: addressOf("WRES_I8_Pct", 0, 0),
    });
    expect(f.message).toContain("it is read as 5%.");
    // I8: BME 12 % − White 5 % = +7.0 points.
    expect(formatPoints(r.indicators.I8.gap)).toBe("+7.0 points");
    expect(flagsWith(r, "PCT_AMBIGUOUS").map((x) => x.name)).toEqual(["WRES_I8_Pct"]);
    expect(r.indicators.I5).toMatchObject({ white: 0, bme: 0.04 });
  });
});

describe("PREVIOUS_YEAR_ZEROS: a previous year filled with zeros is no previous year", () => {
  const values = {
    ...validYear(),
    WRES_I1_NonClinical_PY: zeros(15),
    WRES_I1_Clinical_PY: zeros(15),
    WRES_I1_Medical_PY: zeros(4),
    WRES_I3_Headcount_PY: [[0, 0, 0]],
    WRES_I3_Entered_PY: [[0, 0, 0]],
    WRES_I5_Pct_PY: [[0, 0]],
    WRES_I9_Board_PY: zeros(5),
  };
  const r = check(values);

  test("one information flag per indicator, at its first previous-year block", () => {
    expect(flagsWith(r, "PREVIOUS_YEAR_ZEROS").map((f) => [f.severity, f.indicator, f.cell])).toEqual([
      ["info", "I1", addressOf("WRES_I1_NonClinical_PY")],
      ["info", "I3", addressOf("WRES_I3_Headcount_PY")],
      ["info", "I5", addressOf("WRES_I5_Pct_PY")],
      ["info", "I9", addressOf("WRES_I9_Board_PY")],
    ]);
    expect(flagsWith(r, "PREVIOUS_YEAR_ZEROS")[0].message).toBe(
      "The previous-year figures for indicator 1 are all zero, so they are read as no previous year, as if blank: no trend or two-year figure comes from them. Clear them if there was no previous return, or enter the real figures.",
    );
  });

  test("exactly like an empty previous year: no trend, no two-year RL, no zero-workforce error", () => {
    const blank = check(validYear());
    expect(r.indicators).toEqual(blank.indicators);
    expect(r.indicators.I1.workforcePY).toBeNull();
    expect(r.indicators.I3).toMatchObject({ rlPY: null, rl2y: null, trend: null });
    expect(r.indicators.I5).toMatchObject({ gapPY: null, trend: null });
    expect(r.indicators.I9.previous).toBeNull();
    expect(r.flags.filter((f) => f.code !== "PREVIOUS_YEAR_ZEROS")).toEqual(blank.flags);
    expect(readWorkbook(rawWorkbook(values)).inputs.previous.I1).toBeNull();
  });

  test("zeros beside an empty block of the same indicator: still no previous year, not 'partly filled'", () => {
    const x = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[0, 0, 0]] });
    expect(codes(x).filter((c) => c === "PARTIAL_PREVIOUS_YEAR" || c === "PREVIOUS_YEAR_ZEROS")).toEqual([
      "PREVIOUS_YEAR_ZEROS",
    ]);
    expect(x.indicators.I2.rlPY).toBeNull();
  });

  test("one figure that is not zero makes the year real", () => {
    const nonClinical = zeros(15);
    nonClinical[3] = [320, 60, 20];
    const x = check({ ...values, WRES_I1_NonClinical_PY: nonClinical });
    expect(flagsWith(x, "PREVIOUS_YEAR_ZEROS").map((f) => f.indicator)).toEqual(["I3", "I5", "I9"]);
    expect(x.indicators.I1.workforcePY).toEqual({ white: 320, bme: 60, unknown: 20 });
  });
});

describe("UNKNOWN_TEMPLATE_VERSION: the version read strictly", () => {
  test.each([
    ["1 (draft 7)", '"1 (draft 7)"'],
    [1.5e21, '"1.5e+21"'],
    ["v1", '"v1"'],
    ["1.0.2", '"1.0.2"'],
  ])("%p is not a version: refused, naming what was found", (version, found) => {
    const r = check({ ...validYear(), WRES_TemplateVersion: [[version]] });
    const f = expectFlag(r, {
      code: "UNKNOWN_TEMPLATE_VERSION",
      severity: "error",
      name: "WRES_TemplateVersion",
      cell: addressOf("WRES_TemplateVersion"),
    });
    expect(f.message).toBe(
      `The template version is ${found}, which is not a version number such as 1.1; this tool reads version 1.x templates only, so nothing was checked. Use a matching version of the tool or the current template.`,
    );
    expect(r.refused).toBe(true);
    expect(r.flags).toHaveLength(1);
  });

  test.each([
    ["1", "1"],
    ["1.1", "1.1"],
    [1.1, "1.1"],
    [1, "1.0"],
  ])("%p is version %s: accepted", (version, text) => {
    const r = check({ ...validYear(), WRES_TemplateVersion: [[version]] });
    expect(r.refused).toBe(false);
    expect(r.meta.templateVersion).toBe(text);
    expect(r.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
  });

  test("an error value in the version cell is flagged at the cell, and the rest is checked", () => {
    const r = check({ ...validYear(), WRES_TemplateVersion: [[{ error: "#REF!" }]] });
    expectFlag(r, {
      code: "ERROR_VALUE",
      severity: "error",
      name: "WRES_TemplateVersion",
      cell: addressOf("WRES_TemplateVersion"),
    });
    expect(r.refused).toBe(false);
    expect(r.meta.templateVersion).toBeNull();
  });
});

describe("NOT_A_NUMBER: a number typed with a space", () => {
  test.each([
    ["a non-breaking space", "2\u00a0843"],
    ["a thin space", "2\u2009843"],
    ["a narrow non-breaking space", "2\u202f843"],
    ["a plain space", "2 843"],
  ])("%s: the cell holds a number with a space in it", (_, typed) => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [[typed, 200, 10]] });
    const f = expectFlag(r, {
      code: "NOT_A_NUMBER",
      severity: "error",
      name: "WRES_I2_Shortlisted",
      cell: addressOf("WRES_I2_Shortlisted", 0, 0),
    });
    expect(f.message).toBe(
      `Indicator 2, shortlisted: White holds "${typed}", a number with a space in it, so it is text, not a number; retype it without the space.`,
    );
    expect(r.indicators.I2.rl).toBeNull();
  });

  test("words are still words", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [["about 400", 200, 10]] });
    expect(flagsWith(r, "NOT_A_NUMBER")[0].message).toBe(
      'Indicator 2, shortlisted: White holds the text "about 400" instead of a number.',
    );
  });
});
