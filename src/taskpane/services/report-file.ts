/**
 * Create report's steps shared by both services: make the report of the results shown (the
 * lazily loaded report maker), then offer it as a download, each failure said plainly.
 */

import type { ReportFormat } from "../../report/file-name";
import { failure, success, type CheckedWorkbook, type PaneResult, type ReportDelivery } from "../wres-service";
import { loaded } from "./assets";
import { CHECKED_BY } from "./check-stamp";
import { messageOf } from "./excel-error";
import { reportBlob, type SaveFile } from "./report-download";
import type { ReportFile } from "./report-document";
import { loadReportMaker } from "./report-maker";

/** What to do when the report's chunk could not be loaded. */
export const REPORT_MODULE_ADVICE = "Check the connection to the add-in's server, then choose Create report again.";

const NO_REPORT_OF_REFUSED = {
  message: "This workbook's template version is not one the add-in reads, so it makes no report.",
  advice: "Copy the figures into the current WRES template, then check it and create the report.",
};

/** The report of `check`, as `wres report` makes it; `source` is the workbook file's name, where known. */
export async function makeReport(
  check: CheckedWorkbook,
  format: ReportFormat,
  source: string | undefined,
): Promise<PaneResult<ReportFile>> {
  if (check.refused) return failure(NO_REPORT_OF_REFUSED);
  const maker = await loaded("report module", loadReportMaker, REPORT_MODULE_ADVICE);
  if (!maker.ok) return maker;
  try {
    return success(await maker.value.makeReportFile(check, format, { source, generator: CHECKED_BY }));
  } catch (e) {
    return failure({
      message: `The report could not be made (${messageOf(e)}).`,
      advice: "Try again. If it happens again, save the workbook and run wres report on it.",
    });
  }
}

/** Offers the report as a download. */
export function offerReport(
  file: ReportFile,
  save: SaveFile,
  notices: readonly string[] = [],
): PaneResult<ReportDelivery> {
  try {
    save(reportBlob(file.bytes, file.mimeType), file.fileName);
  } catch (e) {
    return failure({
      message: `The report could not be offered as a download (${messageOf(e)}).`,
      advice: "Allow downloads for this page, then choose Create report again.",
    });
  }
  return success({ delivered: "downloaded", fileName: file.fileName, draft: file.draft, notices });
}
