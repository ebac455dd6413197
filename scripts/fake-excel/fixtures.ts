/**
 * Fake Excel workbooks for the Office adapter's tests, built from the bundled sample: each name
 * defined as in the file, each of its cells with the file's value, number format and formula
 * flag. Reading one through the Office adapter must give what the .xlsx reader gives.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { absoluteRange, cellRef } from "../../src/wres/a1";
import { templateNames } from "../../src/wres/contract";
import type { RawCell, RawWorkbook } from "../../src/wres/raw";
import { readXlsx } from "../../src/workbook/xlsx";
import { FakeWorkbook, type FakeValue } from "./fake-excel";

export const SAMPLE_PATH = path.join(__dirname, "../../assets/wres-sample.xlsx");
export const TEMPLATE_PATH = path.join(__dirname, "../../assets/wres-template.xlsx");

export function readFileRaw(file: string): RawWorkbook {
  const result = readXlsx(readFileSync(file), templateNames());
  if (!result.ok) throw new Error(result.error);
  return result.workbook;
}

function fakeValue(cell: RawCell): FakeValue {
  return cell.type === "error" ? { error: String(cell.value) } : cell.value;
}

/** The sheets, names and cells of a workbook file, as a live Excel workbook would hold them. */
export function fakeFromFile(file: string = SAMPLE_PATH): FakeWorkbook {
  const raw = readFileRaw(file);
  const book = new FakeWorkbook();
  for (const name of raw.names.values()) {
    const def = name.workbook;
    if (def?.kind === "range") {
      const sheet = book.sheet(def.sheet);
      def.cells?.forEach((row, r) =>
        row.forEach((cell, c) => {
          sheet.cells.set(cellRef(def.top + r, def.left + c), {
            value: fakeValue(cell),
            numberFormat: cell.numberFormat,
            formula: cell.formula ? "=SUM(1)" : undefined,
          });
        }),
      );
    }
    if (def?.kind === "range" && def.surroundings) {
      // The labels beside the block, as text cells where the file has text (block cells already set stay).
      const sheet = book.sheet(def.sheet);
      const text = (row: number, column: number, label: string | null) => {
        const key = cellRef(row, column);
        if (label !== null && !sheet.cells.has(key)) sheet.cells.set(key, { value: label });
      };
      def.surroundings.left.forEach((row, r) => row.forEach((label, c) => text(def.top + r, c, label)));
      def.surroundings.above?.forEach((label, c) => text(def.top - 1, def.left + c, label));
    }
    if (def) book.define(name.name, `=${def.refersTo}`);
    for (const scoped of name.sheetScoped)
      book.sheet(scoped.sheet).names.push({ name: name.name, formula: `=${scoped.refersTo}` });
  }
  return book;
}

/** Redefines a workbook name (or removes it with null). */
export function redefine(book: FakeWorkbook, name: string, formula: string | null): void {
  const i = book.names.findIndex((n) => n.name === name);
  if (i >= 0) book.names.splice(i, 1);
  if (formula !== null) book.define(name, formula);
}

/** The formula of a name's current definition, e.g. "='Indicators 2-4'!$D$7:$F$7". */
export function formulaOf(book: FakeWorkbook, name: string): string {
  const found = book.names.find((n) => n.name === name);
  if (!found) throw new Error(`No name ${name}`);
  return found.formula;
}

export { absoluteRange };

/** What inserting the template's sheets does to a fake workbook: its sheets and names are added (no writes recorded). */
export function insertsTemplate(book: FakeWorkbook, template: FakeWorkbook = fakeFromFile(TEMPLATE_PATH)): void {
  book.onInsertWorksheets = (target) => {
    for (const sheet of template.sheets) target.sheets.push({ ...sheet, cells: new Map(sheet.cells), names: [] });
    for (const name of template.names) target.define(name.name, name.formula);
  };
}
