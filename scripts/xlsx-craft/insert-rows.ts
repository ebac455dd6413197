/**
 * What a program that does not move defined names does when it inserts rows: every cell from a
 * row down moves down, and the names still point where they did. Only the cells move (rows and
 * `c` references); merged cells, validations and the like are left where they were, as nothing
 * the check reads depends on them.
 */

import { patchZipEntry, readZipEntry } from "./xlsx-patch";

/** The worksheet part of a sheet, e.g. "xl/worksheets/sheet2.xml". */
export function sheetPart(bytes: Uint8Array, sheet: string): string {
  const workbook = readZipEntry(bytes, "xl/workbook.xml");
  const element = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) => m[0].includes(`name="${sheet}"`));
  const id = element && /\br:id="([^"]+)"/.exec(element[0])?.[1];
  if (!id) throw new Error(`no sheet ${sheet}`);
  const rels = readZipEntry(bytes, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*\\bTarget="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no part for sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Inserts `count` empty rows before the zero-based row `before` of a sheet, leaving every defined name as it was. */
export function insertRowsKeepingNames(bytes: Uint8Array, sheet: string, before: number, count = 1): Uint8Array {
  const moved = (row: number): number => (row > before ? row + count : row);
  return patchZipEntry(bytes, sheetPart(bytes, sheet), (xml) =>
    xml
      .replace(/<row\b([^>]*?)\br="(\d+)"/g, (_m, pre: string, r: string) => `<row${pre}r="${moved(Number(r))}"`)
      .replace(
        /<c\b([^>]*?)\br="([A-Z]+)(\d+)"/g,
        (_m, pre: string, col: string, r: string) => `<c${pre}r="${col}${moved(Number(r))}"`,
      ),
  );
}
