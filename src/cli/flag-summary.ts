/** Summaries of one file's flags for the per-organisation views (the CSV row, the report's table). */

import type { FlagCode } from "../wres/flags";
import type { CheckedFile } from "./file-report";

/** How many output cells hold a figure that does not match the data. */
export function reportedMismatches(r: CheckedFile): number {
  return r.flags.filter((f) => f.code === "REPORTED_MISMATCH").length;
}

/** Each flag code raised, once, in the order the flags are listed (errors first). */
export function flagCodes(r: CheckedFile): FlagCode[] {
  return [...new Set(r.flags.map((f) => f.code))];
}
