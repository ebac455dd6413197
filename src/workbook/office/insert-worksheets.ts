/// <reference types="office-js" />
/** Inserts every sheet of another workbook (the template) into the live one: one sync. */

import type { OfficeSession } from "./office-session";

/** insertWorksheetsFromBase64 is in ExcelApi 1.13; everything else the add-in uses is in 1.7 (the manifest's minimum). */
export const INSERT_WORKSHEETS_SET = ["ExcelApi", "1.13"] as const;

export function canInsertWorksheets(session: Pick<OfficeSession, "isSetSupported">): boolean {
  return session.isSetSupported(...INSERT_WORKSHEETS_SET);
}

/** Base64 of bytes, as insertWorksheetsFromBase64 takes a workbook; in chunks, so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Inserts the sheets of the workbook file `bytes` (an .xlsx) into the live workbook. */
export async function insertWorksheets(context: Excel.RequestContext, bytes: Uint8Array): Promise<void> {
  context.workbook.insertWorksheetsFromBase64(toBase64(bytes));
  await context.sync();
}
