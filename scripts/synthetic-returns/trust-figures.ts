/**
 * Plausible figures for one NHS trust's return, from a seeded random source: a workforce of
 * 1,500–20,000 whose BME share falls with pay band, shortlisting, disciplinary and training
 * counts around typical relative likelihoods, staff-survey percentages with typical gaps, and
 * a board whose rows add up. Both years are filled, so trends are judged. Consistent by
 * construction: a clean return raises no error flag.
 */

import { SURVEY_INDICATORS, yearName, type SurveyIndicator } from "../../src/wres/contract";
import type { SampleGrid } from "../template/values";
import type { Random } from "./random";

type Triple = [white: number, bme: number, unknown: number];

/** Relative headcount of each pay band row, and how its BME share compares with the trust's. */
const NON_CLINICAL = bands(
  [0.5, 1, 12, 14, 10, 6, 4, 3, 2, 1, 0.6, 0.3, 0.1, 0.3, 2],
  [1, 1.2, 1.2, 1.1, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35, 0.3, 0.3, 1],
);
const CLINICAL = bands(
  [0.2, 0.2, 9, 8, 4, 20, 18, 14, 5, 2, 0.8, 0.3, 0.1, 0.2, 1.5],
  [1, 1.1, 1.1, 1.1, 1, 1.4, 1.3, 0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 1],
);
const MEDICAL = bands([6, 2, 6, 0.5], [1.6, 2, 1.8, 1.4]);
/** Shares of the workforce: non-clinical, clinical, medical and dental. */
const STAFF_GROUPS = [0.35, 0.5, 0.15] as const;

function bands(weights: readonly number[], bmeFactor: readonly number[]) {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w, i) => ({ share: w / total, bmeFactor: bmeFactor[i] }));
}

/** What makes one trust differ from another; the previous year is drawn close to it. */
export interface TrustProfile {
  readonly workforce: number;
  readonly bmeShare: number;
  readonly unknownShare: number;
  readonly rl: { readonly I2: number; readonly I3: number; readonly I4: number };
}

export function randomProfile(random: Random): TrustProfile {
  return {
    workforce: Math.round(Math.exp(random.between(Math.log(1500), Math.log(20000)))),
    bmeShare: random.between(0.06, 0.45),
    unknownShare: random.between(0.005, 0.05),
    rl: { I2: random.logNormal(1.45, 0.3), I3: random.logNormal(1.4, 0.4), I4: random.logNormal(1.04, 0.1) },
  };
}

/** The same trust a year earlier: slightly smaller, slightly less diverse, its own likelihoods. */
export function previousProfile(p: TrustProfile, random: Random): TrustProfile {
  return {
    workforce: Math.round(p.workforce * random.between(0.93, 1.02)),
    bmeShare: Math.max(0.03, p.bmeShare - random.between(0, 0.02)),
    unknownShare: p.unknownShare,
    rl: {
      I2: p.rl.I2 * random.logNormal(1, 0.12),
      I3: p.rl.I3 * random.logNormal(1, 0.25),
      I4: p.rl.I4 * random.logNormal(1, 0.05),
    },
  };
}

function headcounts(rows: ReturnType<typeof bands>, staff: number, p: TrustProfile, random: Random): Triple[] {
  return rows.map(({ share, bmeFactor }) => {
    const n = Math.round(staff * share * random.between(0.85, 1.15));
    const bme = Math.round(n * Math.min(0.9, p.bmeShare * bmeFactor * random.between(0.85, 1.15)));
    const unknown = Math.min(n - bme, Math.round(n * p.unknownShare * random.between(0.5, 1.5)));
    return [n - bme - unknown, bme, unknown];
  });
}

const sum = (rows: readonly Triple[]): Triple =>
  rows.reduce<Triple>((t, r) => [t[0] + r[0], t[1] + r[1], t[2] + r[2]], [0, 0, 0]);

/** Events in two groups at rates whose ratio is `rl` (numerator group over the other). */
function events(population: Triple, baseRate: number, rl: number, rlIsBmeOverWhite: boolean): Triple {
  const [whiteRate, bmeRate] = rlIsBmeOverWhite ? [baseRate, baseRate * rl] : [baseRate, baseRate / rl];
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max, Math.round(n)));
  return [
    clamp(population[0] * whiteRate, population[0]),
    clamp(population[1] * bmeRate, population[1]),
    clamp(population[2] * baseRate, population[2]),
  ];
}

/** Typical White % and BME − White gap (fractions) of each staff-survey question. */
const SURVEY: Record<SurveyIndicator, { white: [number, number]; gap: [number, number] }> = {
  I5: { white: [0.2, 0.3], gap: [0.01, 0.02] },
  I6: { white: [0.18, 0.26], gap: [0.03, 0.02] },
  I7: { white: [0.54, 0.62], gap: [-0.1, 0.04] },
  I8: { white: [0.04, 0.08], gap: [0.06, 0.02] },
};

const toFraction = (x: number): number => Math.round(Math.min(0.99, Math.max(0.01, x)) * 1000) / 1000;

/** Board rows (total, voting, non-voting, executive, non-executive), adding up by construction. */
function board(p: TrustProfile, random: Random): Triple[] {
  const rows: Triple[] = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const members = random.int(10, 18);
  for (let i = 0; i < members; i++) {
    const group = random.chance(0.03) ? 2 : random.chance(p.bmeShare * 0.7) ? 1 : 0;
    const executive = random.chance(0.45);
    const voting = random.chance(0.8);
    for (const row of [0, voting ? 1 : 2, executive ? 3 : 4]) rows[row][group]++;
  }
  return rows;
}

/** One year's input blocks, name → grid. */
export function yearFigures(p: TrustProfile, previousYear: boolean, random: Random): [string, SampleGrid][] {
  const n = (base: string): string => yearName(base, previousYear);
  const nonClinical = headcounts(NON_CLINICAL, p.workforce * STAFF_GROUPS[0], p, random);
  const clinical = headcounts(CLINICAL, p.workforce * STAFF_GROUPS[1], p, random);
  const medical = headcounts(MEDICAL, p.workforce * STAFF_GROUPS[2], p, random);
  const workforce = sum([...nonClinical, ...clinical, ...medical]);

  const applying = random.between(0.15, 0.4);
  const shortlisted: Triple = [
    Math.round(workforce[0] * applying),
    Math.round(workforce[1] * applying * random.between(1, 1.8)),
    Math.round(workforce[2] * applying),
  ];
  const survey: [string, SampleGrid][] = SURVEY_INDICATORS.flatMap((id): [string, SampleGrid][] => {
    const white = random.between(...SURVEY[id].white);
    const gap = SURVEY[id].gap[0] + SURVEY[id].gap[1] * random.normal();
    const responding = random.between(0.35, 0.55);
    return [
      [n(`WRES_${id}_Pct`), [[toFraction(white), toFraction(white + gap)]]],
      [n(`WRES_${id}_Respondents`), [[Math.round(workforce[0] * responding), Math.round(workforce[1] * responding)]]],
    ];
  });
  return [
    [n("WRES_I1_NonClinical"), nonClinical],
    [n("WRES_I1_Clinical"), clinical],
    [n("WRES_I1_Medical"), medical],
    [n("WRES_I2_Shortlisted"), [shortlisted]],
    [n("WRES_I2_Appointed"), [events(shortlisted, random.between(0.15, 0.35), p.rl.I2, false)]],
    [n("WRES_I3_Headcount"), [workforce]],
    [n("WRES_I3_Entered"), [events(workforce, random.between(0.003, 0.01), p.rl.I3, true)]],
    [n("WRES_I4_Headcount"), [workforce]],
    [n("WRES_I4_Accessed"), [events(workforce, random.between(0.2, 0.6), p.rl.I4, false)]],
    ...survey,
    [n("WRES_I9_Board"), board(p, random)],
  ];
}
