/**
 * Expands the paths given to `wres check` into files: a folder is searched recursively for
 * workbooks, following links to folders. Nothing found in a folder is left out silently: a
 * spreadsheet in another format, a subfolder that cannot be opened, a link that leads nowhere
 * is each one row saying so. A folder reached twice (a link back up the tree, two links to one
 * folder) is searched once, so each file is listed once and a loop of links ends.
 */

import { promises as fs, statSync, type Dirent } from "fs";
import * as path from "path";
import { fileSystemProblem } from "./fs-problem";

export type FoundPath =
  | {
      readonly kind: "file";
      /** The path as shown. */
      readonly path: string;
      /** The path's bytes, when the name is not UTF-8 (the shown path would not find it). */
      readonly openAs?: Buffer;
    }
  | { readonly kind: "missing"; readonly path: string; readonly problem: string };

/** Workbooks in the .xlsx format (.xlsm is the same format, with macros, which are never run). */
const WORKBOOK = /\.xls[xm]$/i;

/** Spreadsheets in other formats, found in a folder: each is listed with what to do. */
const OTHER_FORMATS: readonly (readonly [RegExp, string])[] = [
  [/\.xls$/i, "is an old-style .xls file; save it as .xlsx"],
  [/\.xlsb$/i, "is an .xlsb binary workbook; save it as .xlsx"],
  [/\.ods$/i, "is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx"],
  [/\.numbers$/i, "is an Apple Numbers file, not an Excel workbook; export it as .xlsx"],
  [/\.csv$/i, "is a CSV file, not an Excel workbook; open it in Excel and save it as .xlsx"],
];

/** Excel's lock files (`~$Book.xlsx`) are not workbooks. */
const isLockFile = (name: string): boolean => name.startsWith("~$");

/**
 * How many files the paths can hold at most, known before any search: one for each path that is
 * not a folder, no bound once one is a folder.
 */
export function mostFiles(paths: readonly string[]): number {
  let files = 0;
  for (const given of paths) {
    try {
      if (statSync(given).isDirectory()) return Infinity;
    } catch {
      // It will be one row saying what is wrong with it.
    }
    files++;
  }
  return files;
}

export async function findFiles(paths: readonly string[]): Promise<FoundPath[]> {
  const out: FoundPath[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (e) {
      out.push({ kind: "missing", path: given, problem: fileSystemProblem(e, "does not exist") });
      continue;
    }
    if (stat.isDirectory()) {
      const found: FoundPath[] = [];
      await walk(Buffer.from(given), given, true, found, new Set());
      if (found.length === 0)
        out.push({ kind: "missing", path: given, problem: "is a folder with no .xlsx files in it" });
      out.push(...found);
    } else {
      out.push({ kind: "file", path: given });
    }
  }
  return out;
}

/** A folder's identity however it is reached (through links, or by another path): its device and inode. */
const folderId = (stat: { dev: number; ino: number }): string => `${stat.dev}:${stat.ino}`;

/** Whether a link leads to a folder (a broken link leads nowhere: false). */
async function linksToFolder(link: Buffer): Promise<boolean> {
  try {
    return (await fs.stat(link)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Searches a folder, given as bytes (names need not be UTF-8) and as shown; `utf8` when the two
 * agree. `visited` holds the folders already searched in this run, which are not entered again.
 */
async function walk(
  dir: Buffer,
  shown: string,
  utf8Path: boolean,
  out: FoundPath[],
  visited: Set<string>,
): Promise<void> {
  let entries: Dirent<Buffer>[];
  try {
    const id = folderId(await fs.stat(dir));
    if (visited.has(id)) return;
    visited.add(id);
    entries = await fs.readdir(dir, { withFileTypes: true, encoding: "buffer" });
  } catch (e) {
    out.push({ kind: "missing", path: shown, problem: `is a folder that ${folderProblem(e)}` });
    return;
  }
  const named = entries.map((entry) => ({ entry, name: displayName(entry.name) }));
  named.sort((a, b) => a.name.name.localeCompare(b.name.name));
  for (const { entry, name } of named) {
    const bytes = Buffer.concat([dir, Buffer.from(path.sep), entry.name]);
    const p = path.join(shown, name.name);
    const openAs = utf8Path && name.utf8 ? undefined : bytes;
    if (isLockFile(name.name)) continue;
    const other = OTHER_FORMATS.find(([pattern]) => pattern.test(name.name));
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await linksToFolder(bytes)))) {
      // A .numbers document may be a folder (a macOS package): it is one file to the user.
      if (other) out.push({ kind: "missing", path: p, problem: other[1] });
      else await walk(bytes, p, utf8Path && name.utf8, out, visited);
    } else if (WORKBOOK.test(name.name)) {
      // A link, a pipe, a device is checked like a file: the check says what it leads to.
      out.push({ kind: "file", path: p, ...(openAs && { openAs }) });
    } else if (other) {
      out.push({ kind: "missing", path: p, problem: other[1] });
    }
  }
}

function folderProblem(e: unknown): string {
  const problem = fileSystemProblem(e);
  return problem.startsWith("cannot be opened") ? problem.replace("cannot be opened", "cannot be read") : problem;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const latin1 = new TextDecoder("latin1");

/** A name as shown: UTF-8 as almost every system writes it, else read as Latin-1 (a guess, for display only). */
function displayName(bytes: Buffer): { name: string; utf8: boolean } {
  try {
    return { name: utf8.decode(bytes), utf8: true };
  } catch {
    return { name: latin1.decode(bytes), utf8: false };
  }
}
