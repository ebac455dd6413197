/** Every threshold the standard leaves open, in one object (wres.md "Judging a value"). */

export interface Settings {
  /** Relative likelihoods inside [lower, upper] show no adverse impact. */
  readonly rlBand: readonly [number, number];
  /** An event count below this is a small number. */
  readonly smallNumber: number;
  /** A share of Unknown ethnicity above this is a data-quality warning. */
  readonly unknownShare: number;
  /** Band rows (and populations) smaller than this are not judged for Unknown share or representation. */
  readonly minPopulation: number;
  /** An adverse survey gap of at least this (fraction, 0.03 = 3 points) is a gap. */
  readonly surveyGap: number;
  /** An adverse board difference of at least this is a gap. */
  readonly boardGap: number;
  /** A band row whose BME % is more than this below the workforce's is under-represented. */
  readonly bandGap: number;
  /** Indicator 3/4 headcounts more than this (relative) from the indicator 1 workforce are a warning. */
  readonly headcountTolerance: number;
  /** Confidence level of the intervals. */
  readonly confidence: number;
  /** The aspirational goals' target BME share: the workforce's BME % ("workforce"), or a fixed share (0.19). */
  readonly goalShare: GoalShare;
}

export type GoalShare = "workforce" | number;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  rlBand: Object.freeze<[number, number]>([0.8, 1.25]),
  smallNumber: 10,
  unknownShare: 0.1,
  minPopulation: 20,
  surveyGap: 0.03,
  boardGap: 0.05,
  bandGap: 0.05,
  headcountTolerance: 0.05,
  confidence: 0.95,
  goalShare: "workforce",
});

export const SETTING_DESCRIPTIONS: Record<keyof Settings, string> = {
  rlBand: "Relative likelihoods inside this band show no adverse impact",
  smallNumber: "Event counts below this are flagged as small numbers",
  unknownShare: "Share of Unknown ethnicity above which a population is flagged",
  minPopulation: "Smallest band row judged for Unknown share and under-representation",
  surveyGap: "Adverse survey gap (fraction) that counts as a gap",
  boardGap: "Adverse board difference (fraction) that counts as a gap",
  bandGap: "Band BME % this far below the workforce's counts as under-representation",
  headcountTolerance: "Relative difference allowed between indicator 3/4 headcounts and the workforce",
  confidence: "Confidence level of the intervals",
  goalShare:
    'Target BME share of the aspirational goals: "workforce" (the workforce BME %) or a fixed share such as 0.19',
};

/**
 * Checks a partial settings object (from a command line, a document or a form) and returns the
 * full settings or the problems, one sentence each.
 */
export function resolveSettings(
  overrides: Partial<Record<keyof Settings, unknown>>,
): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!isSetting(key)) {
      problems.push(`"${key}" is not a setting.`);
      continue;
    }
    if (key === "rlBand") {
      const band = rlBandOf(value);
      if (band) out.rlBand = band;
      else problems.push("rlBand must be two positive numbers, the lower below 1 and the upper above 1.");
      continue;
    }
    if (key === "goalShare") {
      const share = goalShareOf(value);
      if (share !== null) out.goalShare = share;
      else problems.push('goalShare must be "workforce" or a share above 0 and at most 1, such as 0.19.');
      continue;
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      problems.push(`${key} must be a number of 0 or more.`);
      continue;
    }
    if ((key === "confidence" || key === "unknownShare") && !(value > 0 && value < 1)) {
      problems.push(`${key} must lie between 0 and 1.`);
      continue;
    }
    out[key] = value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings: out };
}

function isSetting(key: string): key is keyof Settings {
  // Not Object.hasOwn: older Mac webviews (Safari before 15.4) lack it.
  return Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key);
}

/** "workforce", or a share above 0 and at most 1; null otherwise. */
function goalShareOf(value: unknown): GoalShare | null {
  if (value === "workforce") return value;
  return typeof value === "number" && Number.isFinite(value) && value > 0 && value <= 1 ? value : null;
}

/** goalShare as typed (a command line, a form): "workforce" in any case, or a number; anything else is refused by resolveSettings. */
export function goalShareFromText(text: string): unknown {
  const t = text.trim();
  if (t.toLowerCase() === "workforce") return "workforce";
  return t === "" ? Number.NaN : Number(t);
}

/** Two positive numbers, the lower below 1 and the upper above 1, or null. */
function rlBandOf(value: unknown): readonly [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [lower, upper]: unknown[] = value;
  if (typeof lower !== "number" || typeof upper !== "number") return null;
  if (![lower, upper].every((x) => Number.isFinite(x) && x > 0)) return null;
  return lower < 1 && upper > 1 ? [lower, upper] : null;
}

/** Two-sided standard normal quantile for a confidence level (0.95 → 1.96). */
export function zFor(confidence: number): number {
  // The standard states 1.96; keep it exact so intervals match published figures.
  if (confidence === 0.95) return 1.96;
  return inverseNormal(1 - (1 - confidence) / 2);
}

/** Acklam's rational approximation of the normal quantile, relative error below 1.2e-9. */
function inverseNormal(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}
