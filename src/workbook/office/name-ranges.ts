/// <reference types="office-js" />
/**
 * One template name's range and cells, queued on a name Excel must be able to give as one range:
 * `names.getItem(name).getRange()`, its address, and its cells clipped to a window at its
 * top-left (values, valueTypes, numberFormat, formulas and the window's size). The window keeps a
 * name that covers whole columns from loading a million cells in the same batch: cells are used
 * only when the window holds the whole range, as the .xlsx reader reads cells only for ranges of
 * at most MAX_CELLS_READ cells.
 *
 * In the same batch, the block's label window (definition.ts labelWindow): from column A to the
 * block's last column and from the row above the block to its last row, values and types only,
 * handed over as the block's surroundings (text only) when its cells are.
 *
 * Only documented calls on objects that exist: `getRange()` throws, failing the whole batch, on a
 * missing name and on one that is not a range (Microsoft's reference for NamedItem.getRange:
 * "throws an error if the named item's type is not a range"), and in practice on multi-area and
 * `#REF!` names; the caller falls back to reading each name on its own then.
 */

import { parseRangeReference } from "../../wres/a1";
import { isTemplateName, specOf } from "../../wres/contract";
import type { RawDefinition } from "../../wres/raw";
import type { RawLabel } from "../../wres/raw";
import {
  interpretDefinition,
  isReadable,
  LABEL_COLUMNS,
  labelWindow,
  MAX_CELLS_READ,
  surroundingsOf,
} from "../definition";
import { toRawCells } from "./cells";
import { withoutEquals } from "./workbook-facts";

/** The side of the square window of cells loaded per name (its area is MAX_CELLS_READ). */
export const WINDOW_SIDE = Math.floor(Math.sqrt(MAX_CELLS_READ));

/**
 * The window of a name: square, except for a block the trust may extend downwards (the action
 * plan), whose window is its width and as tall as MAX_CELLS_READ allows, as the .xlsx reader reads it.
 */
export function windowOf(name: string): { readonly rows: number; readonly columns: number } {
  const spec = isTemplateName(name) ? specOf(name) : null;
  if (!spec?.extensible) return { rows: WINDOW_SIDE, columns: WINDOW_SIDE };
  const columns = spec.columns.length;
  return { rows: Math.floor(MAX_CELLS_READ / columns), columns };
}
const GRID_ROWS = 1_048_576;
const GRID_COLUMNS = 16_384;

export interface QueuedNameRange {
  readonly name: string;
  readonly item: Excel.NamedItem;
  readonly range: Excel.Range;
  readonly window: Excel.Range;
  /** The label window, clipped to the first LABEL_COLUMNS columns. */
  readonly labels: Excel.Range;
}

/**
 * Queues the name's definition, range and cell window. `at` is where the definition says the
 * range starts, when known: the window is then kept inside the grid (a window that would cross
 * the grid's last row or column fails the batch).
 */
export function queueNameRange(
  context: Excel.RequestContext,
  name: string,
  at: { readonly top: number; readonly left: number } | null = null,
): QueuedNameRange {
  const item = context.workbook.names.getItem(name).load("type, formula, scope");
  const range = item.getRange().load("address");
  const side = windowOf(name);
  const rows = at ? Math.min(side.rows, GRID_ROWS - at.top) : side.rows;
  const columns = at ? Math.min(side.columns, GRID_COLUMNS - at.left) : side.columns;
  // A range and its own resized range always overlap (at their top-left cell): getIntersection never fails here.
  const window = range.getIntersection(range.getAbsoluteResizedRange(rows, columns));
  window.load("values, valueTypes, numberFormat, formulas, rowCount, columnCount");
  const labels = labelRange(window, at).load("values, valueTypes");
  return { name, item, range, window, labels };
}

/**
 * From column A to the window's last column (at most LABEL_COLUMNS), from the row above the
 * window (the window's own first row on a sheet's first row) to its last row.
 */
function labelRange(window: Excel.Range, at: { readonly top: number } | null): Excel.Range {
  const rowStart = window.getEntireRow().getCell(0, 0);
  const above = at === null ? cellAboveOrSelf(window) : window.getCell(at.top > 0 ? -1 : 0, 0);
  const firstColumns = rowStart.getEntireColumn().getResizedRange(0, LABEL_COLUMNS - 1);
  // Both hold column A: they always intersect.
  return window.getBoundingRect(rowStart).getBoundingRect(above).getIntersection(firstColumns);
}

/**
 * The cell above the window's top-left cell, or that cell itself on a sheet's first row, before
 * the read knows which row that is. `getCell(-1, 0)` or `getOffsetRange(-1, 0)` would fail the
 * whole batch on row 1 (documented: outside the grid), so: the window's first two cells down,
 * less the sheet's first row, then its first cell, one row up.
 */
function cellAboveOrSelf(window: Excel.Range): Excel.Range {
  const belowFirstRow = window
    .getEntireColumn()
    .getCell(1, 0)
    .getResizedRange(GRID_ROWS - 2, 0);
  // Two cells down stay in the grid: a window on the grid's last row fails its own resize first.
  const firstTwo = window.getCell(0, 0).getResizedRange(1, 0);
  return firstTwo.getIntersection(belowFirstRow).getCell(0, 0).getOffsetRange(-1, 0);
}

/** The text of each loaded cell, as the .xlsx reader gives a label: a string's text, or null. */
function labelText(labels: Excel.Range): RawLabel[][] {
  return labels.values.map((row, r) =>
    row.map((value, c) => (labels.valueTypes[r][c] === "String" ? String(value) : null)),
  );
}

/** After the sync: the name's definition, as the .xlsx reader gives the same name. */
export function nameRangeDefinition(
  q: QueuedNameRange,
  findSheet: (sheet: string) => string | undefined,
): RawDefinition {
  const refersTo = withoutEquals(q.item.formula);
  const stated = interpretDefinition(refersTo, findSheet);
  if (stated.kind === "broken") return stated;
  // Where Excel resolves the name is where it reads and writes: use its address.
  const resolved = parseRangeReference(q.range.address);
  if ("reason" in resolved) return { kind: "broken", refersTo, reason: "is not a range reference" };
  const { sheet, top, left, rows, columns } = resolved;
  const whole = isReadable(rows, columns) && q.window.rowCount === rows && q.window.columnCount === columns;
  const range = { kind: "range", refersTo, sheet, top, left, rows, columns } as const;
  if (!whole) return { ...range, cells: null };
  const cells = toRawCells(q.window);
  // Loaded from the row above (none on row 1) and from column A: exactly the label window when there is one.
  return labelWindow(top, left, rows, columns)
    ? { ...range, cells, surroundings: surroundingsOf(top, left, labelText(q.labels)) }
    : { ...range, cells };
}
