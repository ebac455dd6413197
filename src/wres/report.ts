/**
 * The indicators as reported to every face (task pane, `wres check`, `--json`): the shape of
 * shared/spec/cli.md, extended but never broken. Fractions throughout, unrounded.
 */

import type { ActionPlanReport } from "./action-plan";
import type { I1Block, IndicatorId } from "./contract";
import type { GoalsReport } from "./goals";
import type { WhiteBmeUnknown } from "./inputs";
import type { Series } from "./series";

export type { WhiteBmeUnknown };

export type RlStatus = "within" | "adverse" | "reverse" | "not-computable";
export type GapStatus = "within" | "adverse" | "favourable" | "not-computable";
export type Trend = "better" | "worse" | "unchanged" | null;

export interface I1RowReport {
  readonly block: I1Block;
  readonly label: string;
  readonly white: number | null;
  readonly bme: number | null;
  readonly unknown: number | null;
  readonly pct: WhiteBmeUnknown | null;
  readonly bmeGap: number | null;
  /** Extension: whether the row is judged under-represented (UNDER_REPRESENTED_BAND). */
  readonly underRepresented: boolean;
}

export interface I1Report {
  readonly workforce: WhiteBmeUnknown | null;
  readonly workforcePct: WhiteBmeUnknown | null;
  readonly rows: readonly I1RowReport[];
  /** Extension: the previous year's workforce. */
  readonly workforcePY: WhiteBmeUnknown | null;
  readonly workforcePctPY: WhiteBmeUnknown | null;
}

export interface RlReport {
  readonly rl: number | null;
  readonly ci: readonly [number, number] | null;
  readonly likelihood: { readonly white: number; readonly bme: number } | null;
  readonly rlPY: number | null;
  readonly status: RlStatus;
  readonly trend: Trend;
  /** Extension: whether the 95 % interval excludes 1.00 (an addition to the standard). */
  readonly significant: boolean | null;
  /** Extension: why `rl` is null, in one sentence, or null. */
  readonly notComputable: string | null;
  /** Extension: "workforce" when indicator 3/4's headcount was left blank. */
  readonly headcountSource: "input" | "workforce";
}

export interface I3Report extends RlReport {
  readonly rl2y: number | null;
}

export interface SurveyReport {
  readonly white: number | null;
  readonly bme: number | null;
  readonly gap: number | null;
  readonly ci: readonly [number, number] | null;
  readonly gapPY: number | null;
  readonly status: GapStatus;
  readonly trend: Trend;
  /** Extension: respondents per group, when given. */
  readonly respondents: { readonly white: number | null; readonly bme: number | null } | null;
  /** Extension: why `gap` is null, in one sentence, or null. */
  readonly notComputable: string | null;
}

export interface BoardDiffs {
  readonly total: number | null;
  readonly voting: number | null;
  readonly executive: number | null;
}

export interface I9Report extends BoardDiffs {
  readonly status: GapStatus;
  readonly trend: Trend;
  /** Extension: the previous year's differences. */
  readonly previous: BoardDiffs | null;
  /** Extension: the board's BME share (total board), or null. */
  readonly boardBmePct: number | null;
}

export interface IndicatorsReport {
  readonly I1: I1Report;
  readonly I2: RlReport;
  readonly I3: I3Report;
  readonly I4: RlReport;
  readonly I5: SurveyReport;
  readonly I6: SurveyReport;
  readonly I7: SurveyReport;
  readonly I8: SurveyReport;
  readonly I9: I9Report;
}

/**
 * Template 1.1 (cli.md `series`, `actionPlan`, `goals`): each key is absent when the workbook
 * lacks its block (a 1.0 workbook has none of them).
 */
export interface BeyondReport {
  readonly series?: Series;
  /** Extension: one sentence on each series' run of years. */
  readonly seriesSentences?: Readonly<Record<IndicatorId, string>>;
  readonly actionPlan?: ActionPlanReport;
  readonly goals?: GoalsReport;
}
