/**
 * One reporting year's indicators computed from its counts (wres.md "The nine indicators").
 * A result that cannot be computed is null, never NaN or Infinity; judging, trends and flags
 * come later (judge.ts, data-checks.ts).
 */

import {
  BOARD_ROWS,
  I1_BLOCK_ROWS,
  I1_BLOCKS,
  SURVEY_INDICATORS,
  byId,
  type I1Block,
  type RlIndicator,
  type SurveyIndicator,
} from "./contract";
import { total3, type Groups2, type Groups3, type WhiteBmeUnknown, type YearInputs } from "./inputs";
import { proportionGapInterval, relativeLikelihood, type RelativeLikelihood } from "./statistics";

export interface I1Row {
  readonly block: I1Block;
  readonly label: string;
  /** Index of the row inside its block. */
  readonly row: number;
  readonly counts: Groups3;
  readonly total: number | null;
  readonly pct: WhiteBmeUnknown | null;
  readonly bmeGap: number | null;
}

export interface I1Result {
  readonly rows: readonly I1Row[];
  readonly workforce: WhiteBmeUnknown | null;
  readonly workforcePct: WhiteBmeUnknown | null;
}

/** One group's events and population for a relative likelihood, null where unknown. */
export interface GroupCounts {
  readonly events: number | null;
  readonly population: number | null;
}

export interface RlResult {
  readonly white: GroupCounts;
  readonly bme: GroupCounts;
  readonly unknown: GroupCounts;
  /** Where the population came from: the input block or (for 3 and 4 left blank) the indicator 1 workforce. */
  readonly populationSource: "input" | "workforce";
  readonly likelihood: { readonly white: number; readonly bme: number } | null;
  /** null when an input is missing (already flagged) or the RL is undefined (see `undefinedBecause`). */
  readonly rl: number | null;
  readonly ci: readonly [number, number] | null;
  readonly significant: boolean | null;
  readonly undefinedBecause: Extract<RelativeLikelihood, { rl: null }> | null;
}

export interface SurveyResult {
  readonly white: number | null;
  readonly bme: number | null;
  readonly respondents: Groups2 | null;
  readonly gap: number | null;
  readonly ci: readonly [number, number] | null;
}

export interface BoardRow {
  readonly label: string;
  readonly counts: Groups3;
  readonly total: number | null;
  readonly pct: WhiteBmeUnknown | null;
}

export interface I9Result {
  readonly rows: readonly BoardRow[];
  readonly total: number | null;
  readonly voting: number | null;
  readonly executive: number | null;
}

export interface YearResults {
  readonly I1: I1Result | null;
  readonly I2: RlResult | null;
  readonly I3: RlResult | null;
  readonly I4: RlResult | null;
  readonly survey: Readonly<Record<SurveyIndicator, SurveyResult | null>>;
  readonly I9: I9Result | null;
}

/** The numerator group of each RL (wres.md): above 1.00 always means BME staff are worse off. */
export const RL_NUMERATOR: Record<RlIndicator, "white" | "bme"> = { I2: "white", I3: "bme", I4: "white" };

export function shares(g: Groups3): WhiteBmeUnknown | null {
  const c = counts(g);
  const t = c ? c.white + c.bme + c.unknown : 0;
  return c && t > 0 ? { white: c.white / t, bme: c.bme / t, unknown: c.unknown / t } : null;
}

/** The three counts when all are known. */
function counts(g: Groups3): WhiteBmeUnknown | null {
  return g.white === null || g.bme === null || g.unknown === null
    ? null
    : { white: g.white, bme: g.bme, unknown: g.unknown };
}

export function indicator1(blocks: Readonly<Record<I1Block, readonly Groups3[]>>): I1Result {
  let white = 0;
  let bme = 0;
  let unknown = 0;
  let complete = true;
  for (const block of I1_BLOCKS) {
    for (const g of blocks[block]) {
      const c = counts(g);
      if (!c) complete = false;
      else {
        white += c.white;
        bme += c.bme;
        unknown += c.unknown;
      }
    }
  }
  const workforce = complete ? { white, bme, unknown } : null;
  const workforcePct = workforce ? shares(workforce) : null;
  const rows: I1Row[] = [];
  for (const block of I1_BLOCKS) {
    blocks[block].forEach((g, row) => {
      const pct = shares(g);
      rows.push({
        block,
        label: I1_BLOCK_ROWS[block][row],
        row,
        counts: g,
        total: total3(g),
        pct,
        bmeGap: pct && workforcePct ? pct.bme - workforcePct.bme : null,
      });
    });
  }
  return { rows, workforce, workforcePct };
}

/**
 * A relative likelihood of indicator 2, 3 or 4 from its populations and events. Unknown is
 * excluded from numerator and denominator alike.
 */
export function rlIndicator(
  id: RlIndicator,
  population: Groups3,
  events: Groups3,
  populationSource: RlResult["populationSource"],
  z: number,
): RlResult {
  const group = (k: keyof Groups3): GroupCounts => ({ events: events[k], population: population[k] });
  const white = group("white");
  const bme = group("bme");
  // Every key is written here once; the results below only replace values, because spreading an
  // object and then adding keys is slow in V8 (microseconds a time), and this runs for every RL.
  const none: RlResult = {
    white,
    bme,
    unknown: group("unknown"),
    populationSource,
    likelihood: null,
    rl: null,
    ci: null,
    significant: null,
    undefinedBecause: null,
  };
  if (white.events === null || white.population === null || bme.events === null || bme.population === null) {
    return none;
  }
  const w = { events: white.events, population: white.population };
  const b = { events: bme.events, population: bme.population };
  const likelihood =
    w.population > 0 && b.population > 0 ? { white: w.events / w.population, bme: b.events / b.population } : null;
  const r = RL_NUMERATOR[id] === "white" ? relativeLikelihood(w, b, z) : relativeLikelihood(b, w, z);
  if (r.rl === null) return { ...none, likelihood, undefinedBecause: r };
  return { ...none, likelihood, rl: r.rl, ci: r.ci, significant: r.significant };
}

/** The two-year pooled RL of indicator 3: both years' events and populations added, group by group. */
export function pooledRl(id: RlIndicator, current: RlResult, previous: RlResult, z: number): RlResult {
  const add = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);
  const sum = (k: "white" | "bme" | "unknown", f: keyof GroupCounts): number | null =>
    add(current[k][f], previous[k][f]);
  const population = {
    white: sum("white", "population"),
    bme: sum("bme", "population"),
    unknown: sum("unknown", "population"),
  };
  const events = { white: sum("white", "events"), bme: sum("bme", "events"), unknown: sum("unknown", "events") };
  return rlIndicator(id, population, events, current.populationSource, z);
}

export function surveyIndicator(pct: Groups2, respondents: Groups2 | null, z: number): SurveyResult {
  const { white, bme } = pct;
  if (white === null || bme === null) return { white, bme, respondents, gap: null, ci: null };
  const gap = bme - white;
  const ci =
    respondents && respondents.white !== null && respondents.bme !== null
      ? proportionGapInterval(bme, respondents.bme, white, respondents.white, z)
      : null;
  return { white, bme, respondents, gap, ci };
}

export function indicator9(board: readonly Groups3[], workforceBmeShare: number | null): I9Result {
  const rows = board.map((counts, i) => ({ label: BOARD_ROWS[i], counts, total: total3(counts), pct: shares(counts) }));
  const diff = (i: number): number | null => {
    const p = rows[i].pct;
    return p && workforceBmeShare !== null ? p.bme - workforceBmeShare : null;
  };
  return { rows, total: diff(0), voting: diff(1), executive: diff(3) };
}

export function computeYear(inputs: YearInputs, z: number): YearResults {
  const I1 = inputs.I1 ? indicator1(inputs.I1) : null;
  const workforce: Groups3 = I1?.workforce ?? { white: null, bme: null, unknown: null };
  const surveyOf = (id: SurveyIndicator): SurveyResult | null => {
    const s = inputs.survey[id];
    return s ? surveyIndicator(s.pct, s.respondents, z) : null;
  };
  const survey = byId(SURVEY_INDICATORS, surveyOf);
  const fromWorkforce = (headcount: Groups3 | null) =>
    headcount ? ([headcount, "input"] as const) : ([workforce, "workforce"] as const);
  const i3 = inputs.I3 ? fromWorkforce(inputs.I3.headcount) : null;
  const i4 = inputs.I4 ? fromWorkforce(inputs.I4.headcount) : null;
  return {
    I1,
    I2: inputs.I2 ? rlIndicator("I2", inputs.I2.shortlisted, inputs.I2.appointed, "input", z) : null,
    I3: inputs.I3 && i3 ? rlIndicator("I3", i3[0], inputs.I3.entered, i3[1], z) : null,
    I4: inputs.I4 && i4 ? rlIndicator("I4", i4[0], inputs.I4.accessed, i4[1], z) : null,
    survey,
    I9: inputs.I9 ? indicator9(inputs.I9.board, I1?.workforcePct?.bme ?? null) : null,
  };
}
