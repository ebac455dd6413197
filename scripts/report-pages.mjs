// Remakes docs/report-page-1.png and docs/report-page-2.png: the first two pages of the sample's
// board report as a reader of the Word document sees them. The command writes the .docx
// (`wres report assets/wres-sample.xlsx --draft`), LibreOffice converts it to PDF headless (as
// test/report/libreoffice-report.test.ts does), and Chromium's PDF viewer shows each page to be
// photographed (no PDF rasteriser is needed). Needs soffice on PATH and /usr/bin/chromium.
//
//   node scripts/report-pages.mjs

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { launchChromium } = require("./pane-browser.cjs");

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const BIN = join(ROOT, "bin", "wres.js");
const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");
const PAGES = [1, 2];
/** An A4 page at 96 px to the inch, 794 × 1123: legible, and each image under 200 KB. */
const VIEWPORT = { width: 794, height: 1123 };

function run(command, args, what) {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
  if (r.status !== 0 || r.error) {
    console.error(`${what} failed: ${r.error?.message ?? r.stderr}`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), "wres-report-pages-"));
const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
try {
  run(process.execPath, [TSC, "-p", "tsconfig.cli.json"], "compiling the command");
  const docx = join(work, "report.docx");
  run(process.execPath, [BIN, "report", SAMPLE, "--draft", "-o", docx], "wres report");
  run(
    "soffice",
    [`-env:UserInstallation=${pathToFileURL(profile)}`, "--headless", "--convert-to", "pdf", "--outdir", work, docx],
    "LibreOffice",
  );
  const pdf = pathToFileURL(join(work, "report.pdf")).href;
  const browser = await launchChromium();
  try {
    for (const n of PAGES) {
      // A fresh page each time: the viewer reads #page only when it opens. No toolbar, one page fitted to the window.
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(`${pdf}#page=${n}&toolbar=0&navpanes=0&view=Fit`);
      await page.waitForTimeout(3000);
      const out = join(ROOT, "docs", `report-page-${n}.png`);
      await page.screenshot({ path: out });
      await page.close();
      console.log(`${out.slice(ROOT.length + 1)}: ${(statSync(out).size / 1024).toFixed(0)} KB`);
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
