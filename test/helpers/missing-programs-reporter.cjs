/**
 * A jest reporter, listed after the default one: at the end of the run, one line for each test
 * suite that was skipped because a program it needs (Chromium, LibreOffice) is not installed,
 * naming the Debian package to install. A skip is never silent. Written to stderr, as jest's own
 * summary is, so that `--json` on stdout stays one JSON document.
 */

const { writeSync } = require("node:fs");
const { missingProgramLines } = require("./test-programs.cjs");

class MissingProgramsReporter {
  constructor(globalConfig) {
    this.watching = Boolean(globalConfig.watch || globalConfig.watchAll);
  }

  onRunComplete(_testContexts, results) {
    const lines = missingProgramLines(results.testResults.map((r) => r.testFilePath));
    if (lines.length === 0) return;
    const text = `${lines.join("\n")}\n`;
    // jest prints its summary after every reporter has finished; written as the process exits,
    // these lines come after it, the last of the run (in watch mode, at once: no exit follows).
    if (this.watching) process.stderr.write(text);
    else process.once("exit", () => writeSync(2, text));
  }
}

module.exports = MissingProgramsReporter;
