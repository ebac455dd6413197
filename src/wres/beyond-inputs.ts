/**
 * Typed inputs of template 1.1's blocks beyond the single year (shared/spec/template.md,
 * "Template 1.1"): the history of earlier years, the action plan and the goal year. Each is
 * null when its name is not in the workbook (a 1.0 workbook): absence is information, never
 * an error. Row numbers are 0-based within the named block, so a flag can name the cell.
 */

import type { IndicatorId, RlIndicator, SurveyIndicator } from "./contract";

/** One earlier reporting year as the trust pasted it from its published report; a null figure was not reported that year. */
export interface HistoryYear {
  /** The row within `WRES_History`. */
  readonly row: number;
  readonly year: number;
  /** Fraction 0–1. */
  readonly workforceBmePct: number | null;
  readonly rl: Readonly<Record<RlIndicator, number | null>>;
  /** BME % − White %, fractions. */
  readonly gap: Readonly<Record<SurveyIndicator, number | null>>;
  /** Indicator 9's total-board difference, a fraction. */
  readonly i9Total: number | null;
}

export const ACTION_STATUSES = ["Not started", "In progress", "Done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One filled row of `WRES_ActionPlan`; empty rows are left out. Text is as the trust typed it, trimmed; "" when blank. */
export interface ActionPlanRow {
  /** The row within `WRES_ActionPlan`. */
  readonly row: number;
  /** Null when the Indicator cell is blank or not a code I1…I9 (flagged). */
  readonly indicator: IndicatorId | null;
  readonly finding: string;
  readonly action: string;
  readonly lead: string;
  /** ISO date `YYYY-MM-DD`, or null when blank or unreadable (flagged). */
  readonly due: string | null;
  /** Null when blank or outside the list (flagged). */
  readonly status: ActionStatus | null;
  readonly measure: string;
}

export interface BeyondInputs {
  /** Earlier years, oldest first; null when `WRES_History` is absent. Rows flagged as unusable are left out. */
  readonly history: readonly HistoryYear[] | null;
  /** Null when `WRES_ActionPlan` is absent. */
  readonly actionPlan: readonly ActionPlanRow[] | null;
  /** The year the goal is for: `WRES_Goals_Year`, or 2028 when blank or absent. */
  readonly goalsYear: number;
}

export const DEFAULT_GOALS_YEAR = 2028;

export const NO_BEYOND_INPUTS: BeyondInputs = { history: null, actionPlan: null, goalsYear: DEFAULT_GOALS_YEAR };
