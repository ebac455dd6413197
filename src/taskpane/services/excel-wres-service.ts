/// <reference types="office-js" />
/**
 * The pane's service in Excel: each operation is one Excel.run over the live workbook through
 * the Office.js adapter, computing only through the domain. Calculate is two syncs (read, then
 * write), Validate one, Go to cell one. Whatever Excel throws comes back as a PaneError.
 */

import { calculateWorkbook, validateWorkbook } from "../../wres/check";
import { templateNames } from "../../wres/contract";
import type { Settings } from "../../wres/settings";
import { goToCell, readWorkbook, writeCheck, type WorkbookSnapshot } from "../../workbook/office";
import type { PaneError, PaneOutcome, WresService } from "../wres-service";
import { fetchBytes, TEMPLATE_URL, toBase64, type FetchBytes } from "./assets";
import { paneCheckOptions } from "./check-stamp";
import {
  LAST_WRITTEN_KEY,
  SETTINGS_KEY,
  settingsForStore,
  settingsFromStore,
  writtenValuesForStore,
  writtenValuesFromStore,
} from "./document-store";
import { paneErrorFrom } from "./excel-error";

/** What the service needs from the host; the defaults are Office's own (tests pass a fake). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  fetchBytes: FetchBytes;
  now(): Date;
}

export const officeHost = (): ExcelHost => ({
  run: (batch) => Excel.run(batch),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  fetchBytes,
  now: () => new Date(),
});

const TEMPLATE_NAMES = templateNames();

/** insertWorksheetsFromBase64 is in ExcelApi 1.13; everything else the add-in uses is in 1.7 (the manifest's minimum). */
const INSERT_SHEETS_SET = ["ExcelApi", "1.13"] as const;

const CANNOT_INSERT: PaneError = {
  message: "This version of Excel cannot insert sheets from another workbook.",
  advice: "Download the WRES template, open it and enter the figures there (or copy its sheets into this workbook).",
};

export class ExcelWresService implements WresService {
  readonly mode = "excel" as const;

  constructor(private readonly host: ExcelHost = officeHost()) {}

  calculate(settings: Settings, overwrite: boolean): Promise<PaneOutcome> {
    return this.outcome((context) => this.check(context, settings, overwrite));
  }

  validate(settings: Settings): Promise<PaneOutcome> {
    return this.outcome(async (context) => {
      const snapshot = await readWorkbook(context, TEMPLATE_NAMES, [LAST_WRITTEN_KEY]);
      const check = validateWorkbook(snapshot.raw, this.options(settings, snapshot));
      return check.kind === "not-wres"
        ? { kind: "not-wres", fileName: null }
        : { kind: "checked", check, written: false, fileName: null };
    });
  }

  async goToCell(address: string): Promise<PaneError | null> {
    return this.attempt(() => this.host.run((context) => goToCell(context, address)));
  }

  canInsertTemplate(): boolean {
    return this.host.isSetSupported(...INSERT_SHEETS_SET);
  }

  async insertTemplate(): Promise<PaneError | null> {
    if (!this.canInsertTemplate()) return CANNOT_INSERT;
    let base64: string;
    try {
      base64 = toBase64(await this.host.fetchBytes(TEMPLATE_URL));
    } catch (e) {
      return {
        message: `The template could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
        advice: "Check the connection to the add-in's server and try again, or download the template instead.",
      };
    }
    return this.attempt(() =>
      this.host.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(base64);
        await context.sync();
      }),
    );
  }

  /** Rejects (with a plain message) when Excel fails or what is stored is not valid: the pane then uses the defaults. */
  async loadSettings(): Promise<Settings> {
    let stored: unknown;
    try {
      stored = await this.host.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        setting.load("value");
        await context.sync();
        return setting.isNullObject ? undefined : setting.value;
      });
    } catch (e) {
      throw new Error(paneErrorFrom(e).message);
    }
    return settingsFromStore(stored);
  }

  saveSettings(settings: Settings): Promise<PaneError | null> {
    return this.attempt(() =>
      this.host.run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, settingsForStore(settings));
        await context.sync();
      }),
    );
  }

  /** Read (sync 1), check, and unless something would be overwritten unasked, write (sync 2). */
  private async check(context: Excel.RequestContext, settings: Settings, overwrite: boolean): Promise<PaneOutcome> {
    const snapshot = await readWorkbook(context, TEMPLATE_NAMES, [LAST_WRITTEN_KEY]);
    const check = calculateWorkbook(snapshot.raw, this.options(settings, snapshot));
    if (check.kind === "not-wres") return { kind: "not-wres", fileName: null };
    // A template version this engine refuses is left untouched.
    if (check.refused) return { kind: "checked", check, written: false, fileName: null };
    if (check.conflicts.length > 0 && !overwrite) return { kind: "needs-confirmation", conflicts: check.conflicts };
    await writeCheck(context, {
      outputs: check.outputs,
      flags: check.flags,
      sheetNames: snapshot.sheetNames,
      store: new Map([[LAST_WRITTEN_KEY, writtenValuesForStore(check.outputs)]]),
    });
    return { kind: "checked", check, written: true, fileName: null };
  }

  private options(settings: Settings, snapshot: WorkbookSnapshot) {
    return paneCheckOptions(settings, this.host.now(), writtenValuesFromStore(snapshot.stored.get(LAST_WRITTEN_KEY)));
  }

  private async outcome(batch: (context: Excel.RequestContext) => Promise<PaneOutcome>): Promise<PaneOutcome> {
    try {
      return await this.host.run(batch);
    } catch (e) {
      return { kind: "error", error: paneErrorFrom(e) };
    }
  }

  private async attempt(action: () => Promise<void>): Promise<PaneError | null> {
    try {
      await action();
      return null;
    } catch (e) {
      return paneErrorFrom(e);
    }
  }
}
