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
// Then, in this process, the charts' pictures for Word (issue 12: "embed the SVG with a PNG fallback,
// or render PNG; measure both on size and time"): the time to rasterise the sample's charts with
// resvg's WebAssembly (src/report/chart-image.ts) at the scale the report uses and at 1x, and the
// size of a .docx holding just those pictures as PNG only and as SVG with the PNG fallback.
//
// Environment: WRES_BENCH_RUNS (default 5).

import { Buffer } from "node:buffer";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
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
  await chartImages();
} catch (e) {
  console.log(`the report benchmark could not run: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The charts' pictures for Word: rasterising time, and the .docx size of PNG only against SVG + PNG. */
async function chartImages() {
  const require = createRequire(import.meta.url);
  const dist = (p) => require(join(ROOT, "dist-cli", p));
  const { checkBytes } = dist("cli/check-path.js");
  const { findChartFont } = dist("cli/chart-fonts.js");
  const { chartRasteriser, CHART_SCALE } = dist("report/chart-image.js");
  const { reportCharts } = dist("report/report-charts.js");
  const { INDICATOR_IDS } = dist("wres/contract.js");
  const { DEFAULT_SETTINGS } = dist("wres/settings.js");
  const docx = require("docx");

  const font = findChartFont();
  if (!font) {
    console.log("charts for Word: no font found to draw them with (see src/cli/chart-fonts.ts); not measured");
    return;
  }
  const checked = checkBytes(new Uint8Array(readFileSync(SAMPLE)), DEFAULT_SETTINGS);
  const provider = reportCharts();
  // As the report holds them: each indicator's chart, then its series' chart (the sample is a 1.1 workbook).
  const charts = INDICATOR_IDS.flatMap((id) => [
    provider.indicator(id, checked, {}),
    checked.beyond.series ? provider.series(id, checked.beyond.series[id], checked) : null,
  ]).filter(Boolean);
  const wasm = readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm"));
  const fonts = { family: font.family, files: font.files.map((f) => new Uint8Array(readFileSync(f))) };

  const started = performance.now();
  const rasterise = await chartRasteriser(wasm, fonts);
  const startup = performance.now() - started;
  const timeAll = (fn) => {
    const times = [];
    let pngs = [];
    for (let run = 0; run < RUNS; run++) {
      const t = performance.now();
      pngs = charts.map((c) => fn(c.svg));
      times.push(performance.now() - t);
    }
    return { times, pngs };
  };
  const atScale = timeAll(rasterise);
  // 1x for comparison: the same renderer with the zoom undone by a view box twice the size.
  const half = (svg) =>
    svg.replace(
      / width="(\d+)" height="(\d+)"/,
      (_m, w, h) => ` width="${w / CHART_SCALE}" height="${h / CHART_SCALE}"`,
    );
  const atOne = timeAll((svg) => rasterise(half(svg)));

  const pack = async (pngs, withSvg) => {
    const children = charts.map(
      (c, i) =>
        new docx.Paragraph({
          children: [
            withSvg
              ? new docx.ImageRun({
                  type: "svg",
                  data: Buffer.from(c.svg),
                  fallback: { type: "png", data: pngs[i] },
                  transformation: { width: c.width, height: c.height },
                })
              : new docx.ImageRun({ type: "png", data: pngs[i], transformation: { width: c.width, height: c.height } }),
          ],
        }),
    );
    const bytes = await docx.Packer.pack(new docx.Document({ sections: [{ children }] }), "uint8array");
    return `${(bytes.length / 1024).toFixed(0)} KB`;
  };
  const empty = await docx.Packer.pack(new docx.Document({ sections: [{ children: [] }] }), "uint8array");
  console.log(
    `charts for Word: the sample's ${charts.length} charts at ${charts[0].width} px wide, resvg-wasm with ${font.family} (start-up ${ms(startup)})`,
  );
  for (const [label, r, scale] of [
    [`${CHART_SCALE}x (the report's)`, atScale, CHART_SCALE],
    ["1x", atOne, 1],
  ]) {
    const kb = (r.pngs.reduce((a, p) => a + p.length, 0) / 1024).toFixed(0);
    console.log(
      `  PNG ${label}: rasterise all median ${ms(median(r.times))}, best ${ms(Math.min(...r.times))}, ${kb} KB of PNG; ` +
        `a .docx of just the pictures (empty ${(empty.length / 1024).toFixed(0)} KB): PNG only ${await pack(r.pngs, false)}, SVG + PNG fallback ${await pack(r.pngs, true)}` +
        (scale === CHART_SCALE ? "" : " (LibreOffice and PDF converters show the PNG)"),
    );
  }
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
