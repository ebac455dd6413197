/// <reference types="office-js" />
/**
 * Selects a flag's cell or range (`'Indicators 2-4'!D7`) in the workbook: one sync. When Excel
 * refuses (a hidden sheet cannot be activated; the sheet may be gone), a second sync finds out
 * why, so the pane can say what to do instead of passing on Excel's generic refusal.
 */

import { parseRangeReference } from "../../wres/a1";

/** Why the cell could not be selected, when the sheet explains it. */
export type GoToCellRefusal =
  | { readonly kind: "sheet-missing"; readonly sheet: string }
  | { readonly kind: "sheet-hidden"; readonly sheet: string; readonly veryHidden: boolean };

export class GoToCellRefused extends Error {
  constructor(readonly refusal: GoToCellRefusal) {
    super(`Cannot go to a cell of sheet ${refusal.sheet}: ${refusal.kind}`);
    this.name = "GoToCellRefused";
  }
}

export async function goToCell(context: Excel.RequestContext, address: string): Promise<void> {
  const at = parseRangeReference(address);
  // Flags' addresses come from the domain, which writes them from ranges it read: never unparseable.
  if ("reason" in at) throw new Error(`Programming error: "${address}" ${at.reason}.`);
  try {
    const sheet = context.workbook.worksheets.getItem(at.sheet);
    sheet.activate();
    sheet.getRangeByIndexes(at.top, at.left, at.rows, at.columns).select();
    await context.sync();
  } catch (e) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(at.sheet).load("name, visibility");
    await context.sync();
    if (sheet.isNullObject) throw new GoToCellRefused({ kind: "sheet-missing", sheet: at.sheet });
    if (sheet.visibility !== "Visible") {
      throw new GoToCellRefused({
        kind: "sheet-hidden",
        sheet: sheet.name,
        veryHidden: sheet.visibility === "VeryHidden",
      });
    }
    throw e;
  }
}
