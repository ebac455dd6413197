/**
 * The pane's service in a browser without Excel: it checks a workbook file through the .xlsx
 * reader (the bundled sample first, then any file the user opens or drops) and writes nothing
 * back. The reader is loaded on first use, as its own chunk, so Excel never loads it.
 */

import { validateWorkbook } from "../../wres/check";
import { templateNames } from "../../wres/contract";
import { DEFAULT_SETTINGS, type Settings } from "../../wres/settings";
import type { readXlsx } from "../../workbook/xlsx";
import {
  DONE,
  failure,
  success,
  type PaneError,
  type PaneOutcome,
  type PaneResult,
  type WresService,
} from "../wres-service";
import { fetchBytes, loaded, SAMPLE_FILE_NAME, SAMPLE_URL, type FetchBytes } from "./assets";
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
  calculate(settings: Settings, _overwrite?: boolean): Promise<PaneResult<PaneOutcome>> {
    return this.validate(settings);
  }

  async validate(settings: Settings): Promise<PaneResult<PaneOutcome>> {
    if (!this.file) {
      const sample = await loaded(
        "sample workbook",
        () => this.fetch(SAMPLE_URL),
        "Open or drop a WRES workbook (.xlsx) instead.",
      );
      if (!sample.ok) return sample;
      this.file = { name: SAMPLE_FILE_NAME, bytes: sample.value };
    }
    return this.check(this.file, settings);
  }

  openFile(name: string, bytes: Uint8Array, settings: Settings): Promise<PaneResult<PaneOutcome>> {
    this.file = { name, bytes };
    return this.check(this.file, settings);
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

  loadSettings(): Promise<PaneResult<Settings>> {
    return Promise.resolve(success(this.settings));
  }

  saveSettings(settings: Settings): Promise<PaneResult> {
    this.settings = settings;
    return Promise.resolve(DONE);
  }

  private async check(file: WorkbookFile, settings: Settings): Promise<PaneResult<PaneOutcome>> {
    const reader = await loaded(
      "workbook reader",
      this.loadReader,
      "Check the connection to the add-in's server, then reload the page.",
    );
    if (!reader.ok) return reader;
    const read = reader.value.readXlsx(file.bytes, templateNames());
    if (!read.ok) {
      return failure({ message: `${file.name} ${read.error}.`, advice: "Open another workbook saved as .xlsx." });
    }
    const check = validateWorkbook(read.workbook, paneCheckOptions(settings, this.now()));
    return success(
      check.kind === "not-wres"
        ? { kind: "not-wres", fileName: file.name }
        : { kind: "checked", check, written: false, fileName: file.name },
    );
  }
}
