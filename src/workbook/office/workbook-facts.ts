/// <reference types="office-js" />
/**
 * What a read learns about the workbook besides the template names' cells, queued into the same
 * batch: every sheet (name, visibility, protection) with its own names, the workbook-level names
 * with their types and definitions, whether the structure is protected, the calculation mode,
 * and the add-in's stored values. Every call here is documented not to throw on any workbook:
 * collections, loaded through `items/…` paths, and `settings.getItemOrNullObject`, whose null
 * object is only asked `isNullObject`.
 */

import { isWresName, nameKey } from "../definition";
import { queueSettingRead, storedValue } from "./document-settings";

/** A worksheet as the write step needs to know it before writing anything. */
export interface SheetFacts {
  readonly name: string;
  /** "Visible", "Hidden" or "VeryHidden" (Excel.SheetVisibility). */
  readonly visibility: string;
  /** Review → Protect Sheet is on: Excel refuses every write to it. */
  readonly protected: boolean;
}

/** A workbook-level name as Excel lists it: `type` is Excel.NamedItemType ("Range", "Error", "Double"…). */
export interface ListedName {
  readonly name: string;
  readonly type: string;
  /** As Excel states it, with its "=": "='Indicators 2-4'!$D$7:$F$7". */
  readonly formula: string;
}

export interface WorkbookFacts {
  readonly sheets: readonly SheetFacts[];
  readonly workbookNames: readonly ListedName[];
  /** Names defined on one sheet only (scope "Worksheet"), by upper-case name. */
  readonly sheetScoped: readonly { readonly key: string; readonly sheet: string; readonly refersTo: string }[];
  readonly structureProtected: boolean;
  /** Application.calculationMode: "Automatic", "AutomaticExceptTables" or "Manual". */
  readonly calculationMode: string;
  readonly stored: ReadonlyMap<string, unknown>;
}

export interface QueuedFacts {
  readonly workbookNames: Excel.NamedItemCollection;
  readonly sheets: Excel.WorksheetCollection;
  readonly protection: Excel.WorkbookProtection;
  readonly application: Excel.Application;
  readonly settings: readonly { readonly key: string; readonly setting: Excel.Setting }[];
}

export function queueFacts(context: Excel.RequestContext, storedKeys: readonly string[]): QueuedFacts {
  return {
    workbookNames: context.workbook.names.load("items/name, items/type, items/formula"),
    // Each sheet's names carry their scope: Excel on the web has listed workbook-level names in
    // `worksheet.names` too (OfficeDev/office-js#1011), so only scope "Worksheet" is sheet-scoped.
    sheets: context.workbook.worksheets.load(
      "items/name, items/visibility, items/protection/protected, items/names/items/name, items/names/items/formula, items/names/items/scope",
    ),
    protection: context.workbook.protection.load("protected"),
    application: context.application.load("calculationMode"),
    settings: storedKeys.map((key) => ({ key, setting: queueSettingRead(context, key) })),
  };
}

/** Excel states a definition as a formula ("=Sheet!$A$1"); the file stores it without the "=". */
export function withoutEquals(formula: unknown): string {
  return String(formula ?? "").replace(/^=/, "");
}

/** After the sync that ran `queueFacts`. */
export function factsAfterSync(queued: QueuedFacts): WorkbookFacts {
  const stored = new Map<string, unknown>();
  for (const { key, setting } of queued.settings) {
    const value = storedValue(setting);
    if (value !== undefined) stored.set(key, value);
  }
  const sheetItems = queued.sheets.items;
  return {
    sheets: sheetItems.map((s) => ({
      name: s.name,
      visibility: String(s.visibility),
      protected: s.protection.protected,
    })),
    workbookNames: queued.workbookNames.items.map((n) => ({ name: n.name, type: String(n.type), formula: n.formula })),
    sheetScoped: sheetItems.flatMap((sheet) =>
      sheet.names.items
        .filter((n) => n.scope === "Worksheet")
        .map((n) => ({ key: nameKey(n.name), sheet: sheet.name, refersTo: withoutEquals(n.formula) })),
    ),
    structureProtected: queued.protection.protected,
    calculationMode: String(queued.application.calculationMode),
    stored,
  };
}

/** Count of `WRES_` names in any scope; 0 means this is not a WRES workbook. */
export function wresNameCount(facts: WorkbookFacts): number {
  return (
    facts.workbookNames.filter((n) => isWresName(n.name)).length +
    facts.sheetScoped.filter((s) => isWresName(s.key)).length
  );
}
