/** The standard's arithmetic: relative likelihoods with log-method intervals, shares, and gaps with intervals. */

export interface GroupEvents {
  readonly events: number;
  readonly population: number;
}

export type RelativeLikelihood =
  | { readonly rl: number; readonly ci: readonly [number, number]; readonly significant: boolean }
  | { readonly rl: null; readonly why: "no-population" | "no-events"; readonly group: "numerator" | "denominator" };

/**
 * RL = (a / n1) / (c / n2), numerator group first. Undefined (not 0, not Infinity) when a
 * denominator or an event count is zero (wres.md). Interval by the log method:
 * SE = sqrt(1/a − 1/n1 + 1/c − 1/n2), CI = exp(ln RL ± z·SE).
 */
export function relativeLikelihood(numerator: GroupEvents, denominator: GroupEvents, z: number): RelativeLikelihood {
  for (const [group, g] of [
    ["numerator", numerator],
    ["denominator", denominator],
  ] as const) {
    if (g.population === 0) return { rl: null, why: "no-population", group };
  }
  for (const [group, g] of [
    ["numerator", numerator],
    ["denominator", denominator],
  ] as const) {
    if (g.events === 0) return { rl: null, why: "no-events", group };
  }
  const a = numerator.events;
  const n1 = numerator.population;
  const c = denominator.events;
  const n2 = denominator.population;
  const rl = a / n1 / (c / n2);
  const se = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / c - 1 / n2));
  const lower = Math.exp(Math.log(rl) - z * se);
  const upper = Math.exp(Math.log(rl) + z * se);
  return { rl, ci: [lower, upper], significant: lower > 1 || upper < 1 };
}

/** part / whole, or null when the whole is zero. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Difference of two proportions (p1 − p2) with a Wald 95 % interval from the group sizes.
 * Null interval when a group has no respondents.
 */
export function proportionGapInterval(
  p1: number,
  n1: number,
  p2: number,
  n2: number,
  z: number,
): readonly [number, number] | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const gap = p1 - p2;
  return [gap - z * se, gap + z * se];
}

/** Rounds to a number of decimals, for judging a value as it is displayed (1.2496 shows, and is judged, as 1.25). */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  // Read at 12 significant digits first, so that 0.473 − 0.443 (0.030000000000000027) and 1.005
  // round as written. That reading moves a value by less than scaled × 1e-11, which can change
  // how it rounds only within that distance of a half: elsewhere (nearly always) it is skipped.
  const fromHalf = Math.abs(scaled - Math.floor(scaled) - 0.5);
  const written = fromHalf > Math.max(scaled, 1) * 1e-11 && scaled < 1e11 ? scaled : Number(scaled.toPrecision(12));
  return (Math.sign(value) * Math.round(written)) / scale;
}
