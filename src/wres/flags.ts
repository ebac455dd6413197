/** Flags: every problem and finding is data, produced here and only displayed elsewhere. */

import { isTemplateName, specOf, type IndicatorId } from "./contract";
import { cellWhere, type Locator } from "./locate";

export type Severity = "error" | "warning" | "info";

/** Which part of the check raised it: the template's names, the data, a finding on the figures, or a review of reported values. */
export type FlagCategory = "template" | "data" | "finding" | "review" | "action-plan";

export const FLAG_CODES = {
  UNKNOWN_TEMPLATE_VERSION: { category: "template", title: "Unknown template version" },
  MISSING_NAME: { category: "template", title: "Name missing" },
  BROKEN_NAME: { category: "template", title: "Name broken" },
  WRONG_SHAPE: { category: "template", title: "Block has the wrong shape" },
  SHEET_SCOPED_NAME: { category: "template", title: "Sheet-scoped name" },
  MISALIGNED_NAME: { category: "template", title: "Name no longer lines up with its table" },
  MISSING_VALUE: { category: "data", title: "Missing value" },
  NOT_A_NUMBER: { category: "data", title: "Not a number" },
  ERROR_VALUE: { category: "data", title: "Error value" },
  NEGATIVE: { category: "data", title: "Negative count" },
  NOT_WHOLE: { category: "data", title: "Not a whole number" },
  INVALID_VALUE: { category: "data", title: "Invalid value" },
  FORMULA_WITHOUT_RESULT: { category: "data", title: "Formula without a saved result" },
  PCT_OUT_OF_RANGE: { category: "data", title: "Percentage out of range" },
  PCT_AS_WHOLE_NUMBER: { category: "data", title: "Percentage typed as a whole number" },
  PCT_AMBIGUOUS: { category: "data", title: "Percentage reading ambiguous" },
  INCONSISTENT: { category: "data", title: "Inconsistent figures" },
  HEADCOUNT_MISMATCH: { category: "data", title: "Headcount differs from the workforce" },
  HEADCOUNT_FROM_WORKFORCE: { category: "data", title: "Workforce used as headcount" },
  ZERO_DENOMINATOR: { category: "data", title: "Not computable" },
  SMALL_NUMBERS: { category: "data", title: "Small numbers" },
  HIGH_UNKNOWN: { category: "data", title: "High share of unknown ethnicity" },
  PARTIAL_PREVIOUS_YEAR: { category: "data", title: "Previous year partly filled" },
  PREVIOUS_YEAR_ZEROS: { category: "data", title: "Previous year all zeros" },
  GAP_RL: { category: "finding", title: "Relative likelihood outside the band" },
  REVERSE_GAP_RL: { category: "finding", title: "Reverse gap" },
  GAP_SURVEY: { category: "finding", title: "Survey gap" },
  GAP_BOARD: { category: "finding", title: "Board less diverse than the workforce" },
  UNDER_REPRESENTED_BAND: { category: "finding", title: "BME staff under-represented" },
  WORSENED: { category: "finding", title: "Worse than last year" },
  REPORTED_MISMATCH: { category: "review", title: "Reported value does not match the data" },
  ACTION_MISSING: { category: "action-plan", title: "No action for a finding" },
  ACTION_INCOMPLETE: { category: "action-plan", title: "Action without a Lead or Due date" },
  ACTION_OVERDUE: { category: "action-plan", title: "Action overdue" },
  ACTION_GAP_CLOSED: { category: "action-plan", title: "Gap closed" },
} as const satisfies Record<string, { category: FlagCategory; title: string }>;

export type FlagCode = keyof typeof FLAG_CODES;

export interface Flag {
  readonly code: FlagCode;
  readonly severity: Severity;
  readonly indicator: IndicatorId | null;
  /** The template name the flag is about, or null. */
  readonly name: string | null;
  /** The cell or range, e.g. `'Indicators 2-4'!D7`, or null when there is none to show. */
  readonly cell: string | null;
  /**
   * The cell's row and column as a person would name them ("Band 5, BME", "Appointed, BME"), from
   * the contract's labels; null when the flag has no cell or the block is one unlabelled cell.
   */
  readonly where: string | null;
  /** One plain sentence that reads without the cell; each face shows `cell` its own way. */
  readonly message: string;
}

/** A flag before it is placed: everything but its cell and where that cell is in words. */
export type FlagDraft = Omit<Flag, "cell" | "where">;

/** The one way a flag is made: its cell is data beside the message, never written into it. */
export function newFlag(draft: FlagDraft, cell: string | null, where: string | null = null): Flag {
  return {
    code: draft.code,
    severity: draft.severity,
    indicator: draft.indicator,
    name: draft.name,
    cell,
    where,
    message: draft.message,
  };
}

/** A flag on a cell of a named block; a name the workbook cannot locate gives a flag on no name and no cell. */
export function flagAt(locate: Locator, draft: FlagDraft, row = 0, column = 0): Flag {
  const cell = draft.name !== null && locate.has(draft.name) ? locate.cell(draft.name, row, column) : null;
  const where =
    cell !== null && draft.name !== null && isTemplateName(draft.name)
      ? cellWhere(specOf(draft.name), row, column)
      : null;
  // The draft as it is unless its name must go (no spread for every cell flagged: it showed in profiles).
  return newFlag(cell === null && draft.name !== null ? { ...draft, name: null } : draft, cell, where);
}

/** Findings that are gaps (counted as "gaps" in the summary line). */
export const GAP_CODES: ReadonlySet<FlagCode> = new Set<FlagCode>([
  "GAP_RL",
  "GAP_SURVEY",
  "GAP_BOARD",
  "UNDER_REPRESENTED_BAND",
]);

/** The four groups every face shows flags in, in this order: gaps apart from data warnings. */
export const FLAG_GROUPS = ["errors", "warnings", "gaps", "information"] as const;
export type FlagGroup = (typeof FLAG_GROUPS)[number];

export function flagGroup(flag: Pick<Flag, "code" | "severity">): FlagGroup {
  if (GAP_CODES.has(flag.code)) return "gaps";
  return flag.severity === "error" ? "errors" : flag.severity === "warning" ? "warnings" : "information";
}

export interface FlagCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly gaps: number;
}

export function countFlags(flags: readonly Flag[]): FlagCounts {
  let errors = 0;
  let warnings = 0;
  let info = 0;
  let gaps = 0;
  for (const f of flags) {
    const group = flagGroup(f);
    if (group === "gaps") gaps++;
    else if (group === "errors") errors++;
    else if (group === "warnings") warnings++;
    else info++;
  }
  return { errors, warnings, info, gaps };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const INDICATOR_ORDER = (i: IndicatorId | null): number => (i === null ? 0 : Number(i.slice(1)));

/** Errors first, then warnings, then information; within each, by indicator, keeping the order found. */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  return flags
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        INDICATOR_ORDER(a.f.indicator) - INDICATOR_ORDER(b.f.indicator) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
