/**
 * Matches the requested names against the workbook's defined names and interprets each
 * definition: a readable range, or a broken one with the reason.
 */

import type { RawBrokenDefinition } from "../../wres/raw";
import { interpretDefinition, isReadable, isWresName, nameKey } from "../definition";
import type { SheetListing, WorkbookPart } from "./workbook-part";

export { MAX_CELLS_READ } from "../definition";

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

export function lookUpNames(workbook: WorkbookPart, requested: readonly string[]): NameLookup {
  const userNames = workbook.definedNames.filter((d) => !nameKey(d.name).startsWith(BUILT_IN_PREFIX));
  const wresNameCount = userNames.filter((d) => isWresName(d.name)).length;
  const sheetIndexByName = new Map<string, number>();
  workbook.sheets.forEach((s, i) => {
    if (!sheetIndexByName.has(nameKey(s.name))) sheetIndexByName.set(nameKey(s.name), i);
  });

  // Grouped once by key: a workbook may define many names, and every requested name is looked up.
  const byKey = new Map<string, (typeof userNames)[number][]>();
  for (const d of userNames) {
    const key = nameKey(d.name);
    const list = byKey.get(key);
    if (list) list.push(d);
    else byKey.set(key, [d]);
  }
  const names = requested.map((name): NameDefinitions => {
    const same = byKey.get(nameKey(name)) ?? [];
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
  const definition = interpretDefinition(refersTo, (sheet) => sheetIndexByName.get(nameKey(sheet)));
  if (definition.kind === "broken") return definition;
  const { sheet: sheetIndex, top, left, rows, columns } = definition;
  const readCells = isReadable(rows, columns);
  return { kind: "range", refersTo, sheetIndex, sheet: sheets[sheetIndex].name, top, left, rows, columns, readCells };
}

function sheetLabel(sheets: readonly SheetListing[], index: number): string {
  return sheets[index]?.name ?? `(no sheet number ${index + 1})`;
}
