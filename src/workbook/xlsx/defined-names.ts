/**
 * Matches the requested names against the workbook's defined names and interprets each
 * definition: a readable range, or a broken one with the reason.
 */

import { parseRangeReference } from "../../wres/a1";
import type { RawBrokenDefinition } from "../../wres/raw";
import type { SheetListing, WorkbookPart } from "./workbook-part";

/** A template block is at most a few dozen cells; a range beyond this is wrong anyway and not read. */
export const MAX_CELLS_READ = 10_000;

const WRES_PREFIX = "WRES_";
/** Excel's built-in names (print areas, filters…); never user names. */
const BUILT_IN_PREFIX = "_XLNM.";

/** A workbook-scoped definition that refers to a range of an existing sheet. */
export interface RangeDefinition {
  readonly kind: "range";
  readonly refersTo: string;
  readonly sheetIndex: number;
  /** The sheet's name as the workbook lists it. */
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  /** False when the range is too large to read. */
  readonly readCells: boolean;
}

export interface NameDefinitions {
  readonly name: string;
  readonly workbook: RangeDefinition | RawBrokenDefinition | null;
  readonly sheetScoped: readonly { readonly sheet: string; readonly refersTo: string }[];
}

export interface NameLookup {
  readonly names: readonly NameDefinitions[];
  /** Defined names starting `WRES_` in any scope. */
  readonly wresNameCount: number;
}

/** Names compare case-insensitively, as in Excel. */
function nameKey(name: string): string {
  return name.toUpperCase();
}

export function lookUpNames(workbook: WorkbookPart, requested: readonly string[]): NameLookup {
  const userNames = workbook.definedNames.filter((d) => !nameKey(d.name).startsWith(BUILT_IN_PREFIX));
  const wresNameCount = userNames.filter((d) => nameKey(d.name).startsWith(WRES_PREFIX)).length;
  const sheetIndexByName = new Map<string, number>();
  workbook.sheets.forEach((s, i) => {
    if (!sheetIndexByName.has(nameKey(s.name))) sheetIndexByName.set(nameKey(s.name), i);
  });

  const names = requested.map((name): NameDefinitions => {
    const key = nameKey(name);
    const same = userNames.filter((d) => nameKey(d.name) === key);
    const global = same.find((d) => d.localSheetId === null);
    return {
      name,
      workbook: global ? interpret(global.formula, workbook.sheets, sheetIndexByName) : null,
      sheetScoped: same.flatMap((d) =>
        d.localSheetId === null ? [] : [{ sheet: sheetLabel(workbook.sheets, d.localSheetId), refersTo: d.formula }],
      ),
    };
  });
  return { names, wresNameCount };
}

function interpret(
  refersTo: string,
  sheets: readonly SheetListing[],
  sheetIndexByName: ReadonlyMap<string, number>,
): RangeDefinition | RawBrokenDefinition {
  const parsed = parseRangeReference(refersTo);
  if ("reason" in parsed) return { kind: "broken", refersTo, reason: parsed.reason };
  if (parsed.sheet.startsWith("[")) return { kind: "broken", refersTo, reason: "refers to another workbook" };
  const sheetIndex = sheetIndexByName.get(nameKey(parsed.sheet));
  if (sheetIndex === undefined) {
    return { kind: "broken", refersTo, reason: `refers to a sheet that does not exist (${parsed.sheet})` };
  }
  const { top, left, rows, columns } = parsed;
  const readCells = rows * columns <= MAX_CELLS_READ;
  return { kind: "range", refersTo, sheetIndex, sheet: sheets[sheetIndex].name, top, left, rows, columns, readCells };
}

function sheetLabel(sheets: readonly SheetListing[], index: number): string {
  return sheets[index]?.name ?? `(no sheet number ${index + 1})`;
}
