/** Typed inputs of one return, as read from the template. A null number is missing or unusable (already flagged). */

import type { I1Block, SurveyIndicator } from "./contract";

export interface Groups3 {
  readonly white: number | null;
  readonly bme: number | null;
  readonly unknown: number | null;
}

export interface Groups2 {
  readonly white: number | null;
  readonly bme: number | null;
}

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
}

export function total3(g: Groups3): number | null {
  return g.white === null || g.bme === null || g.unknown === null ? null : g.white + g.bme + g.unknown;
}
