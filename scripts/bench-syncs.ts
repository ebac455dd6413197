/**
 * Counts the context.sync calls of each pane operation in Excel: the real service
 * (ExcelWresService) and Office.js adapter, run against the hand-written fake Excel of the
 * adapter's tests (scripts/fake-excel/fake-excel.ts), which holds the bundled sample's names,
 * cells and number formats and counts every sync with the commands it carried. Each sync is a
 * round trip to Excel, the cost that dominates an add-in's speed; the fake makes them countable
 * where Excel cannot run. Run by bench-pane.mjs (compiled with tsconfig.tools.json):
 *
 *   node node_modules/.cache/wres-tools/scripts/bench-syncs.js [assets/wres-sample.xlsx]
 */

import path from "node:path";
import { ExcelWresService } from "../src/taskpane/services/excel-wres-service";
import type { PaneOutcome, PaneResult } from "../src/taskpane/wres-service";
import { DEFAULT_SETTINGS } from "../src/wres/settings";
import type { FakeWorkbook } from "./fake-excel/fake-excel";
import { fakeFromFile } from "./fake-excel/fixtures";

const SAMPLE = path.resolve(process.argv[2] ?? "assets/wres-sample.xlsx");
const TARGETS = { calculate: 2, validate: 1 } as const;

function serviceOn(book: FakeWorkbook): ExcelWresService {
  return new ExcelWresService({
    run: (batch) => book.run(batch),
    isSetSupported: () => true,
    fetchBytes: () => Promise.reject(new Error("not used here")),
    now: () => new Date(2025, 6, 1, 9, 30),
    // Create report: the document is made but not saved anywhere (no browser here); not on a Mac.
    saveFile: () => {},
    platform: () => "PC",
  });
}

/** Runs one operation on `book` and says how many syncs it made and what each carried. */
async function measure(book: FakeWorkbook, operation: () => Promise<PaneResult<PaneOutcome | unknown>>) {
  book.syncs.length = 0;
  const result = await operation();
  const outcome = result.ok ? result.value : { kind: "error" };
  const kind = typeof outcome === "object" && outcome !== null && "kind" in outcome ? String(outcome.kind) : "done";
  return { syncs: book.syncs.length, commands: [...book.syncs], kind };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

type Measured = Awaited<ReturnType<typeof measure>>;

/** "Calculate: 2 syncs (target 2) PASS", and what each sync carried. */
function rows(entries: readonly [string, Measured, number?][]): string[] {
  const left = entries.map(([label, m, target]) => {
    const verdict = target === undefined ? "" : ` (target ${target}) ${m.syncs <= target ? "PASS" : "FAIL"}`;
    return `${label}: ${plural(m.syncs, "sync")}${verdict}`;
  });
  const width = Math.max(...left.map((l) => l.length));
  return left.map((l, i) => `  ${l.padEnd(width)}   commands queued per sync: ${entries[i][1].commands.join(", ")}`);
}

async function main(): Promise<void> {
  const book = fakeFromFile(SAMPLE);
  const service = serviceOn(book);
  const settings = DEFAULT_SETTINGS;

  const validate = await measure(book, () => service.validate(settings));
  // The sample's output cells hold figures the add-in did not write: Calculate asks first.
  const asks = await measure(book, () => service.calculate(settings, false));
  const confirmed = await measure(book, () => service.calculate(settings, true));
  const calculate = await measure(book, () => service.calculate(settings, false));
  const goTo = await measure(book, () => service.goToCell("'Indicators 2-4'!B16"));
  const load = await measure(book, () => service.loadSettings());
  const save = await measure(book, () => service.saveSettings(settings));
  // Create report, of the results Validate shows: the "WRES charts" sheet (a read, then one write), twice
  // (made, then rebuilt), each time also making the .docx.
  const shown = await service.validate(settings);
  if (!shown.ok || shown.value.kind !== "checked") throw new Error("the sample did not check");
  const check = shown.value.check;
  const report = await measure(book, () => service.createReport(check, "docx"));
  const rebuilt = await measure(book, () => service.createReport(check, "docx"));

  console.log(`Sync calls per operation: the real Excel service on a fake Excel holding ${path.basename(SAMPLE)}`);
  const table = rows([
    ["Calculate", calculate, TARGETS.calculate],
    ["Validate", validate, TARGETS.validate],
    [`Calculate that must ask first (${asks.kind})`, asks],
    ["Calculate, overwrite confirmed", confirmed, TARGETS.calculate],
    ["Go to cell", goTo],
    ["Load settings (as the pane opens)", load],
    ["Save settings", save],
    ['Create report (makes the "WRES charts" sheet)', report],
    ['Create report again (rebuilds "WRES charts")', rebuilt],
  ]);
  for (const row of table) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
