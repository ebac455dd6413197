/**
 * What Create report needs (report-chunk.ts) as the services load it. In the bundle,
 * webpack.config.js replaces this module with `report-maker.lazy.ts`, which loads it, with the
 * document library, as a chunk of its own when a report is first asked for; here (jest, the
 * type-check, the benchmarks) it is imported statically.
 */

import { rebuildChartsSheet } from "../../workbook/office/charts-sheet";
import { makeReportFile } from "./report-document";

export interface ReportMaker {
  readonly makeReportFile: typeof makeReportFile;
  /** Excel only: the "WRES charts" sheet (src/workbook/office/charts-sheet.ts). */
  readonly rebuildChartsSheet: typeof rebuildChartsSheet;
}

export function loadReportMaker(): Promise<ReportMaker> {
  return Promise.resolve({ makeReportFile, rebuildChartsSheet });
}
