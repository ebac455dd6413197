/**
 * The reviewer's check (wres.md last data check): a figure already in an output cell that
 * differs from the recomputed value beyond the rounding of the cell's display format is
 * REPORTED_MISMATCH.
 */

import { agrees, displayPrecision } from "../../src/wres/review";
import { addressOf, validYear } from "../helpers/raw-workbook";
import { calculate, check, expectFlag, flagsWith } from "./support";

describe("displayPrecision: decimals shown and the % scale", () => {
  test.each([
    ["General", 1.5, { decimals: 1, scale: 1 }],
    ["General", 1.83, { decimals: 2, scale: 1 }],
    ["General", 2, { decimals: 0, scale: 1 }],
    ["General", 0.1 + 0.2, { decimals: 1, scale: 1 }], // shown as 0.3
    ["0.00", 1.5, { decimals: 2, scale: 1 }],
    ["#,##0", 7422, { decimals: 0, scale: 1 }],
    ["0.0%", 0.453, { decimals: 1, scale: 100 }],
    ["0%", 0.453, { decimals: 0, scale: 100 }],
    ["+0.0%;-0.0%;0.0%", -0.05, { decimals: 1, scale: 100 }],
    ['0.00" times"', 1.5, { decimals: 2, scale: 1 }], // quoted text is not a digit placeholder
    ["[Red]0.0", 1.5, { decimals: 1, scale: 1 }],
  ] as const)("%p with %p → %p", (format, value, expected) => {
    expect(displayPrecision(format, value)).toEqual(expected);
  });

  test("each format is worked out once and kept, yet a file with hundreds of formats is still read right", () => {
    // More distinct formats than are kept: the kept ones are dropped, never mixed up.
    for (let i = 0; i < 300; i++) {
      expect(displayPrecision(`0.${"0".repeat(i % 4)}" label ${i}"`, 1.5)).toEqual({ decimals: i % 4, scale: 1 });
    }
    expect(displayPrecision("0.0%", 0.453)).toEqual({ decimals: 1, scale: 100 });
    expect(displayPrecision("General", 1.83)).toEqual({ decimals: 2, scale: 1 });
    expect(displayPrecision("General", 2)).toEqual({ decimals: 0, scale: 1 });
  });
});

describe("agrees: the reported number is the computed one as the cell displays it", () => {
  test.each([
    [1.5, 1.503856, "General", true], // 1 decimal shown: |1.5 − 1.503856| = 0.0039 ≤ 0.05
    [1.7, 1.829667, "General", false], // |1.7 − 1.83| = 0.13 > 0.05
    [1.83, 1.829667, "General", true], // 2 decimals: 0.00033 ≤ 0.005
    [1.49, 1.503856, "0.00", false], // 0.0139 > 0.005
    [1.5, 1.503856, "0.00", true], // 1.50 displayed; 0.0039 ≤ 0.005
    [1.51, 1.503856, "0.00", false], // 0.0061 > 0.005
    [0.453, 0.45338, "0.0%", true], // 45.3 % shown: |0.453 − 0.45338| = 0.00038 ≤ 0.0005
    [0.452, 0.45338, "0.0%", false], // 0.00138 > 0.0005
    [0.45, 0.45338, "0%", true], // 45 %: 0.0034 ≤ 0.005
    [0.44, 0.45338, "0%", false], // 0.0134 > 0.005
    [7422, 7422, "#,##0", true],
    [7421, 7422, "#,##0", false], // a count differing by one staff member
  ] as const)("reported %p, computed %p, format %p → %p", (reported, computed, format, expected) => {
    expect(agrees(reported, computed, format)).toBe(expected);
  });

  test("exactly half a unit of the last shown decimal still agrees (1.50 shown for 1.505)", () => {
    expect(agrees(1.5, 1.505, "0.00")).toBe(true);
  });

  test("a whole number typed in a General cell is read to the kind's fewest decimals, not ±0.5", () => {
    // Ratios are read to at least 1 decimal: |2 − 1.83| = 0.17 > 0.05.
    expect(agrees(2, 1.829667, "General", 1)).toBe(false);
    expect(agrees(2, 1.97, "General", 1)).toBe(true);
    // Fractions to at least 2 decimals (±0.5 points): 0 typed for a gap of 0.003 agrees, for 0.02 does not.
    expect(agrees(0, 0.003, "General", 2)).toBe(true);
    expect(agrees(0, 0.02, "General", 2)).toBe(false);
  });
});

describe("REPORTED_MISMATCH in a workbook", () => {
  // RL2 = (117 / 389) / (2 / 10) = 1.503856 (the published-figures example)
  const i2 = { WRES_I2_Shortlisted: [[389, 10, 4]], WRES_I2_Appointed: [[117, 2, 0]] };

  test("2 reported in a General cell for a true RL of 1.50 is a mismatch", () => {
    const r = check({ ...validYear(), ...i2, WRES_I2_RL: [[2]] });
    expect(flagsWith(r, "REPORTED_MISMATCH")).toHaveLength(1);
  });

  test("1.5 reported in a General cell for a true 1.504 is not a mismatch", () => {
    const r = check({ ...validYear(), ...i2, WRES_I2_RL: [[1.5]] });
    expect(flagsWith(r, "REPORTED_MISMATCH")).toEqual([]);
  });

  test('1.49 in a "0.00" cell for a true 1.504 is a mismatch: error at the cell naming both values', () => {
    const r = check({ ...validYear(), ...i2, WRES_I2_RL: [[1.49]] }, { formats: { WRES_I2_RL: "0.00" } });
    const at = addressOf("WRES_I2_RL");
    const f = expectFlag(r, { code: "REPORTED_MISMATCH", severity: "error", name: "WRES_I2_RL", cell: at });
    expect(f.message.startsWith("Indicator 2, relative likelihood holds 1.49")).toBe(true);
    expect(f.message).toMatch(/the data give 1\.50/);
    expect(f.message).toContain("does not match the data");
    expect(f.indicator).toBe("I2");
  });

  test("1.7 reported for RL3 1.83 ((11/900)/(20/2994)) is a mismatch", () => {
    const r = check({
      ...validYear(),
      WRES_I3_Headcount: [[2994, 900, 0]],
      WRES_I3_Entered: [[20, 11, 0]],
      WRES_I3_RL: [[1.7]],
    });
    const f = expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_I3_RL",
      cell: addressOf("WRES_I3_RL"),
    });
    expect(f.message).toMatch(/holds 1\.70?, but the data give 1\.83/);
  });

  test("percent formats: 21.0 % reported for the 21 % BME workforce agrees; 20.0 % does not", () => {
    const ok = check(
      { ...validYear(), WRES_Workforce_Pct: [[0.74, 0.21, 0.05]] },
      { formats: { WRES_Workforce_Pct: "0.0%" } },
    );
    expect(flagsWith(ok, "REPORTED_MISMATCH")).toEqual([]);
    const r = check(
      { ...validYear(), WRES_Workforce_Pct: [[0.74, 0.2, 0.05]] },
      { formats: { WRES_Workforce_Pct: "0.0%" } },
    );
    const f = expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_Workforce_Pct",
      cell: addressOf("WRES_Workforce_Pct", 0, 1),
    });
    expect(f.message).toContain("Indicator 1, overall workforce: BME holds 20.00%, but the data give 21.00%");
  });

  test("a gap format: +5.0 % for the I5 gap of 0.05 agrees; +3.0 % does not", () => {
    const fmt = { formats: { WRES_I5_Gap: "+0.0%;-0.0%;0.0%" } };
    expect(flagsWith(check({ ...validYear(), WRES_I5_Gap: [[0.05]] }, fmt), "REPORTED_MISMATCH")).toEqual([]);
    const r = check({ ...validYear(), WRES_I5_Gap: [[0.03]] }, fmt);
    expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_I5_Gap",
      cell: addressOf("WRES_I5_Gap"),
    });
  });

  test("a count: 999 reported for a White workforce of 740", () => {
    const r = check({ ...validYear(), WRES_Workforce: [[999, 210, 50]] }, { formats: { WRES_Workforce: "#,##0" } });
    const f = expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_Workforce",
      cell: addressOf("WRES_Workforce", 0, 0),
    });
    expect(f.message).toContain("holds 999, but the data give 740");
  });

  test("text where a number is computed is a mismatch", () => {
    const r = check({ ...validYear(), ...i2, WRES_I2_RL: [["1.50"]] });
    const f = expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_I2_RL",
      cell: addressOf("WRES_I2_RL"),
    });
    expect(f.message).toMatch(/holds the text "1\.50", but the data give 1\.50/);
  });

  test("an error value where a number is computed is a mismatch", () => {
    const r = check({ ...validYear(), ...i2, WRES_I2_RL: [[{ error: "#DIV/0!" }]] });
    const f = expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_I2_RL",
      cell: addressOf("WRES_I2_RL"),
    });
    expect(f.message).toContain("holds the error #DIV/0!");
  });

  test("a number where nothing is computable (0 BME appointed) is a mismatch", () => {
    const r = check({ ...validYear(), WRES_I2_Appointed: [[100, 0, 2]], WRES_I2_RL: [[0]] });
    const f = expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_I2_RL",
      cell: addressOf("WRES_I2_RL"),
    });
    expect(f.message).toMatch(/holds 0(\.00)?, but the data give no computable figure/);
  });

  test("text or an error where nothing is computable is not a reported figure", () => {
    const r = check({
      ...validYear(),
      WRES_I2_Appointed: [[100, 0, 2]],
      WRES_I2_RL: [["n/a"]],
      WRES_I2_RL_CI: [[{ error: "#DIV/0!" }, null]],
    });
    expect(flagsWith(r, "REPORTED_MISMATCH")).toEqual([]);
  });

  test("a previous-year output holding a number without any previous-year input is a mismatch", () => {
    const r = check({ ...validYear(), WRES_I2_RL_PY: [[2.1]] });
    expectFlag(r, {
      code: "REPORTED_MISMATCH",
      severity: "error",
      name: "WRES_I2_RL_PY",
      cell: addressOf("WRES_I2_RL_PY"),
    });
  });

  test("formula results are reviewed like typed numbers", () => {
    const r = check({ ...validYear(), ...i2, WRES_I2_RL: [[{ formula: 1.7 }]] });
    expectFlag(r, { code: "REPORTED_MISMATCH", severity: "error", name: "WRES_I2_RL", cell: addressOf("WRES_I2_RL") });
  });

  test("empty output cells and the summary line are never a mismatch", () => {
    const r = check({ ...validYear(), WRES_CheckSummary: [["Checked 2020-01-01: 9 errors"]] });
    expect(flagsWith(r, "REPORTED_MISMATCH")).toEqual([]);
  });

  test("every output of the valid year reported as the engine computes it gives no mismatch", () => {
    const first = calculate(validYear());
    const reported: Record<string, (number | string | null)[][]> = {};
    for (const b of first.outputs) {
      if (b.name !== "WRES_CheckSummary") reported[b.name] = b.values.map((row) => [...row]);
    }
    const again = check({ ...validYear(), ...reported });
    expect(flagsWith(again, "REPORTED_MISMATCH")).toEqual([]);
    expect(again.counts).toEqual(first.counts);
  });
});

describe("Calculate does not review", () => {
  test("the values Calculate is about to replace raise no REPORTED_MISMATCH", () => {
    const values = { ...validYear(), WRES_I2_RL: [[9.99]] };
    const reviewed = check(values);
    const calculated = calculate(values);
    expect(reviewed.flags.filter((f) => f.code === "REPORTED_MISMATCH")).toHaveLength(1);
    expect(calculated.flags.filter((f) => f.code === "REPORTED_MISMATCH")).toEqual([]);
    expect(calculated.counts.errors).toBe(reviewed.counts.errors - 1);
  });
});
