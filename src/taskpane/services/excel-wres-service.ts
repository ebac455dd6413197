/// <reference types="office-js" />
/**
 * The pane's service in Excel: each operation is one batch over the live workbook, made of the
 * Office.js adapter's calls (src/workbook/office) and the domain's check; it calls no Office API
 * itself. When nothing fails, Calculate is two syncs (read, then write), Validate one, Go to
 * cell one, Draft the action plan three (read, write the drafted cells, read again). Whatever Excel throws comes back as a PaneError; what went partly wrong but left the
 * results sound (the checks sheet could not be built, the workbook was recalculated first) comes
 * back as a notice beside the results.
 */

import type { ReportFormat } from "../../report/file-name";
import { templateNames } from "../../wres/contract";
import { plural } from "../../wres/format";
import type { Settings } from "../../wres/settings";
import {
  canInsertWorksheets,
  CHECKS_SHEET_NAME,
  DraftWriteRefused,
  goToCell,
  GoToCellRefused,
  insertWorksheets,
  officeSession,
  protectedOutputSheets,
  readDocumentSetting,
  readWorkbook,
  redefineNames,
  writeActionPlanDraft,
  writeCheck,
  writeDocumentSetting,
  type OfficeSession,
  type WorkbookSnapshot,
} from "../../workbook/office";
import {
  DONE,
  failure,
  success,
  type PaneError,
  type PaneOutcome,
  type PaneResult,
  type CheckedWorkbook,
  type ReportDelivery,
  type WresService,
} from "../wres-service";
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
import { goToCellError, messageOf, paneErrorFrom } from "./excel-error";
import { loadXlsxReader, type XlsxReader } from "./file-wres-service";
import type { SaveFile } from "./report-download";
import { loadReport } from "./report-file";
import { loadUseCases } from "./use-cases";

/** What the service needs from the host; the defaults are Office's own (tests pass a fake). */
export interface ExcelHost extends OfficeSession {
  fetchBytes: FetchBytes;
  now(): Date;
  /** The .xlsx reader, loaded on demand: it reads the template's own definitions when names need re-creating. */
  loadXlsxReader?: () => Promise<XlsxReader>;
  /** The pane page's address, against which the template's absolute URL is made. */
  baseUrl?: () => string;
  /** Offers a made report as a download (where the host's webview downloads); the browser's download by default. */
  saveFile?: SaveFile;
}

export const officeHost = (): ExcelHost => ({
  ...officeSession(),
  fetchBytes,
  now: () => new Date(),
  loadXlsxReader,
  baseUrl: () => document.baseURI,
});

/** Said when Excel was set to calculate manually (the read recalculated first, as F9 does). */
export const RECALCULATED_NOTICE =
  "Excel is set to calculate manually, so the add-in recalculated the workbook (as F9 does) before reading it.";

const TEMPLATE_NAMES = templateNames();

const CANNOT_INSERT: PaneError = {
  message: "This version of Excel cannot insert sheets from another workbook.",
  advice: "Download the WRES template, open it and enter the figures there (or copy its sheets into this workbook).",
};

const protectedSheets = (sheets: readonly string[]): PaneError => ({
  message: `The sheet${sheets.length > 1 ? "s" : ""} ${sheets.map((s) => `"${s}"`).join(" and ")} ${
    sheets.length > 1 ? "are" : "is"
  } protected, so Excel would refuse the results there: nothing was written.`,
  advice: `Unprotect ${sheets.length > 1 ? "them" : "it"} (Review → Unprotect Sheet), then Calculate again. Validate only writes nothing and works on protected sheets.`,
});

const namesLeftBroken = (names: readonly string[], why: string): PaneError => ({
  message: `The template's sheets were inserted, but ${why}: ${names.join(", ")}.`,
  advice:
    "Download the WRES template and enter the figures there instead, or fix these names in Formulas → Name Manager.",
});

/** The pane then works with the default thresholds. */
const settingsUnreadable = (reason: string): PaneResult<never> =>
  failure({
    message: `The saved settings could not be read (${reason}).`,
    advice: "The default thresholds are used; open Settings to check them and save again.",
  });

/** A refusal the service decides on inside a batch, said as it is. */
class PaneRefusal extends Error {
  constructor(readonly error: PaneError) {
    super(error.message);
  }
}

/** "Drafted 4 rows of the action plan: fill in the lead, the action and the due date." */
export const draftedNotice = (rows: number): string =>
  `Drafted ${plural(rows, "row")} of the action plan: fill in the lead, the action and the due date.`;

/** Said when "Draft the action plan" finds a row for every adverse finding. */
export const NOTHING_TO_DRAFT = "Every adverse finding already has a row in the action plan, so nothing was drafted.";

const NO_ACTION_PLAN: PaneError = {
  message: "This workbook has no action plan (WRES_ActionPlan, template 1.1), so nothing was drafted.",
  advice: "Insert the template's Action plan sheet, or download the template 1.1 and enter the figures there.",
};

/** The domain's sentence on why it drafted nothing (no room, or it would overwrite a typed row). */
const draftRefused = (message: string): PaneError => ({
  message,
  advice: "Nothing in the workbook was changed.",
});

/** What the read itself tells the user. */
function readNotices(snapshot: WorkbookSnapshot): string[] {
  return snapshot.recalculated ? [RECALCULATED_NOTICE] : [];
}

export class ExcelWresService implements WresService {
  readonly mode = "excel" as const;

  constructor(private readonly host: ExcelHost = officeHost()) {}

  calculate(settings: Settings, overwrite: boolean): Promise<PaneResult<PaneOutcome>> {
    return this.attempt((context) => this.check(context, settings, overwrite));
  }

  /**
   * Read (sync 1), draft, write the drafted rows' Indicator and Finding (sync 2), then read and
   * validate again (sync 3), so that the results show the plan as it now is.
   */
  draftActionPlan(settings: Settings): Promise<PaneResult<PaneOutcome>> {
    return this.attempt(async (context) => {
      const { draftWorkbookActionPlan } = await loadUseCases();
      const snapshot = await readWorkbook(context, TEMPLATE_NAMES, [LAST_WRITTEN_KEY]);
      const drafting = draftWorkbookActionPlan(snapshot.raw, this.options(settings, snapshot));
      if (drafting.kind === "not-wres") return { kind: "not-wres", fileName: null };
      if (drafting.draft === null) throw new PaneRefusal(NO_ACTION_PLAN);
      if (!drafting.draft.ok) throw new PaneRefusal(draftRefused(drafting.draft.message));
      const block = drafting.block;
      if (block === null) return this.validated(context, settings, [NOTHING_TO_DRAFT]);
      const locked = protectedOutputSheets([block], snapshot.raw, snapshot.sheets);
      if (locked.length > 0) throw new PaneRefusal(protectedSheets(locked));
      await writeActionPlanDraft(context, block, snapshot.raw);
      return this.validated(context, settings, [draftedNotice(drafting.draft.rows.length)]);
    });
  }

  validate(settings: Settings): Promise<PaneResult<PaneOutcome>> {
    return this.attempt((context) => this.validated(context, settings));
  }

  /** Read (one sync) and check, writing nothing; `before` are notices of what was done first. */
  private async validated(
    context: Excel.RequestContext,
    settings: Settings,
    before: readonly string[] = [],
  ): Promise<PaneOutcome> {
    const { validateWorkbook } = await loadUseCases();
    const snapshot = await readWorkbook(context, TEMPLATE_NAMES, [LAST_WRITTEN_KEY]);
    const check = validateWorkbook(snapshot.raw, this.options(settings, snapshot));
    return check.kind === "not-wres"
      ? { kind: "not-wres", fileName: null }
      : { kind: "checked", check, written: false, fileName: null, notices: [...before, ...readNotices(snapshot)] };
  }

  async goToCell(address: string): Promise<PaneResult> {
    try {
      return success(await this.host.run((context) => goToCell(context, address)));
    } catch (e) {
      return failure(e instanceof GoToCellRefused ? goToCellError(e.refusal) : paneErrorFrom(e));
    }
  }

  /**
   * Where a download link does nothing (Excel on Mac's webview), opens the template's absolute
   * URL in the system's browser instead; false when the host cannot, and the link should download.
   */
  openTemplateInBrowser(): boolean {
    if (this.downloadsWork() || !this.host.baseUrl) return false;
    return this.openInSystemBrowser(new URL(TEMPLATE_URL, this.host.baseUrl()).href);
  }

  /** False in Excel on Mac, whose webview ignores downloads by design (OfficeDev/office-js#2700). */
  private downloadsWork(): boolean {
    return this.host.platform?.() !== "Mac";
  }

  /** Opens an http(s) address in the system's browser; false when the host cannot. */
  private openInSystemBrowser(href: string): boolean {
    return this.host.openBrowserWindow?.(href) === true;
  }

  canInsertTemplate(): boolean {
    return canInsertWorksheets(this.host);
  }

  /**
   * Rebuilds the "WRES charts" sheet (a read and a write), then offers the report as a download.
   * Excel on Mac's webview ignores downloads (OfficeDev/office-js#2700), and the system's browser
   * opens only http(s) URLs (openBrowserWindow), not a document made here: there the pane's own
   * page is opened in the browser, where the same button downloads the report of the saved workbook.
   */
  async createReport(check: CheckedWorkbook, format: ReportFormat): Promise<PaneResult<ReportDelivery>> {
    const maker = await loadReport();
    if (!maker.ok) return maker;
    const { rebuildChartsSheet, chartsNotice, makeAndOfferReport, reportInBrowser, saveFile, withNotices } =
      maker.value;
    const charts = await this.attempt((context) =>
      rebuildChartsSheet(context, { rlBand: check.settings.rlBand, history: check.beyond.series !== undefined }),
    );
    const notices = [chartsNotice(charts)];
    if (this.reportOpensInBrowser()) {
      const page = this.pageUrl();
      return withNotices(reportInBrowser(page, page !== null && this.openInSystemBrowser(page), notices), notices);
    }
    return withNotices(
      await makeAndOfferReport(check, format, { save: this.host.saveFile ?? saveFile, notices }),
      notices,
    );
  }

  reportOpensInBrowser(): boolean {
    return !this.downloadsWork();
  }

  /** The pane page's own address, without the host's query: what the system's browser opens on Mac. */
  private pageUrl(): string | null {
    if (!this.host.baseUrl) return null;
    const page = new URL(this.host.baseUrl());
    page.search = "";
    page.hash = "";
    return page.href;
  }

  async insertTemplate(): Promise<PaneResult> {
    if (!this.canInsertTemplate()) return failure(CANNOT_INSERT);
    const template = await loaded(
      "template",
      () => this.host.fetchBytes(TEMPLATE_URL),
      "Check the connection to the add-in's server and try again, or download the template instead.",
    );
    if (!template.ok) return template;
    const bytes = template.value;
    const broken = await this.attempt((context) => insertWorksheets(context, bytes, TEMPLATE_NAMES));
    if (!broken.ok) return broken;
    return broken.value.length === 0 ? DONE : this.recreateNames(bytes, broken.value);
  }

  /** Re-creates names Excel broke while inserting, from the template file's own definitions. */
  private async recreateNames(template: Uint8Array, names: readonly string[]): Promise<PaneResult> {
    const load = this.host.loadXlsxReader ?? loadXlsxReader;
    let definitions: Map<string, string>;
    try {
      const read = (await load()).readXlsx(template, names);
      if (!read.ok) return failure(namesLeftBroken(names, `its names could not be checked (${read.error})`));
      definitions = new Map(
        [...read.workbook.names.values()].flatMap((n) =>
          n.workbook?.kind === "range" ? [[n.name, n.workbook.refersTo] as const] : [],
        ),
      );
    } catch (e) {
      return failure(namesLeftBroken(names, `its names could not be checked (${messageOf(e)})`));
    }
    const stillBroken = await this.attempt((context) => redefineNames(context, definitions));
    if (!stillBroken.ok)
      return failure(namesLeftBroken(names, "Excel broke these names and refused to re-create them"));
    const left = [...stillBroken.value, ...names.filter((n) => !definitions.has(n))];
    return left.length === 0
      ? DONE
      : failure(namesLeftBroken(left, "Excel broke these names and they could not be re-created"));
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
    const { calculateWorkbook } = await loadUseCases();
    const snapshot = await readWorkbook(context, TEMPLATE_NAMES, [LAST_WRITTEN_KEY]);
    const options = this.options(settings, snapshot);
    const check = calculateWorkbook(snapshot.raw, options);
    if (check.kind === "not-wres") return { kind: "not-wres", fileName: null };
    // A template version this engine refuses is left untouched.
    const notices = readNotices(snapshot);
    if (check.refused) return { kind: "checked", check, written: false, fileName: null, notices };
    // Excel does not roll a failed batch back: refuse before writing anything.
    const locked = protectedOutputSheets(check.outputs, snapshot.raw, snapshot.sheets);
    if (locked.length > 0) throw new PaneRefusal(protectedSheets(locked));
    if (check.conflicts.length > 0 && !overwrite) return { kind: "needs-confirmation", conflicts: check.conflicts };
    const checksSheet = await writeCheck(context, {
      outputs: check.outputs,
      flags: check.flags,
      sheets: snapshot.sheets,
      structureProtected: snapshot.structureProtected,
      store: new Map([[LAST_WRITTEN_KEY, writtenValuesForStore(check.outputs)]]),
      read: snapshot.raw,
    });
    const draft = check.actionPlanDraft;
    if (draft?.ok && draft.rows.length > 0) notices.unshift(draftedNotice(draft.rows.length));
    else if (draft && !draft.ok) notices.unshift(draft.message);
    if (!checksSheet.built) {
      notices.push(
        `The "${CHECKS_SHEET_NAME}" sheet was not updated (${checksSheet.reason}); the results and the outputs in the workbook are.`,
      );
    }
    return { kind: "checked", check, written: true, fileName: null, notices };
  }

  private options(settings: Settings, snapshot: WorkbookSnapshot) {
    return paneCheckOptions(settings, this.host.now(), writtenValuesFromStore(snapshot.stored.get(LAST_WRITTEN_KEY)));
  }

  /** One batch over the workbook; whatever it throws (Excel's refusal, or a bug) becomes the PaneError. */
  private async attempt<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<PaneResult<T>> {
    try {
      return success(await this.host.run(batch));
    } catch (e) {
      if (e instanceof DraftWriteRefused) return failure(draftRefused(e.message));
      return failure(e instanceof PaneRefusal ? e.error : paneErrorFrom(e));
    }
  }
}
