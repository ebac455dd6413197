/**
 * Why a file cannot be read, as one plain sentence that follows the file's name
 * ("<file> is damaged ..."). Raised inside the reader and turned into a result value by
 * readXlsx, so that no caller ever sees an exception for bad input.
 */

import { megabytes } from "./limits";

export class XlsxFault extends Error {
  constructor(readonly sentence: string) {
    super(sentence);
    this.name = "XlsxFault";
  }
}

export const FAULT = {
  empty: () => new XlsxFault("is empty (0 bytes)"),
  notZip: () => new XlsxFault("is not an .xlsx file (it is not a zip archive)"),
  encrypted: () => new XlsxFault("is password-protected (encrypted); save an unprotected copy and check that"),
  textFile: () =>
    new XlsxFault(
      "is a text file (such as a CSV export), not an Excel workbook; open it in Excel and save it as .xlsx",
    ),
  openDocument: () => new XlsxFault("is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx"),
  numbers: () => new XlsxFault("is an Apple Numbers file, not an Excel workbook; export it as .xlsx"),
  oldXls: () => new XlsxFault("is an old-style .xls file; save it as .xlsx"),
  binaryXlsb: () => new XlsxFault("is an .xlsb binary workbook; save it as .xlsx"),
  truncated: () => new XlsxFault("is damaged or truncated (the zip archive is incomplete)"),
  notWorkbook: () => new XlsxFault("is a zip file but not an Excel workbook"),
  unsupportedCompression: (method: number) =>
    new XlsxFault(`is damaged or uses an unsupported zip compression (method ${method})`),
  tooLarge: (maxFileBytes: number) =>
    new XlsxFault(`is larger than ${megabytes(maxFileBytes)} MB, too large to be a WRES return`),
  bomb: (limitBytes: number) =>
    new XlsxFault(`expands to more than ${megabytes(limitBytes)} MB when unzipped; refused as a possible zip bomb`),
  bombRatio: (maxRatio: number) =>
    new XlsxFault(`expands more than ${maxRatio}-fold when unzipped; refused as a possible zip bomb`),
  invalidXml: (part: string) => new XlsxFault(`is damaged: ${part} is not valid XML`),
  missingPart: (part: string) => new XlsxFault(`is damaged: ${part} is missing`),
  damagedPart: (part: string, what: string) => new XlsxFault(`is damaged: ${part} ${what}`),
  /** A zip entry whose data do not match what the directory declares: altered or damaged in transit. */
  damagedEntry: (part: string, what: string) => new XlsxFault(`is damaged: its part ${part} ${what}`),
  missingSheet: (sheet: string) => new XlsxFault(`is damaged: the cells of sheet "${sheet}" are missing`),
};
