/** What the pane says about its work, in words: the live region's announcements and the counts line. */

import type { FlagCounts } from "../../wres/flags";
import { formatFlagCounts } from "../../wres/format";

/** The operations the pane runs through the service, one at a time. */
export type Operation = "load-settings" | "calculate" | "validate" | "open" | "insert-template" | "save-settings";

/** The spinner's label and the first announcement of an operation. */
export function busyLabel(operation: Operation, fileName: string | null): string {
  switch (operation) {
    case "load-settings":
      return "Loading settings…";
    case "calculate":
      return "Calculating…";
    case "validate":
      return "Validating…";
    case "open":
      return `Opening ${fileName ?? "the workbook"}…`;
    case "insert-template":
      return "Inserting the template…";
    case "save-settings":
      return "Saving settings…";
  }
}

/** "Calculated: 2 errors, 5 warnings, 7 gaps, 0 notes"; says so when nothing was written. */
export function checkedAnnouncement(operation: Operation, counts: FlagCounts, written: boolean): string {
  const verb = operation === "calculate" ? "Calculated" : operation === "open" ? "Opened and checked" : "Validated";
  const nothingWritten = written || operation !== "calculate" ? "" : " (nothing written)";
  return `${verb}${nothingWritten}: ${formatFlagCounts(counts)}`;
}
