/**
 * Judging values against the thresholds (wres.md "Judging a value"), as displayed: RLs to 2
 * decimals, gaps to 0.1 point. Statuses, trends and the findings raised as flags.
 */

import { boardAdverse, boardStatus, gapTrend, rlStatus, rlTrend, surveyStatus } from "../../src/wres/judge";
import { DEFAULT_SETTINGS as S } from "../../src/wres/settings";
import { addressOf, validYear, previousYearI1AndBoard, previousYearI2 } from "../helpers/raw-workbook";
import { check, expectFlag, flagsWith, zeros } from "./support";

describe("rlStatus: within 0.80–1.25; adverse at or above 1.25; reverse below 0.80", () => {
  test.each([
    [1.25, "adverse"], // documented choice: NHS England counts trusts "at or above 1.25"
    [1.2496, "adverse"], // displayed as 1.25, judged as displayed
    [1.245, "adverse"], // 1.245 shows as 1.25
    [1.2449, "within"], // shows as 1.24
    [1.0, "within"],
    [0.8, "within"], // the lower bound is inside the band
    [0.795, "within"], // shows as 0.80
    [0.7949, "reverse"], // shows as 0.79
    [0.5, "reverse"],
    [3.2, "adverse"],
  ])("RL %p → %s", (rl, status) => {
    expect(rlStatus(rl, S)).toBe(status);
  });

  test("an RL that cannot be computed is 'not-computable'", () => {
    expect(rlStatus(null, S)).toBe("not-computable");
  });

  test("a custom band [0.9, 1.1] makes 1.2 adverse and 0.85 reverse", () => {
    const band = { ...S, rlBand: [0.9, 1.1] as const };
    expect(rlStatus(1.2, S)).toBe("within");
    expect(rlStatus(1.2, band)).toBe("adverse");
    expect(rlStatus(0.85, band)).toBe("reverse");
  });
});

describe("GAP_RL and REVERSE_GAP_RL from the counts", () => {
  test("RL exactly 1.25 ((125/400) / (50/200) = 0.3125 / 0.25): GAP_RL warning on WRES_I2_RL", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [[400, 200, 10]], WRES_I2_Appointed: [[125, 50, 2]] });
    expect(r.indicators.I2.rl).toBe(1.25);
    expect(r.indicators.I2.status).toBe("adverse");
    const f = expectFlag(r, { code: "GAP_RL", severity: "warning", name: "WRES_I2_RL", cell: addressOf("WRES_I2_RL") });
    expect(f.indicator).toBe("I2");
    expect(f.message).toContain(
      "White applicants were 1.25 times as likely to be appointed from shortlisting as BME applicants.",
    );
    expect(f.message).toContain("1.25 is at or above 1.25: an adverse gap.");
    // SE = sqrt(1/125 − 1/400 + 1/50 − 1/200) = sqrt(0.0205) = 0.143178; CI = exp(0.223144 ∓ 0.280629) = 0.9442, 1.6550
    expect(f.message).toContain("The 95% CI 0.94 to 1.65 includes 1.00.");
    expect(r.counts.gaps).toBeGreaterThanOrEqual(1);
  });

  test("RL 1.2496 ((1562/10000) / (1250/10000)) is displayed 1.25 and judged adverse", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [[10000, 10000, 0]], WRES_I2_Appointed: [[1562, 1250, 0]] });
    expect(r.indicators.I2.rl).toBeCloseTo(1.2496, 12);
    expect(r.indicators.I2.status).toBe("adverse");
    expect(flagsWith(r, "GAP_RL").map((f) => f.indicator)).toContain("I2");
  });

  test("RL 0.80 ((80/400) / (50/200) = 0.2 / 0.25) is within: no flag", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [[400, 200, 10]], WRES_I2_Appointed: [[80, 50, 2]] });
    expect(r.indicators.I2.rl).toBeCloseTo(0.8, 12);
    expect(r.indicators.I2.status).toBe("within");
    expect([...flagsWith(r, "GAP_RL"), ...flagsWith(r, "REVERSE_GAP_RL")].filter((f) => f.indicator === "I2")).toEqual(
      [],
    );
  });

  test("RL 0.5 ((50/400) / (50/200)): REVERSE_GAP_RL, information only, not a gap", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [[400, 200, 10]], WRES_I2_Appointed: [[50, 50, 2]] });
    expect(r.indicators.I2.status).toBe("reverse");
    const f = expectFlag(r, {
      code: "REVERSE_GAP_RL",
      severity: "info",
      name: "WRES_I2_RL",
      cell: addressOf("WRES_I2_RL"),
    });
    expect(f.message).toContain("0.50 is below 0.80: a reverse gap");
    expect(f.message).toContain("excludes 1.00 (statistically significant; an addition to the standard)");
    // the valid year has six gaps; this RL is not one of them (I2 is no longer adverse)
    expect(r.counts.gaps).toBe(5);
  });

  test("a custom rlBand [0.9, 1.1] turns RL4 1.19 from within into GAP_RL", () => {
    // With 88 BME accessed:
    // (370/740) / (88/210) = 0.5 / 0.419048 = 1.193182 → within by default, adverse with [0.9, 1.1]
    const values = { ...validYear(), WRES_I4_Accessed: [[370, 88, 10]] };
    const byDefault = check(values);
    expect(byDefault.indicators.I4.rl).toBeCloseTo(1.193182, 6);
    expect(byDefault.indicators.I4.status).toBe("within");
    const strict = check(values, {}, { settings: { ...S, rlBand: [0.9, 1.1] } });
    expect(strict.indicators.I4.status).toBe("adverse");
    const f = expectFlag(strict, {
      code: "GAP_RL",
      severity: "warning",
      name: "WRES_I4_RL",
      cell: addressOf("WRES_I4_RL"),
    });
    expect(f.message).toContain("1.19 is at or above 1.10");
    expect(strict.settings.rlBand).toEqual([0.9, 1.1]);
  });
});

describe("rlTrend: towards 1.00 is better, on the log scale, judged as displayed", () => {
  test.each([
    [1.5, 2.25, "better"],
    [2.25, 1.5, "worse"],
    [0.7, 1.5, "better"], // |ln 0.7| = 0.3567 < |ln 1.5| = 0.4055
    [0.6, 1.5, "worse"], // |ln 0.6| = 0.5108 > 0.4055, although 0.6 is nearer 1 on a straight line
    [0.5, 2.0, "unchanged"], // |ln 0.5| = |ln 2|: equally far
    [0.8, 1.25, "unchanged"], // |ln 0.8| = |ln 1.25| = 0.2231
    [1.504, 1.496, "unchanged"], // both display as 1.50
    [1.5149, 1.504, "worse"], // 1.51 against 1.50
  ])("this year %p, last year %p → %s", (now, before, trend) => {
    expect(rlTrend(now, before)).toBe(trend);
  });

  test("no trend without both years", () => {
    expect(rlTrend(1.5, null)).toBeNull();
    expect(rlTrend(null, 1.5)).toBeNull();
  });
});

describe("surveyStatus: an adverse gap of 3 points or more; for indicator 7 a negative gap is adverse", () => {
  test("exactly 3.0 points from 47.3 % − 44.3 % (0.02999999999999997 in floating point) is a gap", () => {
    const gap = 0.473 - 0.443;
    expect(gap).toBeLessThan(0.03);
    expect(surveyStatus("I5", gap, S)).toBe("adverse");
    expect(surveyStatus("I6", gap, S)).toBe("adverse");
    expect(surveyStatus("I8", gap, S)).toBe("adverse");
  });

  test("indicator 7 reversed: BME 44.3 % and White 47.3 % (gap −3.0) is adverse; +3.0 is favourable", () => {
    expect(surveyStatus("I7", 0.443 - 0.473, S)).toBe("adverse");
    expect(surveyStatus("I7", 0.473 - 0.443, S)).toBe("favourable");
    expect(surveyStatus("I5", 0.443 - 0.473, S)).toBe("favourable");
  });

  test.each([
    [0.0299, "adverse"], // shows as 3.0 points
    [0.0294, "within"], // shows as 2.9
    [0, "within"],
    [-0.0294, "within"],
    [-0.0295, "favourable"], // shows as −3.0 (halves away from zero)
  ])("indicator 5 gap %p → %s", (gap, status) => {
    expect(surveyStatus("I5", gap, S)).toBe(status);
  });

  test("no gap is 'not-computable'", () => {
    expect(surveyStatus("I5", null, S)).toBe("not-computable");
  });
});

describe("GAP_SURVEY", () => {
  test("I5: 47.3 % BME against 44.3 % White in the workbook is a 3.0-point gap on WRES_I5_Gap", () => {
    const r = check({ ...validYear(), WRES_I5_Pct: [[0.443, 0.473]] });
    const f = expectFlag(r, {
      code: "GAP_SURVEY",
      severity: "warning",
      name: "WRES_I5_Gap",
      cell: addressOf("WRES_I5_Gap"),
    });
    expect(f.message).toContain(
      "47.3% of BME staff and 44.3% of White staff experienced harassment, bullying or abuse from patients, relatives or the public: a gap of +3.0 points.",
    );
  });

  test("I7: 50 % BME against 60 % White believing in equal opportunities is a −10-point gap, adverse", () => {
    const r = check(validYear());
    expect(r.indicators.I7.gap).toBeCloseTo(-0.1, 12);
    expect(r.indicators.I7.status).toBe("adverse");
    const f = expectFlag(r, {
      code: "GAP_SURVEY",
      severity: "warning",
      name: "WRES_I7_Gap",
      cell: addressOf("WRES_I7_Gap"),
    });
    expect(f.message).toContain("a gap of −10.0 points");
  });

  test("I7: 65 % BME against 60 % White is favourable, with no flag", () => {
    const r = check({ ...validYear(), WRES_I7_Pct: [[0.6, 0.65]] });
    expect(r.indicators.I7.status).toBe("favourable");
    expect(flagsWith(r, "GAP_SURVEY").map((f) => f.indicator)).not.toContain("I7");
  });

  test("I6: +1 point is within, with no flag", () => {
    const r = check(validYear());
    expect(r.indicators.I6.status).toBe("within");
    expect(flagsWith(r, "GAP_SURVEY").map((f) => f.indicator)).toEqual(["I5", "I7", "I8"]);
  });
});

describe("gapTrend: towards no gap is better, unchanged when equal as displayed", () => {
  test.each([
    [0.03, 0.05, "better"],
    [0.05, 0.03, "worse"],
    [0.01, -0.02, "better"], // |+1| < |−2|
    [-0.1, -0.15, "better"],
    [0.0504, 0.0496, "unchanged"], // both 5.0 points
    [-0.03, 0.03, "unchanged"], // as far from no gap
  ])("this year %p, last year %p → %s", (now, before, trend) => {
    expect(gapTrend(now, before)).toBe(trend);
  });
  test("no trend without both years", () => {
    expect(gapTrend(0.05, null)).toBeNull();
  });
});

describe("board: an adverse difference of 5 points or more", () => {
  test.each([
    [-0.05, true],
    [-0.0496, true], // shows as −5.0
    [-0.0494, false], // shows as −4.9
    [0.2, false],
    [null, false],
  ])("difference %p → adverse %p", (d, adverse) => {
    expect(boardAdverse(d, S)).toBe(adverse);
  });

  test("boardStatus: not-computable without a total difference", () => {
    expect(boardStatus(null, S)).toBe("not-computable");
  });

  test("GAP_BOARD on the executive row: 0 of 5 executives BME against 21 % of the workforce (−21 points)", () => {
    const r = check({
      ...validYear(),
      WRES_I9_Board: [
        [9, 2, 1],
        [7, 2, 1],
        [2, 0, 0],
        [4, 0, 1],
        [5, 2, 0],
      ],
    });
    expect(r.indicators.I9.status).toBe("adverse");
    const f = expectFlag(r, {
      code: "GAP_BOARD",
      severity: "warning",
      name: "WRES_I9_Diff",
      cell: addressOf("WRES_I9_Diff", 2),
    });
    expect(f.message).toContain(
      "The BME share of executive members is 21.0 points below the BME share of the workforce.",
    );
    expect(flagsWith(r, "GAP_BOARD")).toHaveLength(1);
  });

  test("a total board 4 of 25 BME (16 %) against 21 %: −5.0 points (−0.04999999999999999) is a gap", () => {
    // voting 4 / 19 = 21.05 % (+0.05 points), executive 2 / 12 = 16.67 % (−4.3 points)
    const r = check({
      ...validYear(),
      WRES_I9_Board: [
        [21, 4, 0],
        [15, 4, 0],
        [6, 0, 0],
        [10, 2, 0],
        [11, 2, 0],
      ],
    });
    expect(r.indicators.I9.total).toBeCloseTo(-0.05, 12);
    expect(flagsWith(r, "GAP_BOARD").map((f) => f.cell)).toEqual([addressOf("WRES_I9_Diff", 0)]);
  });
});

describe("UNDER_REPRESENTED_BAND: a row of 20 or more whose BME % is more than 5 points below the workforce", () => {
  test("Band 3 non-clinical: 15 % BME against 21 % (−6 points), 400 staff", () => {
    const r = check(validYear());
    const f = expectFlag(r, {
      code: "UNDER_REPRESENTED_BAND",
      severity: "warning",
      name: "WRES_I1_NonClinical_Gap",
      cell: addressOf("WRES_I1_NonClinical_Gap", 3),
    });
    for (const fact of ["Band 3", "400 staff", "15.0% BME", "6.0 points below the workforce"])
      expect(f.message).toContain(fact);
  });

  test("exactly 5 points below (15 % − 20 % = −0.05000000000000002) is not more than 5", () => {
    // Band 3: 320 / 60 / 20 (15 %); Band 5: 430 / 140 / 30; workforce BME 200 / 1,000 = 20 %
    const clinical = zeros(15);
    clinical[5] = [430, 140, 30];
    const r = check({ ...validYear(), WRES_I1_Clinical: clinical });
    expect(r.indicators.I1.rows.find((x) => x.block === "NonClinical" && x.label === "Band 3")!.bmeGap).toBeCloseTo(
      -0.05,
      12,
    );
    expect(flagsWith(r, "UNDER_REPRESENTED_BAND")).toEqual([]);
  });

  test("5.1 points below (15 % − 20.1 %) is", () => {
    const clinical = zeros(15);
    clinical[5] = [429, 141, 30];
    const r = check({ ...validYear(), WRES_I1_Clinical: clinical });
    expect(flagsWith(r, "UNDER_REPRESENTED_BAND").map((f) => f.cell)).toEqual([
      addressOf("WRES_I1_NonClinical_Gap", 3),
    ]);
  });

  test("a row of 19 staff is not judged; a row of 20 is", () => {
    const medical = zeros(4);
    medical[0] = [19, 0, 0];
    expect(
      flagsWith(check({ ...validYear(), WRES_I1_Medical: medical }), "UNDER_REPRESENTED_BAND").map((f) => f.name),
    ).toEqual(["WRES_I1_NonClinical_Gap"]);
    medical[0] = [20, 0, 0];
    const r = check({ ...validYear(), WRES_I1_Medical: medical });
    expectFlag(r, {
      code: "UNDER_REPRESENTED_BAND",
      severity: "warning",
      name: "WRES_I1_Medical_Gap",
      cell: addressOf("WRES_I1_Medical_Gap", 0),
    });
  });
});

describe("WORSENED and year-on-year trends", () => {
  test("RL3 moved away from 1.00: 1.96 last year ((8/190)/(15/700)), 2.11 this year", () => {
    const r = check({ ...validYear(), WRES_I3_Headcount_PY: [[700, 190, 60]], WRES_I3_Entered_PY: [[15, 8, 0]] });
    expect(r.indicators.I3.trend).toBe("worse");
    const f = expectFlag(r, { code: "WORSENED", severity: "info", name: "WRES_I3_RL", cell: addressOf("WRES_I3_RL") });
    expect(f.message).toContain("1.96 last year, 2.11 this year");
  });

  test("RL2 moved towards 1.00: 2.25 last year ((90/380)/(20/190)), 1.67 this year: better, no flag", () => {
    const r = check({ ...validYear(), ...previousYearI2() });
    expect(r.indicators.I2.trend).toBe("better");
    expect(flagsWith(r, "WORSENED")).toEqual([]);
  });

  test("the same RL both years is unchanged", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[400, 200, 10]], WRES_I2_Appointed_PY: [[100, 30, 2]] });
    expect(r.indicators.I2.trend).toBe("unchanged");
  });

  test("the I5 gap widened from +3 points (29 % − 26 %) to +5: WORSENED on WRES_I5_Gap", () => {
    const r = check({ ...validYear(), WRES_I5_Pct_PY: [[0.26, 0.29]] });
    expect(r.indicators.I5.gapPY).toBeCloseTo(0.03, 12);
    expect(r.indicators.I5.trend).toBe("worse");
    const f = expectFlag(r, {
      code: "WORSENED",
      severity: "info",
      name: "WRES_I5_Gap",
      cell: addressOf("WRES_I5_Gap"),
    });
    expect(f.message).toContain("+3.0 points last year, +5.0 points this year");
  });

  test("the I7 gap narrowed from −15 points to −10: better", () => {
    const r = check({ ...validYear(), WRES_I7_Pct_PY: [[0.6, 0.45]] });
    expect(r.indicators.I7.trend).toBe("better");
    expect(flagsWith(r, "WORSENED")).toEqual([]);
  });

  test("the board moved from +2.1 points (3/13 − 21 %) to −4.3 (2/12 − 21 %): WORSENED on the total row", () => {
    const r = check({ ...validYear(), ...previousYearI1AndBoard() });
    expect(r.indicators.I9.previous!.total).toBeCloseTo(3 / 13 - 0.21, 12);
    expect(r.indicators.I9.trend).toBe("worse");
    const f = expectFlag(r, {
      code: "WORSENED",
      severity: "info",
      name: "WRES_I9_Diff",
      cell: addressOf("WRES_I9_Diff", 0),
    });
    expect(f.message).toContain("2.1 points last year, −4.3 points this year");
  });
});
