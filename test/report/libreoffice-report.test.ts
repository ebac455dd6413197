/**
 * A second word processor opens the board report: LibreOffice converts the sample's .docx (a
 * draft, with its charts: nine of the indicators, nine of their series) to PDF headless, and the conversion must succeed with every
 * chart drawn (LibreOffice draws each chart's PNG fallback, not its SVG). Skipped where LibreOffice Writer is
 * not installed; the run then ends with a line naming the package to install
 * (test/helpers/missing-programs-reporter.cjs).
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport } from "../../src/report/build-report";
import { renderDocx } from "../../src/report/docx";
import { REPORT_CHART_WIDTH, reportCharts } from "../../src/report/report-charts";
import { CHART_SCALE } from "../../src/report/chart-image";
import { nodeChartRasteriser } from "../../src/cli/chart-fonts";
import { TEST_PROGRAMS } from "../helpers/test-programs.cjs";
import { checkSample } from "../taskpane/sample";

const soffice = TEST_PROGRAMS.libreofficeWriter.find();
const LIBREOFFICE_TIMEOUT_MS = 120_000;

const testWithLibreOffice = soffice ? test : test.skip;

describe("LibreOffice", () => {
  let dir: string;
  let profileDir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "wres-report-lo-"));
    // A private profile per run: a shared one is locked by any other running instance.
    profileDir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  });

  afterAll(() => {
    for (const d of [dir, profileDir]) rmSync(d, { recursive: true, force: true });
  });

  testWithLibreOffice(
    "converts the sample's report to PDF headless",
    async () => {
      const docx = join(dir, "report.docx");
      const rasterise = await nodeChartRasteriser();
      if (typeof rasterise === "string") throw new Error(`no chart renderer: ${rasterise}`);
      writeFileSync(docx, await renderDocx(buildReport(checkSample(), { charts: reportCharts(rasterise) })));
      const run = spawnSync(
        soffice!,
        [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
        { encoding: "utf8", timeout: LIBREOFFICE_TIMEOUT_MS },
      );
      // soffice exits 0 even when it cannot load the file, so the PDF itself is the proof.
      expect({ status: run.status, error: run.error?.message, loadError: /Error:/.test(run.stderr) }).toEqual({
        status: 0,
        error: undefined,
        loadError: false,
      });
      const pdf = join(dir, "report.pdf");
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // Several pages of text and tables, not an empty shell.
      expect(statSync(pdf).size).toBeGreaterThan(20_000);
      // The eighteen charts, each a colour image (its transparency a separate grey mask) as wide as its PNG.
      const images = [
        ...readFileSync(pdf)
          .toString("latin1")
          .matchAll(/\/Subtype\/Image\/Width (\d+)[^>]*\/DeviceRGB/g),
      ];
      expect(images.map((m) => Number(m[1]))).toEqual(Array(18).fill(REPORT_CHART_WIDTH * CHART_SCALE));
    },
    LIBREOFFICE_TIMEOUT_MS + 30_000,
  );
});
