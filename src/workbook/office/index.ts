/**
 * The Office.js adapter: every call the add-in makes to Excel. It reads the template's names
 * from the live workbook and writes a Calculate's outputs back, each in one context.sync, and
 * selects cells, inserts the template's sheets and keeps the add-in's values in the document.
 * It translates; it decides nothing about WRES.
 */

export { CHECKS_SHEET_NAME, cellLink, checksRows } from "./checks-sheet";
export { toRawCell, toRawCells } from "./cells";
export {
  queueSettingRead,
  queueSettingWrite,
  readDocumentSetting,
  storedValue,
  writeDocumentSetting,
} from "./document-settings";
export { goToCell, GoToCellRefused, type GoToCellRefusal } from "./go-to-cell";
export {
  canInsertWorksheets,
  INSERT_WORKSHEETS_SET,
  insertWorksheets,
  redefineNames,
  toBase64,
} from "./insert-worksheets";
export { DELAY_FOR_CELL_EDIT_SET, officeSession, OPEN_BROWSER_WINDOW_SET, type OfficeSession } from "./office-session";
export { readWorkbook, type WorkbookSnapshot } from "./read-workbook";
export {
  assertOutputsOnly,
  protectedOutputSheets,
  writeCheck,
  type CheckWrite,
  type ChecksSheetResult,
} from "./write-check";
export type { SheetFacts } from "./workbook-facts";
export {
  assertDraftIntoEmptyRows,
  DraftWriteRefused,
  queueDraftCells,
  writeActionPlanDraft,
} from "./write-action-plan";
