import { readXlsx } from "../../../src/workbook/xlsx";
import { patchZipEntry, removeZipEntry } from "../../../scripts/xlsx-craft/xlsx-patch";
import { columnCells, rangeOf, readError, readOk, valuesWorkbook } from "./fixtures";

describe("readXlsx: cell values of a workbook written by ExcelJS", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await valuesWorkbook();
  });

  it("reads the range's address and every kind of cell with its number format", () => {
    const range = rangeOf(readOk(bytes, ["WRES_Values"]), "WRES_Values");
    expect(range).toMatchObject({
      kind: "range",
      refersTo: "'Indicators 2-4'!$B$2:$B$18",
      sheet: "Indicators 2-4",
      top: 1,
      left: 1,
      rows: 17,
      columns: 1,
    });
    expect(columnCells(range)).toEqual([
      { type: "number", value: 42, numberFormat: "General" },
      { type: "number", value: 84, numberFormat: "General", formula: true },
      { type: "error", value: "#REF!", numberFormat: "General" },
      { type: "string", value: "Hello world", numberFormat: "General" },
      { type: "number", value: 0.453, numberFormat: "0.0%" },
      { type: "boolean", value: true, numberFormat: "General" },
      { type: "string", value: 'a & <b> "c"', numberFormat: "General" },
      { type: "string", value: "text", numberFormat: "General", formula: true },
      { type: "empty", value: null, numberFormat: "General", formula: true },
      { type: "number", value: 0.5, numberFormat: "0%" }, // built-in format 9
      { type: "number", value: 1234.5, numberFormat: "#,##0.00" }, // built-in format 4
      { type: "error", value: "#DIV/0!", numberFormat: "General" },
      { type: "error", value: "#N/A", numberFormat: "General" },
      { type: "boolean", value: false, numberFormat: "General" },
      { type: "empty", value: null, numberFormat: "0.0%" },
      { type: "empty", value: null, numberFormat: "General" },
      { type: "number", value: -0.25, numberFormat: "General" },
    ]);
  });

  it("reads a single-cell name", () => {
    const range = rangeOf(readOk(bytes, ["WRES_Count"]), "WRES_Count");
    expect(range).toMatchObject({ refersTo: "'Indicators 2-4'!$B$2", top: 1, left: 1, rows: 1, columns: 1 });
    expect(range.cells).toEqual([[{ type: "number", value: 42, numberFormat: "General" }]]);
  });

  it("fills cells outside the stored ones as empty, General", () => {
    const patched = patchZipEntry(bytes, "xl/workbook.xml", (xml) => xml.replace("$B$2:$B$18", "$A$1:$C$2"));
    const range = rangeOf(readOk(patched, ["WRES_Values"]), "WRES_Values");
    const empty = { type: "empty", value: null, numberFormat: "General" };
    expect(range.cells).toEqual([
      [empty, empty, empty],
      [empty, { type: "number", value: 42, numberFormat: "General" }, empty],
    ]);
  });

  it("reads General for every cell when the workbook has no styles part", () => {
    const cells = columnCells(rangeOf(readOk(removeZipEntry(bytes, "xl/styles.xml"), ["WRES_Values"]), "WRES_Values"));
    expect(cells.map((c) => c.numberFormat)).toEqual(Array(17).fill("General"));
    expect(cells[4]).toEqual({ type: "number", value: 0.453, numberFormat: "General" });
  });

  it("reads built-in format ids the styles do not declare, and General for unknown ones", () => {
    const patched = patchZipEntry(bytes, "xl/styles.xml", (xml) =>
      xml.replace(
        /<cellXfs count="\d+">/,
        '<cellXfs count="9"><xf numFmtId="3"/><xf numFmtId="10"/><xf numFmtId="11"/><xf numFmtId="14"/><xf numFmtId="49"/><xf numFmtId="2"/><xf numFmtId="1"/><xf numFmtId="200"/><xf numFmtId="0"/>',
      ),
    );
    const withStyles = patchZipEntry(patched, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<c r="B2"[^>]*>/, '<c r="B2" s="0">')
        .replace(/<c r="B3"[^>]*>/, '<c r="B3" s="1">')
        .replace(/<c r="B4"[^>]*>/, '<c r="B4" s="2" t="e">')
        .replace(/<c r="B6"[^>]*>/, '<c r="B6" s="3">')
        .replace(/<c r="B7"[^>]*>/, '<c r="B7" s="4" t="b">')
        .replace(/<c r="B11"[^>]*>/, '<c r="B11" s="5">')
        .replace(/<c r="B12"[^>]*>/, '<c r="B12" s="6">')
        .replace(/<c r="B18"[^>]*>/, '<c r="B18" s="7">'),
    );
    const cells = columnCells(rangeOf(readOk(withStyles, ["WRES_Values"]), "WRES_Values"));
    expect([0, 1, 2, 4, 5, 9, 10, 16].map((i) => cells[i].numberFormat)).toEqual([
      "#,##0",
      "0.00%",
      "0.00E+00",
      "mm-dd-yy",
      "@",
      "0.00",
      "0",
      "General",
    ]);
  });

  it("refuses a cell that refers to a shared string the table lacks", () => {
    const patched = patchZipEntry(bytes, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/(<c r="B5"[^>]*><v>)\d+(<\/v>)/, "$199$2"),
    );
    expect(readError(patched, ["WRES_Values"])).toBe(
      "is damaged: xl/sharedStrings.xml lacks a string that a cell refers to",
    );
  });

  it("refuses string cells when the shared string table is missing", () => {
    expect(readError(removeZipEntry(bytes, "xl/sharedStrings.xml"), ["WRES_Values"])).toBe(
      "is damaged: xl/sharedStrings.xml is missing",
    );
  });

  it("does not load the shared strings when no needed cell uses them", () => {
    // A damaged table is harmless while only numbers are read.
    const patched = patchZipEntry(bytes, "xl/sharedStrings.xml", () => "<sst><si><t>broken");
    expect(rangeOf(readOk(patched, ["WRES_Count"]), "WRES_Count").cells?.[0][0].value).toBe(42);
    expect(readError(patched, ["WRES_Values"])).toBe("is damaged: xl/sharedStrings.xml is not valid XML");
  });

  it("never modifies the bytes it reads", () => {
    const copy = bytes.slice();
    readXlsx(bytes, ["WRES_Values", "WRES_Count"]);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});
