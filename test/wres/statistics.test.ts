/** The standard's arithmetic: relative likelihoods with log-method intervals, shares, gap intervals, rounding. */

import { proportionGapInterval, relativeLikelihood, roundTo, share } from "../../src/wres/statistics";

const Z = 1.96;

describe("relativeLikelihood: RL = (a / n1) / (c / n2) with the log-method 95 % interval", () => {
  test("100 of 400 against 30 of 200: RL 1.6667, SE 0.189297, CI 1.1500–2.4154, significant", () => {
    // RL = 0.25 / 0.15 = 5/3 = 1.666667
    // SE = sqrt(1/100 − 1/400 + 1/30 − 1/200) = sqrt(0.01 − 0.0025 + 0.033333 − 0.005) = sqrt(0.035833) = 0.189297
    // ln RL = 0.510826; 1.96 × SE = 0.371022; CI = exp(0.139804), exp(0.881848) = 1.150048, 2.415357
    const r = relativeLikelihood({ events: 100, population: 400 }, { events: 30, population: 200 }, Z);
    if (r.rl === null) throw new Error("expected a value");
    expect(r.rl).toBeCloseTo(5 / 3, 12);
    expect(r.ci[0]).toBeCloseTo(Math.exp(Math.log(5 / 3) - 1.96 * Math.sqrt(0.035833333333333335)), 12);
    expect(r.ci[0]).toBeCloseTo(1.150048, 5);
    expect(r.ci[1]).toBeCloseTo(2.415357, 5);
    expect(r.significant).toBe(true);
  });

  test("10 of 100 against 8 of 100: RL exactly 1.25, SE 0.452769, CI 0.5146–3.0361 includes 1: not significant", () => {
    // SE = sqrt(1/10 − 1/100 + 1/8 − 1/100) = sqrt(0.205) = 0.452769; ln 1.25 = 0.223144; 1.96 × SE = 0.887428
    const r = relativeLikelihood({ events: 10, population: 100 }, { events: 8, population: 100 }, Z);
    if (r.rl === null) throw new Error("expected a value");
    expect(r.rl).toBe(1.25);
    expect(r.ci[0]).toBeCloseTo(0.514642, 5);
    expect(r.ci[1]).toBeCloseTo(3.036092, 5);
    expect(r.significant).toBe(false);
  });

  test("the interval is symmetric about ln RL: ln(lower) + ln(upper) = 2 ln RL", () => {
    const r = relativeLikelihood({ events: 12, population: 210 }, { events: 20, population: 740 }, Z);
    if (r.rl === null) throw new Error("expected a value");
    // RL = (12/210)/(20/740) = 8880 / 4200 = 2.114286
    expect(r.rl).toBeCloseTo(8880 / 4200, 12);
    expect(Math.log(r.ci[0]) + Math.log(r.ci[1])).toBeCloseTo(2 * Math.log(8880 / 4200), 12);
    // SE = sqrt(1/12 − 1/210 + 1/20 − 1/740) = sqrt(0.127246) = 0.356679; CI 1.0509–4.2538: excludes 1
    expect(r.ci[0]).toBeCloseTo(1.050878, 5);
    expect(r.ci[1]).toBeCloseTo(4.253781, 5);
    expect(r.significant).toBe(true);
  });

  test("an interval wholly below 1 is significant too", () => {
    // 20 of 1,000 against 40 of 1,000: RL 0.5; SE = sqrt(1/20 − 1/1000 + 1/40 − 1/1000) = sqrt(0.073) = 0.270185
    // ln 0.5 = −0.693147; 1.96 × SE = 0.529563; CI = exp(−1.222710), exp(−0.163584) = 0.294431, 0.849095
    const r = relativeLikelihood({ events: 20, population: 1000 }, { events: 40, population: 1000 }, Z);
    if (r.rl === null) throw new Error("expected a value");
    expect(r.rl).toBe(0.5);
    expect(r.ci[0]).toBeCloseTo(0.294431, 5);
    expect(r.ci[1]).toBeCloseTo(0.849095, 5);
    expect(r.significant).toBe(true);
  });

  test("z sets the width: z = 2.575829 (99 %) widens 1.15–2.42 to 1.0235–2.7140", () => {
    // SE 0.189297 as above; 2.575829 × 0.189297 = 0.487601; exp(0.510826 ∓ 0.487601) = exp(0.023225), exp(0.998427)
    const r = relativeLikelihood({ events: 100, population: 400 }, { events: 30, population: 200 }, 2.575829);
    if (r.rl === null) throw new Error("expected a value");
    expect(r.ci[0]).toBeCloseTo(1.023501, 5);
    expect(r.ci[1]).toBeCloseTo(2.713996, 5);
  });

  test.each([
    [
      "no numerator population",
      { events: 0, population: 0 },
      { events: 5, population: 50 },
      "no-population",
      "numerator",
    ],
    [
      "no denominator population",
      { events: 5, population: 50 },
      { events: 0, population: 0 },
      "no-population",
      "denominator",
    ],
    [
      "no numerator events (RL would be 0)",
      { events: 0, population: 50 },
      { events: 5, population: 50 },
      "no-events",
      "numerator",
    ],
    [
      "no denominator events (RL would be Infinity)",
      { events: 5, population: 50 },
      { events: 0, population: 50 },
      "no-events",
      "denominator",
    ],
  ] as const)("%s: undefined with the reason, never 0, Infinity or NaN", (_, num, den, why, group) => {
    const r = relativeLikelihood(num, den, Z);
    expect(r).toEqual({ rl: null, why, group });
  });

  test("a population of zero is reported before an event count of zero", () => {
    expect(relativeLikelihood({ events: 0, population: 10 }, { events: 0, population: 0 }, Z)).toEqual({
      rl: null,
      why: "no-population",
      group: "denominator",
    });
  });

  test("events above the population (already an INCONSISTENT error) still give finite numbers", () => {
    // 12 of 10 against 5 of 50: RL = 1.2 / 0.1 = 12; 1/12 − 1/10 + 1/5 − 1/50 = 0.163333 > 0
    const r = relativeLikelihood({ events: 12, population: 10 }, { events: 5, population: 50 }, Z);
    if (r.rl === null) throw new Error("expected a value");
    expect(r.rl).toBeCloseTo(12, 12);
    expect(r.ci.every(Number.isFinite)).toBe(true);
    // every event: 1/a − 1/n1 + 1/c − 1/n2 = 0, so the interval collapses onto the RL
    const all = relativeLikelihood({ events: 10, population: 10 }, { events: 5, population: 5 }, Z);
    expect(all).toEqual({ rl: 1, ci: [1, 1], significant: false });
  });
});

describe("share", () => {
  test("part / whole: 990 / 7,422 = 0.133387", () => {
    expect(share(990, 7422)).toBeCloseTo(0.133387, 6);
  });
  test("a whole of zero gives null, not NaN", () => {
    expect(share(0, 0)).toBeNull();
    expect(share(5, 0)).toBeNull();
  });
});

describe("proportionGapInterval: p1 − p2 ± z·sqrt(p1(1−p1)/n1 + p2(1−p2)/n2)", () => {
  test("30 % of 200 against 25 % of 800: gap 5 points, SE 0.035838, CI −2.02 to +12.02 points", () => {
    // 0.3 × 0.7 / 200 = 0.00105; 0.25 × 0.75 / 800 = 0.000234375; SE = sqrt(0.001284375) = 0.0358382
    // 1.96 × 0.0358382 = 0.0702429 → 0.05 ∓ 0.0702429
    const ci = proportionGapInterval(0.3, 200, 0.25, 800, Z)!;
    expect(ci[0]).toBeCloseTo(-0.0202428, 6);
    expect(ci[1]).toBeCloseTo(0.1202428, 6);
  });
  test("a group with no respondents gives no interval", () => {
    expect(proportionGapInterval(0.3, 0, 0.25, 800, Z)).toBeNull();
    expect(proportionGapInterval(0.3, 200, 0.25, 0, Z)).toBeNull();
  });
  test("0 % and 100 % give a zero-width interval, not NaN", () => {
    expect(proportionGapInterval(1, 10, 0, 10, Z)).toEqual([1, 1]);
  });
});

describe("roundTo: judging as displayed", () => {
  test.each([
    [1.2496, 2, 1.25],
    [1.2449, 2, 1.24],
    [0.795, 2, 0.8],
    [1.005, 2, 1.01], // 1.005 × 100 = 100.49999999999999 in floating point; rounds as written
    [0.473 - 0.443, 3, 0.03], // 0.02999999999999997
    [0.35 - 0.32, 3, 0.03],
    [-1.005, 2, -1.01], // halves round away from zero on both sides
    [-0.0305, 3, -0.031],
    [3.208452, 1, 3.2],
    [0, 2, 0],
  ])("roundTo(%p, %p) = %p", (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  test("gives exactly what reading every value at 12 significant digits gives, on values near and far from halves", () => {
    // The rule as first written: always read at 12 digits, then round. roundTo skips the reading
    // where it cannot matter; this walks values of every size, halves written in decimal among them.
    const asWritten = (value: number, decimals: number): number => {
      const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(12));
      return (Math.sign(value) * Math.round(scaled)) / 10 ** decimals;
    };
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values: number[] = [-0, 5e-324, 1e-12, 1e15, 1e308, Infinity, -Infinity];
    for (let i = 0; i < 20_000; i++) {
      const size = 10 ** Math.floor(random() * 16 - 6);
      const digits = Math.floor(random() * 4);
      values.push((random() - 0.5) * size); // anywhere
      values.push(Number(((Math.floor(random() * 1e6) + 0.5) / 10 ** digits).toFixed(digits + 1))); // a written half
      values.push(0.1 * Math.floor(random() * 1e4) - 0.1 * Math.floor(random() * 1e4)); // differences that miss by 1e-17
    }
    const differ: [number, number][] = [];
    for (const value of values)
      for (const decimals of [0, 1, 2, 3])
        if (!Object.is(roundTo(value, decimals), asWritten(value, decimals))) differ.push([value, decimals]);
    expect(differ).toEqual([]);
    expect(Number.isNaN(roundTo(NaN, 2))).toBe(true);
  });
});
