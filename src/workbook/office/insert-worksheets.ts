/// <reference types="office-js" />
/**
 * Inserts every sheet of another workbook (the template) into the live one, then checks the
 * template's names as Excel now defines them: Excel has left `#REF!` or corrupted workbook names
 * after such inserts, so each is re-read in the same sync, and the caller re-creates the broken
 * ones from the template's own definitions (`redefineNames`).
 */

import { interpretDefinition, nameKey } from "../definition";
import type { OfficeSession } from "./office-session";
import { withoutEquals } from "./workbook-facts";

/** insertWorksheetsFromBase64 is in ExcelApi 1.13; everything else the add-in uses is in 1.7 (the manifest's minimum). */
export const INSERT_WORKSHEETS_SET = ["ExcelApi", "1.13"] as const;

/**
 * Excel on iPad reports ExcelApi 1.13 but does not support insertWorksheetsFromBase64
 * (Microsoft's reference for Workbook.insertWorksheetsFromBase64 says so), so it is offered
 * only where the set is there and the platform is not iOS.
 */
export function canInsertWorksheets(
  session: Pick<OfficeSession, "isSetSupported"> & Partial<Pick<OfficeSession, "platform">>,
): boolean {
  return session.isSetSupported(...INSERT_WORKSHEETS_SET) && session.platform?.() !== "iOS";
}

/** Base64 of bytes, as insertWorksheetsFromBase64 takes a workbook; in chunks, so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

interface QueuedNames {
  readonly names: Excel.NamedItemCollection;
  readonly sheets: Excel.WorksheetCollection;
}

const queueNames = (context: Excel.RequestContext): QueuedNames => ({
  names: context.workbook.names.load("items/name, items/type, items/formula"),
  sheets: context.workbook.worksheets.load("items/name"),
});

/** Of `expected`, the names that are not one range of an existing sheet (missing, #REF!, another workbook…). */
function brokenAmong(queued: QueuedNames, expected: readonly string[]): string[] {
  const sheets = new Set(queued.sheets.items.map((s) => nameKey(s.name)));
  const listed = new Map(queued.names.items.map((n) => [nameKey(n.name), n]));
  return expected.filter((name) => {
    const n = listed.get(nameKey(name));
    if (!n || n.type !== "Range") return true;
    const stated = interpretDefinition(withoutEquals(n.formula), (s) => (sheets.has(nameKey(s)) ? s : undefined));
    return stated.kind === "broken";
  });
}

/** Inserts the sheets of the workbook file `bytes` (an .xlsx), and answers which of `names` Excel left broken: one sync. */
export async function insertWorksheets(
  context: Excel.RequestContext,
  bytes: Uint8Array,
  names: readonly string[] = [],
): Promise<string[]> {
  context.workbook.insertWorksheetsFromBase64(toBase64(bytes));
  // Queued after the insert, so read after it.
  const queued = queueNames(context);
  await context.sync();
  return brokenAmong(queued, names);
}

/**
 * Defines each name anew (`refersTo` as the template file states it, without "="), deleting
 * what Excel left under that name first, then re-reads them: one sync. Answers the names still
 * broken (all of them when Excel refused the batch).
 */
export async function redefineNames(
  context: Excel.RequestContext,
  definitions: ReadonlyMap<string, string>,
): Promise<string[]> {
  const listed = context.workbook.names.load("items/name");
  await context.sync();
  const present = new Set(listed.items.map((n) => nameKey(n.name)));
  for (const [name, refersTo] of definitions) {
    if (present.has(nameKey(name))) context.workbook.names.getItem(name).delete();
    context.workbook.names.add(name, `=${refersTo}`);
  }
  const queued = queueNames(context);
  try {
    await context.sync();
  } catch {
    return [...definitions.keys()];
  }
  return brokenAmong(queued, [...definitions.keys()]);
}
