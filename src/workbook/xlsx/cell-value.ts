/** Turns a stored cell into the RawCell the domain reads. */

import type { RawCell, RawCellContent } from "../../wres/raw";
import type { StoredCell } from "./sheet-cells";
import { decodeOoxmlEscapes } from "./xml-text";

/** Looks up a shared string by index; throws a fault when the table lacks it. */
export type SharedStringLookup = (index: number) => string;

export function toRawCell(cell: StoredCell, numberFormat: string, sharedString: SharedStringLookup): RawCell {
  const content = cellContent(cell, sharedString);
  return cell.formula ? { ...content, numberFormat, formula: true } : { ...content, numberFormat };
}

type CellContent = RawCellContent;

const EMPTY: CellContent = { type: "empty", value: null };

function cellContent(cell: StoredCell, sharedString: SharedStringLookup): CellContent {
  if (cell.type === "inlineStr") {
    const text = cell.inlineText ?? cell.value;
    return text === null ? EMPTY : { type: "string", value: text };
  }
  const v = cell.value;
  if (v === null) return EMPTY;
  switch (cell.type) {
    case "s": {
      const index = Number(v.trim());
      return v.trim() === "" ? EMPTY : { type: "string", value: sharedString(index) };
    }
    case "b":
      return booleanContent(v.trim());
    case "e":
      return { type: "error", value: v.trim() };
    case "str":
    case "d": // an ISO 8601 date: kept as the text written
      return { type: "string", value: decodeOoxmlEscapes(v) };
    case null:
    case "n":
      return numberContent(v);
    default:
      return { type: "string", value: v };
  }
}

function booleanContent(v: string): CellContent {
  if (v === "1" || v.toLowerCase() === "true") return { type: "boolean", value: true };
  if (v === "0" || v.toLowerCase() === "false") return { type: "boolean", value: false };
  return { type: "string", value: v };
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Numbers are stored in invariant notation (`1.5`, `2E-3`); anything else is kept as text for the domain to flag. */
function numberContent(v: string): CellContent {
  const text = v.trim();
  if (text === "") return EMPTY;
  return NUMBER.test(text) && Number.isFinite(Number(text))
    ? { type: "number", value: Number(text) }
    : { type: "string", value: v };
}
