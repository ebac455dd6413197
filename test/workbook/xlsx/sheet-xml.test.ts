import { readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { templateNames } from "../../../src/wres/contract";
import { patchZipEntry, setDefinedName, setZipEntry } from "../../../scripts/xlsx-craft/xlsx-patch";
import { columnCells, rangeOf, readError, readOk, SHEET1, valuesWorkbook, worksheetXml } from "./fixtures";

/** valuesWorkbook with sheet1.xml replaced and WRES_Block set to `'Indicators 2-4'!<range>`. */
async function withSheet(sheetXml: string, range: string): Promise<Uint8Array> {
  const bytes = setZipEntry(await valuesWorkbook(), SHEET1, sheetXml);
  return setDefinedName(bytes, { name: "WRES_Block", refersTo: `'Indicators 2-4'!${range}` });
}

function blockCells(bytes: Uint8Array) {
  const range = rangeOf(readOk(bytes, ["WRES_Block"]), "WRES_Block");
  if (!range.cells) throw new Error("no cells");
  return range.cells;
}

const number = (value: number, numberFormat = "General") => ({ type: "number", value, numberFormat });
const text = (value: string) => ({ type: "string", value, numberFormat: "General" });
const empty = { type: "empty", value: null, numberFormat: "General" };

describe("readXlsx: worksheet XML as other generators write it", () => {
  it("reads elements with a namespace prefix", async () => {
    const xml = worksheetXml(
      '<x:row r="2"><x:c r="B2" s="1"><x:v>0.25</x:v></x:c><x:c r="C2" t="s"><x:v>0</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c r="B3" t="str"><x:f>C2</x:f><x:v>Hello world</x:v></x:c>' +
        '<x:c r="C3" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row>',
      "x:",
    );
    expect(blockCells(await withSheet(xml, "$B$2:$C$3"))).toEqual([
      [number(0.25, "0.0%"), text("Hello world")],
      [{ ...text("Hello world"), formula: true }, text("inline")],
    ]);
  });

  it("passes a formula saved without its result as an empty cell marked formula (issue 8, item 1)", async () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1"><f>SUM(B1:B3)</f></c><c r="B1" s="0"><f t="shared" ref="B1:C1" si="0">A1*2</f><v></v></c>' +
        '<c r="C1"><f t="shared" si="0"/></c><c r="D1"><f>1+1</f><v>2</v></c></row>',
    );
    const formulaEmpty = { ...empty, formula: true };
    expect(blockCells(await withSheet(xml, "$A$1:$D$1"))).toEqual([
      [formulaEmpty, formulaEmpty, formulaEmpty, { ...number(2), formula: true }],
    ]);
  });

  it("reads XML written with comments, processing instructions, references, CDATA and Strict namespaces (issue 8, item 3)", async () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Northmoor<!-- reviewed by JS --> Valley NHS<?pi x?> Foundation Trust</t></is></c>' +
        '<c r="B1"><v>1<!-- c -->2&#51;<![CDATA[4]]></v></c><c r="C1" t="str"><v>&#x41;&amp;&#66;</v></c></row>',
      "x:",
    ).replace(
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "http://purl.oclc.org/ooxml/spreadsheetml/main",
    );
    expect(blockCells(await withSheet(xml, "$A$1:$C$1"))).toEqual([
      [text("Northmoor Valley NHS Foundation Trust"), number(1234), text("A&B")],
    ]);
  });

  it("reads a shared-string index written with a comment", async () => {
    const xml = worksheetXml('<row r="1"><c r="A1" t="s"><v><!-- first -->0</v></c></row>');
    expect(blockCells(await withSheet(xml, "$A$1"))).toEqual([[text("Hello world")]]);
  });

  it("places rows and cells without an r attribute after the previous one", async () => {
    const xml = worksheetXml(
      "<row><c><v>1</v></c><c><v>2</v></c></row>" + // row 1: A1, B1
        '<row><c r="B2"><v>3</v></c><c><v>4</v></c></row>' + // row 2: B2, C2
        '<row r="5"><c t="b"><v>1</v></c></row>' + // A5
        "<row><c/><c><v>6</v></c></row>", // row 6: A6 empty, B6
    );
    expect(blockCells(await withSheet(xml, "$A$1:$C$6"))).toEqual([
      [number(1), number(2), empty],
      [empty, number(3), number(4)],
      [empty, empty, empty],
      [empty, empty, empty],
      [{ type: "boolean", value: true, numberFormat: "General" }, empty, empty],
      [empty, number(6), empty],
    ]);
  });

  it("reads attributes in any order and with single quotes, and odd spacing in tags", async () => {
    const xml = worksheetXml(
      `<row spans='1:3' r='1'><c t='e' s="0"  r = "A1" ><v>#VALUE!</v></c ><c t="n" r="B1"><v> 12.5 </v></c>` +
        `<c r="C1" t="b"><v>0</v></c></row >`,
    );
    expect(blockCells(await withSheet(xml, "$A$1:$C$1"))).toEqual([
      [
        { type: "error", value: "#VALUE!", numberFormat: "General" },
        number(12.5),
        { type: "boolean", value: false, numberFormat: "General" },
      ],
    ]);
  });

  it("decodes entities, _xHHHH_ escapes, rich text runs and CDATA, and skips phonetic runs", async () => {
    const xml = worksheetXml(
      '<row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>caf&#233; &#xE9;t&#xe9; &amp; &lt;tea&gt; &quot;&apos;</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>line_x000D__x000A_two _x005F_x0041_</t></is></c>' +
        '<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">bold </t></r><r><t>plain</t></r>' +
        '<rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></is></c>' +
        '<c r="D1" t="str"><f>"x"</f><v><![CDATA[a<b>&c]]></v></c>' +
        "</row>",
    );
    expect(blockCells(await withSheet(xml, "$A$1:$D$1"))).toEqual([
      [
        text("café été & <tea> \"'"),
        text("line\r\ntwo _x0041_"),
        text("bold plain"),
        { ...text("a<b>&c"), formula: true },
      ],
    ]);
  });

  it("skips phonetic runs in shared strings too", async () => {
    let bytes = await valuesWorkbook();
    bytes = patchZipEntry(bytes, "xl/sharedStrings.xml", (xml) =>
      xml.replace("<t>world</t></r>", '<t>world</t></r><rPh sb="0" eb="5"><t>wa-rudo</t></rPh>'),
    );
    const cells = columnCells(rangeOf(readOk(bytes, ["WRES_Values"]), "WRES_Values"));
    expect(cells[3]).toEqual(text("Hello world"));
  });

  it('keeps ISO dates (t="d") as text, and numbers that are not numbers as text', async () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="d"><v>2025-03-31T00:00:00</v></c><c r="B1"><v>n/a</v></c><c r="C1"><v></v></c><c r="D1"><v>1E3</v></c></row>',
    );
    expect(blockCells(await withSheet(xml, "$A$1:$D$1"))).toEqual([
      [text("2025-03-31T00:00:00"), text("n/a"), empty, number(1000)],
    ]);
  });

  it("reads only the cells inside the requested ranges, skipping everything else", async () => {
    // Row 3 holds a cell the reader could not decode (a shared string index the table lacks),
    // but no range touches it.
    const xml = worksheetXml(
      '<row r="1"><c r="A1"><v>1</v></c><c r="Z1" t="s"><v>999</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>999</v></c></row>' +
        '<row r="4"><c r="A4"><v>4</v></c></row>',
    );
    const bytes = await withSheet(xml, "$A$1:$A$1");
    const both = setDefinedName(bytes, { name: "WRES_Other", refersTo: "'Indicators 2-4'!$A$4" });
    const wb = readOk(both, ["WRES_Block", "WRES_Other"]);
    expect(rangeOf(wb, "WRES_Block").cells).toEqual([[number(1)]]);
    expect(rangeOf(wb, "WRES_Other").cells).toEqual([[number(4)]]);
  });

  it("finds sheets through absolute relationship targets", async () => {
    let bytes = await valuesWorkbook();
    bytes = patchZipEntry(bytes, "xl/_rels/workbook.xml.rels", (xml) =>
      xml
        .replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"')
        .replace('Target="styles.xml"', 'Target="/xl/styles.xml"'),
    );
    const cells = columnCells(rangeOf(readOk(bytes, ["WRES_Values"]), "WRES_Values"));
    expect(cells[4]).toEqual(number(0.453, "0.0%"));
  });

  it("reads an empty sheet as empty cells", async () => {
    const bytes = await withSheet(worksheetXml("").replace("<sheetData></sheetData>", "<sheetData/>"), "$A$1:$B$1");
    expect(blockCells(bytes)).toEqual([[empty, empty]]);
  });

  it("refuses a sheet whose XML is cut off", async () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -40);
    expect(readError(await withSheet(xml, "$A$1"), ["WRES_Block"])).toBe(
      "is damaged: xl/worksheets/sheet1.xml is not valid XML",
    );
  });

  it("refuses a workbook whose sheet part is missing", async () => {
    const bytes = patchZipEntry(await valuesWorkbook(), "xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace('Target="worksheets/sheet1.xml"', 'Target="worksheets/nowhere.xml"'),
    );
    expect(readError(bytes, ["WRES_Values"])).toBe('is damaged: the cells of sheet "Indicators 2-4" are missing');
  });
});

describe("readXlsx: Strict Office Open XML (issue 8, item 3)", () => {
  it("reads the sample saved with Strict namespaces and relationship types exactly as the transitional file", () => {
    const sample = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "assets", "wres-sample.xlsx")));
    const parts = unzipSync(sample);
    const strict: Record<string, Uint8Array> = {};
    for (const [path, data] of Object.entries(parts)) {
      const text = strFromU8(data)
        .split("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
        .split("http://schemas.openxmlformats.org/officeDocument/2006/relationships")
        .join("http://purl.oclc.org/ooxml/officeDocument/relationships");
      strict[path] = path.endsWith(".xml") || path.endsWith(".rels") ? strToU8(text) : data;
    }
    expect(strFromU8(strict["xl/_rels/workbook.xml.rels"])).toContain(
      "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
    );
    const names = templateNames();
    const original = readOk(sample, names);
    expect(readOk(zipSync(strict), names)).toEqual(original);
  });
});
