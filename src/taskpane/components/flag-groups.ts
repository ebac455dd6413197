/**
 * The flags as the Problems section lists them: Errors, Warnings, Gaps, Information (gaps are
 * the domain's GAP_CODES, counted as `countFlags` counts them), and within each by indicator.
 */

import type { IndicatorId } from "../../wres/contract";
import { FLAG_GROUPS, flagGroup as flagGroupOf, type Flag, type FlagGroup as FlagGroupId } from "../../wres/flags";

export type { FlagGroupId };
export { flagGroupOf };

export const FLAG_GROUP_TITLES: Record<FlagGroupId, string> = {
  errors: "Errors",
  warnings: "Warnings",
  gaps: "Gaps",
  information: "Information",
};

export interface IndicatorFlags {
  /** Null for flags about the workbook as a whole (template names, metadata). */
  readonly indicator: IndicatorId | null;
  readonly flags: readonly Flag[];
}

export interface FlagGroup {
  readonly id: FlagGroupId;
  readonly title: string;
  readonly count: number;
  readonly byIndicator: readonly IndicatorFlags[];
}

const indicatorOrder = (i: IndicatorId | null): number => (i === null ? 0 : Number(i.slice(1)));

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
        byIndicator: indicators.map((indicator) => ({
          indicator,
          flags: inGroup.filter((f) => f.indicator === indicator),
        })),
      },
    ];
  });
}
