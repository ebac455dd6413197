import { strToU8, zipSync } from "fflate";
import { megabytes } from "../../../src/workbook/xlsx/limits";
import { resolveTarget, relationshipsPartOf } from "../../../src/workbook/xlsx/relationships";
import { decodeOoxmlEscapes, decodeReferences } from "../../../src/workbook/xlsx/xml-text";
import { RELATIONSHIP_ID_NAMESPACES, XmlCursor, XmlEvent, XmlSyntaxError } from "../../../src/workbook/xlsx/xml-cursor";
import { readZipDirectory } from "../../../src/workbook/xlsx/zip-directory";

/** The text of the first element named `local` (any prefix) in `xml`. */
function textOf(xml: string, local: string): string {
  const cursor = new XmlCursor(xml);
  while (cursor.advance() !== XmlEvent.EndOfDocument) if (cursor.local === local) return cursor.text();
  throw new Error(`no <${local}>`);
}

describe("xml text", () => {
  it("decodes the five entities and numeric references", () => {
    expect(decodeReferences("&amp;&lt;&gt;&quot;&apos; &#65;&#x42;&#x1F600;&#0065;")).toBe("&<>\"' AB😀A");
  });

  it("refuses what a conforming parser refuses: unknown entities, a bare &, references to no character", () => {
    for (const text of ["&nbsp;", "a & b", "&#xD800;", "&#0;", "&#x110000;", "&#12a;", "&;"]) {
      expect(() => decodeReferences(text)).toThrow(XmlSyntaxError);
    }
  });

  it("keeps CDATA verbatim, drops comments and processing instructions, normalises line ends", () => {
    expect(textOf("<v>a&amp;<![CDATA[<b>&amp;]]>c</v>", "v")).toBe("a&<b>&amp;c");
    expect(textOf("<v>12<!-- checked -->34<?pi x?>5</v>", "v")).toBe("12345");
    expect(textOf("<t>a\r\nb\rc</t>", "t")).toBe("a\nb\nc");
  });

  it("decodes _xHHHH_ escapes, with _x005F_ escaping a literal one", () => {
    expect(decodeOoxmlEscapes("a_x000D__x000A_b _x005F_x0041_ _x41_")).toBe("a\r\nb _x0041_ _x41_");
  });
});

describe("xml cursor", () => {
  it("finds elements by namespace and local name whatever their prefix, and attributes likewise", () => {
    const xml =
      `<?xml version="1.0"?><!-- <sheet name="no"/> --><a:root xmlns:a="u" xmlns:rel="${[...RELATIONSHIP_ID_NAMESPACES][0]}">` +
      `<a:sheet name="S &amp; P&#10;x\ty" rel:id='rId1'/></a:root>`;
    const cursor = new XmlCursor(xml);
    expect(cursor.nextElement()).toBe(true);
    expect(cursor.nextInside(1)).toBe(true);
    expect([cursor.qname, cursor.local, cursor.namespace, cursor.depth]).toEqual(["a:sheet", "sheet", "u", 2]);
    expect(cursor.attribute("name")).toBe("S & P\nx y");
    expect(cursor.attributeIn(RELATIONSHIP_ID_NAMESPACES, "id")).toBe("rId1");
    expect(cursor.attribute("id")).toBeUndefined();
    cursor.skip();
    expect(cursor.nextInside(1)).toBe(false);
    expect(() => cursor.finish()).not.toThrow();
  });

  it("accepts end tags with spaces, refuses end tags that do not match their start tag", () => {
    expect(textOf(`<x:c xmlns:x="u"><x:v>1</x:v ></x:c >`, "c")).toBe("1");
    expect(() => textOf(`<x:c xmlns:x="u"><x:v>1</v></x:c>`, "c")).toThrow(XmlSyntaxError);
    expect(() => textOf(`<c><v>2</v></y:c>`, "c")).toThrow(XmlSyntaxError);
  });

  it("throws XmlSyntaxError on broken tags, undeclared prefixes, DTDs and unclosed documents", () => {
    const read = (xml: string) => () => new XmlCursor(xml).finish();
    expect(read(`<a b="1`)).toThrow(XmlSyntaxError);
    expect(read(`<a b=1>`)).toThrow(XmlSyntaxError);
    expect(read(`<a><b>`)).toThrow(XmlSyntaxError);
    expect(read(`<a/><b/>`)).toThrow(XmlSyntaxError);
    expect(read(`<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`)).toThrow(XmlSyntaxError);
    expect(() => textOf(`<a>x &nbsp; y</a>`, "a")).toThrow(XmlSyntaxError);
    const cursor = new XmlCursor(`<x:a/>`);
    cursor.nextElement();
    expect(() => cursor.namespace).toThrow(XmlSyntaxError);
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
