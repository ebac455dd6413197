/// <reference types="office-js" />
/**
 * Writes one Calculate into the live workbook: the output blocks (number format, then values)
 * through their names and the values the add-in stores in the document (the record of what it
 * wrote) first, then the "WRES checks" sheet, all in ONE context.sync when nothing fails.
 * Nothing else is written; an input name is never written (asking for it is a bug and throws
 * before anything is queued). The action plan (role "mixed") is the one exception: when
 * Calculate drafts it, only the drafted rows' Indicator and Finding cells are written, and only
 * if those rows were empty in the read (write-action-plan.ts); if not, nothing at all is written.
 *
 * Excel does not roll a failed batch back: the commands before the failing one stay applied
 * (some hosts apply none). So the outputs and the record are queued before the checks sheet, and
 * when that sync fails they are written again on their own, the same values, so that under either
 * outcome the outputs and the record agree. Only if that second sync fails too does the write
 * fail. The checks sheet is cleared and reused, never deleted (deleting fails on a very hidden
 * sheet, or when the workbook's structure is protected); where the read showed it cannot be
 * built (protected, or no sheet may be added) it is not attempted, and the caller says why.
 */

import { specOf } from "../../wres/contract";
import type { Flag } from "../../wres/flags";
import type { OutputBlock } from "../../wres/outputs";
import type { RawWorkbook } from "../../wres/raw";
import { nameKey } from "../definition";
import { CHECKS_LINK_HEADER, CHECKS_SHEET_NAME, CHECKS_TEXT_HEADER, checksRows } from "./checks-sheet";
import { queueSettingWrite } from "./document-settings";
import { assertDraftIntoEmptyRows, queueDraftCells } from "./write-action-plan";
import { excelRefusal } from "./excel-refusal";
import type { SheetFacts } from "./workbook-facts";

export interface CheckWrite {
  readonly outputs: readonly OutputBlock[];
  /** Listed on the "WRES checks" sheet. */
  readonly flags: readonly Flag[];
  /** The workbook's sheets as read just before (is "WRES checks" there, and protected?). */
  readonly sheets: readonly SheetFacts[];
  /** Whether the workbook's structure was protected when read (no sheet can be added). */
  readonly structureProtected: boolean;
  /** Values the add-in keeps in the document, by key (strings: JSON). */
  readonly store: ReadonlyMap<string, string>;
  /** The workbook as read just before: a drafted action plan is written only into rows empty there. */
  readonly read?: RawWorkbook;
}

/** Whether the "WRES checks" sheet was built; when not, why, in a few words. */
export type ChecksSheetResult = { readonly built: true } | { readonly built: false; readonly reason: string };

/** Throws (a programming error) unless every block is an output of the contract, or the action plan's draft ("mixed"). */
export function assertOutputsOnly(blocks: readonly OutputBlock[]): void {
  for (const block of blocks) {
    if (specOf(block.name).role === "input") {
      throw new Error(`Programming error: ${block.name} is an input name; the add-in never writes inputs.`);
    }
  }
}

/** The protected sheets, in workbook order, that hold an output block: Excel would refuse the write there. */
export function protectedOutputSheets(
  outputs: readonly OutputBlock[],
  raw: RawWorkbook,
  sheets: readonly SheetFacts[],
): string[] {
  const outputSheets = new Set(
    outputs.flatMap((block) => {
      const def = raw.names.get(block.name)?.workbook;
      return def?.kind === "range" ? [nameKey(def.sheet)] : [];
    }),
  );
  return sheets.filter((s) => s.protected && outputSheets.has(nameKey(s.name))).map((s) => s.name);
}

function queueOutput(context: Excel.RequestContext, block: OutputBlock): void {
  // The action plan is the trust's but for the drafted cells: those alone are written.
  if (specOf(block.name).role === "mixed") return queueDraftCells(context, block);
  const range = context.workbook.names.getItem(block.name).getRange();
  // The format first, so each value is shown as the template shows it; null clears a cell
  // ("" in Office.js, where null would mean "leave this cell as it is").
  range.numberFormat = block.values.map((row) => row.map((_, c) => block.columnFormats?.[c] ?? block.numberFormat));
  range.values = block.values.map((row) => row.map((v) => v ?? ""));
}

function queueOutputsAndRecord(context: Excel.RequestContext, write: CheckWrite): void {
  for (const block of write.outputs) queueOutput(context, block);
  for (const [key, value] of write.store) queueSettingWrite(context, key, value);
}

/** Why the checks sheet cannot be built, known from the read; null when it can be. */
function checksSheetBlocked(write: CheckWrite): string | null {
  const existing = write.sheets.find((s) => nameKey(s.name) === nameKey(CHECKS_SHEET_NAME));
  if (existing?.protected) return "the sheet is protected";
  if (!existing && write.structureProtected) return "the workbook's structure is protected, so no sheet can be added";
  return null;
}

function queueChecksSheet(context: Excel.RequestContext, write: CheckWrite): void {
  const sheets = context.workbook.worksheets;
  const exists = write.sheets.some((s) => nameKey(s.name) === nameKey(CHECKS_SHEET_NAME));
  const sheet = exists ? sheets.getItem(CHECKS_SHEET_NAME) : sheets.add(CHECKS_SHEET_NAME);
  if (exists) sheet.getRange().clear();
  const rows = checksRows(write.flags);
  const width = CHECKS_TEXT_HEADER.length;
  const text = [[...CHECKS_TEXT_HEADER], ...rows.map((r) => [...r.text])];
  // Text columns as text ("@"), so no message is ever read as a number, date or formula.
  const textRange = sheet.getRangeByIndexes(0, 0, text.length, width);
  textRange.numberFormat = text.map((row) => row.map(() => "@"));
  textRange.values = text;
  sheet.getRangeByIndexes(0, width, text.length, 1).formulas = [[CHECKS_LINK_HEADER], ...rows.map((r) => [r.link])];
  sheet.getRangeByIndexes(0, 0, 1, width + 1).format.font.bold = true;
  const message = sheet.getRangeByIndexes(0, CHECKS_TEXT_HEADER.indexOf("Message"), text.length, 1).format;
  message.columnWidth = 420;
  message.wrapText = true;
  // Last: it has failed on Excel 2019, and everything above is worth keeping.
  sheet.freezePanes.freezeRows(1);
}

export async function writeCheck(context: Excel.RequestContext, write: CheckWrite): Promise<ChecksSheetResult> {
  assertOutputsOnly(write.outputs);
  // Refused (DraftWriteRefused) before anything is queued, so a refusal writes nothing.
  for (const block of write.outputs) {
    if (specOf(block.name).role === "mixed") assertDraftIntoEmptyRows(block, write.read);
  }
  queueOutputsAndRecord(context, write);
  const blocked = checksSheetBlocked(write);
  if (blocked !== null) {
    await context.sync();
    return { built: false, reason: blocked };
  }
  queueChecksSheet(context, write);
  try {
    await context.sync();
    return { built: true };
  } catch (e) {
    // The outputs and the record again, alone: if this fails too, it is their own failure.
    queueOutputsAndRecord(context, write);
    await context.sync();
    return { built: false, reason: excelRefusal(e) };
  }
}
