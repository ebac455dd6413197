/**
 * Checks across cells (wres.md "Data checks" and "Judging a value"): events within populations,
 * board rows adding up, headcounts against the workforce, results that cannot be computed,
 * small numbers and high Unknown shares.
 */

import { addressOf, validYear } from "../helpers/raw-workbook";
import { calculate, check, expectFlag, flagsWith, zeros } from "./support";

describe("INCONSISTENT: events within their population, per group", () => {
  test("210 BME appointed of 200 shortlisted: error on the BME appointed cell", () => {
    const r = check({ ...validYear(), WRES_I2_Appointed: [[100, 210, 2]] });
    const f = expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I2_Appointed",
      cell: addressOf("WRES_I2_Appointed", 0, 1),
    });
    expect(f.message).toContain("210 BME staff appointed, more than the shortlisted (200)");
    expect(flagsWith(r, "INCONSISTENT")).toHaveLength(1);
  });

  test("appointed equal to shortlisted is consistent", () => {
    const r = check({ ...validYear(), WRES_I2_Appointed: [[400, 200, 10]] });
    expect(flagsWith(r, "INCONSISTENT")).toEqual([]);
  });

  test("250 BME entered the disciplinary process of a BME headcount of 210", () => {
    const r = check({ ...validYear(), WRES_I3_Entered: [[20, 250, 1]] });
    const f = expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I3_Entered",
      cell: addressOf("WRES_I3_Entered", 0, 1),
    });
    expect(f.message).toContain("more than the headcount (210)");
  });

  test("800 White accessed training of a White headcount of 740", () => {
    const r = check({ ...validYear(), WRES_I4_Accessed: [[800, 100, 10]] });
    expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I4_Accessed",
      cell: addressOf("WRES_I4_Accessed", 0, 0),
    });
  });

  test("Unknown is checked too: 60 Unknown entered of 50", () => {
    const r = check({ ...validYear(), WRES_I3_Entered: [[20, 12, 60]] });
    expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I3_Entered",
      cell: addressOf("WRES_I3_Entered", 0, 2),
    });
  });

  test("against the workforce when the headcount is blank, saying so", () => {
    const values = validYear();
    delete values.WRES_I4_Headcount;
    const r = check({ ...values, WRES_I4_Accessed: [[370, 211, 10]] });
    const f = expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I4_Accessed",
      cell: addressOf("WRES_I4_Accessed", 0, 1),
    });
    expect(f.message).toContain("more than the indicator 1 workforce (210)");
  });

  test("the previous year is checked too", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted_PY: [[380, 190, 12]], WRES_I2_Appointed_PY: [[390, 20, 1]] });
    const f = expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I2_Appointed_PY",
      cell: addressOf("WRES_I2_Appointed_PY", 0, 0),
    });
    expect(f.message).toContain("(previous year)");
  });
});

describe("INCONSISTENT: board total = voting + non-voting = executive + non-executive, per group", () => {
  test("BME total 2 but voting 1 + non-voting 0 = 1: error on the BME total cell", () => {
    const r = check({
      ...validYear(),
      WRES_I9_Board: [
        [10, 2, 0],
        [8, 1, 0],
        [2, 0, 0],
        [5, 1, 0],
        [5, 1, 0],
      ],
    });
    const f = expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I9_Board",
      cell: addressOf("WRES_I9_Board", 0, 1),
    });
    expect(f.message).toContain(
      "BME board members: voting members (1) + non-voting members (0) = 1, but the total board is 2.",
    );
    expect(flagsWith(r, "INCONSISTENT")).toHaveLength(1);
  });

  test("White total 10 but executive 5 + non-executive 4 = 9", () => {
    const r = check({
      ...validYear(),
      WRES_I9_Board: [
        [10, 2, 0],
        [8, 2, 0],
        [2, 0, 0],
        [5, 1, 0],
        [4, 1, 0],
      ],
    });
    const f = expectFlag(r, {
      code: "INCONSISTENT",
      severity: "error",
      name: "WRES_I9_Board",
      cell: addressOf("WRES_I9_Board", 0, 0),
    });
    expect(f.message).toContain("executive members (5) + non-executive members (4) = 9, but the total board is 10");
  });

  test("the valid year's board adds up: 10 = 8 + 2 = 5 + 5; 2 = 2 + 0 = 1 + 1", () => {
    expect(flagsWith(check(validYear()), "INCONSISTENT")).toEqual([]);
  });
});

describe("HEADCOUNT_MISMATCH: indicator 3/4 headcount more than 5 % from the indicator 1 workforce", () => {
  // Workforce 740 White, 210 BME.
  test("White 778 (|778 − 740| / 740 = 5.14 %) and BME 230 (20 / 210 = 9.52 %): a warning on each", () => {
    const r = check({ ...validYear(), WRES_I3_Headcount: [[778, 230, 50]] });
    const w = expectFlag(r, {
      code: "HEADCOUNT_MISMATCH",
      severity: "warning",
      name: "WRES_I3_Headcount",
      cell: addressOf("WRES_I3_Headcount", 0, 0),
    });
    expect(w.message).toContain("White headcount (778) is 5.1% away from the indicator 1 workforce (740)");
    const b = expectFlag(r, {
      code: "HEADCOUNT_MISMATCH",
      severity: "warning",
      name: "WRES_I3_Headcount",
      cell: addressOf("WRES_I3_Headcount", 0, 1),
    });
    expect(b.message).toContain("9.5% away");
  });

  test("exactly 5 % apart (777: 37 / 740 = 0.05) is not a mismatch", () => {
    const r = check({ ...validYear(), WRES_I4_Headcount: [[777, 210, 50]] });
    expect(flagsWith(r, "HEADCOUNT_MISMATCH")).toEqual([]);
  });

  test("Unknown is not compared; a blank headcount (the workforce itself) is not compared", () => {
    const values = validYear();
    delete values.WRES_I3_Headcount;
    const r = check({ ...values, WRES_I4_Headcount: [[740, 210, 500]] });
    expect(flagsWith(r, "HEADCOUNT_MISMATCH")).toEqual([]);
  });

  test("a custom tolerance of 10 % lets 9.52 % pass", () => {
    const r = check(
      { ...validYear(), WRES_I3_Headcount: [[740, 230, 50]] },
      {},
      {
        settings: { ...check(validYear()).settings, headcountTolerance: 0.1 },
      },
    );
    expect(flagsWith(r, "HEADCOUNT_MISMATCH")).toEqual([]);
  });
});

describe("ZERO_DENOMINATOR: an RL that cannot be computed is null and 'not-computable', never 0, Infinity or NaN", () => {
  test("0 BME appointed: warning on WRES_I2_RL; rl, ci and significance null", () => {
    const r = calculate({ ...validYear(), WRES_I2_Appointed: [[100, 0, 2]] });
    const f = expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "warning",
      name: "WRES_I2_RL",
      cell: addressOf("WRES_I2_RL"),
    });
    expect(f.message).toContain("not computable because no BME staff appointed");
    expect(r.indicators.I2).toMatchObject({
      rl: null,
      ci: null,
      significant: null,
      status: "not-computable",
      trend: null,
    });
    expect(r.indicators.I2.likelihood).toEqual({ white: 0.25, bme: 0 });
    expect(r.indicators.I2.notComputable).toBe("A group has no events, so the ratio is 0 or infinite: undefined.");
    expect(r.outputs.find((b) => b.name === "WRES_I2_RL")!.values).toEqual([[null]]);
    expect(r.outputs.find((b) => b.name === "WRES_I2_RL_CI")!.values).toEqual([[null, null]]);
  });

  test("0 BME staff in the headcount: the reason names the population", () => {
    const r = check({ ...validYear(), WRES_I3_Headcount: [[740, 0, 50]], WRES_I3_Entered: [[20, 0, 1]] });
    const f = expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "warning",
      name: "WRES_I3_RL",
      cell: addressOf("WRES_I3_RL"),
    });
    expect(f.message).toContain("there are no BME staff in the headcount");
    expect(r.indicators.I3.notComputable).toBe("A group's population is zero, so its rate is undefined.");
    expect(r.indicators.I3.likelihood).toBeNull();
  });

  test("0 White staff entered: for indicator 3 White is the denominator group", () => {
    const r = check({ ...validYear(), WRES_I3_Entered: [[0, 12, 1]] });
    const f = expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "warning",
      name: "WRES_I3_RL",
      cell: addressOf("WRES_I3_RL"),
    });
    expect(f.message).toContain("no White staff entered the disciplinary process");
  });

  test("the previous year's undefined RL is information", () => {
    const r = check({ ...validYear(), WRES_I4_Headcount_PY: [[700, 200, 40]], WRES_I4_Accessed_PY: [[300, 0, 5]] });
    const f = expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "info",
      name: "WRES_I4_RL_PY",
      cell: addressOf("WRES_I4_RL_PY"),
    });
    expect(f.message).toContain("(previous year)");
    expect(r.indicators.I4.rlPY).toBeNull();
    expect(r.indicators.I4.trend).toBeNull();
  });

  test("an undefined two-year RL is information on WRES_I3_RL_2Y", () => {
    // This year: no BME entered; previous year: none either → pooled BME events 0
    const r = check({
      ...validYear(),
      WRES_I3_Entered: [[20, 0, 1]],
      WRES_I3_Headcount_PY: [[700, 190, 60]],
      WRES_I3_Entered_PY: [[15, 0, 0]],
    });
    expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "info",
      name: "WRES_I3_RL_2Y",
      cell: addressOf("WRES_I3_RL_2Y"),
    });
    expect(r.indicators.I3.rl2y).toBeNull();
  });

  test("a band row with no staff: information on its percentage row", () => {
    const r = check(validYear());
    const f = expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "info",
      name: "WRES_I1_Medical_Pct",
      cell: addressOf("WRES_I1_Medical_Pct", 0, 0),
    });
    expect(f.message).toMatch(/Consultants \(medical.*\) has no staff/i);
    // 15 + 15 + 4 = 34 rows, two with staff (Band 3 non-clinical, Band 5 clinical): 32 empty rows
    expect(flagsWith(r, "ZERO_DENOMINATOR").filter((x) => x.indicator === "I1")).toHaveLength(32);
    expect(r.counts.errors).toBe(0);
  });

  test("a workforce of zero: error on WRES_Workforce_Pct, and the workforce-based RLs are not computable", () => {
    const values = validYear();
    delete values.WRES_I3_Headcount;
    const r = check({
      ...values,
      WRES_I1_NonClinical: zeros(15),
      WRES_I1_Clinical: zeros(15),
      WRES_I1_Medical: zeros(4),
    });
    expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "error",
      name: "WRES_Workforce_Pct",
      cell: addressOf("WRES_Workforce_Pct"),
    });
    expect(r.indicators.I1.workforce).toEqual({ white: 0, bme: 0, unknown: 0 });
    expect(r.indicators.I1.workforcePct).toBeNull();
    const i3 = expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "warning",
      name: "WRES_I3_RL",
      cell: addressOf("WRES_I3_RL"),
    });
    expect(i3.message).toContain("there are no BME staff in the workforce");
    expect(r.indicators.I9).toMatchObject({ total: null, voting: null, executive: null, status: "not-computable" });
  });

  test("a board of no members: warning on the total board cell", () => {
    const r = check({ ...validYear(), WRES_I9_Board: zeros(5) });
    expectFlag(r, {
      code: "ZERO_DENOMINATOR",
      severity: "warning",
      name: "WRES_I9_Board",
      cell: addressOf("WRES_I9_Board", 0, 0),
    });
    expect(r.indicators.I9.status).toBe("not-computable");
  });
});

describe("SMALL_NUMBERS: an event count below 10", () => {
  test("9 BME staff entered the disciplinary process: warning on the BME entered cell", () => {
    const r = check({ ...validYear(), WRES_I3_Entered: [[20, 9, 1]] });
    const f = expectFlag(r, {
      code: "SMALL_NUMBERS",
      severity: "warning",
      name: "WRES_I3_Entered",
      cell: addressOf("WRES_I3_Entered", 0, 1),
    });
    expect(f.message).toContain("Only 9 BME staff entered the disciplinary process (fewer than 10)");
    // the figure is still computed, never hidden: (9/210)/(20/740) = 6660/4200 = 1.585714
    expect(r.indicators.I3.rl).toBeCloseTo(6660 / 4200, 12);
  });

  test("10 is not small; Unknown counts are never judged", () => {
    const r = check({ ...validYear(), WRES_I3_Entered: [[10, 10, 1]] });
    expect(flagsWith(r, "SMALL_NUMBERS")).toEqual([]);
  });

  test("zero events are small numbers too (and ZERO_DENOMINATOR)", () => {
    const r = check({ ...validYear(), WRES_I2_Appointed: [[100, 0, 2]] });
    expectFlag(r, {
      code: "SMALL_NUMBERS",
      severity: "warning",
      name: "WRES_I2_Appointed",
      cell: addressOf("WRES_I2_Appointed", 0, 1),
    });
  });

  test("a custom smallNumber of 15 flags the 12 BME entered of the valid year", () => {
    const base = check(validYear());
    expect(flagsWith(base, "SMALL_NUMBERS")).toEqual([]);
    const r = check(validYear(), {}, { settings: { ...base.settings, smallNumber: 15 } });
    expectFlag(r, {
      code: "SMALL_NUMBERS",
      severity: "warning",
      name: "WRES_I3_Entered",
      cell: addressOf("WRES_I3_Entered", 0, 1),
    });
  });
});

describe("HIGH_UNKNOWN: more than 10 % Unknown in a population of 20 or more", () => {
  test("a band row of 20 with 3 Unknown (15 %): warning on its Unknown cell", () => {
    const medical = zeros(4);
    medical[0] = [15, 2, 3];
    const r = check({ ...validYear(), WRES_I1_Medical: medical });
    const f = expectFlag(r, {
      code: "HIGH_UNKNOWN",
      severity: "warning",
      name: "WRES_I1_Medical",
      cell: addressOf("WRES_I1_Medical", 0, 2),
    });
    expect(f.message).toMatch(/15\.0% of Consultants \(medical.*\) have unknown ethnicity/i);
  });

  test("exactly 10 % (2 of 20) is not high; 19 staff are too few to judge", () => {
    const medical = zeros(4);
    medical[0] = [16, 2, 2];
    medical[1] = [10, 2, 7];
    const r = check({ ...validYear(), WRES_I1_Medical: medical });
    expect(flagsWith(r, "HIGH_UNKNOWN")).toEqual([]);
  });

  test("the workforce: 150 Unknown of 1,100 (13.6 %) flags the row and WRES_Workforce", () => {
    const nonClinical = zeros(15);
    nonClinical[3] = [320, 60, 120]; // 120 / 500 = 24 %
    const r = check({ ...validYear(), WRES_I1_NonClinical: nonClinical });
    expectFlag(r, {
      code: "HIGH_UNKNOWN",
      severity: "warning",
      name: "WRES_I1_NonClinical",
      cell: addressOf("WRES_I1_NonClinical", 3, 2),
    });
    const f = expectFlag(r, {
      code: "HIGH_UNKNOWN",
      severity: "warning",
      name: "WRES_Workforce",
      cell: addressOf("WRES_Workforce", 0, 2),
    });
    expect(f.message).toContain("13.6% of the workforce");
  });

  test("shortlisted applicants: 70 Unknown of 670 (10.4 %)", () => {
    const r = check({ ...validYear(), WRES_I2_Shortlisted: [[400, 200, 70]] });
    const f = expectFlag(r, {
      code: "HIGH_UNKNOWN",
      severity: "warning",
      name: "WRES_I2_Shortlisted",
      cell: addressOf("WRES_I2_Shortlisted", 0, 2),
    });
    expect(f.message).toContain("10.4% of shortlisted applicants");
  });

  test("an indicator 3 headcount: 120 Unknown of 1,070 (11.2 %)", () => {
    const r = check({ ...validYear(), WRES_I3_Headcount: [[740, 210, 120]] });
    expectFlag(r, {
      code: "HIGH_UNKNOWN",
      severity: "warning",
      name: "WRES_I3_Headcount",
      cell: addressOf("WRES_I3_Headcount", 0, 2),
    });
  });
});
