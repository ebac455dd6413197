/**
 * Reads the cells a check needs from a worksheet part in one forward pass: rows that no
 * requested range touches are only checked for well-formedness, and only cells inside a range
 * are decoded.
 */

import { readStringItem } from "./rich-text";
import { isSpreadsheetElement, XmlCursor, XmlSyntaxError } from "./xml-cursor";

/** A rectangle of cells to read, zero-based and inclusive. */
export interface CellWindow {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell as the sheet stores it, before shared strings and styles are looked up. */
export interface StoredCell {
  /** The `t` attribute: `s`, `str`, `inlineStr`, `b`, `e`, `n`, `d`, or null (a number). */
  readonly type: string | null;
  /** The `s` attribute: an index into the styles' cell formats. */
  readonly styleIndex: number;
  /** The decoded `<v>` text, or null when there is none. */
  readonly value: string | null;
  /** The text of `<is>` for inline strings. */
  readonly inlineText: string | null;
  readonly formula: boolean;
}

const MAX_COLUMNS = 16_384;

/** A map key for a cell position. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

const CELL_REFERENCE = /^\s*\$?([A-Za-z]{1,3})\$?\d{1,7}\s*$/;
const ROW_NUMBER = /^\s*(\d{1,7})\s*$/;

/**
 * The stored cells inside any of the windows, by cellKey. Rows and cells without an `r`
 * attribute follow the previous one, as the file format allows. Throws XmlSyntaxError.
 */
export function readSheetCells(xml: string, windows: readonly CellWindow[]): Map<number, StoredCell> {
  const cells = new Map<number, StoredCell>();
  const cursor = new XmlCursor(xml);
  // A chart sheet has no cells; a part without any element at all is not XML.
  if (!cursor.nextElement()) throw new XmlSyntaxError("no root element");
  while (cursor.nextInside(1)) {
    if (cursor.depth === 2 && isSpreadsheetElement(cursor, "sheetData") && windows.length > 0) {
      readRows(cursor, windows, cells);
    } else {
      cursor.skip();
    }
  }
  cursor.finish();
  return cells;
}

function readRows(cursor: XmlCursor, windows: readonly CellWindow[], cells: Map<number, StoredCell>): void {
  let row = -1;
  while (cursor.nextInside(2)) {
    if (cursor.depth !== 3 || !isSpreadsheetElement(cursor, "row")) {
      cursor.skip();
      continue;
    }
    row = rowNumber(cursor.attribute("r"), row);
    const rowWindows = windowsOfRow(windows, row);
    if (rowWindows.length > 0) readRowCells(cursor, row, rowWindows, cells);
    else cursor.skip();
  }
}

/** The windows that hold some of this row (a loop: it runs for every row of the sheet). */
function windowsOfRow(windows: readonly CellWindow[], row: number): CellWindow[] {
  const found: CellWindow[] = [];
  for (const w of windows) if (row >= w.top && row <= w.bottom) found.push(w);
  return found;
}

/** A row's zero-based index from `r="12"`, or the one after the previous row. */
function rowNumber(attribute: string | undefined, previous: number): number {
  if (attribute !== undefined) {
    const plain = plainNumber(attribute);
    if (plain >= 1) return plain - 1;
  }
  const m = attribute === undefined ? null : ROW_NUMBER.exec(attribute);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 ? n - 1 : previous + 1;
}

function readRowCells(
  cursor: XmlCursor,
  row: number,
  rowWindows: readonly CellWindow[],
  cells: Map<number, StoredCell>,
): void {
  let column = -1;
  while (cursor.nextInside(3)) {
    if (cursor.depth !== 4 || !isSpreadsheetElement(cursor, "c")) {
      cursor.skip();
      continue;
    }
    column = cellColumn(cursor.attribute("r"), column);
    if (inAnyColumn(rowWindows, column)) cells.set(cellKey(row, column), readCell(cursor));
    else cursor.skip();
  }
}

function inAnyColumn(windows: readonly CellWindow[], column: number): boolean {
  for (const w of windows) if (column >= w.left && column <= w.right) return true;
  return false;
}

/**
 * A cell's column from `r="B12"`, or the one after the previous cell. Its row is its
 * `<row>` element's (a reference naming another row would be a damaged file).
 */
function cellColumn(ref: string | undefined, previousColumn: number): number {
  if (ref !== undefined) {
    const plain = plainColumn(ref);
    if (plain >= 0) return plain;
  }
  const m = ref === undefined ? null : CELL_REFERENCE.exec(ref);
  if (!m) return previousColumn + 1;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/**
 * The usual forms, read without a regular expression (every cell of every row passes here):
 * `12` → 12, and `B12` → 1; -1 for anything else, which the regular expressions then judge.
 */
function plainNumber(text: string): number {
  if (text.length === 0 || text.length > 7) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function plainColumn(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const letter = ref.charCodeAt(i) - 0x40; // upper case only: A = 1
    if (letter < 1 || letter > 26) break;
    column = column * 26 + letter;
  }
  if (i === 0 || i > 3 || plainNumber(ref.slice(i)) < 0) return -1;
  return column - 1;
}

/** The current `<c>`: its cached value, whether it holds a formula, its inline string. Consumes it. */
function readCell(cursor: XmlCursor): StoredCell {
  const type = cursor.attribute("t") ?? null;
  const style = Number(cursor.attribute("s") ?? 0);
  let value: string | null = null;
  let inlineText: string | null = null;
  let formula = false;
  while (cursor.nextInside(4)) {
    if (cursor.depth !== 5) cursor.skip();
    else if (isSpreadsheetElement(cursor, "v")) value = cursor.text();
    else if (isSpreadsheetElement(cursor, "is")) inlineText = readStringItem(cursor);
    else {
      if (isSpreadsheetElement(cursor, "f")) formula = true;
      cursor.skip();
    }
  }
  return {
    type,
    styleIndex: Number.isInteger(style) && style >= 0 ? style : 0,
    value,
    inlineText,
    formula,
  };
}
