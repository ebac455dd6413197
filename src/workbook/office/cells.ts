/**
 * Excel's loaded cell properties → the RawCell the domain reads, as the .xlsx reader gives them:
 * numbers, text, booleans, error values ("#REF!") and empty cells, each with its number format,
 * and `formula: true` where the cell holds a formula.
 */

import type { RawCell, RawCellContent } from "../../wres/raw";

/** The properties loaded for a block of cells, each rows × columns (Excel's own shapes). */
export interface LoadedCells {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

type Content = RawCellContent;

const EMPTY: Content = { type: "empty", value: null };

/** Excel's RangeValueType for one cell, with its value, as the domain's cell content. */
function content(valueType: string, value: unknown): Content {
  switch (valueType) {
    case "Empty":
      return EMPTY;
    case "Double":
    case "Integer":
      return typeof value === "number" ? { type: "number", value } : { type: "string", value: String(value) };
    case "Boolean":
      return { type: "boolean", value: value === true };
    case "Error":
      return { type: "error", value: String(value) };
    case "String":
      // A formula giving "" is a string, as in the file (the domain reads blank text as empty).
      return { type: "string", value: String(value) };
    default:
      // What the domain has no kind for ("RichValue", "Unknown"): its text, which the domain
      // then reports as not a number where it needs one.
      return value === "" || value === null || value === undefined ? EMPTY : { type: "string", value: String(value) };
  }
}

export function toRawCell(valueType: string, value: unknown, numberFormat: unknown, formula: unknown): RawCell {
  const format = typeof numberFormat === "string" && numberFormat !== "" ? numberFormat : "General";
  const cell = { ...content(valueType, value), numberFormat: format };
  return typeof formula === "string" && formula.startsWith("=") ? { ...cell, formula: true } : cell;
}

/** Every cell of a loaded block, row by row. */
export function toRawCells(loaded: LoadedCells): RawCell[][] {
  return loaded.values.map((row, r) =>
    row.map((value, c) => toRawCell(loaded.valueTypes[r][c], value, loaded.numberFormat[r][c], loaded.formulas[r][c])),
  );
}
