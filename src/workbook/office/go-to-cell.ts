/// <reference types="office-js" />
/** Selects a flag's cell or range (`'Indicators 2-4'!D7`) in the workbook: one sync. */

import { parseRangeReference } from "../../wres/a1";

export async function goToCell(context: Excel.RequestContext, address: string): Promise<void> {
  const at = parseRangeReference(address);
  // Flags' addresses come from the domain, which writes them from ranges it read: never unparseable.
  if ("reason" in at) throw new Error(`Programming error: "${address}" ${at.reason}.`);
  const sheet = context.workbook.worksheets.getItem(at.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(at.top, at.left, at.rows, at.columns).select();
  await context.sync();
}
