/**
 * Template 1.1's series (wres.md "Beyond the single year"): every headline figure over the
 * history years, the previous year and this year, oldest first, and the run of years read off
 * it (how long the figure has kept its level, and how long it has moved one way). Each year's
 * level and each step's direction come from judge.ts's own rules, so a year reads the same here
 * as it would in its own return. The sentence that says the run is in indicator-words.ts.
 */

import { byId, INDICATOR_IDS, RL_INDICATORS, type IndicatorId } from "./contract";
import type { HistoryYear } from "./beyond-inputs";
import { boardAdverse, gapTrend, rlStatus, rlTrend, surveyStatus } from "./judge";
import type { IndicatorsReport } from "./report";
import type { Settings } from "./settings";
import { roundTo } from "./statistics";

/** One year's figure; null when that year has none (not reported, or not computable). */
export interface SeriesPoint {
  readonly year: number;
  readonly value: number | null;
}

/** A history year (one before last year) has a figure: without one there is no run of years to show. */
export function hasHistory(points: readonly SeriesPoint[]): boolean {
  const last = points.length ? points[points.length - 1].year : 0;
  return points.some((p) => p.year < last - 1 && p.value !== null);
}

/** cli.md's `series`: I1 the workforce BME %, I2–I4 the RL, I5–I8 the gap, I9 the total-board difference. */
export type Series = Readonly<Record<IndicatorId, readonly SeriesPoint[]>>;

/** Each figure's value in a history row. */
function historyValue(id: IndicatorId, h: HistoryYear): number | null {
  if (id === "I1") return h.workforceBmePct;
  if (id === "I9") return h.i9Total;
  if (id === "I2" || id === "I3" || id === "I4") return h.rl[id];
  return h.gap[id];
}

/** This year's and the previous year's figure of each indicator, as judged. */
function yearValues(id: IndicatorId, r: IndicatorsReport): { previous: number | null; current: number | null } {
  if (id === "I1") return { previous: r.I1.workforcePctPY?.bme ?? null, current: r.I1.workforcePct?.bme ?? null };
  if (id === "I9") return { previous: r.I9.previous?.total ?? null, current: r.I9.total };
  if (id === "I2" || id === "I3" || id === "I4") return { previous: r[id].rlPY, current: r[id].rl };
  return { previous: r[id].gapPY, current: r[id].gap };
}

/**
 * Every headline figure as a series: the history years earlier than the previous year (each
 * year once, oldest first; the reader flags any other), then the previous year and this year.
 */
export function buildSeries(
  history: readonly HistoryYear[],
  indicators: IndicatorsReport,
  reportingYear: number,
): Series {
  const previousYear = reportingYear - 1;
  const seen = new Set<number>();
  const earlier = [...history]
    .filter((h) => h.year < previousYear && !seen.has(h.year) && seen.add(h.year))
    .sort((a, b) => a.year - b.year);
  return byId(INDICATOR_IDS, (id) => {
    const { previous, current } = yearValues(id, indicators);
    return [
      ...earlier.map((h) => ({ year: h.year, value: historyValue(id, h) })),
      { year: previousYear, value: previous },
      { year: reportingYear, value: current },
    ];
  });
}

/** A year's level: the status its figure would be judged to have (I1 has none). */
export type RunLevel = "adverse" | "within" | "reverse" | "favourable";
/** A step's direction: towards parity (better) or away from it; I1's figure rises or falls. */
export type RunDirection = "better" | "worse" | "unchanged" | "higher" | "lower";

/** The run of years that ends at the latest year with a figure. */
export interface SeriesRun {
  readonly id: IndicatorId;
  /** The series' last year (this reporting year). */
  readonly lastYear: number;
  /** The latest year with a figure, or null when no year has one. */
  readonly latest: { readonly year: number; readonly value: number } | null;
  /** The latest year's level, and for how many consecutive years up to it the level has held. */
  readonly level: RunLevel | null;
  readonly levelYears: number;
  /** The first year of that streak. */
  readonly levelSince: number | null;
  /** The year just before the streak, when it has a figure. */
  readonly before: { readonly year: number; readonly value: number; readonly level: RunLevel | null } | null;
  /** The last step's direction, and how many consecutive steps up to the latest year went that way. */
  readonly direction: RunDirection | null;
  readonly directionSteps: number;
  /** The year the run of steps started from. */
  readonly directionSince: number | null;
  /** The value at `directionSince`. */
  readonly directionFrom: number | null;
}

function levelOf(id: IndicatorId, value: number, settings: Settings): RunLevel | null {
  if (id === "I1") return null;
  if (id === "I9") return boardAdverse(value, settings) ? "adverse" : "within";
  if (id === "I2" || id === "I3" || id === "I4") {
    const s = rlStatus(value, settings);
    return s === "not-computable" ? null : s;
  }
  const s = surveyStatus(id, value, settings);
  return s === "not-computable" ? null : s;
}

/** Shares are compared as shown, to 0.1 point. */
const SHARE_DECIMALS = 3;

function stepOf(id: IndicatorId, before: number, now: number): RunDirection {
  if (id === "I1") {
    const a = roundTo(before, SHARE_DECIMALS);
    const b = roundTo(now, SHARE_DECIMALS);
    return a === b ? "unchanged" : b > a ? "higher" : "lower";
  }
  const trend = (RL_INDICATORS as readonly string[]).includes(id) ? rlTrend(now, before) : gapTrend(now, before);
  return trend ?? "unchanged";
}

type Known = { readonly year: number; readonly value: number };

/** The run of years of one indicator's series. */
export function seriesRun(id: IndicatorId, points: readonly SeriesPoint[], settings: Settings): SeriesRun {
  const lastYear = points.length ? points[points.length - 1].year : 0;
  // The known points, each with the one before it when that is the year before and has a figure.
  let end = points.length - 1;
  while (end >= 0 && points[end].value === null) end--;
  const none: SeriesRun = {
    id,
    lastYear,
    latest: null,
    level: null,
    levelYears: 0,
    levelSince: null,
    before: null,
    direction: null,
    directionSteps: 0,
    directionSince: null,
    directionFrom: null,
  };
  if (end < 0) return none;
  const at = (i: number): Known => ({ year: points[i].year, value: points[i].value as number });
  /** The index before i when it is the year before and has a figure, else -1. */
  const prior = (i: number): number =>
    i > 0 && points[i - 1].value !== null && points[i - 1].year === points[i].year - 1 ? i - 1 : -1;

  const latest = at(end);
  const level = levelOf(id, latest.value, settings);
  let start = end;
  while (prior(start) >= 0 && levelOf(id, at(prior(start)).value, settings) === level) start = prior(start);
  const beforeIndex = prior(start);
  const beforeAt = beforeIndex >= 0 ? at(beforeIndex) : null;
  const before = beforeAt && {
    year: beforeAt.year,
    value: beforeAt.value,
    level: levelOf(id, beforeAt.value, settings),
  };

  let direction: RunDirection | null = null;
  let steps = 0;
  let from = end;
  for (let i = end; prior(i) >= 0; i = prior(i)) {
    const step = stepOf(id, at(prior(i)).value, at(i).value);
    if (direction !== null && step !== direction) break;
    direction = step;
    steps++;
    from = prior(i);
  }
  return {
    id,
    lastYear,
    latest,
    level,
    levelYears: end - start + 1,
    levelSince: points[start].year,
    before,
    direction,
    directionSteps: steps,
    directionSince: steps > 0 ? points[from].year : null,
    directionFrom: steps > 0 ? at(from).value : null,
  };
}

/** The run of every indicator's series. */
export function seriesRuns(series: Series, settings: Settings): Record<IndicatorId, SeriesRun> {
  return byId(INDICATOR_IDS, (id) => seriesRun(id, series[id], settings));
}
