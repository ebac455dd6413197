/**
 * Figures as trusts publish them, reproduced from whole counts: the engine must give the
 * published rounded values, and compute from counts, never from rounded percentages.
 */

import { roundTo } from "../../src/wres/statistics";
import { addressOf, validYear } from "../helpers/raw-workbook";
import { calculate, check, expectFlag, flagsWith, zeros } from "./support";

describe("Published figure: RL2 = 3.2 from 46.99 % White and 14.65 % BME appointed", () => {
  // White 875 of 1,862 shortlisted appointed: 875 / 1862 = 0.469925 (46.99 %).
  // BME   116 of   792 shortlisted appointed: 116 /  792 = 0.146465 (14.65 %).
  // RL2 = 0.469925 / 0.146465 = (875 × 792) / (1862 × 116) = 693,000 / 215,992 = 3.208452.
  const r = check({ ...validYear(), WRES_I2_Shortlisted: [[1862, 792, 40]], WRES_I2_Appointed: [[875, 116, 5]] });

  test("the likelihoods are the published 46.99 % and 14.65 %", () => {
    expect(roundTo(r.indicators.I2.likelihood!.white * 100, 2)).toBe(46.99);
    expect(roundTo(r.indicators.I2.likelihood!.bme * 100, 2)).toBe(14.65);
  });

  test("RL2 is 693,000 / 215,992 = 3.208452, published as 3.2", () => {
    expect(r.indicators.I2.rl).toBeCloseTo(693000 / 215992, 12);
    expect(r.indicators.I2.rl).toBeCloseTo(3.208452, 6);
    expect(roundTo(r.indicators.I2.rl!, 1)).toBe(3.2);
    expect(r.indicators.I2.status).toBe("adverse");
  });

  test("its 95 % interval: SE = sqrt(1/875 − 1/1862 + 1/116 − 1/792) = 0.089240, CI 2.6936–3.8217", () => {
    // 1/875 = 0.00114286, 1/1862 = 0.00053706, 1/116 = 0.00862069, 1/792 = 0.00126263
    // SE² = 0.00796385, SE = 0.0892405; ln 3.208452 = 1.165788; ± 1.96 × SE = ± 0.174911
    expect(r.indicators.I2.ci![0]).toBeCloseTo(2.693596, 5);
    expect(r.indicators.I2.ci![1]).toBeCloseTo(3.821718, 5);
    expect(r.indicators.I2.significant).toBe(true);
  });
});

describe("Published figure: a workforce of 990 BME, 6,307 White and 125 not declared is 13 % / 85 % / 2 %", () => {
  // Spread over the three indicator 1 blocks so the workforce is their sum:
  //   Non-clinical Band 3: 2,000 White, 300 BME,  25 Unknown
  //   Clinical Band 5:     3,807 White, 590 BME, 100 Unknown
  //   Medical consultants:   500 White, 100 BME,   0 Unknown
  //   total:               6,307 White, 990 BME, 125 Unknown = 7,422
  const nonClinical = zeros(15);
  nonClinical[3] = [2000, 300, 25];
  const clinical = zeros(15);
  clinical[5] = [3807, 590, 100];
  const medical = zeros(4);
  medical[0] = [500, 100, 0];
  const r = calculate({
    ...validYear(),
    WRES_I1_NonClinical: nonClinical,
    WRES_I1_Clinical: clinical,
    WRES_I1_Medical: medical,
  });

  test("the workforce is 6,307 + 990 + 125 = 7,422", () => {
    const w = r.indicators.I1.workforce!;
    expect(w).toEqual({ white: 6307, bme: 990, unknown: 125 });
    // The rows add up to the same 7,422: the workforce is their sum.
    const rows = r.indicators.I1.rows;
    expect(rows.reduce((n, row) => n + (row.white ?? 0) + (row.bme ?? 0) + (row.unknown ?? 0), 0)).toBe(7422);
  });

  test("the shares are 84.98 %, 13.34 % and 1.68 %, published as 85 %, 13 % and 2 %", () => {
    // 6307 / 7422 = 0.849771; 990 / 7422 = 0.133387; 125 / 7422 = 0.016842
    const p = r.indicators.I1.workforcePct!;
    expect(p.white).toBeCloseTo(0.849771, 6);
    expect(p.bme).toBeCloseTo(0.133387, 6);
    expect(p.unknown).toBeCloseTo(0.016842, 6);
    expect([Math.round(p.white * 100), Math.round(p.bme * 100), Math.round(p.unknown * 100)]).toEqual([85, 13, 2]);
  });

  test("the workforce output block holds the counts and the shares", () => {
    const out = new Map(r.outputs.map((b) => [b.name, b.values]));
    expect(out.get("WRES_Workforce")).toEqual([[6307, 990, 125]]);
    expect(out.get("WRES_Workforce_Pct")).toEqual([[6307 / 7422, 990 / 7422, 125 / 7422]]);
  });
});

describe("Published figure: 389 White, 10 BME, 4 unknown shortlisted; 117, 2 and 0 appointed", () => {
  // RL2 = (117 / 389) / (2 / 10) = 0.300771 / 0.2 = 1.503856; Unknown (4 shortlisted, 0 appointed) is excluded.
  const r = check({ ...validYear(), WRES_I2_Shortlisted: [[389, 10, 4]], WRES_I2_Appointed: [[117, 2, 0]] });

  test("RL2 = 1.503856, shown as 1.50", () => {
    expect(r.indicators.I2.rl).toBeCloseTo(1.503856, 6);
    expect(roundTo(r.indicators.I2.rl!, 2)).toBe(1.5);
    expect(r.indicators.I2.likelihood).toEqual({ white: 117 / 389, bme: 0.2 });
  });

  test("with 2 BME appointments the interval is wide: SE = sqrt(1/117 − 1/389 + 1/2 − 1/10) = 0.637163, CI 0.43–5.24", () => {
    expect(r.indicators.I2.ci![0]).toBeCloseTo(0.431363, 5);
    expect(r.indicators.I2.ci![1]).toBeCloseTo(5.242882, 5);
    expect(r.indicators.I2.significant).toBe(false);
  });

  test("the 2 BME appointments raise SMALL_NUMBERS on the BME appointed cell, and only there", () => {
    const f = expectFlag(r, {
      code: "SMALL_NUMBERS",
      severity: "warning",
      name: "WRES_I2_Appointed",
      cell: addressOf("WRES_I2_Appointed", 0, 1),
    });
    expect(f.indicator).toBe("I2");
    expect(f.message).toContain("Only 2 BME");
    expect(flagsWith(r, "SMALL_NUMBERS").filter((x) => x.indicator === "I2")).toHaveLength(1);
  });
});

describe("wres.md: a published 1.2 % / 0.7 % gives 1.71 where the counts give 1.83", () => {
  // BME 11 entered of 900: 11 / 900 = 0.012222 (1.2 %); White 20 of 2,994: 20 / 2994 = 0.006680 (0.7 %).
  // From the counts: RL3 = (11 / 900) / (20 / 2994) = 32,934 / 18,000 = 1.829667, shown as 1.83.
  // From the rounded rates: 1.2 / 0.7 = 1.714286, shown as 1.71.
  const r = check({ ...validYear(), WRES_I3_Headcount: [[2994, 900, 0]], WRES_I3_Entered: [[20, 11, 0]] });

  test("the rates round to the published 1.2 % and 0.7 %", () => {
    expect(roundTo(r.indicators.I3.likelihood!.bme * 100, 1)).toBe(1.2);
    expect(roundTo(r.indicators.I3.likelihood!.white * 100, 1)).toBe(0.7);
  });

  test("the engine computes 1.83 from the counts, not 1.71 from the rounded rates", () => {
    expect(r.indicators.I3.rl).toBeCloseTo(32934 / 18000, 12);
    expect(roundTo(r.indicators.I3.rl!, 2)).toBe(1.83);
    expect(roundTo(1.2 / 0.7, 2)).toBe(1.71);
    expect(roundTo(r.indicators.I3.rl!, 2)).not.toBe(roundTo(1.2 / 0.7, 2));
  });
});
