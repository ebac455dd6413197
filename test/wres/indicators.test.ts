/** The nine indicators computed from counts (wres.md "The nine indicators"), each worked by hand. */

import type { Groups3 } from "../../src/wres/inputs";
import {
  computeYear,
  indicator1,
  indicator9,
  pooledRl,
  rlIndicator,
  shares,
  surveyIndicator,
} from "../../src/wres/indicators";
import { addressOf, validYear } from "../helpers/raw-workbook";
import { calculate, check, expectFlag, flagsWith, zeros } from "./support";

const Z = 1.96;
const g3 = (white: number | null, bme: number | null, unknown: number | null): Groups3 => ({ white, bme, unknown });
const blockOf = (rows: number, set: Record<number, Groups3> = {}): Groups3[] =>
  Array.from({ length: rows }, (_, i) => set[i] ?? g3(0, 0, 0));

describe("Indicator 1: row shares, the workforce and each row's BME gap", () => {
  // Non-clinical Band 3: 320 White, 60 BME, 20 Unknown = 400
  // Clinical Band 5:     420 White, 150 BME, 30 Unknown = 600
  // Workforce:           740 White, 210 BME, 50 Unknown = 1,000 → 74 %, 21 %, 5 %
  const result = indicator1({
    NonClinical: blockOf(15, { 3: g3(320, 60, 20) }),
    Clinical: blockOf(15, { 5: g3(420, 150, 30) }),
    Medical: blockOf(4),
  });
  const row = (block: string, label: string) => result.rows.find((r) => r.block === block && r.label === label)!;

  test("the workforce is the sum of the three blocks: 740 / 210 / 50", () => {
    expect(result.workforce).toEqual({ white: 740, bme: 210, unknown: 50 });
    expect(result.workforcePct!.white).toBeCloseTo(0.74, 12);
    expect(result.workforcePct!.bme).toBeCloseTo(0.21, 12);
    expect(result.workforcePct!.unknown).toBeCloseTo(0.05, 12);
  });

  test("a row's shares use its whole headcount, Unknown included: Band 3 is 320/400, 60/400, 20/400", () => {
    expect(row("NonClinical", "Band 3").pct).toEqual({ white: 0.8, bme: 0.15, unknown: 0.05 });
    expect(row("NonClinical", "Band 3").total).toBe(400);
  });

  test("the BME gap is row BME % − workforce BME %: Band 3 15 % − 21 % = −6 points, Band 5 25 % − 21 % = +4", () => {
    expect(row("NonClinical", "Band 3").bmeGap).toBeCloseTo(-0.06, 12);
    expect(row("Clinical", "Band 5").bmeGap).toBeCloseTo(0.04, 12);
  });

  test("there are 15 + 15 + 4 = 34 rows in contract order, labelled and indexed within their block", () => {
    expect(result.rows).toHaveLength(34);
    expect(result.rows[0]).toMatchObject({ block: "NonClinical", label: "Under Band 1", row: 0 });
    expect(result.rows[13]).toMatchObject({ block: "NonClinical", label: "VSM", row: 13 });
    expect(result.rows[30]).toMatchObject({ block: "Medical", label: "Consultants", row: 0 });
  });

  test("a row of no staff has no shares and no gap (null, not NaN)", () => {
    expect(row("Medical", "Consultants")).toMatchObject({ total: 0, pct: null, bmeGap: null });
  });

  test("a row with a missing count has no total or shares, and the workforce is not computed", () => {
    const partial = indicator1({
      NonClinical: blockOf(15, { 3: g3(320, null, 20) }),
      Clinical: blockOf(15, { 5: g3(420, 150, 30) }),
      Medical: blockOf(4),
    });
    expect(partial.workforce).toBeNull();
    expect(partial.workforcePct).toBeNull();
    const band3 = partial.rows.find((r) => r.block === "NonClinical" && r.row === 3)!;
    expect(band3).toMatchObject({ total: null, pct: null, bmeGap: null });
    // Band 5 still has its own shares, but no gap without a workforce
    const band5 = partial.rows.find((r) => r.block === "Clinical" && r.row === 5)!;
    expect(band5.pct).toEqual({ white: 0.7, bme: 0.25, unknown: 0.05 });
    expect(band5.bmeGap).toBeNull();
  });

  test("shares of an all-zero group are null", () => {
    expect(shares(g3(0, 0, 0))).toBeNull();
    expect(shares(g3(1, 1, 2))).toEqual({ white: 0.25, bme: 0.25, unknown: 0.5 });
  });
});

describe("Indicators 2–4: relative likelihoods, oriented so that above 1.00 means BME staff are worse off", () => {
  test("RL2 = White rate / BME rate: (100/400) / (30/200) = 0.25 / 0.15 = 1.6667; Unknown is excluded", () => {
    const r = rlIndicator("I2", g3(400, 200, 10), g3(100, 30, 2), "input", Z);
    expect(r.rl).toBeCloseTo(5 / 3, 12);
    expect(r.likelihood).toEqual({ white: 0.25, bme: 0.15 });
    // Unknown changes nothing: 10 shortlisted / 2 appointed or 1,000 / 999
    expect(rlIndicator("I2", g3(400, 200, 1000), g3(100, 30, 999), "input", Z).rl).toBe(r.rl);
  });

  test("RL3 = BME rate / White rate: (12/210) / (20/740) = 0.057143 / 0.027027 = 2.1143", () => {
    const r = rlIndicator("I3", g3(740, 210, 50), g3(20, 12, 1), "input", Z);
    expect(r.rl).toBeCloseTo(8880 / 4200, 12);
    expect(r.likelihood!.white).toBeCloseTo(20 / 740, 12);
    expect(r.likelihood!.bme).toBeCloseTo(12 / 210, 12);
    // log CI: a = 12 (BME), n1 = 210, c = 20 (White), n2 = 740; SE = 0.356679 → 1.0509–4.2538
    expect(r.ci![0]).toBeCloseTo(1.050878, 5);
    expect(r.ci![1]).toBeCloseTo(4.253781, 5);
    expect(r.significant).toBe(true);
  });

  test("RL4 = White rate / BME rate: (370/740) / (100/210) = 0.5 / 0.476190 = 1.05, not significant", () => {
    // SE = sqrt(1/370 − 1/740 + 1/100 − 1/210) = sqrt(0.0065894) = 0.081175; CI = exp(ln 1.05 ∓ 0.159104)
    const r = rlIndicator("I4", g3(740, 210, 50), g3(370, 100, 10), "input", Z);
    expect(r.rl).toBeCloseTo(1.05, 12);
    expect(r.ci![0]).toBeCloseTo(0.895553, 5);
    expect(r.ci![1]).toBeCloseTo(1.231083, 5);
    expect(r.significant).toBe(false);
  });

  test("a group with no events makes the RL undefined, keeping the rates: 0 BME appointed", () => {
    const r = rlIndicator("I2", g3(400, 200, 10), g3(100, 0, 2), "input", Z);
    expect(r.rl).toBeNull();
    expect(r.ci).toBeNull();
    expect(r.significant).toBeNull();
    expect(r.likelihood).toEqual({ white: 0.25, bme: 0 });
    expect(r.undefinedBecause).toEqual({ rl: null, why: "no-events", group: "denominator" });
  });

  test("a group of no staff leaves the rates and the RL undefined: 0 BME shortlisted", () => {
    const r = rlIndicator("I2", g3(400, 0, 10), g3(100, 0, 2), "input", Z);
    expect(r.likelihood).toBeNull();
    expect(r.undefinedBecause).toMatchObject({ why: "no-population", group: "denominator" });
  });

  test("a missing count gives no result and no reason (the missing cell is already flagged)", () => {
    const r = rlIndicator("I2", g3(400, null, 10), g3(100, 30, 2), "input", Z);
    expect(r).toMatchObject({ rl: null, likelihood: null, ci: null, undefinedBecause: null });
  });
});

describe("Indicator 3 over two years: events and populations pooled group by group", () => {
  // This year: headcount 740 White / 210 BME, entered 20 / 12. Previous year: 700 / 190, entered 15 / 8.
  // RL3_2y = ((12 + 8) / (210 + 190)) / ((20 + 15) / (740 + 700)) = (20 / 400) / (35 / 1440) = 72 / 35 = 2.057143
  test("pooledRl adds both years' counts", () => {
    const now = rlIndicator("I3", g3(740, 210, 50), g3(20, 12, 1), "input", Z);
    const before = rlIndicator("I3", g3(700, 190, 60), g3(15, 8, 0), "input", Z);
    const pooled = pooledRl("I3", now, before, Z);
    expect(pooled.rl).toBeCloseTo(72 / 35, 12);
    expect(pooled.bme).toEqual({ events: 20, population: 400 });
    expect(pooled.white).toEqual({ events: 35, population: 1440 });
    // SE = sqrt(1/20 − 1/400 + 1/35 − 1/1440) = sqrt(0.075377) = 0.274549 → CI 1.2011–3.5234
    expect(pooled.ci![0]).toBeCloseTo(1.201058, 5);
    expect(pooled.ci![1]).toBeCloseTo(3.523425, 5);
  });

  const r = check({
    ...validYear(),
    WRES_I3_Headcount_PY: [[700, 190, 60]],
    WRES_I3_Entered_PY: [[15, 8, 0]],
  });

  test("Validate reads the _PY inputs: RL3_PY = (8/190)/(15/700) = 5600/2850 = 1.9649", () => {
    expect(r.indicators.I3.rlPY).toBeCloseTo(5600 / 2850, 12);
    expect(r.indicators.I3.rl).toBeCloseTo(8880 / 4200, 12);
  });

  test("Validate reports the two-year RL 72/35 = 2.0571 and Calculate writes WRES_I3_RL_2Y", () => {
    expect(r.indicators.I3.rl2y).toBeCloseTo(72 / 35, 12);
    const out = calculate({
      ...validYear(),
      WRES_I3_Headcount_PY: [[700, 190, 60]],
      WRES_I3_Entered_PY: [[15, 8, 0]],
    }).outputs.find((b) => b.name === "WRES_I3_RL_2Y")!;
    expect(out.values[0][0]).toBeCloseTo(72 / 35, 12);
  });

  test("other indicators with empty _PY blocks have no previous year and raise no flag", () => {
    expect(r.indicators.I2.rlPY).toBeNull();
    expect(r.indicators.I2.trend).toBeNull();
    expect(flagsWith(r, "PARTIAL_PREVIOUS_YEAR")).toEqual([]);
  });

  test("without the previous year there is no two-year RL", () => {
    const now = calculate(validYear());
    expect(now.indicators.I3.rl2y).toBeNull();
    expect(now.outputs.find((b) => b.name === "WRES_I3_RL_2Y")!.values).toEqual([[null]]);
  });
});

describe("Indicators 3 and 4 with a blank headcount use the indicator 1 workforce", () => {
  // Clinical Band 5 made 420 / 190 / 30, so the workforce is 740 White, 250 BME, 50 Unknown.
  // RL3 = (12 / 250) / (20 / 740) = 0.048 / 0.027027 = 8880 / 5000 = 1.776
  const values = validYear();
  delete values.WRES_I3_Headcount;
  const clinical = zeros(15);
  clinical[5] = [420, 190, 30];
  const r = check({ ...values, WRES_I1_Clinical: clinical });

  test("RL3 is computed against the workforce: 1.776", () => {
    expect(r.indicators.I3.rl).toBeCloseTo(1.776, 12);
    expect(r.indicators.I3.headcountSource).toBe("workforce");
    expect(r.indicators.I4.headcountSource).toBe("input");
  });

  test("HEADCOUNT_FROM_WORKFORCE is information on the blank headcount block", () => {
    const f = expectFlag(r, {
      code: "HEADCOUNT_FROM_WORKFORCE",
      severity: "info",
      name: "WRES_I3_Headcount",
      cell: addressOf("WRES_I3_Headcount"),
    });
    expect(f.indicator).toBe("I3");
    expect(flagsWith(r, "MISSING_VALUE")).toEqual([]);
  });

  test("computeYear does the same from typed inputs", () => {
    const year = computeYear(
      {
        I1: {
          NonClinical: blockOf(15, { 3: g3(320, 60, 20) }),
          Clinical: blockOf(15, { 5: g3(420, 190, 30) }),
          Medical: blockOf(4),
        },
        I2: null,
        I3: { headcount: null, entered: g3(20, 12, 1) },
        I4: { headcount: null, accessed: g3(370, 125, 10) },
        survey: { I5: null, I6: null, I7: null, I8: null },
        I9: null,
      },
      Z,
    );
    expect(year.I3!.populationSource).toBe("workforce");
    expect(year.I3!.rl).toBeCloseTo(1.776, 12);
    // RL4 = (370 / 740) / (125 / 250) = 0.5 / 0.5 = 1
    expect(year.I4!.rl).toBe(1);
  });
});

describe("Indicators 5–8: gap = BME % − White %, with a two-proportion interval when respondents are given", () => {
  test("25 % White (800 respondents) and 30 % BME (200): gap +5 points, CI −2.02 to +12.02", () => {
    // SE = sqrt(0.3 × 0.7 / 200 + 0.25 × 0.75 / 800) = 0.0358382; 1.96 × SE = 0.0702429
    const s = surveyIndicator({ white: 0.25, bme: 0.3 }, { white: 800, bme: 200 }, Z);
    expect(s.gap).toBeCloseTo(0.05, 12);
    expect(s.ci![0]).toBeCloseTo(-0.0202428, 6);
    expect(s.ci![1]).toBeCloseTo(0.1202428, 6);
  });

  test("without respondents the interval is blank", () => {
    const s = surveyIndicator({ white: 0.25, bme: 0.3 }, null, Z);
    expect(s.gap).toBeCloseTo(0.05, 12);
    expect(s.ci).toBeNull();
  });

  test("a missing percentage gives no gap", () => {
    expect(surveyIndicator({ white: 0.25, bme: null }, { white: 800, bme: 200 }, Z)).toMatchObject({
      gap: null,
      ci: null,
    });
  });

  const r = check({ ...validYear(), WRES_I5_Respondents: [[800, 200]] });
  test("I5 has the interval and Calculate writes WRES_I5_Gap_CI; I6 without respondents writes blanks", () => {
    expect(r.indicators.I5.ci![0]).toBeCloseTo(-0.0202428, 6);
    expect(r.indicators.I5.respondents).toEqual({ white: 800, bme: 200 });
    const out = new Map(
      calculate({ ...validYear(), WRES_I5_Respondents: [[800, 200]] }).outputs.map((b) => [b.name, b.values]),
    );
    expect(out.get("WRES_I5_Gap")![0][0]).toBeCloseTo(0.05, 12);
    expect(out.get("WRES_I5_Gap_CI")![0][1]).toBeCloseTo(0.1202428, 6);
    // I6: 21 % − 20 % = +1 point, no respondents
    expect(out.get("WRES_I6_Gap")![0][0]).toBeCloseTo(0.01, 12);
    expect(out.get("WRES_I6_Gap_CI")).toEqual([[null, null]]);
    expect(r.indicators.I6.ci).toBeNull();
  });
});

describe("Indicator 9: board percentages and the three differences from the workforce", () => {
  // Board: Total 9 / 2 / 1 (12), Voting 7 / 2 / 1 (10), Non-voting 2 / 0 / 0, Executive 4 / 0 / 1 (5), Non-exec 5 / 2 / 0.
  // Workforce BME share 21 %.
  const board = [g3(9, 2, 1), g3(7, 2, 1), g3(2, 0, 0), g3(4, 0, 1), g3(5, 2, 0)];
  const i9 = indicator9(board, 0.21);

  test("board shares use members of unknown ethnicity in the denominator: total 2/12, 1/12 unknown", () => {
    expect(i9.rows[0].pct!.bme).toBeCloseTo(2 / 12, 12);
    expect(i9.rows[0].pct!.unknown).toBeCloseTo(1 / 12, 12);
    expect(i9.rows[0].total).toBe(12);
    expect(i9.rows.map((r) => r.label)).toEqual([
      "Total board",
      "Voting members",
      "Non-voting members",
      "Executive members",
      "Non-executive members",
    ]);
  });

  test("total 16.67 % − 21 % = −4.33 points; voting 20 % − 21 % = −1; executive 0 % − 21 % = −21", () => {
    expect(i9.total).toBeCloseTo(2 / 12 - 0.21, 12);
    expect(i9.voting).toBeCloseTo(-0.01, 12);
    expect(i9.executive).toBeCloseTo(-0.21, 12);
  });

  test("without a workforce share there are no differences", () => {
    expect(indicator9(board, null)).toMatchObject({ total: null, voting: null, executive: null });
  });

  test("Calculate writes WRES_I9_Board_Pct and WRES_I9_Diff (Total, Voting, Executive)", () => {
    const r = calculate({ ...validYear(), WRES_I9_Board: board.map((b) => [b.white, b.bme, b.unknown]) });
    const out = new Map(r.outputs.map((b) => [b.name, b.values]));
    const diff = out.get("WRES_I9_Diff")!;
    expect(diff[0][0]).toBeCloseTo(-0.043333, 6);
    expect(diff[1][0]).toBeCloseTo(-0.01, 12);
    expect(diff[2][0]).toBeCloseTo(-0.21, 12);
    expect(out.get("WRES_I9_Board_Pct")![3]).toEqual([0.8, 0, 0.2]);
    expect(r.indicators.I9.boardBmePct).toBeCloseTo(2 / 12, 12);
  });
});
