// Benchmark of the task pane (npm run bench:pane, also run by npm run bench). Prints:
//  1. the pane's JavaScript as a browser downloads it, gzipped (scripts/bundle-size.mjs): the
//     initial scripts against the 150 KB budget, the .xlsx reader's chunk apart, the other lazy chunks;
//  2. the time from navigation to the sample's results on screen, in headless Chromium, with
//     office.js served from @microsoft/office-js as in the browser tests (scripts/pane-browser.cjs),
//     and then the time from dropping a workbook on the pane (the sample again, as dropped.xlsx)
//     to its results on screen;
//  3. the context.sync calls per Calculate, per Validate and per Create report (scripts/bench-syncs.ts,
//     the real Excel service on the adapter tests' fake Excel).
// The pane is built first (production, as npm run build does) so that the figures are those of
// the sources as they are; WRES_BENCH_NO_BUILD=1 uses dist/ as it is. Figures that miss their
// targets say FAIL; the run exits 0 whatever they are, and 1 only if it cannot run.
//
// Environment: WRES_BENCH_PANE_RUNS (default 5) timed page loads, after one untimed warm-up.

/* global window, document, performance, MutationObserver, requestAnimationFrame, File, DataTransfer, DragEvent -- used in the page */

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const pane = require("./pane-browser.cjs");

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.WRES_BENCH_PANE_RUNS ?? 5);
const INITIAL_BUDGET_KB = 150;
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const SYNC_BENCH = join(ROOT, "node_modules", ".cache", "wres-tools", "scripts", "bench-syncs.js");
const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function bundleSizes() {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "bundle-size.mjs"), pane.DIST, "--json"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`bundle-size.mjs failed: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const verdict = report.initialGzipBytes <= INITIAL_BUDGET_KB * 1000 ? "PASS" : "FAIL";
  console.log("Bundle, gzipped (KB = 1,000 bytes; office.js, Microsoft's, not counted)");
  console.log(
    `  Initial JavaScript: ${kb(report.initialGzipBytes)} (target at most ${INITIAL_BUDGET_KB} KB) ${verdict}`,
  );
  for (const f of report.initial) console.log(`    ${f.file}  ${kb(f.gzipBytes)}`);
  console.log(`  .xlsx reader chunk (file mode only, excluded from the budget): ${kb(report.xlsxGzipBytes)}`);
  console.log(`  Charts chunk (loaded when an indicator is first opened): ${kb(report.chartsGzipBytes)}`);
  console.log(
    `  Report chunk (loaded by the first Create report: the report, its renderers, docx): ${kb(report.reportGzipBytes)}`,
  );
  console.log("  Other chunks loaded on demand:");
  for (const f of report.later.filter((f) => !f.file.startsWith("xlsx")))
    console.log(`    ${f.file}  ${kb(f.gzipBytes)}`);
}

/** Marks, in the page, when the results (the counts line) are first in the DOM, and the frame that paints them. */
function markResults() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('ul[aria-label^="Found "]')) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => (window.__wresResults = { inDom, painted: performance.now() }));
  }).observe(document, { childList: true, subtree: true });
}

/**
 * In the page: drops `data` as dropped.xlsx on the pane, as a file dragged from the desktop is;
 * resolves with the milliseconds from the drop to the outcome announced (its results in the DOM)
 * and to the frame that paints them.
 */
async function dropInPage(data) {
  const file = new File([new Uint8Array(data)], "dropped.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const region = document.querySelector('main [role="status"][aria-live="polite"]');
  const shown = new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (!(region.textContent ?? "").startsWith("Opened and checked")) return;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => resolve({ inDom, painted: performance.now() }));
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  const start = performance.now();
  document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  const { inDom, painted } = await shown;
  return { inDom: inDom - start, painted: painted - start };
}

async function loadOnce(browser, origin, sample) {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
  try {
    const traffic = await pane.routeOfficeJs(context, origin);
    await context.addInitScript(markResults);
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    const handle = await page.waitForFunction(() => window.__wresResults, null, { timeout: 30_000 });
    const results = await handle.jsonValue();
    const domContentLoaded = await page.evaluate(
      () => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
    );
    const dropped = await page.evaluate(dropInPage, sample);
    if (traffic.blocked.length > 0) throw new Error(`the page asked for ${traffic.blocked.join(", ")}`);
    return { ...results, domContentLoaded, dropped };
  } finally {
    await context.close();
  }
}

async function timeToResults() {
  if (!existsSync(pane.CHROMIUM_PATH)) {
    console.log(`Time to results: skipped (no Chromium at ${pane.CHROMIUM_PATH})`);
    return;
  }
  const server = await pane.servePane(pane.DIST);
  const browser = await pane.launchChromium();
  try {
    const sample = Array.from(readFileSync(SAMPLE));
    await loadOnce(browser, server.origin, sample); // warm-up: Chromium's own first-run costs
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, server.origin, sample));
    const painted = runs.map((r) => r.painted);
    console.log(
      `Time from navigation to the sample's results on screen (headless Chromium ${browser.version()}, ` +
        `served from 127.0.0.1, office.js from the package; ${RUNS} runs after a warm-up)`,
    );
    console.log(
      `  Results painted: min ${ms(Math.min(...painted))}, median ${ms(median(painted))}, max ${ms(Math.max(...painted))}`,
    );
    console.log(
      `  (median: DOMContentLoaded ${ms(median(runs.map((r) => r.domContentLoaded)))}, ` +
        `results in the DOM ${ms(median(runs.map((r) => r.inDom)))})`,
    );
    const dropPainted = runs.map((r) => r.dropped.painted);
    console.log(`Time from dropping a workbook (the sample, ${kb(sample.length)}) to its results on screen`);
    console.log(
      `  Results painted: min ${ms(Math.min(...dropPainted))}, median ${ms(median(dropPainted))}, max ${ms(Math.max(...dropPainted))}` +
        ` (median in the DOM ${ms(median(runs.map((r) => r.dropped.inDom)))})`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

function syncCounts() {
  const built = spawnSync(process.execPath, [TSC, "-p", "tsconfig.tools.json"], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("tsc -p tsconfig.tools.json failed");
  const r = spawnSync(process.execPath, [SYNC_BENCH, join(ROOT, "assets", "wres-sample.xlsx")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("bench-syncs failed");
}

async function main() {
  if (process.env.WRES_BENCH_NO_BUILD) {
    if (!pane.isProductionBuild(pane.DIST)) throw new Error("dist/ holds no production build: run npm run build");
  } else {
    console.log("Building the pane (production)…");
    await pane.buildPane(pane.DIST);
  }
  bundleSizes();
  console.log();
  await timeToResults();
  console.log();
  syncCounts();
}

main().catch((error) => {
  console.error(`bench-pane: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
