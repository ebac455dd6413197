/** Reads defined names and their cells from the bytes of an .xlsx file. */

import type { RawBrokenDefinition, RawDefinition, RawName, RawRange, RawWorkbook } from "../../wres/raw";
import { lookUpNames, type RangeDefinition } from "./defined-names";
import { XlsxFault } from "./fault";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { readRangeCells, type RangeCells } from "./range-cells";
import { parseWorkbookPart } from "./workbook-part";
import { locateRelatedParts, locateWorkbookPart } from "./workbook-parts";
import { XlsxPackage } from "./xlsx-package";

/** The workbook, or one plain sentence on why it cannot be read (to follow the file's name). */
export type XlsxReadResult = { ok: true; workbook: RawWorkbook } | { ok: false; error: string };

/** Reads the given defined names from .xlsx bytes. Never throws for bad input; never modifies the bytes. */
export function readXlsx(
  bytes: Uint8Array,
  names: readonly string[],
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): XlsxReadResult {
  try {
    return { ok: true, workbook: readWorkbook(bytes, names, limits) };
  } catch (e) {
    if (e instanceof XlsxFault) return { ok: false, error: e.sentence };
    // A bug or an exhausted resource, not a property of the file we anticipated.
    return { ok: false, error: `could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function readWorkbook(bytes: Uint8Array, requested: readonly string[], limits: XlsxLimits): RawWorkbook {
  const pkg = XlsxPackage.open(bytes, limits);
  const workbookPart = locateWorkbookPart(pkg);
  const workbook = pkg.parseRequired(workbookPart, parseWorkbookPart);
  const lookup = lookUpNames(workbook, requested);

  const ranges = lookup.names.flatMap((n) =>
    n.workbook?.kind === "range" && n.workbook.readCells ? [n.workbook] : [],
  );
  const cells =
    ranges.length === 0
      ? new Map<RangeDefinition, RangeCells>()
      : readRangeCells(pkg, locateRelatedParts(pkg, workbookPart), workbook.sheets, ranges);

  const names = new Map<string, RawName>();
  for (const n of lookup.names) {
    const definition = n.workbook && toRawDefinition(n.workbook, cells);
    names.set(n.name, { name: n.name, workbook: definition, sheetScoped: n.sheetScoped });
  }
  return { names, wresNameCount: lookup.wresNameCount, ...(workbook.date1904 && { date1904: true }) };
}

function toRawDefinition(
  definition: RangeDefinition | RawBrokenDefinition,
  cells: ReadonlyMap<RangeDefinition, RangeCells>,
): RawDefinition {
  if (definition.kind === "broken") return definition;
  const { refersTo, sheet, top, left, rows, columns } = definition;
  const read = cells.get(definition);
  const cellsRead = read?.cells ?? null;
  // Written out whole rather than spread and extended: V8 gives each object made that way a map
  // of its own, which made every later read of a range's fields in the domain a slow lookup.
  const range: RawRange = read?.surroundings
    ? { kind: "range", refersTo, sheet, top, left, rows, columns, cells: cellsRead, surroundings: read.surroundings }
    : { kind: "range", refersTo, sheet, top, left, rows, columns, cells: cellsRead };
  return range;
}
