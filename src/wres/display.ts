/**
 * How figures read, for every face: RLs to 2 decimals, percentages and gaps to 0.1, statuses
 * in words (never colour alone).
 */

import type { GapStatus, RlStatus, Trend } from "./report";
import { roundTo } from "./statistics";

export const NOT_COMPUTABLE = "not computable";

export function formatRl(rl: number | null): string {
  return rl === null ? NOT_COMPUTABLE : roundTo(rl, 2).toFixed(2);
}

export function formatPct(fraction: number | null, decimals = 1): string {
  return fraction === null ? "—" : `${roundTo(fraction * 100, decimals).toFixed(decimals)}%`;
}

/** A likelihood (rate): two decimals, since disciplinary rates are often below 1 %. */
export function formatRate(fraction: number | null): string {
  return formatPct(fraction, 2);
}

/** A signed difference of fractions in percentage points: "+5.2 pts". */
export function formatPoints(fraction: number | null): string {
  if (fraction === null) return "—";
  const v = roundTo(fraction * 100, 1);
  return `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(1)} pts`;
}

/** "95% CI 1.37 to 1.86", at the confidence the results were computed with. */
export function formatInterval(
  ci: readonly [number, number] | null,
  format: (x: number) => string,
  confidence = 0.95,
): string {
  return ci ? `${roundTo(confidence * 100, 1)}% CI ${format(ci[0])} to ${format(ci[1])}` : "";
}

export function formatCount(n: number | null): string {
  return n === null ? "—" : n.toLocaleString("en-GB");
}

export const RL_STATUS_WORDS: Record<RlStatus, string> = {
  within: "within the band",
  adverse: "adverse gap",
  reverse: "reverse gap",
  "not-computable": NOT_COMPUTABLE,
};

export const GAP_STATUS_WORDS: Record<GapStatus, string> = {
  within: "within the threshold",
  adverse: "adverse gap",
  favourable: "favourable",
  "not-computable": NOT_COMPUTABLE,
};

export function trendWords(trend: Trend): string {
  return trend === null ? "" : trend === "unchanged" ? "unchanged on last year" : `${trend} than last year`;
}

export const INDICATOR_TITLES: Record<string, string> = {
  I1: "Representation by pay band",
  I2: "Appointment from shortlisting",
  I3: "Entry into the formal disciplinary process",
  I4: "Non-mandatory training and CPD",
  I5: "Harassment, bullying or abuse from patients, relatives or the public",
  I6: "Harassment, bullying or abuse from staff",
  I7: "Equal opportunities for career progression or promotion",
  I8: "Discrimination from a manager, team leader or colleague",
  I9: "Board membership compared with the workforce",
};
