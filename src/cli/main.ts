/** The `wres` command (shared/spec/cli.md): `check`, `report` and `template`. Returns the exit status. */

import { Command, CommanderError } from "commander";
import { closeSync, promises as fs, constants as fsConstants, openSync, readFileSync, writeSync } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS, type Settings } from "../wres/settings";
import { startChecks, type Checks } from "./check-pool";
import { csvHeader, csvRow } from "./csv";
import { exitStatus, unreadable, type FileReport } from "./file-report";
import { findFiles, mostFiles } from "./find-files";
import { COLOUR, formatFile, PLAIN, type Style } from "./format-text";
import { NO_PROGRESS, progressBar } from "./progress";
import type { ReportOptions as ReportCommandOptions } from "./report-command";
import type { HtmlReport } from "./report-html";
import { settingsFromOptions } from "./settings-option";

const PACKAGE_ROOT = path.join(__dirname, "..", "..");

export function toolVersion(): string {
  try {
    return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colour). */
  isTty: boolean;
  /** Whether stderr is a terminal (the progress bar). */
  errIsTty?: boolean;
}

/** Set when the reader of stdout has gone (`wres check DIR | head`): the rest of the output is dropped. */
let stdoutClosed = false;
/** Whether dropOutputWhenPipeCloses has been set up. */
let pipeWatched = false;

const PROCESS_IO: Io = {
  out: (t) => {
    if (!stdoutClosed) process.stdout.write(t);
  },
  err: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
  errIsTty: Boolean(process.stderr.isTTY),
};

interface CheckOptions {
  json?: boolean;
  csv?: string;
  report?: string;
  color: boolean;
  settings?: string;
  set: string[];
  today?: string;
}

/** The machine's local date, YYYY-MM-DD: "today" when `--today` is not given. */
export function localDate(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** `--today` strictly: YYYY-MM-DD and a real calendar date ("2026-02-30" is refused); null when not one. */
export function todayOption(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? text : null;
}

/** Writes one of the run's output files; false (with a message) when it cannot be written. */
function writeOutput(file: string, what: string, write: (fd: number) => void, io: Io): boolean {
  try {
    const fd = openSync(file, "w");
    try {
      write(fd);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (e) {
    io.err(`wres: could not write the ${what} ${file} (${(e as NodeJS.ErrnoException).code ?? "error"}).\n`);
    return false;
  }
}

/**
 * Every path's report, in the order found, passed to `onReport` as soon as it is in: files
 * are checked by the pool, paths that cannot be checked are entries as they are.
 */
async function checkAll(
  paths: readonly string[],
  checks: Checks,
  options: CheckOptions,
  io: Io,
  onReport: (report: FileReport) => void,
): Promise<void> {
  const found = await findFiles(paths);
  const files = found.flatMap((f) => (f.kind === "file" ? [{ file: f.path, openAs: f.openAs }] : []));
  const progress = io.errIsTty && !options.json && files.length > 1 ? progressBar(io.err) : NO_PROGRESS;
  let next = 0;
  /** Passes on the entries of paths that were not checked, up to the next checked file. */
  const passUnchecked = () => {
    for (let f = found[next]; f && f.kind === "missing"; f = found[++next]) onReport(unreadable(f.path, f.problem));
  };
  passUnchecked();
  await checks.run(files, {
    onProgress: (done, total) => progress.update(done, total),
    onReport: (report) => {
      next++;
      onReport(report);
      passUnchecked();
    },
  });
  progress.clear();
}

/**
 * `--json` written as the reports come in, exactly as JSON.stringify(document, null, 2) would
 * write it whole: a folder of thousands of returns never holds its output in memory.
 */
function jsonWriter(io: Io, settings: Settings): { file(report: FileReport): void; end(): void } {
  const empty = JSON.stringify({ tool: "wres", version: toolVersion(), settings, files: [] }, null, 2);
  const at = empty.lastIndexOf("[]");
  let written = 0;
  // Each report is written inside an array inside an object, as it sits in the document, so that
  // JSON.stringify indents it as deep as it will be; only the wrapping is cut off.
  const wrapped = JSON.stringify({ files: [0] }, null, 2).split("0");
  return {
    file(report) {
      const text = JSON.stringify({ files: [report] }, null, 2);
      const inside = text.slice(wrapped[0].length, text.length - wrapped[1].length);
      io.out(`${written++ === 0 ? empty.slice(0, at) + "[\n" : ",\n"}    ${inside}`);
    },
    end() {
      io.out(written === 0 ? `${empty}\n` : `\n  ]${empty.slice(at + 2)}\n`);
    },
  };
}

/** The exit status (cli.md) so far: 2 if any file could not be read, else 1 if any error flag, else 0. */
function worseStatus(status: number, report: FileReport): number {
  return Math.max(status, exitStatus([report]));
}

/**
 * The readable summary, written file by file as the reports come in. While the progress bar is
 * drawn on the same terminal, each file's text is held and written after the bar is cleared.
 */
function textWriter(
  io: Io,
  style: Style,
  confidence: number,
  hold: boolean,
): { file(report: FileReport): void; end(): void } {
  const held: string[] = [];
  let written = 0;
  const write = (text: string) => (hold ? held.push(text) : io.out(text));
  return {
    file(report) {
      write(`${written++ === 0 ? "" : "\n\n"}${formatFile(report, style, confidence)}`);
    },
    end() {
      write("\n");
      if (hold) io.out(held.join(""));
    },
  };
}

/** The CSV and the report never write over a workbook: a mistyped `--csv returns.xlsx` must not destroy a return. */
function outputProblem(options: CheckOptions): string | null {
  for (const [flag, file] of [
    ["--csv", options.csv],
    ["--report", options.report],
  ] as const) {
    if (file && /\.xls[xmb]?$/i.test(file))
      return `${flag} ${file} would write over a workbook; give a .${flag === "--csv" ? "csv" : "html"} file name.`;
  }
  if (options.csv && options.report && path.resolve(options.csv) === path.resolve(options.report)) {
    return "--csv and --report name the same file; give each its own.";
  }
  return null;
}

async function runCheck(paths: string[], options: CheckOptions, io: Io): Promise<number> {
  const problem = outputProblem(options);
  if (problem) {
    io.err(`wres: ${problem}\n`);
    return 2;
  }
  const resolved = await settingsFromOptions(options.settings, options.set);
  if (!resolved.ok) {
    io.err(`wres: ${resolved.problem}\n`);
    return 2;
  }
  const settings = resolved.settings;
  const today = options.today === undefined ? localDate() : todayOption(options.today);
  if (today === null) {
    io.err(`wres: --today takes a date as YYYY-MM-DD, such as 2026-03-31, not "${options.today}".\n`);
    return 2;
  }
  // The workers start loading the checking code first: the folders are searched, and the code
  // of the outputs asked for is loaded, meanwhile.
  const checks = startChecks({ settings, today }, mostFiles(paths));
  try {
    const report = options.report ? new (await import("./report-html.js")).HtmlReport() : null;
    try {
      return await checkAndWrite(paths, checks, options, settings, io, report);
    } finally {
      report?.dispose();
    }
  } finally {
    checks.close(); // should anything fail before the files were given, the waiting workers stop
  }
}

/** Checks the files and writes every output asked for; the exit status. */
async function checkAndWrite(
  paths: readonly string[],
  checks: Checks,
  options: CheckOptions,
  settings: Settings,
  io: Io,
  report: HtmlReport | null,
): Promise<number> {
  const json = options.json ? jsonWriter(io, settings) : null;
  const colour = options.color && io.isTty && !process.env.NO_COLOR;
  const text = options.json ? null : textWriter(io, colour ? COLOUR : PLAIN, settings.confidence, Boolean(io.errIsTty));
  // The CSV's lines and the report's parts are made as the reports come in: no report is kept.
  const csvLines: string[] = [];
  let status = 0;
  await checkAll(paths, checks, options, io, (fileReport) => {
    status = worseStatus(status, fileReport);
    json?.file(fileReport);
    if (options.csv) csvLines.push(csvRow(fileReport));
    report?.add(fileReport);
    text?.file(fileReport);
  });
  json?.end();
  let written = true;
  if (options.csv) {
    const writeCsv = (fd: number) => {
      writeSync(fd, csvHeader());
      for (const line of csvLines) writeSync(fd, line);
    };
    written = writeOutput(options.csv, "CSV file", writeCsv, io) && written;
  }
  if (report && options.report) {
    const context = { tool: `wres ${toolVersion()}`, checkedAt: new Date().toISOString(), settings };
    written = writeOutput(options.report, "report", (fd) => report.writeTo(fd, context), io) && written;
  }
  text?.end();
  return written ? status : 2;
}

async function runTemplate(options: { output: string; force?: boolean }, io: Io): Promise<number> {
  const source = path.join(PACKAGE_ROOT, "assets", "wres-template.xlsx");
  try {
    await fs.copyFile(source, options.output, options.force ? 0 : fsConstants.COPYFILE_EXCL);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      code === "EEXIST"
        ? `wres: ${options.output} already exists; choose another name with -o, or add --force to replace it.\n`
        : `wres: could not write ${options.output} (${code ?? "error"}).\n`,
    );
    return 2;
  }
  io.out(`Wrote a blank WRES template to ${options.output}\n`);
  return 0;
}

/**
 * A reader that stops early closes the pipe: without this, the next write throws EPIPE as an
 * uncaught error with a stack trace. The run goes on (the CSV and the report are still written).
 */
function dropOutputWhenPipeCloses(): void {
  // Once per process. (Not judged by the listeners already there: making a worker thread adds
  // one of node's own for a while, and the check's threads start before this runs.)
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    stdoutClosed = true;
  });
}

export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  if (io === PROCESS_IO) dropOutputWhenPipeCloses();
  let status = 0;
  const program = new Command()
    .name("wres")
    .description("Compute and check the NHS Workforce Race Equality Standard (WRES) indicators in template workbooks.")
    .version(toolVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program
    .command("check")
    .description("check WRES workbooks (files or folders, searched recursively); never modifies them")
    .argument("<paths...>", ".xlsx files or folders")
    .option("--json", "print one JSON document (the documented shape) instead of the summary")
    .option("--csv <file>", "also write one CSV row per file with every indicator and the flag counts")
    .option("--report <file>", "also write one self-contained HTML page: every return, the RL distributions, the flags")
    .option("--no-color", "no colour in the summary")
    .option(
      "--today <YYYY-MM-DD>",
      "the date actions are judged overdue against (default: today's date on this machine)",
    )
    .option("--settings <file>", 'thresholds from a JSON file, e.g. {"rlBand": [0.8, 1.25]}')
    .option(
      "--set <key=value>",
      `change one threshold (repeatable): ${Object.keys(DEFAULT_SETTINGS).join(", ")}`,
      (v: string, prev: string[]) => [...prev, v],
      [],
    )
    .action(async (paths: string[], options: CheckOptions) => {
      status = await runCheck(paths, options, io);
    });
  program
    .command("report")
    .description("write the board report of one workbook: a Word document, or a printable page with -o FILE.html")
    .argument("<file>", "the .xlsx workbook")
    .option(
      "-o, --output <file>",
      "where to write it, .docx or .html (default <organisation>-WRES-<year>.docx here); never replaced",
    )
    .option("--draft", 'make a draft from a workbook with errors, marked "DRAFT: n errors" on every page')
    .option("--settings <file>", 'thresholds from a JSON file, e.g. {"rlBand": [0.8, 1.25]}')
    .option(
      "--set <key=value>",
      "change one threshold (repeatable), as for check",
      (v: string, prev: string[]) => [...prev, v],
      [],
    )
    .action(async (file: string, options: ReportCommandOptions) => {
      // Loaded only for this command: `wres check` starts without the report's libraries.
      const { runReport } = await import("./report-command.js");
      status = await runReport(file, options, io, `wres ${toolVersion()}`);
    });
  program
    .command("template")
    .description("write a blank WRES template workbook")
    .option("-o, --output <file>", "where to write it", "wres-template.xlsx")
    .option("--force", "replace the file if it exists")
    .action(async (options: { output: string; force?: boolean }) => {
      status = await runTemplate(options, io);
    });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    io.err(`wres: unexpected failure: ${(e as Error).message}\n`);
    return 2;
  }
  return status;
}
