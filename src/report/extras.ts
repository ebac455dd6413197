/**
 * What template 1.1 adds to the report, taken from the checked workbook itself (its `beyond`:
 * the series with their sentences, the action plan, the goals), so that the report of a 1.1
 * workbook holds them without its caller gathering them. A 1.0 workbook has none of them, and
 * the report then says so where each would stand.
 */

import type { CheckedWorkbook } from "../wres/check";
import { goalMethodWords } from "../wres/indicator-words";
import type { ReportExtras } from "./model";

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
        method: goalMethodWords(checked.settings.goalShare),
      },
    }),
  };
}
