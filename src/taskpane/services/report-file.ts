/** Create report's first step in both services: its chunk loaded, or the failure said plainly. */

import type { PaneResult } from "../wres-service";
import { loaded } from "./assets";
import { loadReportMaker, type ReportMaker } from "./report-maker";

export const loadReport = (): Promise<PaneResult<ReportMaker>> =>
  loaded(
    "report module",
    loadReportMaker,
    "Check the connection to the add-in's server, then choose Create report again.",
  );
