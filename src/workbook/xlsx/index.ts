/** The .xlsx file adapter: reads a workbook's defined names and cells from its bytes (Node or browser). */

export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
export { readXlsx, type XlsxReadResult } from "./read-xlsx";
export { MAX_CELLS_READ } from "./defined-names";
export { BUILT_IN_NUMBER_FORMATS } from "./number-formats";
