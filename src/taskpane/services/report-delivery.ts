/**
 * Create report's steps after its chunk has loaded (they are part of it, report-chunk.ts): make
 * the report of the results shown and offer it as a download, and say what became of the
 * "WRES charts" sheet, each failure in words with what to do.
 */

import type { ReportFormat } from "../../report/file-name";
import type { ChartsSheetResult } from "../../workbook/office/charts-sheet";
import { failure, success, type CheckedWorkbook, type PaneResult, type ReportDelivery } from "../wres-service";
import { CHECKED_BY } from "./check-stamp";
import { messageOf } from "./excel-error";
import { makeReportFile } from "./report-document";
import { reportBlob, type SaveFile } from "./report-download";

const NO_REPORT_OF_REFUSED = {
  message: "This workbook's template version is not one the add-in reads, so it makes no report.",
  advice: "Copy the figures into the current WRES template, then check it and create the report.",
};

/** The report of `check`, as `wres report` makes it, offered as a download; `source` is the workbook file's name, where known. */
export async function makeAndOfferReport(
  check: CheckedWorkbook,
  format: ReportFormat,
  { source, save, notices = [] }: { source?: string; save: SaveFile; notices?: readonly string[] },
): Promise<PaneResult<ReportDelivery>> {
  if (check.refused) return failure(NO_REPORT_OF_REFUSED);
  let file;
  try {
    file = await makeReportFile(check, format, { source, generator: CHECKED_BY });
  } catch (e) {
    return failure({
      message: `The report could not be made (${messageOf(e)}).`,
      advice: "Try again. If it happens again, save the workbook and run wres report on it.",
    });
  }
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

/**
 * A report that could not be offered still says what else was done (the "WRES charts" sheet
 * rebuilt, or why not): the notices follow the advice. A report offered carries them already.
 */
export function withNotices(
  result: PaneResult<ReportDelivery>,
  notices: readonly string[],
): PaneResult<ReportDelivery> {
  if (result.ok || notices.length === 0) return result;
  return failure({ message: result.error.message, advice: [result.error.advice, ...notices].join(" ") });
}

/** What became of the "WRES charts" sheet, in one sentence. */
export function chartsNotice(result: PaneResult<ChartsSheetResult>): string {
  const sheet = 'The "WRES charts" sheet';
  if (!result.ok) return `${sheet} was not rebuilt (${result.error.message.replace(/\.$/, "")}).`;
  const charts = result.value;
  if (charts.built) {
    return `${sheet} was rebuilt: ${charts.charts} Excel charts of the outputs, to copy into your own papers.`;
  }
  return charts.usersSheet
    ? `${sheet} was not rebuilt: ${charts.reason}. Rename that sheet, then Create report again to have the charts.`
    : `${sheet} was not rebuilt (${charts.reason}).`;
}

/**
 * Excel on Mac, whose webview ignores downloads (OfficeDev/office-js#2700): the pane's page
 * opened in the system's browser (`opened`), where the same button downloads the report of the
 * saved workbook; or, where even that could not open, what to do instead.
 */
export function reportInBrowser(
  page: string | null,
  opened: boolean,
  notices: readonly string[],
): PaneResult<ReportDelivery> {
  if (page && opened) {
    return success({
      delivered: "browser",
      fileName: null,
      draft: null,
      notices: [
        ...notices,
        "Excel on Mac does not let add-ins save files, so the WRES page has opened in your browser: save this workbook, open it there (Open workbook…) and choose Create report to download the report.",
      ],
    });
  }
  return failure({
    message: "Excel on Mac does not let add-ins save files, so the report cannot be downloaded here.",
    advice: `Save the workbook, then open ${page ?? "the WRES page"} in a browser, open the workbook there and choose Create report (or run wres report on the saved file).`,
  });
}
