/**
 * The one service the task pane's components call. Two implementations: the live workbook
 * (Office.js) and a workbook file in the browser (.xlsx adapter). Components make no Office
 * calls and compute nothing: results come from the domain through this service.
 *
 * Every operation answers with a PaneResult: whatever Excel, the network or a file refuses comes
 * back as a PaneError, said plainly with what to do about it. None rejects; a rejection would be
 * a bug in the add-in, which the pane still says plainly (`state/run-operation.ts`).
 */

import type { ReportFormat } from "../report/file-name";
import type { OverwriteConflict, Settings, WorkbookCheck } from "../wres";

export type CheckedWorkbook = Extract<WorkbookCheck, { kind: "checked" }>;

/** Something Excel (or the file) refused, said plainly with what to do about it. */
export interface PaneError {
  readonly message: string;
  readonly advice: string;
}

/** What an operation of the service gives: its value, or the error that stopped it. */
export type PaneResult<T = void> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PaneError };

export const success = <T>(value: T): PaneResult<T> => ({ ok: true, value });
export const failure = (error: PaneError): PaneResult<never> => ({ ok: false, error });
/** The result of an operation that has nothing to give back. */
export const DONE: PaneResult = success(undefined);

/**
 * The part of a File System Access file handle (`FileSystemFileHandle`, Edge and Chrome) the pane
 * uses: with one, every check reads the file again as it is on disk now.
 */
export interface WorkbookFileHandle {
  readonly kind: "file";
  readonly name: string;
  getFile(): Promise<File>;
}

/** A workbook the user opened or dropped: a handle where the browser gives one, else the File (its bytes as opened). */
export type WorkbookSource = File | WorkbookFileHandle;

export const isFileHandle = (source: WorkbookSource): source is WorkbookFileHandle =>
  typeof (source as Partial<WorkbookFileHandle>).getFile === "function";

/** File mode: the file a result was read from, and how fresh its bytes are. */
export interface ShownFile {
  readonly name: string;
  /** When the bytes checked were read: the result's honest stamp (not when the check ran). */
  readonly readAt: Date;
  /** True when every check reads the file again (a handle); false when it checks the bytes as opened. */
  readonly rereads: boolean;
  /** The bundled sample: a fictional trust's example data, not the user's. */
  readonly example: boolean;
}

/** What a check of the workbook (Calculate, Validate, a file opened) came to. */
export type PaneOutcome =
  | {
      readonly kind: "checked";
      readonly check: CheckedWorkbook;
      /** True when Calculate wrote the outputs, the summary and the "WRES checks" sheet. */
      readonly written: boolean;
      /** The file's name in the browser; null in Excel. */
      readonly fileName: string | null;
      /** File mode: where the bytes came from and when they were read. */
      readonly file?: ShownFile;
      /** What the user should know about how it was done, one sentence each (the workbook was recalculated first…). */
      readonly notices?: readonly string[];
    }
  /** The workbook has no WRES names: offer to insert the template. */
  | { readonly kind: "not-wres"; readonly fileName: string | null; readonly file?: ShownFile }
  /** Calculate stopped before writing because these output cells hold what the add-in did not write. */
  | { readonly kind: "needs-confirmation"; readonly conflicts: readonly OverwriteConflict[] };

/** What Create report did: the file offered, or (Excel on Mac) the WRES page opened in the browser. */
export interface ReportDelivery {
  /** "downloaded": the file was offered as a download; "browser": the pane's page was opened in the system's browser, where it downloads. */
  readonly delivered: "downloaded" | "browser";
  /** The report's file name, e.g. "Northmoor-Valley-NHS-Foundation-Trust-WRES-2025.docx"; null when none was made here. */
  readonly fileName: string | null;
  /** "DRAFT: 3 errors" for a draft; null otherwise. */
  readonly draft: string | null;
  /** What else the user should know, one sentence each (the "WRES charts" sheet rebuilt, or why not). */
  readonly notices: readonly string[];
}

export interface WresService {
  /** "excel": the live workbook, outputs are written; "file": a workbook file, nothing is written back. */
  readonly mode: "excel" | "file";
  /** Reads, computes and (in Excel) writes every output; `overwrite` confirms replacing the listed conflicts. */
  calculate(settings: Settings, overwrite: boolean): Promise<PaneResult<PaneOutcome>>;
  /** The reviewer's mode: reads inputs and the outputs already present, recomputes, writes nothing. */
  validate(settings: Settings): Promise<PaneResult<PaneOutcome>>;
  /** Selects a cell such as `'Indicators 2-4'!D7` in the workbook (does nothing for files). */
  goToCell(address: string): Promise<PaneResult>;
  /** Whether Insert template can insert the sheets here, or only offer the file. */
  canInsertTemplate(): boolean;
  /** Inserts the template's sheets into the current workbook. */
  insertTemplate(): Promise<PaneResult>;
  /**
   * Where a download link does nothing (Excel on Mac), opens the template in the system's
   * browser and answers true; false where the link downloads it as usual.
   */
  openTemplateInBrowser?(): boolean;
  /**
   * Excel only ("Draft the action plan"): writes a row (Indicator, Finding) for each adverse
   * finding that has none, into empty rows only, then checks the workbook again (as Validate);
   * an error, writing nothing, when that would overwrite a typed row or there is no room.
   * Absent in file mode, which writes nothing back.
   */
  draftActionPlan?(settings: Settings): Promise<PaneResult<PaneOutcome>>;
  /** The thresholds stored in the document, or the defaults when none are stored. */
  loadSettings(): Promise<PaneResult<Settings>>;
  saveSettings(settings: Settings): Promise<PaneResult>;
  /**
   * File mode: checks another workbook file (opened or dropped), which the next checks then read:
   * again from disk through a handle, else the bytes read as it was opened.
   */
  openFile?(source: WorkbookSource, settings: Settings): Promise<PaneResult<PaneOutcome>>;
  /**
   * Create report: the board report of `check` (the results the pane shows), as `wres report`
   * makes it, offered as a download; in Excel it also rebuilds the "WRES charts" sheet. The pane
   * asks the user first when the check has errors (the report is then a draft).
   */
  createReport?(check: CheckedWorkbook, format: ReportFormat): Promise<PaneResult<ReportDelivery>>;
  /**
   * True where Create report cannot offer a file and opens the pane's page in the system's
   * browser instead (Excel on Mac): the format is then chosen there, not here.
   */
  reportOpensInBrowser?(): boolean;
}
