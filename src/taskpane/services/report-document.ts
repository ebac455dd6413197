/**
 * The board report of the workbook the pane checked: the command's own model (buildReport) drawn
 * by its own renderers (Word through the `docx` library, or the printable page), so the pane's
 * report and `wres report`'s are one. The pane loads this module, and the document library with
 * it, only when a report is asked for (report-maker.lazy.ts): the "report" chunk.
 */

import { buildReport } from "../../report/build-report";
import { renderDocx } from "../../report/docx";
import type { ReportDocument } from "../../report/model";
import { reportFileName, type ReportFormat } from "../../report/file-name";
import { renderHtml } from "../../report/html";
import { reportCharts } from "../../report/report-charts";
import type { CheckedWorkbook } from "../wres-service";
import { drawChartPictures } from "./canvas-chart-images";

export type { ReportFormat } from "../../report/file-name";

/** A report made, ready to be offered as a file. */
export interface ReportFile {
  /** `<organisation>-WRES-<year>.docx`, as the command names it. */
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  /** "DRAFT: 3 errors" for a draft; null for a report the board can sign off. */
  readonly draft: string | null;
}

export const REPORT_MIME_TYPES: Readonly<Record<ReportFormat, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html;charset=utf-8",
};

/** `source` names the workbook in the report's opening lines; `generator` is the tool, e.g. "WRES add-in 0.1.0". */
export async function makeReportFile(
  check: CheckedWorkbook,
  format: ReportFormat,
  { source, generator }: { source?: string; generator: string },
): Promise<ReportFile> {
  // The page inlines each chart's SVG; Word needs a picture of it too.
  const doc =
    format === "html"
      ? buildReport(check, { source, generator, charts: reportCharts() })
      : await wordReport(check, source, generator);
  const bytes = format === "html" ? new TextEncoder().encode(renderHtml(doc)) : await renderDocx(doc, generator);
  return { fileName: reportFileName(check.meta, format), mimeType: REPORT_MIME_TYPES[format], bytes, draft: doc.draft };
}

/**
 * The model for Word: built once to learn the charts' SVGs, which the browser then draws (an
 * asynchronous step the model's synchronous rasteriser cannot take), and again with the pictures.
 */
async function wordReport(
  check: CheckedWorkbook,
  source: string | undefined,
  generator: string,
): Promise<ReportDocument> {
  const svgs: string[] = [];
  buildReport(check, { source, generator, charts: reportCharts((svg) => (svgs.push(svg), new Uint8Array(0))) });
  const pictures = await drawChartPictures(svgs);
  const rasterise = (svg: string) => pictures.get(svg) ?? new Uint8Array(0);
  return buildReport(check, { source, generator, charts: reportCharts(rasterise) });
}
