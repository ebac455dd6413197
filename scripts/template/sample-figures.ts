/**
 * The figures of the sample workbook (assets/wres-sample.xlsx): a fictional trust of about
 * 6,000 staff, a quarter BME. Plain numbers so that every indicator can be computed by hand;
 * scripts/template/sample.ts turns them into cell values and adds the deliberate problems.
 *
 * Current year (2025) at a glance:
 *   workforce            White 4,307  BME 1,548  Unknown 177  = 6,032 (BME 25.7 %, Unknown 2.9 %)
 *   I2 shortlisted       2,400 / 1,600 / 120; appointed 480 / 200 / 12  → RL2 = 0.200 / 0.125 = 1.60
 *   I3 headcount         = workforce; entered 19 / 9 / 1                → RL3 = (9/1548) / (19/4307) ≈ 1.32
 *   I4 headcount         3,962 / 1,424 / 163 (8 % below the workforce); accessed 1,585 / 545 / 41 → RL4 ≈ 1.05
 * Previous year (2024): workforce 4,312 / 1,437 / 182 = 5,931; RL2 = 1.45, RL3 ≈ 1.50, RL4 ≈ 1.10.
 */

import type { SurveyIndicator } from "../../src/wres/contract";

/** White, BME, Unknown. */
export type Triple = readonly [white: number, bme: number, unknown: number];
/** White, BME. */
export type Pair = readonly [white: number, bme: number];

export interface SampleSurvey {
  /** Fractions 0–1. */
  readonly pct: Pair;
  readonly respondents: Pair;
}

/** One reporting year's figures, as the trust means them (sample.ts lists where the workbook differs). */
export interface SampleYear {
  /** Rows in AFC_ROWS order. */
  readonly nonClinical: readonly Triple[];
  readonly clinical: readonly Triple[];
  /** Rows in MEDICAL_ROWS order. */
  readonly medical: readonly Triple[];
  readonly shortlisted: Triple;
  readonly appointed: Triple;
  readonly disciplinaryHeadcount: Triple;
  readonly enteredDisciplinary: Triple;
  readonly trainingHeadcount: Triple;
  readonly accessedTraining: Triple;
  readonly survey: Readonly<Record<SurveyIndicator, SampleSurvey>>;
  /** Rows in BOARD_ROWS order: total, voting, non-voting, executive, non-executive. */
  readonly board: readonly Triple[];
}

export const SAMPLE_METADATA = {
  organisation: "Northmoor Valley NHS Foundation Trust",
  orgCode: "RNV",
  reportingYear: 2025,
  surveyYear: 2024,
} as const;

const CURRENT: SampleYear = {
  // BME share falls from about a fifth in Bands 2–4 to a tenth at 8b and above.
  nonClinical: [
    [14, 3, 1], // Under Band 1 (apprentices)
    [21, 7, 1], // Band 1
    [180, 62, 30], // Band 2: 30 of 272 Unknown (11.0 %): the high-unknown row
    [310, 88, 9], // Band 3
    [260, 62, 7], // Band 4
    [150, 34, 4], // Band 5
    [120, 24, 3], // Band 6
    [96, 16, 2], // Band 7
    [70, 10, 2], // Band 8a
    [42, 5, 1], // Band 8b
    [26, 3, 1], // Band 8c
    [14, 1, 0], // Band 8d
    [6, 0, 0], // Band 9
    [9, 1, 0], // VSM
    [40, 9, 1], // Other
  ],
  // About 30 % BME in Bands 5–6, about 10 % from 8c up: under-representation shows from 8a.
  clinical: [
    [0, 0, 0], // Under Band 1: nobody, the all-zero row
    [3, 1, 0], // Band 1
    [260, 76, 12], // Band 2
    [340, 105, 14], // Band 3
    [150, 48, 6], // Band 4
    [620, 290, 22], // Band 5
    [560, 250, 20], // Band 6
    [420, 120, 14], // Band 7
    [150, 30, 5], // Band 8a
    [60, 10, 2], // Band 8b
    [27, 3, 1], // Band 8c
    [9, 1, 0], // Band 8d
    [2, 0, 0], // Band 9
    [6, 1, 0], // VSM
    [30, 10, 2], // Other
  ],
  medical: [
    [150, 110, 6], // Consultants
    [30, 55, 2], // Non-consultant career grade
    [120, 105, 8], // Trainee grades
    [12, 8, 1], // Other medical and dental
  ],
  shortlisted: [2400, 1600, 120],
  appointed: [480, 200, 12],
  disciplinaryHeadcount: [4307, 1548, 177],
  enteredDisciplinary: [19, 9, 1],
  trainingHeadcount: [3962, 1424, 163],
  accessedTraining: [1585, 545, 41],
  survey: {
    I5: { pct: [0.262, 0.274], respondents: [1880, 640] }, // +1.2 points: within
    I6: { pct: [0.205, 0.241], respondents: [1875, 598] }, // +3.6 points: adverse
    I7: { pct: [0.588, 0.45], respondents: [1868, 631] }, // -13.8 points on a positive question: adverse
    I8: { pct: [0.062, 0.131], respondents: [1861, 627] }, // +6.9 points: adverse
  },
  board: [
    [11, 2, 1], // Total board (14)
    [9, 2, 0], // Voting members
    [3, 0, 1], // Non-voting members: White should be 2 (9 + 3 ≠ 11), the inconsistent row
    [6, 1, 0], // Executive members
    [5, 1, 1], // Non-executive members
  ],
};

const PREVIOUS: SampleYear = {
  nonClinical: [
    [12, 2, 1],
    [23, 6, 1],
    [184, 58, 24],
    [318, 82, 10],
    [262, 58, 8],
    [152, 31, 4],
    [118, 22, 3],
    [95, 15, 2],
    [68, 9, 2],
    [41, 4, 1],
    [25, 3, 1],
    [14, 1, 0],
    [6, 0, 0],
    [9, 1, 0],
    [42, 8, 1],
  ],
  clinical: [
    [2, 1, 0],
    [4, 1, 0],
    [265, 64, 13],
    [345, 98, 15],
    [148, 44, 7],
    [615, 272, 24],
    [555, 236, 21],
    [418, 112, 15],
    [148, 27, 5],
    [59, 9, 2],
    [27, 2, 1],
    [9, 1, 0],
    [2, 0, 0],
    [6, 0, 0],
    [31, 9, 2],
  ],
  medical: [
    [148, 104, 7],
    [32, 52, 2],
    [116, 98, 9],
    [13, 7, 1],
  ],
  shortlisted: [2300, 1450, 110],
  appointed: [460, 200, 11],
  disciplinaryHeadcount: [4312, 1437, 182],
  enteredDisciplinary: [24, 12, 0],
  trainingHeadcount: [4312, 1437, 182],
  accessedTraining: [1552, 470, 44],
  survey: {
    I5: { pct: [0.27, 0.29], respondents: [1810, 590] },
    I6: { pct: [0.21, 0.255], respondents: [1805, 588] },
    I7: { pct: [0.59, 0.442], respondents: [1799, 585] },
    I8: { pct: [0.065, 0.145], respondents: [1792, 580] },
  },
  board: [
    [12, 1, 1],
    [10, 1, 0],
    [2, 0, 1],
    [7, 0, 0],
    [5, 1, 1],
  ],
};

export const SAMPLE_FIGURES: { readonly current: SampleYear; readonly previous: SampleYear } = {
  current: CURRENT,
  previous: PREVIOUS,
};
