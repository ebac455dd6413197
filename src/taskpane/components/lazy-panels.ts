/**
 * What the pane shows only on demand, loaded then as chunks of their own: the panels bring
 * Fluent's Dialog and Drawer (with Tabster's focus trapping), about 20 KB gzipped that the
 * initial 150 KB budget cannot carry; the charts and template 1.1's sections stay out of it too.
 * Real ES dynamic imports (hence ".js", which the bundler maps to the .tsx source); tests replace
 * this module with the components themselves.
 */

import { lazy } from "react";

export const LazySettingsPanel = lazy(() =>
  import(/* webpackChunkName: "settings" */ "./SettingsPanel.js").then((m) => ({ default: m.SettingsPanel })),
);

export const LazyConfirmOverwriteDialog = lazy(() =>
  import(/* webpackChunkName: "overwrite" */ "./ConfirmOverwriteDialog.js").then((m) => ({
    default: m.ConfirmOverwriteDialog,
  })),
);

/** An indicator's chart: the chart module and its drawing load when a section is first opened. */
export const LazyIndicatorChart = lazy(() =>
  import(/* webpackChunkName: "charts" */ "./IndicatorChart.js").then((m) => ({ default: m.IndicatorChart })),
);

/** Create report's question (format, draft): its Dialog and RadioGroup load when first asked. */
export const LazyCreateReportDialog = lazy(() =>
  import(/* webpackChunkName: "report-dialog" */ "./CreateReportDialog.js").then((m) => ({
    default: m.CreateReportDialog,
  })),
);

// Template 1.1's sections (the action plan, the goals, each figure over the years): one chunk,
// loaded when a check of a 1.1 workbook first shows one of them (Template11Slots.tsx).

export const LazyActionPlanPanel = lazy(() =>
  import(/* webpackChunkName: "template-1-1" */ "./ActionPlanPanel.js").then((m) => ({
    default: m.ActionPlanPanel,
  })),
);

export const LazyGoalsSection = lazy(() =>
  import(/* webpackChunkName: "template-1-1" */ "./GoalsSection.js").then((m) => ({ default: m.GoalsSection })),
);

export const LazySeriesHistory = lazy(() =>
  import(/* webpackChunkName: "template-1-1" */ "./SeriesHistory.js").then((m) => ({ default: m.SeriesHistory })),
);
