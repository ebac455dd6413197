/**
 * The bundle's `./report-maker` (webpack.config.js swaps it in): the report's model, renderers
 * and the `docx` library as the "report" chunk, loaded by the first Create report, never part of
 * the pane's initial JavaScript. Jest and the type-check use `report-maker.ts`.
 */

import type { ReportMaker } from "./report-maker";

let loading: Promise<ReportMaker> | null = null;

/** Loads once; a failed load (the connection dropped) is tried again by the next request. */
export function loadReportMaker(): Promise<ReportMaker> {
  // A real ES dynamic import (hence ".js", which the bundler maps to the .ts source).
  loading ??= import(/* webpackChunkName: "report" */ "./report-chunk.js").catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
