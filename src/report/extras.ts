/**
 * What template 1.1 adds to the report, taken from the checked workbook itself (its `beyond`:
 * the series with their sentences, the action plan, the goals), so that the report of a 1.1
 * workbook holds them without its caller gathering them. A 1.0 workbook has none of them, and
 * the report then says so where each would stand.
 */

import type { CheckedWorkbook } from "../wres/check";
import { formatGoalShare } from "../wres/format";
import type { ReportExtras } from "./model";

/** How the goals are set (src/wres/goals.ts), in words: the method section prints it as this tool's. */
export function goalMethod(goalShare: CheckedWorkbook["settings"]["goalShare"]): string {
  return (
    `Each senior band (non-clinical and clinical staff together) aims at a BME share of ${formatGoalShare(goalShare)}. ` +
    "BME staff at the goal = the goal share × the band's staff, rounded up to a whole person; " +
    "short of the goal = BME staff at the goal − BME staff now, never below 0. " +
    "NHS England's Model Employer (2019) sets the aim but publishes no formula."
  );
}

export function reportExtras(checked: CheckedWorkbook): ReportExtras {
  const { series, seriesSentences, actionPlan, goals } = checked.beyond;
  return {
    ...(series && { series }),
    ...(seriesSentences && { seriesSentences }),
    ...(actionPlan && {
      actionPlan: {
        // The check's rows as they are: the report reads the columns it prints, not the cell.
        rows: actionPlan.rows,
        uncovered: actionPlan.uncovered,
        uncoveredFindings: actionPlan.findings.filter((f) => !f.covered).map((f) => f.finding),
      },
    }),
    ...(goals && {
      goals: {
        year: goals.year,
        share: goals.share,
        rows: goals.rows,
        method: goalMethod(checked.settings.goalShare),
      },
    }),
  };
}
