/**
 * How a defined name's text is read, shared by every adapter (the .xlsx file, Office.js) so that
 * a workbook gives the domain the same definitions, and the same reasons for broken ones,
 * whichever way it is opened.
 */

import { parseRangeReference } from "../wres/a1";
import { WRES_PREFIX } from "../wres/contract";
import type { RawBrokenDefinition, RawLabel, RawSurroundings } from "../wres/raw";

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

/**
 * Labels are read beside blocks that end within this many columns (A to BL): the template's
 * sheets are at most 17 columns wide, which leaves room for columns a trust inserts, while a
 * name far to the right cannot make an adapter load thousands of cells to its left.
 */
export const LABEL_COLUMNS = 64;

/**
 * Where an adapter reads a block's labels (RawRange.surroundings): from column A to the block's
 * last column, from the row above the block (when there is one) to its last row; null when the
 * block's cells are not read or it ends beyond LABEL_COLUMNS. Zero-based and inclusive.
 */
export function labelWindow(
  top: number,
  left: number,
  rows: number,
  columns: number,
): { top: number; left: number; bottom: number; right: number } | null {
  if (!isReadable(rows, columns) || left + columns > LABEL_COLUMNS) return null;
  return { top: Math.max(0, top - 1), left: 0, bottom: top + rows - 1, right: left + columns - 1 };
}

/** The block's surroundings cut from its label window's text, row by row (the window's first row is the row above, unless the block starts on row 1). */
export function surroundingsOf(top: number, left: number, text: readonly (readonly RawLabel[])[]): RawSurroundings {
  const above = top > 0 ? text[0].slice(left) : null;
  const rows = top > 0 ? text.slice(1) : text;
  return { left: rows.map((row) => row.slice(0, left)), above };
}

/** Whether a range's cells are read at all. */
export function isReadable(rows: number, columns: number): boolean {
  return rows * columns <= MAX_CELLS_READ;
}
