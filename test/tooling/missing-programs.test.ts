/**
 * A test that cannot run because Chromium or LibreOffice is missing is never skipped silently:
 * the run ends with one line per missing program, naming the Debian package to install.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingProgramLines, TEST_PROGRAMS, type TestProgram } from "../helpers/test-programs.cjs";

const absent = (p: TestProgram): TestProgram => ({ ...p, find: () => null });
const installed = (p: TestProgram): TestProgram => ({ ...p, find: () => "/usr/bin/found" });

const E2E = "/home/me/wres/test/e2e/pane.e2e.test.ts";
const LIBREOFFICE = "/home/me/wres/test/template/libreoffice.test.ts";
const DOMAIN = "/home/me/wres/test/wres/a1.test.ts";

describe("the lines that end a run with missing programs", () => {
  it("names each suite that ran without its program, and the package to install", () => {
    const programs = { chromium: absent(TEST_PROGRAMS.chromium), libreoffice: absent(TEST_PROGRAMS.libreoffice) };
    expect(missingProgramLines([DOMAIN, E2E, LIBREOFFICE], programs)).toEqual([
      "Skipped the browser tests (test/e2e/): no Chromium at /usr/bin/chromium. " +
        "Install it: sudo apt-get install chromium",
      "Skipped the LibreOffice tests (test/template/libreoffice.test.ts): no soffice (or libreoffice) on PATH. " +
        "Install it: sudo apt-get install libreoffice-calc-nogui",
    ]);
  });

  it("says nothing of an installed program, nor of a suite that was not run", () => {
    const programs = { chromium: installed(TEST_PROGRAMS.chromium), libreoffice: absent(TEST_PROGRAMS.libreoffice) };
    expect(missingProgramLines([DOMAIN, E2E], programs)).toEqual([]);
    expect(missingProgramLines([LIBREOFFICE], programs)).toEqual([
      "Skipped the LibreOffice tests (test/template/libreoffice.test.ts): no soffice (or libreoffice) on PATH. " +
        "Install it: sudo apt-get install libreoffice-calc-nogui",
    ]);
  });
});

describe("finding LibreOffice", () => {
  const savedPath = process.env.PATH;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "wres-path-"));
  });

  afterEach(() => {
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });

  it("looks for soffice on PATH", () => {
    process.env.PATH = dir;
    expect(TEST_PROGRAMS.libreoffice.find()).toBeNull();
    writeFileSync(join(dir, "soffice"), "#!/bin/sh\n", { mode: 0o755 });
    expect(TEST_PROGRAMS.libreoffice.find()).toBe(join(dir, "soffice"));
  });
});

describe("finding LibreOffice Writer, which the board report's test needs", () => {
  const savedPath = process.env.PATH;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "wres-path-"));
  });

  afterEach(() => {
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });

  it("counts soffice without Writer's library beside it as missing, and names the package that adds it", () => {
    process.env.PATH = dir;
    writeFileSync(join(dir, "soffice"), "#!/bin/sh\n", { mode: 0o755 });
    expect(TEST_PROGRAMS.libreofficeWriter.find()).toBeNull();
    expect(missingProgramLines(["/home/me/wres/test/report/libreoffice-report.test.ts"])).toEqual([
      "Skipped the board report's LibreOffice test (test/report/libreoffice-report.test.ts): no soffice (or libreoffice) with Writer on PATH. " +
        "Install it: sudo apt-get install libreoffice-writer-nogui",
    ]);
    writeFileSync(join(dir, "libswlo.so"), "");
    expect(TEST_PROGRAMS.libreofficeWriter.find()).toBe(join(dir, "soffice"));
  });
});
