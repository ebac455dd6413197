/**
 * Where template 1.1's sections go: the action plan after the indicators, the goals and each
 * figure over the years in the indicators' panels. Their chunk loads when a check of a 1.1
 * workbook first shows one (never for a 1.0 workbook); until then nothing is there, as for a
 * chart, so nothing moves the focus or speaks, and each section appears whole once loaded.
 */

import { Suspense } from "react";
import type { ActionPlanPanelProps } from "./ActionPlanPanel";
import type { GoalsSectionProps } from "./GoalsSection";
import type { SeriesHistoryProps } from "./SeriesHistory";
import { LazyActionPlanPanel, LazyGoalsSection, LazySeriesHistory } from "./lazy-panels";

export function ActionPlanSlot(props: ActionPlanPanelProps) {
  if (!props.check.beyond.actionPlan) return null;
  return (
    <Suspense fallback={null}>
      <LazyActionPlanPanel {...props} />
    </Suspense>
  );
}

export function GoalsSlot(props: GoalsSectionProps) {
  return (
    <Suspense fallback={null}>
      <LazyGoalsSection {...props} />
    </Suspense>
  );
}

export function SeriesHistorySlot(props: SeriesHistoryProps) {
  // Without a series (a 1.0 workbook) there is no history to load; SeriesHistory judges the rest.
  if (!props.check.beyond.series?.[props.id]) return null;
  return (
    <Suspense fallback={null}>
      <LazySeriesHistory {...props} />
    </Suspense>
  );
}
