/**
 * Aspirational goals, worked by hand: at target = ⌈target × headcount⌉ over non-clinical and
 * clinical together, shortfall = max(0, at target − BME now), a band of no staff said as such.
 */

import { computeGoals, goalValues, NO_STAFF } from "../../src/wres/goals";
import { resolveSettings } from "../../src/wres/settings";
import { validYear } from "../helpers/raw-workbook";
import { check, zeros } from "./support";

/**
 * validYear() (1,000 staff, 210 BME) plus senior staff:
 *   Band 8a: non-clinical 8 / 2 / 0 and clinical 15 / 3 / 2 → 30 staff, 5 BME
 *   Band 8b: clinical 9 / 1 / 0 → 10 staff, 1 BME
 *   Band 8c: nobody
 *   Band 8d: non-clinical 4 / 3 / 0 → 7 staff, 3 BME
 *   Band 9:  nobody
 *   VSM:     non-clinical 5 / 0 / 1 → 6 staff, 0 BME
 * Workforce: 1,000 + 30 + 10 + 7 + 6 = 1,053 staff, 210 + 5 + 1 + 3 = 219 BME: 219 / 1,053 = 20.80 %.
 */
function seniorWorkbook() {
  const v = validYear();
  const nonClinical = v.WRES_I1_NonClinical.map((r) => [...r]);
  const clinical = v.WRES_I1_Clinical.map((r) => [...r]);
  nonClinical[8] = [8, 2, 0];
  clinical[8] = [15, 3, 2];
  clinical[9] = [9, 1, 0];
  nonClinical[11] = [4, 3, 0];
  nonClinical[13] = [5, 0, 1];
  return { ...v, WRES_I1_NonClinical: nonClinical, WRES_I1_Clinical: clinical };
}

describe("goals at the workforce's BME share (the default)", () => {
  const r = check(seniorWorkbook());
  const goals = computeGoals(r.indicators.I1, "workforce", 2028);
  const row = (label: string) => goals.rows.find((g) => g.label === label)!;

  test("the target is the workforce BME %: 219 / 1,053", () => {
    expect(goals.share).toBeCloseTo(219 / 1053, 12);
    expect(goals.shareFrom).toBe("workforce");
    expect(goals.year).toBe(2028);
    expect(goals.rows.map((g) => g.label)).toEqual(["Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9", "VSM"]);
  });

  test("Band 8a: non-clinical and clinical together, 30 staff, 5 BME; 30 × 219 / 1,053 = 6.24 → 7; short by 2", () => {
    expect(row("Band 8a")).toEqual({
      label: "Band 8a",
      headcount: 30,
      bme: 5,
      bmePct: 5 / 30,
      target: 219 / 1053,
      atTarget: 7,
      shortfall: 2,
    });
  });

  test("Band 8b: 10 × 219 / 1,053 = 2.08, rounded up to 3; 1 BME now, short by 2", () => {
    expect(row("Band 8b")).toMatchObject({ headcount: 10, bme: 1, atTarget: 3, shortfall: 2 });
  });

  test("Band 8d: 7 × 219 / 1,053 = 1.46 → 2, but 3 BME now: the shortfall is 0, never −1", () => {
    expect(row("Band 8d")).toMatchObject({ headcount: 7, bme: 3, atTarget: 2, shortfall: 0 });
  });

  test("a band with no staff: BME % null, said 'no staff' in the workbook, never 0 %", () => {
    expect(row("Band 8c")).toMatchObject({ headcount: 0, bme: 0, bmePct: null, atTarget: 0, shortfall: 0 });
    const values = goalValues(goals);
    expect(values[2][2]).toBe(NO_STAFF);
    expect(values[2]).toEqual([0, 0, "no staff", 219 / 1053, 0, 0]);
    expect(values[0]).toEqual([30, 5, 5 / 30, 219 / 1053, 7, 2]);
  });

  test("VSM: 6 × 219 / 1,053 = 1.25 → 2, none BME: short by 2; the shortfalls add up to 2 + 2 + 0 + 0 + 0 + 2 = 6", () => {
    expect(row("VSM")).toMatchObject({ headcount: 6, bme: 0, bmePct: 0, atTarget: 2, shortfall: 2 });
    expect(goals.shortfallTotal).toBe(6);
  });

  test("a whole number at target is not rounded up: 1,053 staff at 219 / 1,053 need exactly 219", () => {
    const v = seniorWorkbook();
    const i1 = check(v).indicators.I1;
    // A made-up band the size of the workforce, to test the exact case.
    const big = { ...i1, rows: [{ ...i1.rows[8], label: "Band 9", white: 800, bme: 219, unknown: 34 }] };
    const g = computeGoals(big, "workforce", 2028).rows.find((x) => x.label === "Band 9")!;
    expect(g).toMatchObject({ headcount: 1053, atTarget: 219, shortfall: 0 });
  });
});

describe("goals at a fixed share", () => {
  test("0.14 × 50 = 7.000000000000001 in floating point is 7 staff, not 8", () => {
    expect(0.14 * 50).not.toBe(7);
    const v = validYear();
    const nonClinical = zeros(15);
    nonClinical[3] = [320, 60, 20];
    nonClinical[8] = [40, 6, 4];
    const r = check({ ...v, WRES_I1_NonClinical: nonClinical });
    const goals = computeGoals(r.indicators.I1, 0.14, 2030);
    expect(goals).toMatchObject({ year: 2030, share: 0.14, shareFrom: "fixed" });
    expect(goals.rows[0]).toMatchObject({
      label: "Band 8a",
      headcount: 50,
      bme: 6,
      target: 0.14,
      atTarget: 7,
      shortfall: 1,
    });
    // Every other senior band is empty: no staff, nothing short.
    expect(goals.rows.slice(1).every((g) => g.headcount === 0 && g.bmePct === null && g.shortfall === 0)).toBe(true);
    expect(goals.shortfallTotal).toBe(1);
  });

  test("a band whose counts could not be read has no goal, and no shortfall is guessed", () => {
    const v = seniorWorkbook();
    v.WRES_I1_Clinical[8] = [15, "three", 2];
    const goals = computeGoals(check(v).indicators.I1, "workforce", 2028);
    expect(goals.share).toBeNull();
    expect(goals.rows[0]).toMatchObject({ headcount: null, bme: null, bmePct: null, atTarget: null, shortfall: null });
    expect(goals.shortfallTotal).toBeNull();
  });
});

describe("the goalShare setting", () => {
  test('"workforce" by default, or a share above 0 and at most 1', () => {
    const ok = resolveSettings({});
    expect(ok.ok && ok.settings.goalShare).toBe("workforce");
    const fixed = resolveSettings({ goalShare: 0.19 });
    expect(fixed.ok && fixed.settings.goalShare).toBe(0.19);
    for (const bad of [0, 1.5, -0.1, "19%", Number.NaN, "Workforce "]) {
      const r = resolveSettings({ goalShare: bad });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.problems).toEqual(['goalShare must be "workforce" or a share above 0 and at most 1, such as 0.19.']);
    }
  });
});
