/**
 * `wres report FILE.xlsx [-o OUT.docx | OUT.html] [--draft]`: the board report of one workbook
 * (shared/spec/cli.md). It reads and checks the workbook as `wres check` does, refuses one with
 * errors unless `--draft` is given, and writes a Word document (the default) or a printable
 * page. It never writes over an existing file, nor over the workbook.
 */

import { promises as fs } from "fs";
import * as path from "path";
import { plural } from "../wres/format";
import { buildReport } from "../report/build-report";
import { renderDocx } from "../report/docx";
import { reportFileName, type ReportFormat } from "../report/file-name";
import { renderHtml } from "../report/html";
import { reportCharts } from "../report/report-charts";
import { nodeChartRasteriser } from "./chart-fonts";
import { checkBytes, readWorkbookBytes } from "./check-path";
import { unreadable } from "./file-report";
import type { Io } from "./main";
import { settingsFromOptions } from "./settings-option";
import { visibleText } from "./visible-text";

export interface ReportOptions {
  output?: string;
  draft?: boolean;
  settings?: string;
  set: string[];
}

/** The format an output name asks for, or null when it names neither. */
function formatOf(file: string): ReportFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".docx" ? "docx" : ext === ".html" || ext === ".htm" ? "html" : null;
}

const alreadyThere = (file: string): string =>
  `${file} already exists; choose another name with -o (a report never writes over a file).`;

/** Whether anything (a file, a folder, a link) is at `file`: refused before the charts are drawn. */
async function taken(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes `bytes` to a new file; a string says why it could not be written. */
async function writeNew(file: string, bytes: Uint8Array | string): Promise<string | null> {
  try {
    // "wx": fails if anything is already there, even a file created since the check above.
    await fs.writeFile(file, bytes, { flag: "wx" });
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "EEXIST" ? alreadyThere(file) : `could not write the report ${file} (${code ?? "error"}).`;
  }
}

/** `tool` is e.g. "wres 0.1.0", named in the document's properties and its opening lines. */
export async function runReport(file: string, options: ReportOptions, io: Io, tool: string): Promise<number> {
  const fail = (status: number, sentence: string): number => {
    io.err(`wres: ${visibleText(sentence)}\n`);
    return status;
  };
  const requested = options.output ? formatOf(options.output) : "docx";
  if (!requested) return fail(2, `-o ${options.output}: give a .docx or an .html file name.`);
  if (options.output && path.resolve(options.output) === path.resolve(file)) {
    return fail(2, `-o ${options.output} is the workbook itself; a report never writes over it.`);
  }
  const resolved = await settingsFromOptions(options.settings, options.set);
  if (!resolved.ok) return fail(2, resolved.problem);

  const bytes = readWorkbookBytes(file, "does not exist");
  const checked =
    typeof bytes === "string" ? { kind: "unreadable" as const, problem: bytes } : checkBytes(bytes, resolved.settings);
  if (checked.kind === "unreadable") return fail(2, unreadable(file, checked.problem).error);

  const errors = checked.counts.errors;
  if (errors > 0 && !options.draft) {
    return fail(
      1,
      `${file} has ${plural(errors, "error")}, so it makes no report for the board: correct them (wres check ${file} lists them), or add --draft for a draft marked "DRAFT: ${plural(errors, "error")}".`,
    );
  }

  // The default is a name in the current folder, as cli.md says.
  const output = options.output ?? reportFileName(checked.meta, "docx");
  // Said before seconds go into drawing the charts; the write below still refuses a file created meanwhile.
  if (await taken(output)) return fail(2, alreadyThere(output));
  // The page inlines each chart's SVG; Word also needs its PNG, drawn here.
  const rasterise = requested === "docx" ? await nodeChartRasteriser() : undefined;
  if (typeof rasterise === "string") io.err(`wres: the charts are shown as tables in Word: ${rasterise}.\n`);
  const charts = reportCharts(typeof rasterise === "function" ? rasterise : undefined);
  const doc = buildReport(checked, { source: path.basename(file), generator: tool, charts });
  const content = requested === "html" ? renderHtml(doc) : await renderDocx(doc, tool);
  const problem = await writeNew(output, content);
  if (problem) return fail(2, problem);
  io.out(visibleText(`Wrote the ${doc.draft ? `draft report (${doc.draft})` : "board report"} to ${output}`) + "\n");
  return 0;
}
