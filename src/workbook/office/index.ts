/**
 * The Office.js adapter: reads the template's names from the live workbook and writes a
 * Calculate's outputs back, each in one context.sync. It translates; it decides nothing about WRES.
 */

export { CHECKS_SHEET_NAME, cellLink, checksRows } from "./checks-sheet";
export { toRawCell, toRawCells } from "./cells";
export { goToCell } from "./go-to-cell";
export { readWorkbook, type WorkbookSnapshot } from "./read-workbook";
export { assertOutputsOnly, writeCheck, type CheckWrite } from "./write-check";
