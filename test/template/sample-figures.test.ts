/**
 * The sample's figures, computed by hand from SAMPLE_FIGURES (not through the engine): they
 * are what the sample's documentation and SAMPLE_PROBLEMS say, and each deliberate problem
 * is the only one of its kind.
 */

import {
  SAMPLE_FIGURES,
  SAMPLE_PROBLEMS,
  SAMPLE_VALUES,
  sampleWorkforce,
  sumTriples,
} from "../../scripts/template/sample";
import type { SampleYear, Triple } from "../../scripts/template/sample-figures";
import { AFC_ROWS, BOARD_ROWS, MEDICAL_ROWS, isTemplateName } from "../../src/wres/contract";

const { current, previous } = SAMPLE_FIGURES;
const total = (t: Triple): number => t[0] + t[1] + t[2];
/** White's rate over BME's (indicators 2 and 4). */
const whiteOverBme = (events: Triple, population: Triple): number =>
  events[0] / population[0] / (events[1] / population[1]);
/** BME's rate over White's (indicator 3). */
const bmeOverWhite = (events: Triple, population: Triple): number =>
  events[1] / population[1] / (events[0] / population[0]);
const allRows = (y: SampleYear): Triple[] => [...y.nonClinical, ...y.clinical, ...y.medical];

describe("the sample's figures", () => {
  test("have the contract's row counts", () => {
    for (const year of [current, previous]) {
      expect(year.nonClinical).toHaveLength(AFC_ROWS.length);
      expect(year.clinical).toHaveLength(AFC_ROWS.length);
      expect(year.medical).toHaveLength(MEDICAL_ROWS.length);
      expect(year.board).toHaveLength(BOARD_ROWS.length);
    }
  });

  test("describe a trust of about 6,000 staff, a quarter BME, about 3 % Unknown", () => {
    const w = sampleWorkforce(current);
    expect(w).toEqual([4307, 1548, 177]);
    expect(total(w)).toBe(6032);
    expect(w[1] / total(w)).toBeCloseTo(0.2566, 4);
    expect(w[2] / total(w)).toBeCloseTo(0.0293, 4);
    expect(sampleWorkforce(previous)).toEqual([4312, 1437, 182]);
  });

  test("show BME staff thinning out up the bands, and a medical workforce near 45 % BME", () => {
    const bmeShare = (t: Triple): number => t[1] / total(t);
    expect(bmeShare(current.clinical[5])).toBeGreaterThan(0.3); // Band 5
    expect(bmeShare(current.clinical[10])).toBeLessThan(0.11); // Band 8c
    expect(bmeShare(sumTriples(current.medical))).toBeCloseTo(0.458, 3);
  });

  test("give RL2 = 1.60 (1.45 the year before), RL3 ≈ 1.32 on 9 BME cases, RL4 ≈ 1.05", () => {
    expect(whiteOverBme(current.appointed, current.shortlisted)).toBeCloseTo(1.6, 10);
    expect(whiteOverBme(previous.appointed, previous.shortlisted)).toBeCloseTo(1.45, 10);
    expect(current.enteredDisciplinary[1]).toBe(9);
    expect(bmeOverWhite(current.enteredDisciplinary, current.disciplinaryHeadcount)).toBeCloseTo(1.3179, 4);
    expect(bmeOverWhite(previous.enteredDisciplinary, previous.disciplinaryHeadcount)).toBeCloseTo(1.5003, 4);
    expect(whiteOverBme(current.accessedTraining, current.trainingHeadcount)).toBeCloseTo(1.0453, 4);
    expect(whiteOverBme(previous.accessedTraining, previous.trainingHeadcount)).toBeCloseTo(1.1005, 4);
  });

  test("use the workforce as the disciplinary headcount, and a training headcount 8 % below it", () => {
    expect(current.disciplinaryHeadcount).toEqual(sampleWorkforce(current));
    expect(previous.disciplinaryHeadcount).toEqual(sampleWorkforce(previous));
    expect(previous.trainingHeadcount).toEqual(sampleWorkforce(previous));
    const gap = 1 - total(current.trainingHeadcount) / total(sampleWorkforce(current));
    expect(gap).toBeCloseTo(0.08, 2);
  });

  test("have exactly one all-zero row and one row of 20+ staff with over 10 % Unknown, both years together", () => {
    const zeroRows = [current, previous].flatMap(allRows).filter((t) => total(t) === 0);
    expect(zeroRows).toEqual([[0, 0, 0]]);
    expect(current.clinical[0]).toEqual([0, 0, 0]);
    const highUnknown = [current, previous].flatMap(allRows).filter((t) => total(t) >= 20 && t[2] / total(t) > 0.1);
    expect(highUnknown).toEqual([current.nonClinical[2]]);
  });

  test("have one board inconsistency this year and a consistent board last year", () => {
    const consistent = (b: readonly Triple[]): boolean[] =>
      [0, 1, 2].map((g) => b[0][g] === b[1][g] + b[2][g] && b[0][g] === b[3][g] + b[4][g]);
    expect(consistent(current.board)).toEqual([false, true, true]);
    expect(consistent(previous.board)).toEqual([true, true, true]);
    expect(total(current.board[0])).toBe(14);
  });

  test("give one survey gap within 3 points and adverse gaps elsewhere, all smaller than last year", () => {
    const gap = (y: SampleYear, id: "I5" | "I6" | "I7" | "I8"): number => y.survey[id].pct[1] - y.survey[id].pct[0];
    expect(gap(current, "I5")).toBeCloseTo(0.012, 10);
    expect(gap(current, "I6")).toBeCloseTo(0.036, 10);
    expect(gap(current, "I7")).toBeCloseTo(-0.138, 10);
    expect(gap(current, "I8")).toBeCloseTo(0.069, 10);
    for (const id of ["I5", "I6", "I7", "I8"] as const) {
      expect(Math.abs(gap(current, id))).toBeLessThan(Math.abs(gap(previous, id)));
    }
  });

  test("put the board below the workforce's BME share by 11.4 points", () => {
    const w = sampleWorkforce(current);
    expect(current.board[0][1] / total(current.board[0]) - w[1] / total(w)).toBeCloseTo(-0.1138, 4);
  });

  test("list problems on template names only, with a cell inside the block", () => {
    for (const p of SAMPLE_PROBLEMS) {
      expect(isTemplateName(p.name)).toBe(true);
      if (p.stored !== undefined) expect(SAMPLE_VALUES.get(p.name)?.[p.row!]?.[p.column!]).toBe(p.stored);
    }
  });
});
