/**
 * How numbers read, on every face (flags, pane, `wres check`, the report): one style and one
 * rounding rule (`roundTo`, the rule values are judged by). Shares to 0.1 ("14.0%"), differences
 * in points with a sign and a true minus ("−4.3 points"), relative likelihoods to 2 decimals,
 * counts with thousands separators, intervals as "95% CI 1.37 to 1.86".
 */

import type { FlagCounts } from "./flags";
import type { Settings } from "./settings";
import { roundTo } from "./statistics";

export const NOT_COMPUTABLE = "not computable";
/** What a missing figure shows as. */
const MISSING = "—";
const MINUS = "−";
/**
 * A number with thousands separators, as en-GB writes it ("6,032", "-1,234.5"). Whole numbers,
 * nearly every call, are grouped here: Intl's formatter costs a load of the locale's data in
 * each thread that makes one (about 30 ms) and toLocaleString makes one per call.
 */
let fractional: Intl.NumberFormat | null = null;
function withThousands(n: number): string {
  if (!Number.isSafeInteger(n)) return (fractional ??= new Intl.NumberFormat("en-GB")).format(n);
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** A value as the user typed it (12, 0.453, 1,234.5), for echoing a cell back: no rounding of its own. */
export function showNumber(n: number): string {
  // Beyond 10^15 digits mean nothing (and 1e308 would be 309 of them): "1e+308".
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return String(n);
  return Number.isInteger(n) ? withThousands(n) : String(Number(n.toPrecision(10)));
}

/** "1 error", "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "1.60", or "not computable". */
export function formatRl(rl: number | null): string {
  return rl === null ? NOT_COMPUTABLE : roundTo(rl, 2).toFixed(2);
}

/** A fraction as a share: "14.0%". */
export function formatShare(fraction: number | null, decimals = 1): string {
  return fraction === null ? MISSING : `${roundTo(fraction * 100, decimals).toFixed(decimals)}%`;
}

/** A likelihood (rate): two decimals, since disciplinary rates are often below 1%. */
export function formatRate(fraction: number | null): string {
  return formatShare(fraction, 2);
}

/** A size in points, without a sign: "3.0 points" (a threshold, or a distance said in words). */
export function formatPointsSize(fraction: number): string {
  return `${Math.abs(roundTo(fraction * 100, 1)).toFixed(1)} points`;
}

/** A signed difference of fractions in points: "+5.2 points", "−4.3 points", "0.0 points". */
export function formatPoints(fraction: number | null): string {
  if (fraction === null) return MISSING;
  const v = roundTo(fraction * 100, 1);
  return `${v > 0 ? "+" : v < 0 ? MINUS : ""}${formatPointsSize(fraction)}`;
}

/** "6,032". */
export function formatCount(n: number | null): string {
  return n === null ? MISSING : withThousands(n);
}

/** "95% CI 1.37 to 1.86", at the confidence the results were computed with. */
export function formatInterval(
  ci: readonly [number, number] | null,
  format: (x: number) => string,
  confidence: number,
): string {
  return ci ? `${roundTo(confidence * 100, 1)}% CI ${format(ci[0])} to ${format(ci[1])}` : "";
}

/** Each count in words: { errors: "4 errors", warnings: "6 warnings", gaps: "19 gaps", info: "2 notes" }. */
export function countWords(counts: FlagCounts): Record<keyof FlagCounts, string> {
  return {
    errors: plural(counts.errors, "error"),
    warnings: plural(counts.warnings, "warning"),
    gaps: plural(counts.gaps, "gap"),
    info: plural(counts.info, "note"),
  };
}

/**
 * "4 errors, 6 warnings, 19 gaps, 2 notes": the flag-count line of every face. `mismatches`
 * (reported values that do not match the data) are said after the errors when there are any.
 */
export function formatFlagCounts(counts: FlagCounts, mismatches = 0): string {
  const words = countWords(counts);
  const ofWhich = mismatches > 0 ? [`of which ${plural(mismatches, "reported value")} not matching the data`] : [];
  return [words.errors, ...ofWhich, words.warnings, words.gaps, words.info].join(", ");
}

/** A signed difference in points without the unit, for a chart's axis: "+5", "−10", "0". */
export function formatPointsTick(fraction: number, decimals = 0): string {
  const v = roundTo(fraction * 100, decimals);
  return `${v > 0 ? "+" : v < 0 ? MINUS : ""}${Math.abs(v).toFixed(decimals)}`;
}

const SMALL_NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** The goal share setting in words: "the workforce BME %" or "19.0%". */
export function formatGoalShare(share: "workforce" | number): string {
  return share === "workforce" ? "the workforce BME %" : formatShare(share);
}

/**
 * The unit each setting is typed and said in, as the results say it: gaps in points (3 for 3.0
 * points), shares in per cent (10 for 10.0%), counts as they are. The settings hold fractions.
 */
export const SETTING_UNITS: Record<Exclude<keyof Settings, "rlBand">, "points" | "percent" | "count"> = {
  smallNumber: "count",
  unknownShare: "percent",
  minPopulation: "count",
  surveyGap: "points",
  boardGap: "points",
  bandGap: "points",
  headcountTolerance: "percent",
  confidence: "percent",
  goalShare: "percent",
};

/** A setting's value as the results say it, on every face (the pane's settings, the report's method): "0.80 to 1.25", "3.0 points", "10.0%", "20". */
export function formatSettingValue(key: keyof Settings, settings: Settings): string {
  if (key === "rlBand") return `${formatRl(settings.rlBand[0])} to ${formatRl(settings.rlBand[1])}`;
  if (key === "goalShare") return formatGoalShare(settings.goalShare);
  const value = settings[key];
  switch (SETTING_UNITS[key]) {
    case "points":
      return formatPointsSize(value);
    case "percent":
      return formatShare(value);
    case "count":
      return formatCount(value);
  }
}

/** A small count in words, "four"; 11 and above in digits. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n] : formatCount(n);
}

/** The months' names, the one list every date in words and every date typed in words uses. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** An ISO date as a person reads it: "2026-03-31" → "31 March 2026"; anything else as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}
