/**
 * One file's entry in the `wres check` output (shared/spec/cli.md): read the bytes, check the
 * workbook with the domain, and shape the result. Never throws for a bad file.
 */

import { checkWorkbook, templateNames, type FlagCounts, type IndicatorsReport, type Settings } from "../wres";
import type { Flag } from "../wres/flags";
import { readXlsx } from "../workbook/xlsx";

export interface CheckedFile {
  readonly file: string;
  readonly status: "ok";
  readonly organisation: string | null;
  readonly orgCode: string | null;
  readonly reportingYear: number | null;
  /** Extensions to cli.md's shape. */
  readonly surveyYear: number | null;
  readonly templateVersion: string | null;
  readonly indicators: IndicatorsReport;
  readonly flags: readonly Flag[];
  readonly counts: FlagCounts;
}

export interface UnreadableFile {
  readonly file: string;
  readonly status: "unreadable";
  /** One plain sentence, naming the file. */
  readonly error: string;
}

export type FileReport = CheckedFile | UnreadableFile;

const NAMES = templateNames();

export function unreadable(file: string, problem: string): UnreadableFile {
  return { file, status: "unreadable", error: `${file} ${problem}.` };
}

/** Checks one workbook's bytes; `file` is the path as the user gave it. */
export function reportBytes(file: string, bytes: Uint8Array, settings: Settings): FileReport {
  const read = readXlsx(bytes, NAMES);
  if (!read.ok) return unreadable(file, read.error);
  const check = checkWorkbook(read.workbook, { settings });
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

/** The exit status of a run (cli.md): 2 if any file could not be read, else 1 if any error flag, else 0. */
export function exitStatus(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.status === "unreadable")) return 2;
  return reports.some((r) => r.status === "ok" && r.counts.errors > 0) ? 1 : 0;
}
