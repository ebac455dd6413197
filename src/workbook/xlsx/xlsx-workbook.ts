/** The WorkbookPort over an .xlsx file's bytes, for the command line: reads, never writes. */

import type { OutputBlock, RawWorkbook, WorkbookPort } from "../port";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { readXlsx } from "./read-xlsx";

/** The file cannot be read; the message is one plain sentence to follow the file's name. */
export class UnreadableWorkbookError extends Error {
  constructor(sentence: string) {
    super(sentence);
    this.name = "UnreadableWorkbookError";
  }
}

export class XlsxWorkbook implements WorkbookPort {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  ) {}

  /** Rejects with an UnreadableWorkbookError when the file cannot be read. */
  readNames(names: readonly string[]): Promise<RawWorkbook> {
    const result = readXlsx(this.bytes, names, this.limits);
    return result.ok ? Promise.resolve(result.workbook) : Promise.reject(new UnreadableWorkbookError(result.error));
  }

  writeOutputs(_blocks: readonly OutputBlock[]): Promise<void> {
    return Promise.reject(new Error("The .xlsx file reader never writes files: checked workbooks are left unchanged."));
  }
}
