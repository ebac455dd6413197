/** Section 4 of the report: the action plan as the workbook holds it (template 1.1), with the findings no action covers. */

import type { IndicatorId } from "../wres/contract";
import { indicatorHeading } from "./indicator-sections";
import { list, paragraph, section, table, text } from "./blocks";
import type { ReportBlock, ReportExtras, ReportSection } from "./model";

export const NO_ACTION_PLAN = "This workbook has no action plan (template 1.0).";

const indicatorName = (id: IndicatorId | null): string => (id === null ? "(no indicator)" : indicatorHeading(id));

function planBlocks(extras: ReportExtras): ReportBlock[] {
  const plan = extras.actionPlan;
  if (!plan) return [paragraph(NO_ACTION_PLAN)];
  // The Measure column only when the workbook's plan gives a measure (a 1.1 plan's own column).
  const measured = plan.rows.some((r) => r.measure);
  const rows = plan.rows.map((r) => [
    indicatorName(r.indicator),
    r.finding,
    r.action,
    r.lead,
    r.due ?? "",
    r.status ?? "",
    ...(measured ? [r.measure ?? ""] : []),
  ]);
  return [
    plan.rows.length
      ? table(
          "The action plan",
          [
            text("Indicator"),
            text("Finding"),
            text("Action"),
            text("Lead"),
            text("Due"),
            text("Status"),
            ...(measured ? [text("Measure")] : []),
          ],
          rows,
        )
      : paragraph("The action plan has no actions."),
    ...(plan.uncovered.length
      ? [
          paragraph("Findings that no action covers:"),
          list(plan.uncoveredFindings ?? plan.uncovered.map(indicatorName)),
        ]
      : [paragraph("Every finding has an action.")]),
  ];
}

export function actionPlanSection(extras: ReportExtras): ReportSection {
  return section("action-plan", "4. Action plan", planBlocks(extras));
}
