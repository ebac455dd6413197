/**
 * What the pane's components can ask for, each one service operation run the one way
 * (`RunOperation`), with the action its result leads to.
 */

import type { Dispatch } from "react";
import type { ReportFormat } from "../../report/file-name";
import type { Settings } from "../../wres/settings";
import {
  failure,
  type CheckedWorkbook,
  type PaneError,
  type PaneOutcome,
  type PaneResult,
  type WorkbookSource,
  type WresService,
} from "../wres-service";
import type { Operation } from "./announcements";
import type { PaneAction } from "./pane-state";
import { settle, type RunOperation } from "./run-operation";

export interface PaneActions {
  calculate(): void;
  validate(): void;
  /** File mode's one button: reads the file again where it can, and checks it. */
  check(): void;
  /** The overwrite dialog's "Replace them": Calculate again, confirming the conflicts. */
  replaceConflicts(): void;
  cancelOverwrite(): void;
  goToCell(address: string): void;
  /** Excel: drafts a row for each adverse finding that has none (into empty rows only), then checks again. */
  draftActionPlan(): void;
  insertTemplate(): void;
  /** File mode: checks a workbook the user opened or dropped; it replaces a check still running. */
  openFile(source: WorkbookSource): void;
  /** Resolves to the service's result: its error is shown by the settings panel. */
  saveSettings(settings: Settings): Promise<PaneResult>;
  dismissError(): void;
  /** Create report: the board report of the results shown (the user has confirmed a draft). */
  createReport(check: CheckedWorkbook, format: ReportFormat): void;
}

export interface PaneActionsContext {
  readonly service: WresService;
  readonly run: RunOperation;
  readonly dispatch: Dispatch<PaneAction>;
  /** The settings the next operation uses. */
  readonly settings: () => Settings;
}

const PANE_BUSY: PaneError = { message: "The pane is busy.", advice: "Wait for it to finish, then save." };

export const failed = (error: PaneError, moveFocus = true, operation?: Operation): PaneAction => ({
  type: "failed",
  error,
  moveFocus,
  operation,
});

/** What a check's result leads to: its outcome shown, or its error. */
export const afterCheck =
  (operation: Operation, moveFocus: boolean) =>
  (result: PaneResult<PaneOutcome>): PaneAction =>
    result.ok
      ? { type: "checked", operation, outcome: result.value, moveFocus }
      : failed(result.error, moveFocus, operation);

export function isXlsxFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx");
}

const notXlsx = (name: string): PaneError => ({
  message: `"${name}" is not an .xlsx workbook.`,
  advice: "Open or drop an Excel workbook saved as .xlsx (Excel Workbook).",
});

export function paneActions({ service, run, dispatch, settings }: PaneActionsContext): PaneActions {
  const check = (
    operation: Operation,
    call: (s: Settings) => Promise<PaneResult<PaneOutcome>>,
    opening?: { fileName: string },
  ) =>
    void run({
      operation,
      call: () => call(settings()),
      after: afterCheck(operation, true),
      fileName: opening?.fileName,
      replaces: opening !== undefined,
    });
  return {
    calculate: () => check("calculate", (s) => service.calculate(s, false)),
    validate: () => check("validate", (s) => service.validate(s)),
    check: () => check("check", (s) => service.validate(s)),
    replaceConflicts: () => check("calculate", (s) => service.calculate(s, true)),
    cancelOverwrite: () => dispatch({ type: "overwrite-cancelled" }),
    // Not run as an operation: selecting a cell shows no spinner, and may be asked while one runs.
    goToCell: (address) =>
      void settle(() => service.goToCell(address)).then((result) => {
        if (!result.ok) dispatch(failed(result.error));
      }),
    draftActionPlan: () => {
      const draft = service.draftActionPlan?.bind(service);
      if (draft) check("draft-action-plan", (s) => draft(s));
    },
    insertTemplate: () =>
      void run({
        operation: "insert-template",
        call: () => service.insertTemplate(),
        after: (result) => (result.ok ? { type: "template-inserted" } : failed(result.error)),
      }),
    openFile: (source) => {
      const open = service.openFile?.bind(service);
      if (!open) return;
      // Refused before anything is opened: the file shown stays the one checked.
      if (!isXlsxFileName(source.name)) return dispatch(failed(notXlsx(source.name)));
      check("open", (s) => open(source, s), { fileName: source.name });
    },
    saveSettings: async (saved) => {
      const result = await run({
        operation: "save-settings",
        call: () => service.saveSettings(saved),
        after: (r): PaneAction =>
          r.ok
            ? { type: "settings-saved", settings: saved, checkWords: service.mode === "file" ? "Check" : undefined }
            : { type: "idle", announcement: `Settings not saved: ${r.error.message}` },
      });
      return result ?? failure(PANE_BUSY);
    },
    dismissError: () => dispatch({ type: "error-dismissed" }),
    createReport: (shown, format) => {
      const create = service.createReport?.bind(service);
      if (!create) return;
      void run({
        operation: "create-report",
        call: () => create(shown, format),
        after: (result) => (result.ok ? { type: "report-created", delivery: result.value } : failed(result.error)),
      });
    },
  };
}
