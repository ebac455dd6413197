/**
 * Judging values against the thresholds (wres.md "Judging a value"): statuses, year-on-year
 * trends, and the findings raised as flags. Values are judged as displayed (RLs to 2 decimals,
 * gaps to 0.1 point), so a figure never reads one way and is judged the other.
 */

import { showNumber } from "./cell-value";
import { NAMES } from "./names";
import { BOARD_DIFF_ROWS, I1_BLOCK_TITLES, type RlIndicator, type SurveyIndicator } from "./contract";
import type { Flag } from "./flags";
import type { I1Row, I9Result, RlResult, SurveyResult, YearResults } from "./indicators";
import type { Locator } from "./read";
import type { GapStatus, RlStatus, Trend } from "./report";
import type { Settings } from "./settings";
import { roundTo } from "./statistics";

const RL_DECIMALS = 2;
/** Fractions shown as percentages to one decimal: 0.1 point = 3 decimals of the fraction. */
const GAP_DECIMALS = 3;

/**
 * Adverse at or above the upper bound (NHS England counts trusts "at or above 1.25"); reverse
 * below the lower bound (the four-fifths rule).
 */
export function rlStatus(rl: number | null, settings: Settings): RlStatus {
  if (rl === null) return "not-computable";
  const r = roundTo(rl, RL_DECIMALS);
  if (r >= settings.rlBand[1]) return "adverse";
  if (r < settings.rlBand[0]) return "reverse";
  return "within";
}

/** Towards 1.00 is better, measured on the log scale so that 2.0 and 0.5 are equally far. */
export function rlTrend(rl: number | null, rlPY: number | null): Trend {
  if (rl === null || rlPY === null) return null;
  const now = roundTo(rl, RL_DECIMALS);
  const before = roundTo(rlPY, RL_DECIMALS);
  return towardsParity(Math.abs(Math.log(now)), Math.abs(Math.log(before)), now === before);
}

function towardsParity(distanceNow: number, distanceBefore: number, sameAsDisplayed: boolean): Trend {
  if (sameAsDisplayed || Math.abs(distanceNow - distanceBefore) < 1e-12) return "unchanged";
  return distanceNow < distanceBefore ? "better" : "worse";
}

/** For 5, 6 and 8 a positive gap (BME − White) is adverse; for 7, a positive question, a negative one. */
export const SURVEY_ADVERSE_SIGN: Record<SurveyIndicator, 1 | -1> = { I5: 1, I6: 1, I7: -1, I8: 1 };

export function surveyStatus(id: SurveyIndicator, gap: number | null, settings: Settings): GapStatus {
  if (gap === null) return "not-computable";
  const adverse = roundTo(SURVEY_ADVERSE_SIGN[id] * gap, GAP_DECIMALS);
  if (adverse >= settings.surveyGap) return "adverse";
  if (adverse <= -settings.surveyGap) return "favourable";
  return "within";
}

/** Gaps: towards no gap is better. */
export function gapTrend(gap: number | null, gapPY: number | null): Trend {
  if (gap === null || gapPY === null) return null;
  const now = roundTo(gap, GAP_DECIMALS);
  const before = roundTo(gapPY, GAP_DECIMALS);
  return towardsParity(Math.abs(now), Math.abs(before), now === before);
}

/** A band row of at least `minPopulation` staff whose BME % is more than `bandGap` below the workforce's. */
export function isUnderRepresented(row: I1Row, settings: Settings): boolean {
  return (
    row.total !== null &&
    row.total >= settings.minPopulation &&
    row.bmeGap !== null &&
    roundTo(row.bmeGap, GAP_DECIMALS) < -settings.bandGap
  );
}

export function boardAdverse(diff: number | null, settings: Settings): boolean {
  return diff !== null && roundTo(diff, GAP_DECIMALS) <= -settings.boardGap;
}

export function boardStatus(i9: I9Result | null, settings: Settings): GapStatus {
  if (!i9 || i9.total === null) return "not-computable";
  return [i9.total, i9.voting, i9.executive].some((d) => boardAdverse(d, settings)) ? "adverse" : "within";
}

/** Percentage points, with a true minus sign as the figures elsewhere show it ("−4.3 points"). */
const pp = (x: number): string => `${showNumber(roundTo(x * 100, 1)).replace("-", "−")} points`;
const pc = (x: number): string => `${showNumber(roundTo(x * 100, 1))}%`;
const two = (x: number): string => roundTo(x, RL_DECIMALS).toFixed(2);

/** "White applicants were 1.52 times as likely to be appointed from shortlisting as BME applicants." */
export function rlMeaning(id: RlIndicator, rl: number): string {
  const times = two(rl);
  switch (id) {
    case "I2":
      return `White applicants were ${times} times as likely to be appointed from shortlisting as BME applicants.`;
    case "I3":
      return `BME staff were ${times} times as likely to enter the formal disciplinary process as White staff.`;
    case "I4":
      return `White staff were ${times} times as likely to access non-mandatory training and CPD as BME staff.`;
  }
}

const SURVEY_SUBJECT: Record<SurveyIndicator, string> = {
  I5: "experienced harassment, bullying or abuse from patients, relatives or the public",
  I6: "experienced harassment, bullying or abuse from staff",
  I7: "believed the organisation provides equal opportunities for career progression or promotion",
  I8: "experienced discrimination at work from a manager, team leader or other colleagues",
};

/** "31.2% of BME staff and 26.0% of White staff experienced …: a gap of 5.2 points." */
export function surveyMeaning(id: SurveyIndicator, s: SurveyResult): string | null {
  if (s.gap === null || s.white === null || s.bme === null) return null;
  return `${pc(s.bme)} of BME staff and ${pc(s.white)} of White staff ${SURVEY_SUBJECT[id]}: a gap of ${pp(s.gap)}.`;
}

export function boardMeaning(diff: number, row: string): string {
  const where = diff < 0 ? "below" : "above";
  return `The BME share of ${row.toLowerCase()} is ${pp(Math.abs(diff))} ${where} the BME share of the workforce.`;
}

/** Findings raised as flags: gaps beyond the thresholds, reverse gaps, under-representation, worsening. */
export function findings(current: YearResults, previous: YearResults, locate: Locator, settings: Settings): Flag[] {
  const flags: Flag[] = [];
  const add = (f: Omit<Flag, "cell">, row = 0): void => {
    const cell = f.name && locate.has(f.name) ? locate.cell(f.name, row, 0) : null;
    flags.push({ ...f, name: cell ? f.name : null, cell, message: cell ? `${cell}: ${f.message}` : f.message });
  };
  const [lo, hi] = settings.rlBand;
  for (const id of ["I2", "I3", "I4"] as const) {
    const r: RlResult | null = current[id];
    if (!r || r.rl === null) continue;
    const status = rlStatus(r.rl, settings);
    const significance = r.ci
      ? ` The 95% interval ${two(r.ci[0])}–${two(r.ci[1])} ${r.significant ? "excludes" : "includes"} 1.00${r.significant ? " (statistically significant; an addition to the standard)" : ""}.`
      : "";
    if (status === "adverse") {
      add({
        code: "GAP_RL",
        severity: "warning",
        indicator: id,
        name: NAMES.rl(id),
        message: `${rlMeaning(id, r.rl)} ${two(r.rl)} is at or above ${two(hi)}: an adverse gap.${significance}`,
      });
    } else if (status === "reverse") {
      add({
        code: "REVERSE_GAP_RL",
        severity: "info",
        indicator: id,
        name: NAMES.rl(id),
        message: `${rlMeaning(id, r.rl)} ${two(r.rl)} is below ${two(lo)}: a reverse gap (BME staff fare better), reported as information.${significance}`,
      });
    }
    const py = previous[id]?.rl ?? null;
    if (rlTrend(r.rl, py) === "worse") {
      add({
        code: "WORSENED",
        severity: "info",
        indicator: id,
        name: NAMES.rl(id),
        message: `The relative likelihood moved away from 1.00: ${two(py!)} last year, ${two(r.rl)} this year.`,
      });
    }
  }
  for (const id of ["I5", "I6", "I7", "I8"] as const) {
    const s = current.survey[id];
    if (!s || s.gap === null) continue;
    if (surveyStatus(id, s.gap, settings) === "adverse") {
      add({
        code: "GAP_SURVEY",
        severity: "warning",
        indicator: id,
        name: NAMES.surveyGap(id),
        message: `${surveyMeaning(id, s)} An adverse gap of ${pp(settings.surveyGap)} or more is a gap.`,
      });
    }
    const py = previous.survey[id]?.gap ?? null;
    if (gapTrend(s.gap, py) === "worse") {
      add({
        code: "WORSENED",
        severity: "info",
        indicator: id,
        name: NAMES.surveyGap(id),
        message: `The gap widened: ${pp(py!)} last year, ${pp(s.gap)} this year.`,
      });
    }
  }
  const i9 = current.I9;
  if (i9) {
    [i9.total, i9.voting, i9.executive].forEach((d, row) => {
      if (d !== null && boardAdverse(d, settings)) {
        add(
          {
            code: "GAP_BOARD",
            severity: "warning",
            indicator: "I9",
            name: NAMES.boardDiff,
            message: `${boardMeaning(d, BOARD_DIFF_ROWS[row])} A difference of ${pp(settings.boardGap)} or more is a gap.`,
          },
          row,
        );
      }
    });
    const py = previous.I9?.total ?? null;
    if (gapTrend(i9.total, py) === "worse") {
      add({
        code: "WORSENED",
        severity: "info",
        indicator: "I9",
        name: NAMES.boardDiff,
        message: `The board moved further from the workforce: ${pp(py!)} last year, ${pp(i9.total!)} this year.`,
      });
    }
  }
  for (const row of current.I1?.rows ?? []) {
    if (isUnderRepresented(row, settings) && row.pct && row.bmeGap !== null) {
      add(
        {
          code: "UNDER_REPRESENTED_BAND",
          severity: "warning",
          indicator: "I1",
          name: NAMES.i1Gap(row.block),
          message: `${row.label} (${I1_BLOCK_TITLES[row.block].toLowerCase()}, ${row.total} staff) is ${pc(row.pct.bme)} BME, ${pp(-row.bmeGap)} below the workforce: BME staff are under-represented.`,
        },
        row.row,
      );
    }
  }
  return flags;
}
