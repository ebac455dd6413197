/** Shared helpers of the template tests: the committed assets, zip parts, ExcelJS loading. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { SAMPLE_FILE, TEMPLATE_FILE } from "../../scripts/template/generate";
import type { BlockPlacement } from "../../scripts/template/layout";
import { listDefinedNames } from "../../scripts/xlsx-craft/xlsx-patch";

export const ASSETS_DIR = join(__dirname, "..", "..", "assets");
export const TEMPLATE_PATH = join(ASSETS_DIR, TEMPLATE_FILE);
export const SAMPLE_PATH = join(ASSETS_DIR, SAMPLE_FILE);

export function readAsset(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export function zipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Every `<definedName>` of xl/workbook.xml: name → formula text (XML-unescaped) and scope. */
export function definedNamesOf(bytes: Uint8Array): Map<string, { formula: string; localSheetId: number | null }> {
  return new Map(listDefinedNames(bytes).map((d) => [d.name, { formula: d.refersTo, localSheetId: d.localSheetId }]));
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The ExcelJS cells of a placed block, rows × columns. */
export function blockCells(workbook: ExcelJS.Workbook, at: BlockPlacement): ExcelJS.Cell[][] {
  const sheet = workbook.getWorksheet(at.sheet);
  if (!sheet) throw new Error(`no sheet ${at.sheet}`);
  return Array.from({ length: at.rows }, (_, r) =>
    Array.from({ length: at.columns }, (_, c) => sheet.getCell(at.top + r + 1, at.left + c + 1)),
  );
}

/** A cell's value as the sample writes it: number, text, or null when empty. */
export function plainValue(cell: ExcelJS.Cell): number | string | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  // ExcelJS gives a number in a date format as a Date: back to the serial the file stores.
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  throw new Error(`unexpected value at ${cell.address}: ${JSON.stringify(v)}`);
}
