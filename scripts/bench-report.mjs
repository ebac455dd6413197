// Benchmark of the board report (npm run bench:report, also run by npm run bench): the time to
// make the report from the bundled sample on the command line, `wres report assets/wres-sample.xlsx
// --draft`, as a Word document and as a page; then in the pane's path (Create report: the report
// chunk's module in Node, scripts/report-pane-timing.ts) and the size of that lazily loaded chunk
// in dist/ (gzipped; after npm run build). Prints figures only; there is no target to pass.
// Exits 1 only if the benchmark itself cannot run.
//
// Each run is a child process (node start-up included), run RUNS times for each format in turn, so
// that load from other processes on the machine falls on both alike; the figures are the median and
// the best of the runs (other processes only ever add time), and the size of the file written.
// The command is compiled first (tsc -p tsconfig.cli.json), as npm test does.
//
// Environment: WRES_BENCH_RUNS (default 5).

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Math.max(1, Number(process.env.WRES_BENCH_RUNS ?? 5));
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const BIN = join(ROOT, "bin", "wres.js");
const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");

const r = spawnSync(process.execPath, [TSC, "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
if (r.status !== 0) {
  console.log("could not compile the command (tsc -p tsconfig.cli.json)");
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

const work = mkdtempSync(join(tmpdir(), "wres-bench-report-"));
try {
  const times = { docx: [], html: [] };
  const sizes = {};
  for (let run = 0; run < RUNS; run++) {
    for (const format of ["docx", "html"]) {
      const out = join(work, `report-${run}.${format}`);
      const start = performance.now();
      const child = spawnSync(process.execPath, [BIN, "report", SAMPLE, "--draft", "-o", out], { encoding: "utf8" });
      const elapsed = performance.now() - start;
      if (child.status !== 0) throw new Error(`wres report failed (exit ${child.status}): ${child.stderr}`);
      times[format].push(elapsed);
      sizes[format] = statSync(out).size;
    }
  }
  console.log(`wres report on the sample (${RUNS} runs each, wall time of the whole command, node start-up included)`);
  for (const format of ["docx", "html"]) {
    const kb = (sizes[format] / 1024).toFixed(1);
    console.log(`  .${format}: median ${ms(median(times[format]))}, best ${ms(Math.min(...times[format]))}, ${kb} KB`);
  }
} catch (e) {
  console.log(`the report benchmark could not run: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The pane's path: the same model and renderers, as the "report" chunk holds them.
const PANE_TIMING = join(ROOT, "node_modules", ".cache", "wres-tools", "scripts", "report-pane-timing.js");
const tools = spawnSync(process.execPath, [TSC, "-p", "tsconfig.tools.json"], { cwd: ROOT, stdio: "inherit" });
const timing =
  tools.status === 0
    ? spawnSync(process.execPath, [PANE_TIMING, SAMPLE, String(RUNS)], { cwd: ROOT, stdio: "inherit" })
    : tools;
if (timing.status !== 0) {
  console.log("the pane's report timing could not run (tsc -p tsconfig.tools.json, report-pane-timing.js)");
  process.exitCode = 1;
}

// The chunk Create report loads first, as a browser downloads it.
const DIST = join(ROOT, "dist");
const chunks = existsSync(DIST) ? readdirSync(DIST).filter((f) => /^report\.[^/]*\.?js$/.test(f)) : [];
if (chunks.length === 0) {
  console.log("Report chunk: no dist/report*.js (run npm run build, or npm run bench:pane, first)");
} else {
  const gz = chunks.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  console.log(
    `Report chunk loaded by the first Create report (${chunks.join(", ")}): ${(gz / 1000).toFixed(1)} KB gzipped`,
  );
}
