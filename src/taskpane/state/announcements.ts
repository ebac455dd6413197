/** What the pane says about its work, in words: the live region's announcements and the counts line. */

import type { FlagCounts } from "../../wres/flags";
import { formatFlagCounts } from "../../wres/format";

/**
 * The operations the pane runs through the service, one at a time. "check" is file mode's one
 * button (Calculate and Validate do the same there); "load-example" checks the bundled sample on start.
 */
export type Operation =
  | "load-settings"
  | "load-example"
  | "calculate"
  | "validate"
  | "check"
  | "open"
  | "insert-template"
  | "save-settings"
  | "draft-action-plan"
  | "create-report";

/** The operations whose only result is what the pane shows: a later request may replace one while it runs. */
export const REPLACEABLE_OPERATIONS: ReadonlySet<Operation> = new Set<Operation>([
  "load-example",
  "validate",
  "check",
  "open",
]);

/** The spinner's label and the first announcement of an operation. */
export function busyLabel(operation: Operation, fileName: string | null): string {
  switch (operation) {
    case "load-settings":
      return "Loading settings…";
    case "load-example":
      return "Loading the example…";
    case "calculate":
      return "Calculating…";
    case "validate":
      return "Validating…";
    case "check":
      return fileName ? `Checking ${fileName}…` : "Checking…";
    case "open":
      return `Opening ${fileName ?? "the workbook"}…`;
    case "insert-template":
      return "Inserting the template…";
    case "save-settings":
      return "Saving settings…";
    case "draft-action-plan":
      return "Drafting the action plan…";
    case "create-report":
      return "Creating the report…";
  }
}

const VERBS: Partial<Record<Operation, string>> = {
  calculate: "Calculated",
  open: "Opened and checked",
  check: "Checked",
  "load-example": "Example checked",
  "draft-action-plan": "Action plan drafted and checked",
};

/** "Calculated: 2 errors, 5 warnings, 7 gaps, 0 notes"; says so when nothing was written. */
export function checkedAnnouncement(operation: Operation, counts: FlagCounts, written: boolean): string {
  const verb = VERBS[operation] ?? "Validated";
  const nothingWritten = written || operation !== "calculate" ? "" : " (nothing written)";
  return `${verb}${nothingWritten}: ${formatFlagCounts(counts)}`;
}
