/**
 * The pane's service in a browser without Excel: it checks a workbook file through the .xlsx
 * reader (the bundled sample first, then any file the user opens or drops) and writes nothing
 * back. Each check reads the file again where the browser gave a handle; else it checks the bytes
 * read when the file was opened, and says when that was. The reader is loaded on first use, as
 * its own chunk, so Excel never loads it.
 */

import type { ReportFormat } from "../../report/file-name";
import { templateNames } from "../../wres/contract";
import { DEFAULT_SETTINGS, type Settings } from "../../wres/settings";
import type { readXlsx } from "../../workbook/xlsx";
import {
  DONE,
  failure,
  isFileHandle,
  success,
  type PaneError,
  type PaneOutcome,
  type PaneResult,
  type CheckedWorkbook,
  type ReportDelivery,
  type ShownFile,
  type WorkbookFileHandle,
  type WorkbookSource,
  type WresService,
} from "../wres-service";
import { fetchBytes, loaded, SAMPLE_FILE_NAME, SAMPLE_URL, type FetchBytes } from "./assets";
import { paneCheckOptions } from "./check-stamp";
import { messageOf } from "./excel-error";
import type { SaveFile } from "./report-download";
import { loadReport } from "./report-file";
import { readFileBytes } from "./workbook-files";
import { loadUseCases } from "./use-cases";

/** The part of the .xlsx adapter this service uses. */
export interface XlsxReader {
  readXlsx: typeof readXlsx;
}

/** A real ES dynamic import (hence ".js", which the bundler maps to the .ts source): webpack makes it the "xlsx" chunk. */
export const loadXlsxReader = (): Promise<XlsxReader> =>
  import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx/index.js");

/** A workbook this service checks, and how a check reads it. */
interface WorkbookFile {
  readonly name: string;
  /** True when each read goes to the file again (a handle). */
  readonly rereads: boolean;
  readonly example: boolean;
  /** The bytes to check now, and when they were read. */
  read(): Promise<ReadBytes>;
}

interface ReadBytes {
  readonly bytes: Uint8Array;
  readonly readAt: Date;
}

const NOT_IN_FILE_MODE: PaneError = {
  message: "Inserting the template needs Excel: this pane is checking a workbook file, which it never changes.",
  advice: "Download the WRES template and open it in Excel.",
};

export class FileWresService implements WresService {
  readonly mode = "file" as const;
  /** The file the next check reads; null until the sample or a file is opened. */
  private file: WorkbookFile | null = null;
  /** Thresholds live with the pane here: there is no document to store them in. */
  private settings: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly loadReader: () => Promise<XlsxReader> = loadXlsxReader,
    private readonly fetch: FetchBytes = fetchBytes,
    private readonly now: () => Date = () => new Date(),
    /** Offers a made report as a download (tests pass a fake); the browser's download by default. */
    private readonly save?: SaveFile,
  ) {}

  /** In a file nothing is written (so nothing is ever overwritten): Calculate computes and shows, as Validate does. */
  calculate(settings: Settings, _overwrite?: boolean): Promise<PaneResult<PaneOutcome>> {
    return this.validate(settings);
  }

  /** Checks the file opened last, reading it again where it can; the bundled sample when none is. */
  async validate(settings: Settings): Promise<PaneResult<PaneOutcome>> {
    if (this.file) return this.check(this.file, settings);
    const sample = await loaded(
      "sample workbook",
      () => this.fetch(SAMPLE_URL),
      "Open or drop a WRES workbook (.xlsx) instead.",
    );
    if (!sample.ok) return sample;
    const example = this.bytesAsRead(SAMPLE_FILE_NAME, sample.value, true);
    // A file the user opened while the sample loaded stays the one the next check reads.
    this.file ??= example;
    return this.check(example, settings);
  }

  /** The file becomes the one checked from now on (at once, so that the latest file opened wins). */
  openFile(source: WorkbookSource, settings: Settings): Promise<PaneResult<PaneOutcome>> {
    const file = isFileHandle(source) ? this.handleFile(source) : this.openedFile(source);
    this.file = file;
    return this.check(file, settings);
  }

  goToCell(): Promise<PaneResult> {
    return Promise.resolve(DONE);
  }

  canInsertTemplate(): boolean {
    return false;
  }

  insertTemplate(): Promise<PaneResult> {
    return Promise.resolve(failure(NOT_IN_FILE_MODE));
  }

  /** The report of the results shown, downloaded through the browser. */
  async createReport(check: CheckedWorkbook, format: ReportFormat): Promise<PaneResult<ReportDelivery>> {
    const maker = await loadReport();
    if (!maker.ok) return maker;
    const { makeAndOfferReport, saveFile } = maker.value;
    return makeAndOfferReport(check, format, { source: this.file?.name, save: this.save ?? saveFile });
  }

  loadSettings(): Promise<PaneResult<Settings>> {
    return Promise.resolve(success(this.settings));
  }

  saveSettings(settings: Settings): Promise<PaneResult> {
    this.settings = settings;
    return Promise.resolve(DONE);
  }

  /** Bytes already read (the sample): every check sees these, stamped with when they were read. */
  private bytesAsRead(name: string, bytes: Uint8Array, example: boolean): WorkbookFile {
    const read = { bytes, readAt: this.now() };
    return { name, rereads: false, example, read: () => Promise.resolve(read) };
  }

  /** A plain File: read once, now; the browser gives no way to read the file on disk again. */
  private openedFile(file: File): WorkbookFile {
    const reading = readFileBytes(file).then((bytes) => ({ bytes, readAt: this.now() }));
    reading.catch(() => {}); // a failure is reported by the check that awaits it
    return { name: file.name, rereads: false, example: false, read: () => reading };
  }

  /** A handle: every check asks it for the file as it is on disk now. */
  private handleFile(handle: WorkbookFileHandle): WorkbookFile {
    return {
      name: handle.name,
      rereads: true,
      example: false,
      read: async () => {
        const bytes = await readFileBytes(await handle.getFile());
        return { bytes, readAt: this.now() };
      },
    };
  }

  private async check(file: WorkbookFile, settings: Settings): Promise<PaneResult<PaneOutcome>> {
    const reader = await loaded(
      "workbook reader",
      () => Promise.all([this.loadReader(), loadUseCases()]).then(([xlsx, useCases]) => ({ ...useCases, ...xlsx })),
      "Check the connection to the add-in's server, then reload the page.",
    );
    if (!reader.ok) return reader;
    let read: ReadBytes;
    try {
      read = await file.read();
    } catch (e) {
      return failure(unreadable(file, e));
    }
    const workbook = reader.value.readXlsx(read.bytes, templateNames());
    if (!workbook.ok) {
      return failure({ message: `${file.name} ${workbook.error}.`, advice: "Open another workbook saved as .xlsx." });
    }
    const shown: ShownFile = { name: file.name, readAt: read.readAt, rereads: file.rereads, example: file.example };
    // Stamped with when the bytes were read: a check of bytes read at 09:30 says 09:30, however late it runs;
    // and its today (overdue actions) is that reading's day on the pane's clock, as the results are the file's then.
    const check = reader.value.validateWorkbook(workbook.workbook, paneCheckOptions(settings, read.readAt));
    return success(
      check.kind === "not-wres"
        ? { kind: "not-wres", fileName: file.name, file: shown }
        : { kind: "checked", check, written: false, fileName: file.name, file: shown },
    );
  }
}

/** The file could not be read (moved, deleted, changed since a plain File was taken, or access withdrawn). */
function unreadable(file: WorkbookFile, e: unknown): PaneError {
  // A DOMException (NotFoundError, NotReadableError) is not an Error everywhere: its message is said alone.
  const reason = e instanceof DOMException ? e.message : messageOf(e);
  return {
    message: `${file.name} could not be read (${reason.replace(/\.$/, "")}).`,
    advice: file.rereads
      ? "Check that the file is still where it was, then Check again, or open it again."
      : "Open it again.",
  };
}
