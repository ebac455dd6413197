/// <reference types="office-js" />
/**
 * The pane's service in Excel: each operation is one batch over the live workbook, made of the
 * Office.js adapter's calls (src/workbook/office) and the domain's check; it calls no Office API
 * itself. Calculate is two syncs (read, then write), Validate one, Go to cell one. Whatever
 * Excel throws comes back as a PaneError.
 */

import { calculateWorkbook, validateWorkbook } from "../../wres/check";
import { templateNames } from "../../wres/contract";
import type { Settings } from "../../wres/settings";
import {
  canInsertWorksheets,
  goToCell,
  insertWorksheets,
  officeSession,
  readDocumentSetting,
  readWorkbook,
  writeCheck,
  writeDocumentSetting,
  type OfficeSession,
  type WorkbookSnapshot,
} from "../../workbook/office";
import { failure, success, type PaneError, type PaneOutcome, type PaneResult, type WresService } from "../wres-service";
import { fetchBytes, loaded, TEMPLATE_URL, type FetchBytes } from "./assets";
import { paneCheckOptions } from "./check-stamp";
import {
  LAST_WRITTEN_KEY,
  SETTINGS_KEY,
  settingsForStore,
  settingsFromStore,
  writtenValuesForStore,
  writtenValuesFromStore,
} from "./document-store";
import { messageOf, paneErrorFrom } from "./excel-error";

/** What the service needs from the host; the defaults are Office's own (tests pass a fake). */
export interface ExcelHost extends OfficeSession {
  fetchBytes: FetchBytes;
  now(): Date;
}

export const officeHost = (): ExcelHost => ({ ...officeSession(), fetchBytes, now: () => new Date() });

const TEMPLATE_NAMES = templateNames();

const CANNOT_INSERT: PaneError = {
  message: "This version of Excel cannot insert sheets from another workbook.",
  advice: "Download the WRES template, open it and enter the figures there (or copy its sheets into this workbook).",
};

/** The pane then works with the default thresholds. */
const settingsUnreadable = (reason: string): PaneResult<never> =>
  failure({
    message: `The saved settings could not be read (${reason}).`,
    advice: "The default thresholds are used; open Settings to check them and save again.",
  });

export class ExcelWresService implements WresService {
  readonly mode = "excel" as const;

  constructor(private readonly host: ExcelHost = officeHost()) {}

  calculate(settings: Settings, overwrite: boolean): Promise<PaneResult<PaneOutcome>> {
    return this.attempt((context) => this.check(context, settings, overwrite));
  }

  validate(settings: Settings): Promise<PaneResult<PaneOutcome>> {
    return this.attempt(async (context) => {
      const snapshot = await readWorkbook(context, TEMPLATE_NAMES, [LAST_WRITTEN_KEY]);
      const check = validateWorkbook(snapshot.raw, this.options(settings, snapshot));
      return check.kind === "not-wres"
        ? { kind: "not-wres", fileName: null }
        : { kind: "checked", check, written: false, fileName: null };
    });
  }

  goToCell(address: string): Promise<PaneResult> {
    return this.attempt((context) => goToCell(context, address));
  }

  canInsertTemplate(): boolean {
    return canInsertWorksheets(this.host);
  }

  async insertTemplate(): Promise<PaneResult> {
    if (!this.canInsertTemplate()) return failure(CANNOT_INSERT);
    const template = await loaded(
      "template",
      () => this.host.fetchBytes(TEMPLATE_URL),
      "Check the connection to the add-in's server and try again, or download the template instead.",
    );
    if (!template.ok) return template;
    return this.attempt((context) => insertWorksheets(context, template.value));
  }

  /** When Excel fails or what is stored is not valid, the error says the pane uses the defaults. */
  async loadSettings(): Promise<PaneResult<Settings>> {
    const stored = await this.attempt((context) => readDocumentSetting(context, SETTINGS_KEY));
    if (!stored.ok) return settingsUnreadable(stored.error.message);
    try {
      return success(settingsFromStore(stored.value));
    } catch (e) {
      return settingsUnreadable(messageOf(e));
    }
  }

  saveSettings(settings: Settings): Promise<PaneResult> {
    return this.attempt((context) => writeDocumentSetting(context, SETTINGS_KEY, settingsForStore(settings)));
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

  /** One batch over the workbook; whatever it throws (Excel's refusal, or a bug) becomes the PaneError. */
  private async attempt<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<PaneResult<T>> {
    try {
      return success(await this.host.run(batch));
    } catch (e) {
      return failure(paneErrorFrom(e));
    }
  }
}
