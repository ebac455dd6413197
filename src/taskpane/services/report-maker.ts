/**
 * What Create report needs (report-chunk.ts) as the services load it. In the bundle,
 * webpack.config.js replaces this module with `report-maker.lazy.ts`, which loads it, with the
 * document library, as a chunk of its own when a report is first asked for; here (jest, the
 * type-check, the benchmarks) it is imported statically.
 */

import * as reportChunk from "./report-chunk";

export type ReportMaker = typeof reportChunk;

export function loadReportMaker(): Promise<ReportMaker> {
  return Promise.resolve(reportChunk);
}
