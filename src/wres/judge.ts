/**
 * Judging values against the thresholds (wres.md "Judging a value"), once: statuses,
 * year-on-year trends, under-represented rows, board rows beyond the threshold. The result
 * (`Judgement`) is what the flags, the `--json` report, the pane and the command's text all
 * derive from. Values are judged as displayed (RLs to 2 decimals, gaps to 0.1 point), so a
 * figure never reads one way and is judged the other.
 */

import { byId, RL_INDICATORS, SURVEY_INDICATORS, type SurveyIndicator } from "./contract";
import { SURVEY_WORDS } from "./indicator-words";
import type { I1Row, I9Result, RlResult, SurveyResult, YearResults } from "./indicators";
import type {
  BoardDiffs,
  GapStatus,
  I1Report,
  IndicatorsReport,
  RlReport,
  RlStatus,
  SurveyReport,
  Trend,
} from "./report";
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

export function surveyStatus(id: SurveyIndicator, gap: number | null, settings: Settings): GapStatus {
  if (gap === null) return "not-computable";
  const adverse = roundTo(SURVEY_WORDS[id].adverseSign * gap, GAP_DECIMALS);
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
  return boardDiffs(i9).some((d) => boardAdverse(d, settings)) ? "adverse" : "within";
}

/** The board differences judged, in the order of the template's rows: total, voting, executive. */
const boardDiffs = (i9: BoardDiffs): (number | null)[] => [i9.total, i9.voting, i9.executive];

/** Every indicator judged once. */
export interface Judgement {
  /** What every face shows and `--json` writes (cli.md). */
  readonly indicators: IndicatorsReport;
  /** Whether each board difference (total, voting, executive) is beyond the threshold; I9's status says if any is. */
  readonly adverseBoardRows: readonly boolean[];
}

export function judgeIndicators(
  current: YearResults,
  previous: YearResults,
  twoYear: RlResult | null,
  settings: Settings,
): Judgement {
  const i9 = current.I9;
  const survey = (id: SurveyIndicator): SurveyReport =>
    judgeSurvey(id, current.survey[id], previous.survey[id], settings);
  const [I2, I3, I4] = RL_INDICATORS.map((id) => judgeRl(current[id], previous[id], settings));
  const diffs = (i: I9Result | null): BoardDiffs | null =>
    i ? { total: i.total, voting: i.voting, executive: i.executive } : null;
  const indicators: IndicatorsReport = {
    I1: judgeI1(current, previous, settings),
    I2,
    I3: { ...I3, rl2y: twoYear?.rl ?? null },
    I4,
    ...byId(SURVEY_INDICATORS, survey),
    I9: {
      total: i9?.total ?? null,
      voting: i9?.voting ?? null,
      executive: i9?.executive ?? null,
      status: boardStatus(i9, settings),
      trend: gapTrend(i9?.total ?? null, previous.I9?.total ?? null),
      previous: diffs(previous.I9),
      boardBmePct: i9?.rows[0].pct?.bme ?? null,
    },
  };
  const adverseBoardRows = i9 ? boardDiffs(i9).map((d) => boardAdverse(d, settings)) : [];
  return { indicators, adverseBoardRows };
}

function judgeI1(current: YearResults, previous: YearResults, settings: Settings): I1Report {
  return {
    workforce: current.I1?.workforce ?? null,
    workforcePct: current.I1?.workforcePct ?? null,
    rows: (current.I1?.rows ?? []).map((r) => ({
      block: r.block,
      label: r.label,
      white: r.counts.white,
      bme: r.counts.bme,
      unknown: r.counts.unknown,
      pct: r.pct,
      bmeGap: r.bmeGap,
      underRepresented: isUnderRepresented(r, settings),
    })),
    workforcePY: previous.I1?.workforce ?? null,
    workforcePctPY: previous.I1?.workforcePct ?? null,
  };
}

function judgeRl(r: RlResult | null, py: RlResult | null, settings: Settings): RlReport {
  const rl = r?.rl ?? null;
  const rlPY = py?.rl ?? null;
  return {
    rl,
    ci: r?.ci ?? null,
    likelihood: r?.likelihood ?? null,
    rlPY,
    status: rlStatus(rl, settings),
    trend: rlTrend(rl, rlPY),
    significant: r?.significant ?? null,
    notComputable:
      r && rl === null ? notComputableReason(r) : rl === null ? "The indicator's inputs could not be read." : null,
    headcountSource: r?.populationSource ?? "input",
  };
}

function notComputableReason(r: RlResult): string {
  if (!r.undefinedBecause) return "Some of its inputs are missing or invalid.";
  return r.undefinedBecause.why === "no-population"
    ? "A group's population is zero, so its rate is undefined."
    : "A group has no events, so the ratio is 0 or infinite: undefined.";
}

function judgeSurvey(
  id: SurveyIndicator,
  s: SurveyResult | null,
  py: SurveyResult | null,
  settings: Settings,
): SurveyReport {
  const gap = s?.gap ?? null;
  const gapPY = py?.gap ?? null;
  return {
    white: s?.white ?? null,
    bme: s?.bme ?? null,
    gap,
    ci: s?.ci ?? null,
    gapPY,
    status: surveyStatus(id, gap, settings),
    trend: gapTrend(gap, gapPY),
    respondents: s?.respondents ?? null,
    notComputable:
      gap !== null
        ? null
        : s
          ? "A survey percentage is missing or invalid (see the flags)."
          : "The indicator's inputs could not be read (see the flags).",
  };
}
