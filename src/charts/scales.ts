/** Positions on a chart: value → pixel, for the linear scales of shares and points and the log scale of relative likelihoods. */

export interface Scale {
  /** The pixel for a value; values outside the domain are clamped to its ends. */
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** A straight line through (domain[0], range[0]) and (domain[1], range[1]). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = (value: number): number => r0 + ((clamp(value, d0, d1) - d0) / (d1 - d0)) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/**
 * Equal ratios at equal distances: 1.25 and 0.80 lie equally far either side of 1.00, as
 * "1.25 times as likely" and "1.25 times less likely" should.
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const inner = linearScale([Math.log(domain[0]), Math.log(domain[1])], range);
  const scale = (value: number): number => inner(Math.log(clamp(value, domain[0], domain[1])));
  return Object.assign(scale, { domain, range });
}

/** The half-widths a log scale centred on 1.00 may take, so its ends read as round numbers. */
const LOG_LIMITS = [1.5, 2, 3, 5, 10, 20, 50, 100];

/**
 * The smallest round limit m such that [1/m, m] holds every value (ratios beyond 100 are
 * clamped to the ends): a log domain centred on 1.00.
 */
export function ratioDomain(values: readonly number[]): [number, number] {
  const furthest = Math.max(0, ...values.filter((v) => v > 0 && Number.isFinite(v)).map((v) => Math.abs(Math.log(v))));
  const limit = LOG_LIMITS.find((m) => Math.log(m) >= furthest * 1.05) ?? LOG_LIMITS[LOG_LIMITS.length - 1];
  return [1 / limit, limit];
}

/** The smallest of 10, 20, 25, 40, 50, 60, 80, 100 % that holds every share (fractions), with a little room. */
export function shareLimit(values: readonly number[]): number {
  const top = Math.max(0, ...values.filter(Number.isFinite));
  return [0.1, 0.2, 0.25, 0.4, 0.5, 0.6, 0.8, 1].find((m) => m >= top * 1.05) ?? 1;
}

/** A symmetric domain in fractions (±m) for differences, m a round number of points from 1 to 100. */
export function pointsLimit(values: readonly number[]): number {
  const furthest = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  return [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1].find((m) => m >= furthest * 1.1) ?? 1;
}
