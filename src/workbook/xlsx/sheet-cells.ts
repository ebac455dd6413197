/**
 * Reads the cells a check needs from a worksheet part in one forward pass: rows that no
 * requested range touches are skipped whole (one regex match and one indexOf each), and
 * only cells inside a range are decoded.
 */

import { readStringItem } from "./rich-text";
import {
  attribute,
  endOfElement,
  findEndTag,
  nextStartTag,
  nextTag,
  readTagAt,
  XmlSyntaxError,
  type StartTag,
} from "./xml-scan";
import { decodeXmlContent } from "./xml-text";

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

/**
 * A `<row>` start tag (any prefix, attributes in any order), matched exactly where it
 * begins: [1] its name as written, [2] its attributes, [3] "/" when self-closing. Sheets
 * can hold a million rows, so rows are recognised without the general tag parser.
 */
const ROW_START = /<((?:[^\s<>/:]+:)?row)((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ROW_NUMBER = /(?:^|\s)r\s*=\s*(?:"\s*(\d+)\s*"|'\s*(\d+)\s*')/;
const CELL_REFERENCE = /^\s*\$?([A-Za-z]{1,3})\$?\d{1,7}\s*$/;

/**
 * The stored cells inside any of the windows, by cellKey. Rows and cells without an `r`
 * attribute follow the previous one, as the file format allows. Throws XmlSyntaxError.
 */
export function readSheetCells(xml: string, windows: readonly CellWindow[]): Map<number, StoredCell> {
  const cells = new Map<number, StoredCell>();
  if (windows.length === 0) return cells;
  const sheetData = nextStartTag(xml, "sheetData", 0);
  // A chart sheet has no cells; a part without any element at all is not XML.
  if (!sheetData && !nextTag(xml, 0)) throw new XmlSyntaxError("no root element");
  if (!sheetData || sheetData.selfClosing) return cells;
  const dataEnd = endOfElement(xml, sheetData).contentEnd;

  let row = -1;
  for (let lt = xml.indexOf("<", sheetData.end); lt >= 0 && lt < dataEnd;) {
    ROW_START.lastIndex = lt;
    const rowTag = ROW_START.exec(xml);
    if (!rowTag) {
      lt = xml.indexOf("<", readTagAt(xml, lt).end); // a comment or an element we do not know
      continue;
    }
    row = rowNumber(rowTag[2], row);
    const contentStart = lt + rowTag[0].length;
    if (rowTag[3] === "/") {
      lt = xml.indexOf("<", contentStart);
      continue;
    }
    const { contentEnd, end } = findEndTag(xml, rowTag[1], contentStart);
    const rowWindows = windows.filter((w) => row >= w.top && row <= w.bottom);
    if (rowWindows.length > 0) readRowCells(xml, contentStart, contentEnd, row, rowWindows, cells);
    lt = xml.indexOf("<", end);
  }
  return cells;
}

/** A row's zero-based index from `r="12"`, or the one after the previous row. */
function rowNumber(attributes: string, previous: number): number {
  const m = ROW_NUMBER.exec(attributes);
  const n = m ? Number(m[1] ?? m[2]) : 0;
  return n >= 1 ? n - 1 : previous + 1;
}

function readRowCells(
  xml: string,
  from: number,
  to: number,
  row: number,
  rowWindows: readonly CellWindow[],
  cells: Map<number, StoredCell>,
): void {
  let column = -1;
  let at = from;
  for (let tag = nextTag(xml, at, to); tag; tag = nextTag(xml, at, to)) {
    at = tag.end;
    if (tag.kind !== "start" || tag.local !== "c") continue;
    column = cellColumn(attribute(tag, "r"), column);
    const element = endOfElement(xml, tag);
    if (rowWindows.some((w) => column >= w.left && column <= w.right)) {
      cells.set(cellKey(row, column), readCell(xml, tag, element.contentEnd));
    }
    at = element.end;
  }
}

/**
 * A cell's column from `r="B12"`, or the one after the previous cell. Its row is its
 * `<row>` element's (a reference naming another row would be a damaged file).
 */
function cellColumn(ref: string | undefined, previousColumn: number): number {
  const m = ref === undefined ? null : CELL_REFERENCE.exec(ref);
  if (!m) return previousColumn + 1;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/** The children of `<c>` that matter: cached value, formula, inline string. */
const CELL_CHILDREN = new Set(["v", "f", "is"]);

function readCell(xml: string, cell: StartTag, contentEnd: number): StoredCell {
  let value: string | null = null;
  let inlineText: string | null = null;
  let formula = false;
  let at = cell.end;
  for (let tag = nextTag(xml, at, contentEnd); tag; tag = nextTag(xml, at, contentEnd)) {
    at = tag.end;
    if (tag.kind !== "start" || !CELL_CHILDREN.has(tag.local)) continue;
    const element = endOfElement(xml, tag);
    if (tag.local === "v") value = decodeXmlContent(xml.slice(tag.end, element.contentEnd));
    else if (tag.local === "f") formula = true;
    else inlineText = readStringItem(xml, tag.end, element.contentEnd);
    at = element.end;
  }
  const style = Number(attribute(cell, "s") ?? 0);
  return {
    type: attribute(cell, "t") ?? null,
    styleIndex: Number.isInteger(style) && style >= 0 ? style : 0,
    value,
    inlineText,
    formula,
  };
}
