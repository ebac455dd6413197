/** Real .xlsx files for the reader's tests, written by ExcelJS and patched where it cannot go. */

import { Workbook } from "exceljs";
import { readXlsx } from "../../../src/workbook/xlsx";
import type { RawDefinition, RawName, RawRange, RawWorkbook } from "../../../src/wres/raw";

export const SHEET1 = "xl/worksheets/sheet1.xml";
export const SHEET2 = "xl/worksheets/sheet2.xml";

export async function buildXlsx(setup: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  setup(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Two sheets, "Indicators 2-4" and "Other", with one cell of every kind in column B of the
 * first and the workbook-scoped names WRES_Values (B2:B18) and WRES_Count (B2).
 */
export function valuesWorkbook(): Promise<Uint8Array> {
  return buildXlsx((wb) => {
    const ws = wb.addWorksheet("Indicators 2-4");
    ws.getCell("B2").value = 42;
    ws.getCell("B3").value = { formula: "B2*2", result: 84 };
    ws.getCell("B4").value = { error: "#REF!" };
    ws.getCell("B5").value = { richText: [{ text: "Hello " }, { font: { bold: true }, text: "world" }] };
    ws.getCell("B6").value = 0.453;
    ws.getCell("B6").numFmt = "0.0%";
    ws.getCell("B7").value = true;
    ws.getCell("B8").value = 'a & <b> "c"';
    ws.getCell("B9").value = { formula: 'A1&"x"', result: "text" };
    ws.getCell("B10").value = { formula: "B2*3" }; // never calculated: no cached value
    ws.getCell("B11").value = 0.5;
    ws.getCell("B11").numFmt = "0%";
    ws.getCell("B12").value = 1234.5;
    ws.getCell("B12").numFmt = "#,##0.00";
    ws.getCell("B13").value = { error: "#DIV/0!" };
    ws.getCell("B14").value = { error: "#N/A" };
    ws.getCell("B15").value = false;
    ws.getCell("B16").numFmt = "0.0%"; // formatted but empty
    // B17 is never touched: a missing cell
    ws.getCell("B18").value = -0.25;
    ws.getCell("B2").name = "WRES_Count";
    wb.definedNames.add("'Indicators 2-4'!$B$2:$B$18", "WRES_Values");

    const other = wb.addWorksheet("Other");
    other.getCell("A1").value = "other sheet";
    other.getCell("C3").value = 7;
  });
}

/** Reads and fails the test with the error sentence when the file cannot be read. */
export function readOk(bytes: Uint8Array, names: readonly string[]): RawWorkbook {
  const result = readXlsx(bytes, names);
  if (!result.ok) throw new Error(`unexpected failure: ${result.error}`);
  return result.workbook;
}

export function readError(bytes: Uint8Array, names: readonly string[] = ["WRES_Count"]): string {
  const result = readXlsx(bytes, names);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.error;
}

export function nameOf(workbook: RawWorkbook, name: string): RawName {
  const found = workbook.names.get(name);
  if (!found) throw new Error(`no entry for ${name}`);
  return found;
}

export function rangeOf(workbook: RawWorkbook, name: string): RawRange {
  const definition: RawDefinition | null = nameOf(workbook, name).workbook;
  if (definition?.kind !== "range") throw new Error(`${name} is not a range: ${JSON.stringify(definition)}`);
  return definition;
}

/** The single column of a range's cells. */
export function columnCells(range: RawRange) {
  if (!range.cells) throw new Error("cells were not read");
  return range.cells.map((row) => row[0]);
}

/** A worksheet part with the given `<sheetData>` content; `prefix` binds the main namespace to e.g. `x:`. */
export function worksheetXml(sheetData: string, prefix = ""): string {
  const ns = prefix ? `xmlns:${prefix.replace(":", "")}` : "xmlns";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<${prefix}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<${prefix}sheetData>${sheetData}</${prefix}sheetData></${prefix}worksheet>`
  );
}
