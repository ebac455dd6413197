/// <reference types="office-js" />
/**
 * Reads the template's names from the live workbook in ONE context.sync, whatever the number of
 * names: every load is queued first (null-object proxies for names that may not exist), then
 * one sync, then the results are translated exactly as the .xlsx reader translates a file.
 *
 * Queued per name: the workbook-scoped NamedItem (`getItemOrNullObject`: scope, formula), its
 * range (`getRangeOrNullObject`: address), and the cells of that range clipped to a 100 × 100
 * window at its top-left (values, valueTypes, numberFormat, formulas and the window's size). The
 * window keeps a name that covers whole columns from loading a million cells in the same batch:
 * cells are used only when the window holds the whole range, as the .xlsx reader reads cells
 * only for ranges of at most MAX_CELLS_READ (= 100 × 100) cells. Null objects propagate: a
 * missing name gives a null range and a null window, so nothing throws.
 * Queued once: the workbook-scoped names and every worksheet with its sheet-scoped names (for
 * sheet-scoped definitions and the count of WRES_ names), and the add-in's stored values.
 *
 * Relied on, and checked only against a fake of the object model (Excel cannot run here): that
 * methods called on a null object give null objects (public add-ins chain
 * `getItemOrNullObject(…).getRangeOrNullObject()` the same way), and that a worksheet's `names`
 * collection loads through `items/names/items/…` as `charts` and `tables` do. A name whose range
 * starts within 99 rows or columns of the grid's last row or column would push the window off
 * the grid; Excel would then refuse the whole read with a message, not read it wrongly.
 */

import { parseRangeReference } from "../../wres/a1";
import type { RawDefinition, RawName, RawWorkbook } from "../../wres/raw";
import { interpretDefinition, isReadable, isWresName, MAX_CELLS_READ, nameKey } from "../definition";
import { toRawCells } from "./cells";
import { queueSettingRead, storedValue } from "./document-settings";

/** The side of the square window of cells loaded per name (its area is MAX_CELLS_READ). */
const WINDOW_SIDE = Math.floor(Math.sqrt(MAX_CELLS_READ));

/** One read of the workbook: the names as the domain reads them, and what the write step needs. */
export interface WorkbookSnapshot {
  readonly raw: RawWorkbook;
  /** Every worksheet's name, in workbook order. */
  readonly sheetNames: readonly string[];
  /** The add-in's values stored in the document, by key (absent keys are missing). */
  readonly stored: ReadonlyMap<string, unknown>;
}

interface QueuedName {
  readonly name: string;
  readonly item: Excel.NamedItem;
  readonly range: Excel.Range;
  readonly window: Excel.Range;
}

function queueName(context: Excel.RequestContext, name: string): QueuedName {
  const item = context.workbook.names.getItemOrNullObject(name);
  item.load("scope, formula");
  const range = item.getRangeOrNullObject();
  range.load("address");
  const window = range.getIntersectionOrNullObject(range.getAbsoluteResizedRange(WINDOW_SIDE, WINDOW_SIDE));
  window.load("values, valueTypes, numberFormat, formulas, rowCount, columnCount");
  return { name, item, range, window };
}

/** Reads the given names (missing, broken and sheet-scoped ones included) and the stored keys: one sync. */
export async function readWorkbook(
  context: Excel.RequestContext,
  names: readonly string[],
  storedKeys: readonly string[] = [],
): Promise<WorkbookSnapshot> {
  const workbookNames = context.workbook.names.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name, items/names/items/name, items/names/items/formula");
  const queued = names.map((name) => queueName(context, name));
  const settings = storedKeys.map((key) => ({ key, setting: queueSettingRead(context, key) }));

  await context.sync();

  const sheetByKey = new Map(sheets.items.map((s) => [nameKey(s.name), s.name]));
  const findSheet = (sheet: string): string | undefined => sheetByKey.get(nameKey(sheet));
  const sheetScoped = sheets.items.flatMap((sheet) =>
    sheet.names.items.map((n) => ({ key: nameKey(n.name), sheet: sheet.name, refersTo: withoutEquals(n.formula) })),
  );

  const rawNames = new Map<string, RawName>();
  for (const q of queued) {
    rawNames.set(q.name, {
      name: q.name,
      workbook: q.item.isNullObject || q.item.scope !== "Workbook" ? null : definition(q, findSheet),
      sheetScoped: sheetScoped
        .filter((s) => s.key === nameKey(q.name))
        .map(({ sheet, refersTo }) => ({ sheet, refersTo })),
    });
  }
  const wresNameCount =
    workbookNames.items.filter((n) => isWresName(n.name)).length + sheetScoped.filter((s) => isWresName(s.key)).length;

  const stored = new Map<string, unknown>();
  for (const { key, setting } of settings) {
    const value = storedValue(setting);
    if (value !== undefined) stored.set(key, value);
  }

  return { raw: { names: rawNames, wresNameCount }, sheetNames: sheets.items.map((s) => s.name), stored };
}

/** Excel states a definition as a formula ("=Sheet!$A$1"); the file stores it without the "=". */
function withoutEquals(formula: unknown): string {
  return String(formula ?? "").replace(/^=/, "");
}

function definition(q: QueuedName, findSheet: (sheet: string) => string | undefined): RawDefinition {
  const refersTo = withoutEquals(q.item.formula);
  const stated = interpretDefinition(refersTo, findSheet);
  if (stated.kind === "broken") return stated;
  // Where Excel resolves the name is where it reads and writes: use its address.
  const resolved = q.range.isNullObject ? null : parseRangeReference(q.range.address);
  if (resolved === null || "reason" in resolved)
    return { kind: "broken", refersTo, reason: "is not a range reference" };
  const { sheet, top, left, rows, columns } = resolved;
  const whole =
    isReadable(rows, columns) &&
    !q.window.isNullObject &&
    q.window.rowCount === rows &&
    q.window.columnCount === columns;
  return { kind: "range", refersTo, sheet, top, left, rows, columns, cells: whole ? toRawCells(q.window) : null };
}
