/** The `wres` command (shared/spec/cli.md): `check` and `template`. Returns the exit status. */

import { Command, CommanderError } from "commander";
import { promises as fs, constants as fsConstants } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS } from "../wres/settings";
import { formatCsv } from "./csv";
import { exitStatus, reportBytes, unreadable, type FileReport } from "./file-report";
import { findFiles } from "./find-files";
import { COLOUR, formatText, PLAIN } from "./format-text";
import { settingsFromOptions } from "./settings-option";

const PACKAGE_ROOT = path.join(__dirname, "..", "..");

export function toolVersion(): string {
  try {
    return JSON.parse(require("fs").readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTty: boolean;
}

const PROCESS_IO: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
};

interface CheckOptions {
  json?: boolean;
  csv?: string;
  color: boolean;
  settings?: string;
  set: string[];
}

/** Reads one file and checks it; a file that cannot be read is one unreadable entry. */
async function checkPath(file: string, settings: Parameters<typeof reportBytes>[2]): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return unreadable(
      file,
      code === "EACCES"
        ? "cannot be opened (permission denied)"
        : code === "EISDIR"
          ? "is a folder"
          : "cannot be opened",
    );
  }
  return reportBytes(file, bytes, settings);
}

async function runCheck(paths: string[], options: CheckOptions, io: Io): Promise<number> {
  const settings = await settingsFromOptions(options.settings, options.set);
  if (!settings.ok) {
    io.err(`wres: ${settings.problem}\n`);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const found of await findFiles(paths)) {
    reports.push(
      found.kind === "missing" ? unreadable(found.path, found.problem) : await checkPath(found.path, settings.settings),
    );
  }
  if (options.json) {
    io.out(
      JSON.stringify({ tool: "wres", version: toolVersion(), settings: settings.settings, files: reports }, null, 2) +
        "\n",
    );
  } else {
    const colour = options.color && io.isTty && !process.env.NO_COLOR;
    io.out(formatText(reports, colour ? COLOUR : PLAIN));
  }
  if (options.csv) {
    try {
      await fs.writeFile(options.csv, formatCsv(reports));
    } catch (e) {
      io.err(`wres: could not write the CSV file ${options.csv} (${(e as NodeJS.ErrnoException).code ?? "error"}).\n`);
      return 2;
    }
  }
  return exitStatus(reports);
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
