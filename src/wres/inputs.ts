/** Typed inputs of one return, as read from the template. A null number is missing or unusable (already flagged). */

import type { BeyondInputs } from "./beyond-inputs";
import type { I1Block, SurveyIndicator } from "./contract";

/** One figure per ethnic group: counts, shares, or (with `number | null`) inputs that may be missing. */
export interface WhiteBmeUnknown<T = number> {
  readonly white: T;
  readonly bme: T;
  readonly unknown: T;
}

export interface WhiteBme<T = number> {
  readonly white: T;
  readonly bme: T;
}

/** Three groups' inputs as read: a null is missing or unusable (already flagged). */
export type Groups3 = WhiteBmeUnknown<number | null>;
export type Groups2 = WhiteBme<number | null>;

export interface SurveyInputs {
  /** Fractions 0–1. */
  readonly pct: Groups2;
  /** Respondents, or null when the optional block is blank. */
  readonly respondents: Groups2 | null;
}

/**
 * One reporting year's inputs. For the previous year an indicator is null when none of its
 * inputs were filled (no previous year for it).
 */
export interface YearInputs {
  readonly I1: Readonly<Record<I1Block, readonly Groups3[]>> | null;
  readonly I2: { readonly shortlisted: Groups3; readonly appointed: Groups3 } | null;
  /** headcount null = left blank: the indicator 1 workforce is used. */
  readonly I3: { readonly headcount: Groups3 | null; readonly entered: Groups3 } | null;
  readonly I4: { readonly headcount: Groups3 | null; readonly accessed: Groups3 } | null;
  readonly survey: Readonly<Record<SurveyIndicator, SurveyInputs | null>>;
  readonly I9: { readonly board: readonly Groups3[] } | null;
}

export interface Metadata {
  readonly templateVersion: string | null;
  readonly organisation: string | null;
  readonly orgCode: string | null;
  readonly reportingYear: number | null;
  readonly surveyYear: number | null;
}

export interface Inputs {
  readonly meta: Metadata;
  readonly current: YearInputs;
  readonly previous: YearInputs;
  /** Template 1.1's history, action plan and goal year (all absent in a 1.0 workbook). */
  readonly beyond: BeyondInputs;
}

export function total3(g: Groups3): number | null {
  return g.white === null || g.bme === null || g.unknown === null ? null : g.white + g.bme + g.unknown;
}
