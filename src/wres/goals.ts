/**
 * Aspirational goals (template.md "Template 1.1", after NHS England's "A Model Employer", 2019):
 * for each senior band, non-clinical and clinical together, the BME staff it would have at the
 * target share, and the shortfall. NHS England publishes no formula; this is the tool's method,
 * and every face labels it so: at target = ⌈target × headcount⌉, shortfall = max(0, at target −
 * BME now). The target is the workforce's BME % (goalShare "workforce") or a fixed share.
 */

import { GOALS_ROWS } from "./contract";
import { formatShare } from "./format";
import type { I1Report } from "./report";
import type { GoalShare } from "./settings";

/** A goal row of `WRES_Goals` (the contract's rows, in order). */
export type GoalBand = (typeof GOALS_ROWS)[number];

/** One band's goal (cli.md `goals.rows`); null where its counts could not be read. */
export interface GoalRow {
  readonly label: GoalBand;
  readonly headcount: number | null;
  readonly bme: number | null;
  /** BME share now; null also when the band has no staff (said "no staff", never 0 %). */
  readonly bmePct: number | null;
  /** The target share (the same on every row). */
  readonly target: number | null;
  readonly atTarget: number | null;
  /** Never negative. */
  readonly shortfall: number | null;
}

export interface GoalsReport {
  /** The year the goal is for (`WRES_Goals_Year`, default 2028). */
  readonly year: number;
  /** The target share, or null when it is the workforce's and that is not computable. */
  readonly share: number | null;
  /** Extension: where the share comes from. */
  readonly shareFrom: "workforce" | "fixed";
  readonly rows: readonly GoalRow[];
  /** Extension: the shortfalls added up over the rows that have one. */
  readonly shortfallTotal: number | null;
}

/**
 * ⌈numerator × headcount / denominator⌉ in whole numbers when the share is a ratio of counts
 * (exact: no float error), else ⌈share × headcount⌉ with the last bits of float error forgiven,
 * so that 0.2 × 10 = 2.0000000000000004 gives 2, not 3.
 */
function staffAtShare(share: number, headcount: number, counts: { bme: number; total: number } | null): number {
  if (counts && counts.total > 0) {
    // Whole numbers below 2^53 (counts are at most 10,000,000 each): exact.
    const n = counts.bme * headcount;
    const rest = n % counts.total;
    return (n - rest) / counts.total + (rest > 0 ? 1 : 0);
  }
  const x = share * headcount;
  return Math.ceil(x - 1e-12 * Math.max(1, Math.abs(x)));
}

function bandRow(
  label: GoalBand,
  i1: I1Report,
  share: number | null,
  counts: { bme: number; total: number } | null,
): GoalRow {
  const rows = i1.rows.filter((r) => r.label === label && (r.block === "NonClinical" || r.block === "Clinical"));
  let headcount: number | null = rows.length ? 0 : null;
  let bme: number | null = rows.length ? 0 : null;
  for (const r of rows) {
    if (r.white === null || r.bme === null || r.unknown === null || headcount === null || bme === null) {
      headcount = null;
      bme = null;
      break;
    }
    headcount += r.white + r.bme + r.unknown;
    bme += r.bme;
  }
  const atTarget = share === null || headcount === null ? null : staffAtShare(share, headcount, counts);
  return {
    label,
    headcount,
    bme,
    bmePct: headcount === null || bme === null || headcount === 0 ? null : bme / headcount,
    target: share,
    atTarget,
    shortfall: atTarget === null || bme === null ? null : Math.max(0, atTarget - bme),
  };
}

/** The goals of the senior bands, from indicator 1 as judged. */
export function computeGoals(i1: I1Report, goalShare: GoalShare, year: number): GoalsReport {
  const w = i1.workforce;
  const total = w ? w.white + w.bme + w.unknown : 0;
  // The workforce's share is a ratio of counts: kept as counts, the rounding up is exact.
  const counts = goalShare === "workforce" && w && total > 0 ? { bme: w.bme, total } : null;
  const share = goalShare === "workforce" ? (i1.workforcePct?.bme ?? null) : goalShare;
  const rows = GOALS_ROWS.map((label) => bandRow(label, i1, share, counts));
  const shortfalls = rows.flatMap((r) => (r.shortfall === null ? [] : [r.shortfall]));
  return {
    year,
    share,
    shareFrom: goalShare === "workforce" ? "workforce" : "fixed",
    rows,
    shortfallTotal: shortfalls.length ? shortfalls.reduce((a, b) => a + b, 0) : null,
  };
}

/** What a band with no staff shows in place of its BME share. */
export const NO_STAFF = "no staff";

/** A band's BME share now as every face shows it: "15.0%", "no staff" (never 0 %), or "—" when not computable. */
export function shareNowWords(row: GoalRow): string {
  return row.headcount === 0 ? NO_STAFF : formatShare(row.bmePct);
}

/** `WRES_Goals`' values, row by row: Headcount, BME now, BME % now, Target BME %, BME staff at target, Shortfall. */
export function goalValues(goals: GoalsReport): (number | string | null)[][] {
  return goals.rows.map((r) => [
    r.headcount,
    r.bme,
    r.headcount === 0 ? NO_STAFF : r.bmePct,
    r.target,
    r.atTarget,
    r.shortfall,
  ]);
}
