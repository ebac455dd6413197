/**
 * A second spreadsheet application opens the generated workbooks: LibreOffice converts each
 * to .xlsx headless, and the copy still defines every contract name at the same range.
 * Skipped where LibreOffice is not installed; the run then ends with a line saying so
 * (test/helpers/missing-programs-reporter.cjs).
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { TEMPLATE_LAYOUT } from "../../scripts/template/layout";
import { absoluteRange } from "../../src/wres/a1";
import { CONTRACT } from "../../src/wres/contract";
import { TEST_PROGRAMS } from "../helpers/test-programs.cjs";
import { SAMPLE_PATH, TEMPLATE_PATH, definedNamesOf, readAsset } from "./support";

const soffice = TEST_PROGRAMS.libreoffice.find();
const LIBREOFFICE_TIMEOUT_MS = 120_000;

const testWithLibreOffice = soffice ? test : test.skip;

describe("LibreOffice", () => {
  let outDir: string;
  let profileDir: string;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), "wres-lo-out-"));
    // A private profile per run: a shared one is locked by any other running instance.
    profileDir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  });

  afterAll(() => {
    for (const dir of [outDir, profileDir]) rmSync(dir, { recursive: true, force: true });
  });

  testWithLibreOffice.each([
    ["template", TEMPLATE_PATH],
    ["sample", SAMPLE_PATH],
  ])(
    "converts the %s headless, keeping every name",
    (_kind, path) => {
      const run = spawnSync(
        soffice!,
        [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, path],
        { encoding: "utf8", timeout: LIBREOFFICE_TIMEOUT_MS },
      );
      expect({ status: run.status, error: run.error?.message }).toEqual({ status: 0, error: undefined });
      const converted = join(outDir, basename(path));
      expect(existsSync(converted)).toBe(true);

      const names = definedNamesOf(readAsset(converted));
      for (const spec of CONTRACT) {
        const p = TEMPLATE_LAYOUT.get(spec.name)!;
        expect({ name: spec.name, formula: names.get(spec.name)?.formula }).toEqual({
          name: spec.name,
          formula: absoluteRange(p.sheet, p.top, p.left, p.rows, p.columns),
        });
      }
    },
    LIBREOFFICE_TIMEOUT_MS + 30_000,
  );
});
