import { strToU8, zipSync } from "fflate";
import { megabytes } from "../../../src/workbook/xlsx/limits";
import { resolveTarget, relationshipsPartOf } from "../../../src/workbook/xlsx/relationships";
import { decodeOoxmlEscapes, decodeXmlContent, decodeXmlEntities } from "../../../src/workbook/xlsx/xml-text";
import { endOfElement, nextStartTag, attribute, XmlSyntaxError } from "../../../src/workbook/xlsx/xml-scan";
import { readZipDirectory } from "../../../src/workbook/xlsx/zip-directory";

describe("xml text", () => {
  it("decodes the five entities and numeric references, and keeps what is not one", () => {
    expect(decodeXmlEntities("&amp;&lt;&gt;&quot;&apos; &#65;&#x42;&#x1F600; &nbsp; &#xD800; & x")).toBe(
      "&<>\"' AB😀 &nbsp; &#xD800; & x",
    );
  });

  it("keeps CDATA verbatim", () => {
    expect(decodeXmlContent("a&amp;<![CDATA[<b>&amp;]]>c")).toBe("a&<b>&amp;c");
  });

  it("decodes _xHHHH_ escapes, with _x005F_ escaping a literal one", () => {
    expect(decodeOoxmlEscapes("a_x000D__x000A_b _x005F_x0041_ _x41_")).toBe("a\r\nb _x0041_ _x41_");
  });
});

describe("xml scanning", () => {
  it("finds elements by local name whatever their prefix, and attributes by local name", () => {
    const xml = `<?xml version="1.0"?><!-- <sheet name="no"/> --><a:root xmlns:a="u"><a:sheet name="S &amp; P" r:id='rId1'/></a:root>`;
    const sheet = nextStartTag(xml, "sheet", 0);
    expect(sheet).toMatchObject({ qname: "a:sheet", selfClosing: true });
    expect(sheet && attribute(sheet, "name")).toBe("S & P");
    expect(sheet && attribute(sheet, "id")).toBe("rId1");
  });

  it("finds the end of an element written with spaces or another prefix", () => {
    const xml = `<x:c r="A1"><x:v>1</x:v></x:c ><c><v>2</v></y:c>`;
    const first = nextStartTag(xml, "c", 0);
    expect(first && xml.slice(first.end, endOfElement(xml, first).contentEnd)).toBe("<x:v>1</x:v>");
    const second = nextStartTag(xml, "c", first ? endOfElement(xml, first).end : 0);
    expect(second && xml.slice(second.end, endOfElement(xml, second).contentEnd)).toBe("<v>2</v>");
  });

  it("throws XmlSyntaxError on broken tags", () => {
    expect(() => nextStartTag(`<a b="1`, "a", 0)).toThrow(XmlSyntaxError);
    expect(() => nextStartTag(`<a b=1>`, "a", 0)).toThrow(XmlSyntaxError);
    const open = nextStartTag(`<a><b>`, "a", 0);
    expect(() => open && endOfElement(`<a><b>`, open)).toThrow(XmlSyntaxError);
  });
});

describe("relationship targets", () => {
  it("resolves relative, absolute and parent targets, and finds the .rels part", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "../custom/sheet%201.xml")).toBe("custom/sheet 1.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relationshipsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relationshipsPartOf("")).toBe("_rels/.rels");
  });
});

describe("zip directory", () => {
  it("lists entries by lower-case path, with sizes", () => {
    const zip = zipSync({ "XL/Workbook.xml": strToU8("<workbook/>"), "a.txt": [strToU8("aaaa"), { level: 0 }] });
    const entries = readZipDirectory(zip);
    expect(entries && [...entries.keys()]).toEqual(["xl/workbook.xml", "a.txt"]);
    expect(entries?.get("a.txt")).toMatchObject({ path: "a.txt", method: 0, compressedSize: 4, uncompressedSize: 4 });
    expect(entries?.get("xl/workbook.xml")).toMatchObject({ path: "XL/Workbook.xml", method: 8, uncompressedSize: 11 });
  });

  it("returns null when there is no end record", () => {
    expect(readZipDirectory(new Uint8Array(100))).toBeNull();
  });
});

describe("sizes in messages", () => {
  it("prints MB of 1024 × 1024 bytes", () => {
    expect(megabytes(50 * 1024 * 1024)).toBe("50");
    expect(megabytes(1.5 * 1024 * 1024)).toBe("1.5");
  });
});
