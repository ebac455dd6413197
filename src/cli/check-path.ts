/**
 * One path → its FileReport: anything but a regular file (a pipe, a device) and a file too
 * large to be a return are refused before a byte is read; anything else is read, never beyond
 * the size limit, and checked by the domain. Never throws: a bad file, or even a bug, is one
 * unreadable entry. Runs in the pool's worker threads.
 */

import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync, statSync } from "fs";
import { validateWorkbook, type CheckedWorkbook } from "../wres/check";
import { templateNames } from "../wres/contract";
import type { Settings } from "../wres/settings";
import { DEFAULT_XLSX_LIMITS, readXlsx } from "../workbook/xlsx";
import { FAULT } from "../workbook/xlsx/fault";
import { couldNotBeChecked, unreadable, type FileReport } from "./file-report";
import { fileSystemProblem } from "./fs-problem";

const NAMES = templateNames();

/** Why a file is not a workbook that can be checked, completing "<path> …". */
export interface NotCheckable {
  readonly kind: "unreadable";
  readonly problem: string;
}

/** One workbook's bytes checked by the domain (Validate: nothing is written), or why they cannot be. */
export function checkBytes(bytes: Uint8Array, settings: Settings, today?: string): CheckedWorkbook | NotCheckable {
  const read = readXlsx(bytes, NAMES);
  if (!read.ok) return { kind: "unreadable", problem: read.error };
  const check = validateWorkbook(read.workbook, { settings, ...(today !== undefined && { today }) });
  return check.kind === "not-wres" ? { kind: "unreadable", problem: check.message } : check;
}

/** Checks one workbook's bytes; `file` is the path as found. */
export function reportBytes(file: string, bytes: Uint8Array, settings: Settings, today?: string): FileReport {
  const check = checkBytes(bytes, settings, today);
  if (check.kind === "unreadable") return unreadable(file, check.problem);
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
    // Template 1.1's keys (cli.md), each only when the workbook has its block.
    ...check.beyond,
  };
}

/** A FIFO, a device or a socket: reading one could block forever or never end. */
const NOT_A_FILE = "is not a regular file (it is a device, a pipe or a socket), so it cannot be a workbook";

/**
 * The file's bytes, read without blocking on a pipe and never more than `limit` + 1 bytes
 * whatever its size claims (a file in /proc says 0 bytes; a link may lead to /dev/zero).
 * A string is the problem that stops the read. Synchronous: this runs on a worker thread that
 * has nothing else to do meanwhile, and each asynchronous call would cost the thread a round
 * trip through libuv's thread pool (several per file, idle time on a busy machine).
 */
function readBounded(file: string | Buffer, limit: number): Uint8Array | string {
  const before = statSync(file);
  if (before.isDirectory()) return "is a folder";
  if (!before.isFile()) return NOT_A_FILE;
  if (before.size > limit) return FAULT.tooLarge(limit).sentence;
  // Non-blocking, so that a file swapped for a pipe since the stat above cannot block the open.
  const fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return NOT_A_FILE;
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(stat.size, 64 * 1024), limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return FAULT.tooLarge(limit).sentence;
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) return FAULT.tooLarge(limit).sentence;
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** "is a link to …" when the path is a link whose target is missing or cannot be reached. */
function brokenLink(file: string | Buffer, e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== "ENOENT" && code !== "ELOOP") return null;
  try {
    if (!lstatSync(file).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  return code === "ENOENT" ? "is a link to a file that does not exist" : fileSystemProblem(e);
}

/**
 * A file's bytes, never beyond the size limit, or why they cannot be read (completing "<path> …").
 * `missing` says a missing file: found in a folder it "no longer exists"; given by name it "does not exist".
 * Synchronous, as the reading is: each worker thread reads one file at a time (check-pool.ts).
 */
export function readWorkbookBytes(openAs: string | Buffer, missing?: string): Uint8Array | string {
  try {
    return readBounded(openAs, DEFAULT_XLSX_LIMITS.maxFileBytes);
  } catch (e) {
    return brokenLink(openAs, e) ?? fileSystemProblem(e, missing);
  }
}

function readAndCheck(
  file: string,
  settings: Settings,
  openAs: string | Buffer,
  today: string | undefined,
): FileReport {
  const read = readWorkbookBytes(openAs);
  return typeof read === "string" ? unreadable(file, read) : reportBytes(file, read, settings, today);
}

/**
 * Checks one file; `file` is the path as found (given, or found in a folder), `openAs` the
 * path's bytes when the name is not UTF-8 and the string would not find it. The work is
 * synchronous; the Promise is the worker's protocol (check-worker.ts awaits each report).
 */
export async function checkPath(
  file: string,
  settings: Settings,
  openAs: string | Buffer = file,
  today?: string,
): Promise<FileReport> {
  try {
    return readAndCheck(file, settings, openAs, today);
  } catch (e) {
    return couldNotBeChecked(file, e);
  }
}
