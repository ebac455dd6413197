/**
 * The one port between the domain and a workbook: read these names, write these outputs.
 * Adapters (Office.js for the live workbook, the .xlsx file reader) implement it and decide
 * nothing about WRES.
 */

import type { OutputBlock } from "../wres/outputs";
import type { RawWorkbook } from "../wres/raw";

export type { OutputBlock, RawWorkbook };

export interface WorkbookPort {
  /** Reads every listed name (missing, broken and sheet-scoped ones included). */
  readNames(names: readonly string[]): Promise<RawWorkbook>;
  /** Writes output blocks; never called with an input name. */
  writeOutputs(blocks: readonly OutputBlock[]): Promise<void>;
}
