/**
 * The flags as the Problems section lists them: Errors, Warnings, Gaps, Information (gaps are
 * the domain's GAP_CODES, counted as `countFlags` counts them), and within each by indicator.
 * Flags that share a cause (the empty cells of one block) are one entry, opened to its cells.
 */

import { CONTRACT, isTemplateName, specOf, type IndicatorId } from "../../wres/contract";
import {
  FLAG_GROUPS,
  flagGroup as flagGroupOf,
  type Flag,
  type FlagCode,
  type FlagGroup as FlagGroupId,
} from "../../wres/flags";
import { plural } from "../../wres/format";
import { blockWords } from "../../wres/locate";
import { NAMES } from "../../wres/names";

export type { FlagGroupId };
export { flagGroupOf };

export const FLAG_GROUP_TITLES: Record<FlagGroupId, string> = {
  errors: "Errors",
  warnings: "Warnings",
  gaps: "Gaps",
  information: "Information",
};

/** Codes whose flags in one block share one cause, and what each cell is: "empty". */
const SHARED_CAUSE: Partial<Record<FlagCode, string>> = {
  MISSING_VALUE: "empty",
  PARTIAL_PREVIOUS_YEAR: "empty",
};

/** One line of the list: a flag, or the cells of one block with the same cause. */
export type ProblemEntry =
  | { readonly kind: "flag"; readonly flag: Flag }
  | {
      readonly kind: "cells";
      readonly code: FlagCode;
      /** The block's template name (kept for the tooltip). */
      readonly name: string;
      /** "Indicator 1, non-clinical: 45 cells empty". */
      readonly line: string;
      readonly flags: readonly Flag[];
    };

export interface IndicatorFlags {
  /** Null for flags about the workbook as a whole (template names, metadata). */
  readonly indicator: IndicatorId | null;
  readonly flags: readonly Flag[];
  /** The same flags as the list shows them, those sharing a cause taken together. */
  readonly entries: readonly ProblemEntry[];
}

export interface FlagGroup {
  readonly id: FlagGroupId;
  readonly title: string;
  readonly count: number;
  readonly byIndicator: readonly IndicatorFlags[];
}

const indicatorOrder = (i: IndicatorId | null): number => (i === null ? 0 : Number(i.slice(1)));

/** Flags in order, two or more of one block with one shared cause made one entry where the first was. */
export function problemEntries(flags: readonly Flag[]): ProblemEntry[] {
  const sharedKey = (f: Flag) =>
    SHARED_CAUSE[f.code] && f.name !== null && isTemplateName(f.name) ? `${f.code} ${f.name}` : null;
  const bunches = new Map<string, Flag[]>();
  for (const f of flags) {
    const key = sharedKey(f);
    if (key) bunches.set(key, [...(bunches.get(key) ?? []), f]);
  }
  const entries: ProblemEntry[] = [];
  const placed = new Set<string>();
  for (const f of flags) {
    const key = sharedKey(f);
    const bunch = key ? bunches.get(key)! : [];
    if (!key || bunch.length < 2) {
      entries.push({ kind: "flag", flag: f });
    } else if (!placed.has(key)) {
      placed.add(key);
      const name = f.name!;
      const line = `${blockWords(specOf(name))}: ${plural(bunch.length, "cell")} ${SHARED_CAUSE[f.code]}`;
      entries.push({ kind: "cells", code: f.code, name, line, flags: bunch });
    }
  }
  return entries;
}

/** Every non-empty group in order; within a group, indicators in order and flags as the domain sorted them. */
export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  return FLAG_GROUPS.flatMap((id) => {
    const inGroup = flags.filter((f) => flagGroupOf(f) === id);
    if (inGroup.length === 0) return [];
    const indicators = [...new Set(inGroup.map((f) => f.indicator))].sort(
      (a, b) => indicatorOrder(a) - indicatorOrder(b),
    );
    return [
      {
        id,
        title: FLAG_GROUP_TITLES[id],
        count: inGroup.length,
        byIndicator: indicators.map((indicator) => {
          const indicatorFlags = inGroup.filter((f) => f.indicator === indicator);
          return { indicator, flags: indicatorFlags, entries: problemEntries(indicatorFlags) };
        }),
      },
    ];
  });
}

/** The inputs every return needs (required, this year): all empty means nothing was entered. */
const REQUIRED_INPUTS = CONTRACT.filter((s) => s.role === "input" && s.required === "yes" && !s.previousYear);
const FIRST_INPUT = NAMES.i1("NonClinical");

/**
 * When nothing has been entered at all (every cell of every required input empty), the cell to
 * start with: indicator 1's first input cell. Otherwise null.
 */
export function emptyTemplateStart(flags: readonly Flag[]): string | null {
  const missing = new Map<string, number>();
  for (const f of flags) if (f.code === "MISSING_VALUE" && f.name) missing.set(f.name, (missing.get(f.name) ?? 0) + 1);
  const allEmpty = REQUIRED_INPUTS.every((s) => missing.get(s.name) === s.rows.length * s.columns.length);
  if (!allEmpty) return null;
  return flags.find((f) => f.code === "MISSING_VALUE" && f.name === FIRST_INPUT)?.cell ?? null;
}
