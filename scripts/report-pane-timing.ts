/**
 * The time Create report takes in the pane's path, in Node: the bundled sample read and checked
 * as file mode checks it, then the report made by the very module the pane's "report" chunk
 * holds (src/taskpane/services/report-document.ts: buildReport and the .docx or page renderer),
 * RUNS times for each format. The chunk's download and the browser's save are not included.
 * Run by bench-report.mjs (compiled with tsconfig.tools.json):
 *
 *   node node_modules/.cache/wres-tools/scripts/report-pane-timing.js [assets/wres-sample.xlsx] [runs]
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { paneCheckOptions } from "../src/taskpane/services/check-stamp";
import { loadReportMaker } from "../src/taskpane/services/report-maker";
import { readXlsx } from "../src/workbook/xlsx";
import { validateWorkbook } from "../src/wres/check";
import { templateNames } from "../src/wres/contract";
import { DEFAULT_SETTINGS } from "../src/wres/settings";

const SAMPLE = path.resolve(process.argv[2] ?? "assets/wres-sample.xlsx");
const RUNS = Math.max(1, Number(process.argv[3] ?? 5));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number): string => `${x.toFixed(0)} ms`;

async function main(): Promise<void> {
  const read = readXlsx(readFileSync(SAMPLE), templateNames());
  if (!read.ok) throw new Error(read.error);
  const check = validateWorkbook(read.workbook, paneCheckOptions(DEFAULT_SETTINGS, new Date()));
  if (check.kind !== "checked") throw new Error(check.message);
  const { makeReportFile } = await loadReportMaker();
  console.log(
    `Create report in the pane's path, in Node (the report chunk's module; ${RUNS} runs each after a warm-up, ` +
      "the results already checked; the chunk's download and the save not included)",
  );
  for (const format of ["docx", "html"] as const) {
    await makeReportFile(check, format, { source: path.basename(SAMPLE), generator: "bench" }); // warm-up
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const file = await makeReportFile(check, format, { source: path.basename(SAMPLE), generator: "bench" });
      times.push(performance.now() - start);
      size = file.bytes.length;
    }
    console.log(
      `  .${format}: median ${ms(median(times))}, best ${ms(Math.min(...times))}, ${(size / 1024).toFixed(1)} KB`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
