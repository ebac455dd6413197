/**
 * The two panels the pane shows only on demand, loaded then as a chunk of their own: they bring
 * Fluent's Dialog and Drawer (with Tabster's focus trapping), about 20 KB gzipped that the
 * initial 150 KB budget cannot carry. Real ES dynamic imports (hence ".js", which the bundler
 * maps to the .tsx source); tests replace this module with the panels themselves.
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
