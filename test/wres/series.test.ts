/**
 * Template 1.1's series and the sentence on each run of years, worked by hand. Levels are
 * judged as judge.ts judges a single year (RL adverse at or above 1.25 to 2 decimals, survey
 * gaps of 3 points, board differences of 5 points), steps as its year-on-year trend.
 */

import type { HistoryYear } from "../../src/wres/beyond-inputs";
import { seriesSentence } from "../../src/wres/indicator-words";
import { buildSeries, seriesRun, type SeriesPoint } from "../../src/wres/series";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { previousYearI1AndBoard, previousYearI2, validYear } from "../helpers/raw-workbook";
import { check } from "./support";

const S = DEFAULT_SETTINGS;

function history(year: number, row: number, figures: Partial<Omit<HistoryYear, "row" | "year">> = {}): HistoryYear {
  return {
    row,
    year,
    workforceBmePct: null,
    rl: { I2: null, I3: null, I4: null },
    gap: { I5: null, I6: null, I7: null, I8: null },
    i9Total: null,
    ...figures,
  };
}

const run = (years: [number, number | null][]): SeriesPoint[] => years.map(([year, value]) => ({ year, value }));
const sentence = (id: Parameters<typeof seriesRun>[0], points: SeriesPoint[]) =>
  seriesSentence(seriesRun(id, points, S), S);

describe("buildSeries: history, then the previous year, then this year, oldest first", () => {
  // validYear(): RL2 = (100/400)/(30/200) = 1.6667; previousYearI2(): (90/380)/(20/190) = 2.25.
  // Workforce BME 210/1,000 = 21 % both years; I5 gap 30 % − 25 % = +5 points; I9 total 2/12 − 0.21.
  const r = check({ ...validYear(), ...previousYearI2(), ...previousYearI1AndBoard() });
  // Pasted out of order, as a trust might: 2022 above 2021.
  const h = [
    history(2022, 0, { rl: { I2: 1.9, I3: null, I4: 1.1 }, workforceBmePct: 0.2, i9Total: -0.06 }),
    history(2021, 1, { rl: { I2: 2.4, I3: 0.7, I4: null }, gap: { I5: 0.04, I6: null, I7: null, I8: null } }),
  ];
  const series = buildSeries(h, r.indicators, 2025);

  test("RL2 runs 2021, 2022, 2024 (previous year), 2025 with the computed values", () => {
    expect(series.I2.map((p) => p.year)).toEqual([2021, 2022, 2024, 2025]);
    expect(series.I2[0].value).toBe(2.4);
    expect(series.I2[1].value).toBe(1.9);
    expect(series.I2[2].value).toBeCloseTo(2.25, 12);
    expect(series.I2[3].value).toBeCloseTo(1 / 0.6, 12);
  });

  test("each indicator takes its own figure; a year without one is null, never 0", () => {
    expect(series.I1.map((p) => p.value)).toEqual([null, 0.2, 0.21, 0.21]);
    expect(series.I3.map((p) => p.value?.toFixed(4) ?? null)).toEqual(["0.7000", null, null, expect.any(String)]);
    expect(series.I4[1].value).toBe(1.1);
    expect(series.I5.map((p) => (p.value === null ? null : Number(p.value.toFixed(3))))).toEqual([
      0.04,
      null,
      null,
      0.05,
    ]);
    // I9 total: 2/12 − 210/1000 = −0.043333; previous 3/13 − 0.21 = +0.020769.
    expect(series.I9[1].value).toBe(-0.06);
    expect(series.I9[2].value).toBeCloseTo(3 / 13 - 0.21, 12);
    expect(series.I9[3].value).toBeCloseTo(2 / 12 - 0.21, 12);
  });

  test("a history year not earlier than the previous year, or given twice, is left out (the reader flags it)", () => {
    const odd = buildSeries([history(2024, 0, { workforceBmePct: 0.5 }), ...h, history(2021, 2)], r.indicators, 2025);
    expect(odd.I1.map((p) => p.year)).toEqual([2021, 2022, 2024, 2025]);
    expect(odd.I1[2].value).toBe(0.21);
  });
});

describe("the sentence on the run of years", () => {
  test("adverse in each of the last four years, closer to 1.00 every year since 2022", () => {
    // 2021 1.10 within; 2022 1.60, 2023 1.45, 2024 1.35, 2025 1.30: adverse four years running,
    // each step closer to 1.00 (|ln| 0.470 → 0.372 → 0.300 → 0.262).
    const points = run([
      [2021, 1.1],
      [2022, 1.6],
      [2023, 1.45],
      [2024, 1.35],
      [2025, 1.3],
    ]);
    const r = seriesRun("I2", points, S);
    expect(r).toMatchObject({ level: "adverse", levelYears: 4, levelSince: 2022, direction: "better" });
    expect(r.directionSteps).toBe(3);
    expect(sentence("I2", points)).toBe(
      "RL2 has been at or above 1.25 in each of the last four years, moving closer to 1.00 every year since 2022.",
    );
  });

  test("a value of 1.245 is shown and judged as 1.25: adverse, as in its own year", () => {
    expect(
      sentence(
        "I3",
        run([
          [2024, 1.3],
          [2025, 1.245],
        ]),
      ),
    ).toBe("RL3 has been at or above 1.25 in each of the last two years.");
  });

  test("back within the band this year, after an adverse year", () => {
    // 1.40 → 1.30 → 1.20: within in 2025 only; two steps closer to 1.00 since 2023.
    expect(
      sentence(
        "I4",
        run([
          [2023, 1.4],
          [2024, 1.3],
          [2025, 1.2],
        ]),
      ),
    ).toBe(
      "RL4 is within 0.80–1.25 in 2025, after being at or above 1.25 in 2024, moving closer to 1.00 every year since 2023.",
    );
  });

  test("further from 1.00: a reverse gap moving away from parity is worse", () => {
    // 0.75 → 0.70 → 0.65: below 0.80 three years, |ln| 0.288 → 0.357 → 0.431.
    expect(
      sentence(
        "I2",
        run([
          [2023, 0.75],
          [2024, 0.7],
          [2025, 0.65],
        ]),
      ),
    ).toBe("RL2 has been below 0.80 in each of the last three years, moving further from 1.00 every year since 2023.");
  });

  test("a missing year breaks the run: only consecutive years count", () => {
    // 2021 and 2022 adverse, 2023 not reported, 2024 and 2025 adverse: the last two years only.
    const points = run([
      [2021, 1.5],
      [2022, 1.6],
      [2023, null],
      [2024, 1.4],
      [2025, 1.3],
    ]);
    expect(sentence("I2", points)).toBe("RL2 has been at or above 1.25 in each of the last two years.");
  });

  test("this year not computable: the run is said up to the last year with a figure", () => {
    expect(
      sentence(
        "I3",
        run([
          [2022, 1.5],
          [2023, 1.4],
          [2024, 1.3],
          [2025, null],
        ]),
      ),
    ).toBe(
      "RL3 has no figure in 2025; it was at or above 1.25 in each year from 2022 to 2024, moving closer to 1.00 every year since 2022.",
    );
  });

  test("only this year: nothing to compare with", () => {
    expect(
      sentence(
        "I2",
        run([
          [2024, null],
          [2025, 1.3],
        ]),
      ),
    ).toBe("RL2 is at or above 1.25 in 2025; 2024 has no figure to compare with.");
    expect(
      sentence(
        "I2",
        run([
          [2024, null],
          [2025, null],
        ]),
      ),
    ).toBe("RL2 has no figure in any year.");
  });

  test("a survey gap: adverse for three years and widening (indicator 7: negative is adverse)", () => {
    // I7 gaps −4.0, −5.0, −6.5 points: adverse (−3 or beyond) each year; |gap| grows.
    expect(
      sentence(
        "I7",
        run([
          [2023, -0.04],
          [2024, -0.05],
          [2025, -0.065],
        ]),
      ),
    ).toBe(
      "The indicator 7 gap has been adverse (3.0 points or more) in each of the last three years, widening every year since 2023.",
    );
  });

  test("a survey gap within 3 points and narrowing", () => {
    // I5 +2.5, +2.0, +1.0 points: within each year, |gap| shrinking.
    expect(
      sentence(
        "I5",
        run([
          [2023, 0.025],
          [2024, 0.02],
          [2025, 0.01],
        ]),
      ),
    ).toBe(
      "The indicator 5 gap has been within 3.0 points in each of the last three years, narrowing every year since 2023.",
    );
  });

  test("the board: 5 points or more below the workforce, closer each year", () => {
    // −9, −7, −5 points: each at or beyond −5.0 (judged to 0.1 point), each step closer to 0.
    expect(
      sentence(
        "I9",
        run([
          [2023, -0.09],
          [2024, -0.07],
          [2025, -0.05],
        ]),
      ),
    ).toBe(
      "The board has been 5.0 points or more below the workforce in each of the last three years, moving closer to the workforce every year since 2023.",
    );
  });

  test("the workforce BME %: risen every year, rose once, unchanged", () => {
    expect(
      sentence(
        "I1",
        run([
          [2022, 0.18],
          [2023, 0.195],
          [2024, 0.21],
          [2025, 0.225],
        ]),
      ),
    ).toBe("The workforce BME % has risen every year since 2022, from 18.0% to 22.5% in 2025.");
    expect(
      sentence(
        "I1",
        run([
          [2024, 0.23],
          [2025, 0.225],
        ]),
      ),
    ).toBe("The workforce BME % fell from 23.0% in 2024 to 22.5% in 2025.");
    // 21.04 % and 20.96 % both show as 21.0 %: unchanged as shown.
    expect(
      sentence(
        "I1",
        run([
          [2024, 0.2104],
          [2025, 0.2096],
        ]),
      ),
    ).toBe("The workforce BME % is 21.0%, unchanged since 2024.");
  });

  test("unchanged as shown for two steps: said as unchanged since the first", () => {
    // 1.301, 1.299, 1.30: all show as 1.30.
    expect(
      sentence(
        "I2",
        run([
          [2023, 1.301],
          [2024, 1.299],
          [2025, 1.3],
        ]),
      ),
    ).toBe("RL2 has been at or above 1.25 in each of the last three years, unchanged since 2023.");
  });

  test("the thresholds follow the settings", () => {
    const band = { ...S, rlBand: [0.8, 1.5] as const };
    expect(
      seriesSentence(
        seriesRun(
          "I2",
          run([
            [2024, 1.3],
            [2025, 1.4],
          ]),
          band,
        ),
        band,
      ),
    ).toBe("RL2 has been within 0.80–1.50 in each of the last two years.");
  });
});
