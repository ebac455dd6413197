/**
 * The pane's service in a browser without Excel: it checks a workbook file through the .xlsx
 * reader (the bundled sample first, then any file the user opens or drops) and writes nothing
 * back. The reader is loaded on first use, as its own chunk, so Excel never loads it.
 */

import { validateWorkbook } from "../../wres/check";
import { templateNames } from "../../wres/contract";
import { DEFAULT_SETTINGS, type Settings } from "../../wres/settings";
import type { readXlsx } from "../../workbook/xlsx";
import type { PaneError, PaneOutcome, WresService } from "../wres-service";
import { fetchBytes, SAMPLE_FILE_NAME, SAMPLE_URL, type FetchBytes } from "./assets";
import { paneCheckOptions } from "./check-stamp";

/** The part of the .xlsx adapter this service uses. */
export interface XlsxReader {
  readXlsx: typeof readXlsx;
}

/** A real ES dynamic import (hence ".js", which the bundler maps to the .ts source): webpack makes it the "xlsx" chunk. */
export const loadXlsxReader = (): Promise<XlsxReader> =>
  import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx/index.js");

interface WorkbookFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const NOT_IN_FILE_MODE: PaneError = {
  message: "Inserting the template needs Excel: this pane is checking a workbook file, which it never changes.",
  advice: "Download the WRES template and open it in Excel.",
};

export class FileWresService implements WresService {
  readonly mode = "file" as const;
  private file: WorkbookFile | null = null;
  /** Thresholds live with the pane here: there is no document to store them in. */
  private settings: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly loadReader: () => Promise<XlsxReader> = loadXlsxReader,
    private readonly fetch: FetchBytes = fetchBytes,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** In a file nothing is written (so nothing is ever overwritten): Calculate computes and shows, as Validate does. */
  calculate(settings: Settings, _overwrite?: boolean): Promise<PaneOutcome> {
    return this.validate(settings);
  }

  async validate(settings: Settings): Promise<PaneOutcome> {
    try {
      this.file ??= { name: SAMPLE_FILE_NAME, bytes: await this.fetch(SAMPLE_URL) };
    } catch (e) {
      return {
        kind: "error",
        error: {
          message: `The sample workbook could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
          advice: "Open or drop a WRES workbook (.xlsx) instead.",
        },
      };
    }
    return this.check(this.file, settings);
  }

  openFile(name: string, bytes: Uint8Array, settings: Settings): Promise<PaneOutcome> {
    this.file = { name, bytes };
    return this.check(this.file, settings);
  }

  goToCell(): Promise<PaneError | null> {
    return Promise.resolve(null);
  }

  canInsertTemplate(): boolean {
    return false;
  }

  insertTemplate(): Promise<PaneError | null> {
    return Promise.resolve(NOT_IN_FILE_MODE);
  }

  loadSettings(): Promise<Settings> {
    return Promise.resolve(this.settings);
  }

  saveSettings(settings: Settings): Promise<PaneError | null> {
    this.settings = settings;
    return Promise.resolve(null);
  }

  private async check(file: WorkbookFile, settings: Settings): Promise<PaneOutcome> {
    let reader: XlsxReader;
    try {
      reader = await this.loadReader();
    } catch (e) {
      return {
        kind: "error",
        error: {
          message: `The workbook reader could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
          advice: "Check the connection to the add-in's server, then reload the page.",
        },
      };
    }
    const read = reader.readXlsx(file.bytes, templateNames());
    if (!read.ok) {
      return {
        kind: "error",
        error: { message: `${file.name} ${read.error}.`, advice: "Open another workbook saved as .xlsx." },
      };
    }
    const check = validateWorkbook(read.workbook, paneCheckOptions(settings, this.now()));
    return check.kind === "not-wres"
      ? { kind: "not-wres", fileName: file.name }
      : { kind: "checked", check, written: false, fileName: file.name };
  }
}
