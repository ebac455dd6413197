/** Turns a stored cell into the RawCell the domain reads. */

import type { RawCell } from "../../wres/raw";
import type { StoredCell } from "./sheet-cells";
import { decodeOoxmlEscapes } from "./xml-text";

/** Looks up a shared string by index; throws a fault when the table lacks it. */
export type SharedStringLookup = (index: number) => string;

export function toRawCell(cell: StoredCell, numberFormat: string, sharedString: SharedStringLookup): RawCell {
  const raw = cellOf(cell, numberFormat, sharedString);
  return cell.formula ? withFormula(raw) : raw;
}

/**
 * The cell marked as a formula's result. Written out whole: a spread followed by a new key gives
 * every such object a map of its own in V8, which makes each later read of the cell slow.
 */
function withFormula(raw: RawCell): RawCell {
  return { type: raw.type, value: raw.value, numberFormat: raw.numberFormat, formula: true } as RawCell;
}

// Every cell is built as one object literal with its keys in the same order (type, value,
// numberFormat), so that the hundreds of cells of a return share one shape.
const empty = (numberFormat: string): RawCell => ({ type: "empty", value: null, numberFormat });
const text = (value: string, numberFormat: string): RawCell => ({ type: "string", value, numberFormat });

function cellOf(cell: StoredCell, numberFormat: string, sharedString: SharedStringLookup): RawCell {
  if (cell.type === "inlineStr") {
    const inline = cell.inlineText ?? cell.value;
    return inline === null ? empty(numberFormat) : text(inline, numberFormat);
  }
  const v = cell.value;
  if (v === null) return empty(numberFormat);
  switch (cell.type) {
    case "s": {
      const index = v.trim();
      return index === "" ? empty(numberFormat) : text(sharedString(Number(index)), numberFormat);
    }
    case "b":
      return booleanCell(v.trim(), numberFormat);
    case "e":
      return { type: "error", value: v.trim(), numberFormat };
    case "str":
    case "d": // an ISO 8601 date: kept as the text written
      return text(decodeOoxmlEscapes(v), numberFormat);
    case null:
    case "n":
      return numberCell(v, numberFormat);
    default:
      return text(v, numberFormat);
  }
}

function booleanCell(v: string, numberFormat: string): RawCell {
  if (v === "1" || v.toLowerCase() === "true") return { type: "boolean", value: true, numberFormat };
  if (v === "0" || v.toLowerCase() === "false") return { type: "boolean", value: false, numberFormat };
  return text(v, numberFormat);
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Numbers are stored in invariant notation (`1.5`, `2E-3`); anything else is kept as text for the domain to flag. */
function numberCell(v: string, numberFormat: string): RawCell {
  const trimmed = v.trim();
  if (trimmed === "") return empty(numberFormat);
  return NUMBER.test(trimmed) && Number.isFinite(Number(trimmed))
    ? { type: "number", value: Number(trimmed), numberFormat }
    : text(v, numberFormat);
}
