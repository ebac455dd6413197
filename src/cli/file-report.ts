/**
 * One file's entry in the `wres check` output (shared/spec/cli.md), checked or unreadable, and
 * the exit status of a run. Types and small helpers only: the main thread loads this without
 * the domain or the reader, which only the threads that check files need (./check-path).
 */

import type { BeyondReport, FlagCounts, IndicatorsReport } from "../wres";
import type { Flag } from "../wres/flags";

/** Template 1.1's `series`, `seriesSentences`, `actionPlan` and `goals` are BeyondReport's, each absent for a 1.0 workbook. */
export interface CheckedFile extends BeyondReport {
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

export function unreadable(file: string, problem: string): UnreadableFile {
  return { file, status: "unreadable", error: `${file} ${problem}.` };
}

/** A file whose check failed for a reason outside the file (a bug, a crashed or stuck worker). */
export function couldNotBeChecked(file: string, why: unknown): UnreadableFile {
  // An error from a worker thread (or another realm) is not `instanceof Error` here, but has a message.
  const message = typeof why === "object" && why !== null ? (why as { message?: unknown }).message : undefined;
  const text = typeof message === "string" ? message : String(why);
  // One plain sentence: the first line of the reason, without its own full stop.
  const reason = text.split("\n")[0].trim().replace(/\.$/, "") || "unknown failure";
  return unreadable(file, `could not be checked: ${reason}`);
}

/** The exit status of a run (cli.md): 2 if any file could not be read, else 1 if any error flag, else 0. */
export function exitStatus(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.status === "unreadable")) return 2;
  return reports.some((r) => r.status === "ok" && r.counts.errors > 0) ? 1 : 0;
}
