/**
 * The one service the task pane's components call. Two implementations: the live workbook
 * (Office.js) and a workbook file in the browser (.xlsx adapter). Components make no Office
 * calls and compute nothing: results come from the domain through this service.
 */

import type { OverwriteConflict, Settings, WorkbookCheck } from "../wres";

export type CheckedWorkbook = Extract<WorkbookCheck, { kind: "checked" }>;

/** Something Excel (or the file) refused, said plainly with what to do about it. */
export interface PaneError {
  readonly message: string;
  readonly advice: string;
}

export type PaneOutcome =
  | {
      readonly kind: "checked";
      readonly check: CheckedWorkbook;
      /** True when Calculate wrote the outputs, the summary and the "WRES checks" sheet. */
      readonly written: boolean;
      /** The file's name in the browser; null in Excel. */
      readonly fileName: string | null;
    }
  /** The workbook has no WRES names: offer to insert the template. */
  | { readonly kind: "not-wres"; readonly fileName: string | null }
  /** Calculate stopped before writing because these output cells hold what the add-in did not write. */
  | { readonly kind: "needs-confirmation"; readonly conflicts: readonly OverwriteConflict[] }
  | { readonly kind: "error"; readonly error: PaneError };

export interface WresService {
  /** "excel": the live workbook, outputs are written; "file": a workbook file, nothing is written back. */
  readonly mode: "excel" | "file";
  /** Reads, computes and (in Excel) writes every output; `overwrite` confirms replacing the listed conflicts. */
  calculate(settings: Settings, overwrite: boolean): Promise<PaneOutcome>;
  /** The reviewer's mode: reads inputs and the outputs already present, recomputes, writes nothing. */
  validate(settings: Settings): Promise<PaneOutcome>;
  /** Selects a cell such as `'Indicators 2-4'!D7` in the workbook (no-op for files). */
  goToCell(address: string): Promise<PaneError | null>;
  /** Whether Insert template can insert the sheets here, or only offer the file. */
  canInsertTemplate(): boolean;
  /** Inserts the template's sheets into the current workbook. */
  insertTemplate(): Promise<PaneError | null>;
  /** The thresholds stored in the document, or the defaults. */
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<PaneError | null>;
  /** File mode: checks another workbook file (opened or dropped). */
  openFile?(name: string, bytes: Uint8Array, settings: Settings): Promise<PaneOutcome>;
}
