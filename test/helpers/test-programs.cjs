/**
 * The programs from outside npm that some tests need: how each is found, which tests skip
 * without it, and the Debian package that installs it. Read by those tests (to skip) and by
 * missing-programs-reporter.cjs (to say, at the end of the run, what was skipped and why), so
 * that the two always agree. CommonJS so that jest's reporter and the TypeScript tests can both
 * load it; its types are in test-programs.d.cts.
 */

const { existsSync, realpathSync, statSync } = require("node:fs");
const path = require("node:path");
const { CHROMIUM_PATH } = require("../../scripts/pane-browser.cjs");

/** The first `command` on PATH, or null. */
function onPath(command) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = dir && path.join(dir, command);
    if (candidate && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** soffice when LibreOffice Writer is installed beside it (its library in soffice's folder), else null. */
function withWriter(soffice) {
  if (soffice === null) return null;
  const program = path.dirname(realpathSync(soffice));
  const libraries = ["libswlo.so", "libswlo.dylib", "swlo.dll"];
  return libraries.some((name) => existsSync(path.join(program, name))) ? soffice : null;
}

const TEST_PROGRAMS = {
  chromium: {
    tests: "the browser tests",
    suite: "test/e2e/",
    absence: `no Chromium at ${CHROMIUM_PATH}`,
    debianPackage: "chromium",
    find: () => (existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : null),
  },
  libreoffice: {
    tests: "the LibreOffice tests",
    suite: "test/template/libreoffice.test.ts",
    absence: "no soffice (or libreoffice) on PATH",
    debianPackage: "libreoffice-calc-nogui",
    find: () => onPath("soffice") ?? onPath("libreoffice"),
  },
  libreofficeWriter: {
    tests: "the board report's LibreOffice test",
    suite: "test/report/libreoffice-report.test.ts",
    absence: "no soffice (or libreoffice) with Writer on PATH",
    debianPackage: "libreoffice-writer-nogui",
    find: () => withWriter(onPath("soffice") ?? onPath("libreoffice")),
  },
};

/**
 * One line for each program that is missing while a suite needing it was run, e.g. "Skipped the
 * browser tests (test/e2e/): no Chromium at /usr/bin/chromium. Install it: sudo apt-get install
 * chromium".
 */
function missingProgramLines(testFiles, programs = TEST_PROGRAMS) {
  const files = testFiles.map((file) => file.split(path.sep).join("/"));
  return Object.values(programs)
    .filter((p) => files.some((file) => file.includes(p.suite)) && p.find() === null)
    .map((p) => `Skipped ${p.tests} (${p.suite}): ${p.absence}. Install it: sudo apt-get install ${p.debianPackage}`);
}

module.exports = { TEST_PROGRAMS, missingProgramLines };
