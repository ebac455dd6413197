/**
 * Reads the cells of the requested ranges: each sheet part once, then styles and shared
 * strings only if a cell needs them.
 */

import type { RawCell, RawLabel, RawSurroundings } from "../../wres/raw";
import { labelWindow, surroundingsOf } from "../definition";
import { EMPTY_CELL } from "../../wres/raw";
import { toRawCell, type SharedStringLookup } from "./cell-value";
import type { RangeDefinition } from "./defined-names";
import { FAULT } from "./fault";
import { NumberFormats, parseNumberFormats } from "./number-formats";
import { SharedStrings } from "./shared-strings";
import { cellKey, readSheetCells, type CellWindow, type StoredCell } from "./sheet-cells";
import type { SheetListing } from "./workbook-part";
import type { RelatedParts } from "./workbook-parts";
import { readingPart, type XlsxPackage } from "./xlsx-package";

export interface RangeCells {
  readonly cells: readonly (readonly RawCell[])[];
  /** The text around the block where the template writes its labels, when its label window is read. */
  readonly surroundings?: RawSurroundings;
}

export function readRangeCells(
  pkg: XlsxPackage,
  related: RelatedParts,
  sheets: readonly SheetListing[],
  ranges: readonly RangeDefinition[],
): Map<RangeDefinition, RangeCells> {
  const storedBySheet = readStoredCells(pkg, related, sheets, ranges);
  const formats = lazy(
    () => (related.styles === null ? null : pkg.parse(related.styles, parseNumberFormats)) ?? NumberFormats.NONE,
  );
  const strings = sharedStringLookup(pkg, related.sharedStrings);

  const out = new Map<RangeDefinition, RangeCells>();
  for (const range of ranges) {
    const stored = storedBySheet.get(range.sheetIndex);
    const cell = (row: number, column: number): RawCell => {
      const found = stored?.get(cellKey(row, column));
      return found ? toRawCell(found, formats().of(found.styleIndex), strings.get) : EMPTY_CELL;
    };
    const labels = labelWindow(range.top, range.left, range.rows, range.columns);
    // A label is only looked at, never computed from: one naming a string the table lacks says
    // nothing (a damaged table still makes the file unreadable, as for any cell).
    const label = (row: number, column: number): RawLabel => {
      const found = stored?.get(cellKey(row, column));
      if (!found) return null;
      if (found.type === "s") {
        const index = found.value?.trim() ?? "";
        return index === "" ? null : (strings.find(Number(index)) ?? null);
      }
      if (found.type !== "inlineStr" && found.type !== "str") return null;
      const content = toRawCell(found, "General", strings.get);
      return content.type === "string" ? content.value : null;
    };
    const cells = grid(range, cell);
    out.set(
      range,
      labels ? { cells, surroundings: surroundingsOf(range.top, range.left, textGrid(labels, label)) } : { cells },
    );
  }
  return out;
}

function readStoredCells(
  pkg: XlsxPackage,
  related: RelatedParts,
  sheets: readonly SheetListing[],
  ranges: readonly RangeDefinition[],
): Map<number, Map<number, StoredCell>> {
  const windowsBySheet = new Map<number, CellWindow[]>();
  for (const r of ranges) {
    // The label window holds the block itself when there is one.
    const window = labelWindow(r.top, r.left, r.rows, r.columns) ?? {
      top: r.top,
      left: r.left,
      bottom: r.top + r.rows - 1,
      right: r.left + r.columns - 1,
    };
    const list = windowsBySheet.get(r.sheetIndex);
    if (list) list.push(window);
    else windowsBySheet.set(r.sheetIndex, [window]);
  }
  const storedBySheet = new Map<number, Map<number, StoredCell>>();
  for (const [sheetIndex, windows] of windowsBySheet) {
    const sheet = sheets[sheetIndex];
    const part = sheet.relationshipId === null ? undefined : related.partByRelationshipId.get(sheet.relationshipId);
    if (part === undefined || !pkg.has(part)) throw FAULT.missingSheet(sheet.name);
    storedBySheet.set(
      sheetIndex,
      pkg.parseRequired(part, (xml) => readSheetCells(xml, windows)),
    );
  }
  return storedBySheet;
}

/**
 * The shared string table, loaded on first use: `get` faults when a cell refers to a string it
 * lacks; `find` gives undefined then. Both fault when the table itself is damaged.
 */
function sharedStringLookup(
  pkg: XlsxPackage,
  partName: string | null,
): { get: SharedStringLookup; find: (index: number) => string | undefined } {
  const part = partName ?? "xl/sharedStrings.xml";
  const table = lazy(() => pkg.parseRequired(part, (xml) => new SharedStrings(xml)));
  const find = (index: number): string | undefined => readingPart(part, () => table().get(index));
  const get = (index: number): string => {
    const text = find(index);
    if (text === undefined) throw FAULT.damagedPart(part, "lacks a string that a cell refers to");
    return text;
  };
  return { get, find };
}

function grid(range: RangeDefinition, cell: (row: number, column: number) => RawCell): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = 0; r < range.rows; r++) {
    const row: RawCell[] = [];
    for (let c = 0; c < range.columns; c++) row.push(cell(range.top + r, range.left + c));
    rows.push(row);
  }
  return rows;
}

function textGrid(
  window: { top: number; left: number; bottom: number; right: number },
  label: (row: number, column: number) => RawLabel,
): RawLabel[][] {
  const rows: RawLabel[][] = [];
  for (let r = window.top; r <= window.bottom; r++) {
    const row: RawLabel[] = [];
    for (let c = window.left; c <= window.right; c++) row.push(label(r, c));
    rows.push(row);
  }
  return rows;
}

function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
