/**
 * How a defined name's text is read, shared by every adapter (the .xlsx file, Office.js) so that
 * a workbook gives the domain the same definitions, and the same reasons for broken ones,
 * whichever way it is opened.
 */

import { parseRangeReference } from "../wres/a1";
import { WRES_PREFIX } from "../wres/contract";
import type { RawBrokenDefinition } from "../wres/raw";

/** A template block is at most a few dozen cells; a range beyond this is wrong anyway and its cells are not read. */
export const MAX_CELLS_READ = 10_000;

/** Names compare case-insensitively, as in Excel. */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

/** Whether a defined name counts towards "this is a WRES workbook". */
export function isWresName(name: string): boolean {
  return nameKey(name).startsWith(WRES_PREFIX);
}

/** A definition that refers to one rectangular range of an existing sheet. */
export interface RangeReference<Sheet> {
  readonly kind: "range";
  readonly refersTo: string;
  /** The sheet as the adapter knows it (its name, its index…), found by `findSheet`. */
  readonly sheet: Sheet;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Reads a workbook-scoped definition (`'Indicators 2-4'!$D$7:$F$7`, without a leading `=`): one
 * range on a sheet the workbook has, or broken with the reason in a few plain words.
 */
export function interpretDefinition<Sheet>(
  refersTo: string,
  findSheet: (sheetName: string) => Sheet | undefined,
): RangeReference<Sheet> | RawBrokenDefinition {
  const parsed = parseRangeReference(refersTo);
  if ("reason" in parsed) return { kind: "broken", refersTo, reason: parsed.reason };
  if (parsed.sheet.startsWith("[")) return { kind: "broken", refersTo, reason: "refers to another workbook" };
  const sheet = findSheet(parsed.sheet);
  if (sheet === undefined) {
    return { kind: "broken", refersTo, reason: `refers to a sheet that does not exist (${parsed.sheet})` };
  }
  const { top, left, rows, columns } = parsed;
  return { kind: "range", refersTo, sheet, top, left, rows, columns };
}

/** Whether a range's cells are read at all. */
export function isReadable(rows: number, columns: number): boolean {
  return rows * columns <= MAX_CELLS_READ;
}
