/** The `wres` command (shared/spec/cli.md): `check` and `template`. Returns the exit status. */

import { Command, CommanderError } from "commander";
import { promises as fs, constants as fsConstants, readFileSync } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS, type Settings } from "../wres/settings";
import { checkFiles } from "./check-pool";
import { formatCsv } from "./csv";
import { exitStatus, unreadable, type FileReport } from "./file-report";
import { findFiles } from "./find-files";
import { COLOUR, formatText, PLAIN } from "./format-text";
import { NO_PROGRESS, progressBar } from "./progress";
import { formatHtmlReport } from "./report-html";
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

const PROCESS_IO: Io = {
  out: (t) => process.stdout.write(t),
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
}

/** Writes one of the run's output files; false (with a message) when it cannot be written. */
async function writeOutput(file: string, what: string, content: () => string, io: Io): Promise<boolean> {
  try {
    await fs.writeFile(file, content());
    return true;
  } catch (e) {
    io.err(`wres: could not write the ${what} ${file} (${(e as NodeJS.ErrnoException).code ?? "error"}).\n`);
    return false;
  }
}

/** Every path's report, in the order found: files are checked by the pool, missing paths are entries as they are. */
async function checkAll(
  paths: readonly string[],
  options: CheckOptions,
  settings: Settings,
  io: Io,
): Promise<FileReport[]> {
  const found = await findFiles(paths);
  const files = found.flatMap((f) => (f.kind === "file" ? [{ file: f.path, openAs: f.openAs }] : []));
  const progress = io.errIsTty && !options.json && files.length > 1 ? progressBar(io.err) : NO_PROGRESS;
  const checked = await checkFiles(files, { settings, onProgress: (done, total) => progress.update(done, total) });
  progress.clear();
  let next = 0;
  return found.map((f): FileReport => (f.kind === "missing" ? unreadable(f.path, f.problem) : checked[next++]));
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
  const reports = await checkAll(paths, options, settings, io);
  // The files first: a reader who pipes the summary into `head` still gets the CSV and the report.
  let written = true;
  if (options.csv) written = (await writeOutput(options.csv, "CSV file", () => formatCsv(reports), io)) && written;
  if (options.report) {
    const context = { tool: `wres ${toolVersion()}`, checkedAt: new Date().toISOString(), settings };
    const html = () => formatHtmlReport(reports, context);
    written = (await writeOutput(options.report, "report", html, io)) && written;
  }
  if (options.json) {
    io.out(JSON.stringify({ tool: "wres", version: toolVersion(), settings, files: reports }, null, 2) + "\n");
  } else {
    const colour = options.color && io.isTty && !process.env.NO_COLOR;
    io.out(formatText(reports, colour ? COLOUR : PLAIN));
  }
  return written ? exitStatus(reports) : 2;
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

export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
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
