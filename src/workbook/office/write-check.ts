/// <reference types="office-js" />
/**
 * Writes one Calculate into the live workbook in ONE context.sync: the output blocks (number
 * format, then values) through their names, the "WRES checks" sheet (deleted and made again),
 * and the values the add-in stores in the document. Nothing else is written; an input name is
 * never written (asking for it is a bug and throws before anything is queued).
 */

import { specOf } from "../../wres/contract";
import type { Flag } from "../../wres/flags";
import type { OutputBlock } from "../../wres/outputs";
import { nameKey } from "../definition";
import { CHECKS_LINK_HEADER, CHECKS_SHEET_NAME, CHECKS_TEXT_HEADER, checksRows } from "./checks-sheet";
import { queueSettingWrite } from "./document-settings";

export interface CheckWrite {
  readonly outputs: readonly OutputBlock[];
  /** Listed on the "WRES checks" sheet. */
  readonly flags: readonly Flag[];
  /** The workbook's sheets as read just before (to know whether "WRES checks" is there to replace). */
  readonly sheetNames: readonly string[];
  /** Values the add-in keeps in the document, by key (strings: JSON). */
  readonly store: ReadonlyMap<string, string>;
}

/** Throws (a programming error) unless every block is an output of the contract. */
export function assertOutputsOnly(blocks: readonly OutputBlock[]): void {
  for (const block of blocks) {
    if (specOf(block.name).role !== "output") {
      throw new Error(`Programming error: ${block.name} is an input name; the add-in never writes inputs.`);
    }
  }
}

function queueOutput(context: Excel.RequestContext, block: OutputBlock): void {
  const range = context.workbook.names.getItem(block.name).getRange();
  // The format first, so each value is shown as the template shows it; null clears a cell
  // ("" in Office.js, where null would mean "leave this cell as it is").
  range.numberFormat = block.values.map((row) => row.map(() => block.numberFormat));
  range.values = block.values.map((row) => row.map((v) => v ?? ""));
}

function queueChecksSheet(context: Excel.RequestContext, flags: readonly Flag[], sheetNames: readonly string[]): void {
  const sheets = context.workbook.worksheets;
  if (sheetNames.some((n) => nameKey(n) === nameKey(CHECKS_SHEET_NAME))) sheets.getItem(CHECKS_SHEET_NAME).delete();
  const sheet = sheets.add(CHECKS_SHEET_NAME);
  const rows = checksRows(flags);
  const width = CHECKS_TEXT_HEADER.length;
  const text = [[...CHECKS_TEXT_HEADER], ...rows.map((r) => [...r.text])];
  // Text columns as text ("@"), so no message is ever read as a number, date or formula.
  const textRange = sheet.getRangeByIndexes(0, 0, text.length, width);
  textRange.numberFormat = text.map((row) => row.map(() => "@"));
  textRange.values = text;
  sheet.getRangeByIndexes(0, width, text.length, 1).formulas = [[CHECKS_LINK_HEADER], ...rows.map((r) => [r.link])];
  sheet.getRangeByIndexes(0, 0, 1, width + 1).format.font.bold = true;
  sheet.freezePanes.freezeRows(1);
  const message = sheet.getRangeByIndexes(0, CHECKS_TEXT_HEADER.indexOf("Message"), text.length, 1).format;
  message.columnWidth = 420;
  message.wrapText = true;
}

export async function writeCheck(context: Excel.RequestContext, write: CheckWrite): Promise<void> {
  assertOutputsOnly(write.outputs);
  for (const block of write.outputs) queueOutput(context, block);
  queueChecksSheet(context, write.flags, write.sheetNames);
  for (const [key, value] of write.store) queueSettingWrite(context, key, value);
  await context.sync();
}
