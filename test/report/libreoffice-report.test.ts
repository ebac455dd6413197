/**
 * A second word processor opens the board report: LibreOffice converts the sample's .docx (a
 * draft) to PDF headless, and the conversion must succeed. Skipped where LibreOffice Writer is
 * not installed; the run then ends with a line naming the package to install
 * (test/helpers/missing-programs-reporter.cjs).
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport } from "../../src/report/build-report";
import { renderDocx } from "../../src/report/docx";
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
      writeFileSync(docx, await renderDocx(buildReport(checkSample())));
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
    },
    LIBREOFFICE_TIMEOUT_MS + 30_000,
  );
});
