/**
 * One path → its FileReport: a file too large to be a return is refused by its size before a
 * byte is read; anything else is read and checked by the domain. Never throws: a bad file, or
 * even a bug, is one unreadable entry. Runs in the pool's worker threads (or, for one or two
 * files, in the main thread).
 */

import { promises as fs } from "fs";
import { validateWorkbook } from "../wres/check";
import { templateNames } from "../wres/contract";
import type { Settings } from "../wres/settings";
import { DEFAULT_XLSX_LIMITS, readXlsx } from "../workbook/xlsx";
import { FAULT } from "../workbook/xlsx/fault";
import { couldNotBeChecked, unreadable, type FileReport } from "./file-report";

const NAMES = templateNames();

/** Checks one workbook's bytes; `file` is the path as found. */
export function reportBytes(file: string, bytes: Uint8Array, settings: Settings): FileReport {
  const read = readXlsx(bytes, NAMES);
  if (!read.ok) return unreadable(file, read.error);
  const check = validateWorkbook(read.workbook, { settings });
  if (check.kind === "not-wres") return unreadable(file, check.message);
  return {
    file,
    status: "ok",
    organisation: check.meta.organisation,
    orgCode: check.meta.orgCode,
    reportingYear: check.meta.reportingYear,
    surveyYear: check.meta.surveyYear,
    templateVersion: check.meta.templateVersion,
    indicators: check.indicators,
    flags: check.flags,
    counts: check.counts,
  };
}

/** Why a file could not be opened, completing "<file> …". */
function openProblem(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no longer exists";
    case "EACCES":
    case "EPERM":
      return "cannot be opened (permission denied)";
    case "EISDIR":
      return "is a folder";
    default:
      return "cannot be opened";
  }
}

async function readAndCheck(file: string, settings: Settings): Promise<FileReport> {
  const limit = DEFAULT_XLSX_LIMITS.maxFileBytes;
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return unreadable(file, "is a folder");
    // The reader refuses the same size from the bytes; asking the file system first never loads them.
    if (stat.size > limit) return unreadable(file, FAULT.tooLarge(limit).sentence);
    bytes = await fs.readFile(file);
  } catch (e) {
    return unreadable(file, openProblem(e));
  }
  return reportBytes(file, bytes, settings);
}

/** Checks one file; `file` is the path as found (given, or found in a folder). */
export async function checkPath(file: string, settings: Settings): Promise<FileReport> {
  try {
    return await readAndCheck(file, settings);
  } catch (e) {
    return couldNotBeChecked(file, e);
  }
}
