/**
 * Issue 8, item 3: the reader reads XML as a conforming parser does. A corpus of seeded
 * mutations of the bundled sample's and template's parts (and small hand-made parts) is read
 * by the reader's part parsers and by saxes (reference-xml.ts); they must agree cell for cell,
 * string for string and name for name, or both refuse the part.
 */

import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync, strFromU8 } from "fflate";
import { SharedStrings } from "../../../src/workbook/xlsx/shared-strings";
import { readSheetCells } from "../../../src/workbook/xlsx/sheet-cells";
import { parseWorkbookPart } from "../../../src/workbook/xlsx/workbook-part";
import { XmlSyntaxError } from "../../../src/workbook/xlsx/xml-cursor";
import { referenceSharedStrings, referenceSheetCells, referenceWorkbook } from "./reference-xml";
import { MALFORMING, pick, seededRandom, WELL_FORMED, type Random } from "./xml-mutations";
import { worksheetXml } from "./fixtures";

const ASSETS = join(__dirname, "..", "..", "..", "assets");
const WHOLE_SHEET = [{ top: 0, left: 0, bottom: 2_000_000, right: 20_000 }];

type Kind = "workbook" | "sheet" | "sst";
interface Part {
  readonly source: string;
  readonly kind: Kind;
  readonly xml: string;
}

function partsOf(file: string): Part[] {
  const entries = unzipSync(readFileSync(join(ASSETS, file)));
  return Object.entries(entries).flatMap(([path, data]): Part[] => {
    const kind: Kind | null =
      path === "xl/workbook.xml"
        ? "workbook"
        : path === "xl/sharedStrings.xml"
          ? "sst"
          : /^xl\/worksheets\/sheet\d+\.xml$/.test(path)
            ? "sheet"
            : null;
    return kind ? [{ source: `${file}:${path}`, kind, xml: strFromU8(data) }] : [];
  });
}

const HAND_MADE: Part[] = [
  {
    source: "hand-made sheet",
    kind: "sheet",
    xml: worksheetXml(
      '<row r="2"><c r="B2" t="inlineStr"><is><r><t xml:space="preserve">Northmoor </t></r><r><t>Valley</t></r>' +
        '<rPh sb="0" eb="1"><t>no</t></rPh></is></c><c t="str"><f>A1</f><v>a &amp; b</v></c><c r="E2"><f>SUM(A1)</f></c></row>' +
        '<row><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c><c s="3"><v>0.25</v></c></row>',
    ),
  },
  {
    source: "hand-made strings",
    kind: "sst",
    xml:
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">` +
      `<si><t>caf&#233; _x000D_ line</t></si><si><r><rPr><b/></rPr><t>bold</t></r><r><t> plain</t></r>` +
      `<rPh sb="0" eb="1"><t>x</t></rPh></si><si><t/></si></sst>`,
  },
];

function ours(part: Part, xml: string): unknown {
  switch (part.kind) {
    case "workbook":
      return parseWorkbookPart(xml);
    case "sst": {
      const table = new SharedStrings(xml);
      const out: string[] = [];
      for (let text = table.get(0); text !== undefined; text = table.get(out.length)) out.push(text);
      return out;
    }
    case "sheet":
      return readSheetCells(xml, WHOLE_SHEET);
  }
}

function reference(part: Part, xml: string): unknown {
  switch (part.kind) {
    case "workbook":
      return referenceWorkbook(xml);
    case "sst":
      return referenceSharedStrings(xml);
    case "sheet":
      return referenceSheetCells(xml);
  }
}

const asJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...(v as Map<unknown, unknown>)] : v));

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
function attempt(read: () => unknown): Outcome {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, error };
  }
}

function mutate(xml: string, random: Random, mutations: typeof WELL_FORMED, count: number): [string, string[]] {
  const applied: string[] = [];
  let out = xml;
  for (let i = 0; i < count; i++) {
    const [name, apply] = pick(random, mutations);
    applied.push(name);
    out = apply(out, random);
  }
  return [out, applied];
}

const corpus = [...partsOf("wres-sample.xlsx"), ...partsOf("wres-template.xlsx"), ...HAND_MADE];

describe("the reader's XML agrees with a conforming parser (saxes)", () => {
  it("has a corpus of every kind of part", () => {
    expect(new Set(corpus.map((p) => p.kind))).toEqual(new Set(["workbook", "sheet", "sst"]));
    expect(corpus.length).toBeGreaterThanOrEqual(8);
  });

  it("agrees on the unmutated parts", () => {
    for (const part of corpus)
      expect({ part: part.source, value: ours(part, part.xml) }).toEqual({
        part: part.source,
        value: reference(part, part.xml),
      });
  });

  it("agrees cell for cell on 300 seeded well-formed mutations", () => {
    const random = seededRandom(20261127);
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const part = pick(random, corpus);
      const [xml, applied] = mutate(part.xml, random, WELL_FORMED, 1 + Math.floor(random() * 3));
      const expected = attempt(() => reference(part, xml));
      const actual = attempt(() => ours(part, xml));
      const label = `case ${i}: ${part.source} with ${applied.join(", ")}`;
      if (!expected.ok) {
        expect({ label, refused: !actual.ok }).toEqual({ label, refused: true });
        continue;
      }
      if (!actual.ok) throw new Error(`${label}: refused (${String(actual.error)}) where saxes reads it`);
      // Compared as JSON first (fast); jest's diff only when they differ.
      if (asJson(actual.value) !== asJson(expected.value)) {
        expect({ label, value: actual.value }).toEqual({ label, value: expected.value });
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(270);
  });

  it("refuses, as saxes does, parts broken in structure: mismatched prefixes, unbound prefixes, DTDs, cut short", () => {
    const random = seededRandom(7);
    const structural = MALFORMING.filter(([name]) => !["undefined entity", "bare ampersand"].includes(name));
    for (let i = 0; i < 120; i++) {
      const part = pick(random, corpus);
      const [xml, applied] = mutate(part.xml, random, structural, 1);
      if (xml === part.xml) continue;
      const label = `case ${i}: ${part.source} with ${applied.join(", ")}`;
      expect({ label, reference: attempt(() => reference(part, xml)).ok }).toEqual({ label, reference: false });
      const actual = attempt(() => ours(part, xml));
      expect({ label, refused: !actual.ok && actual.error instanceof XmlSyntaxError }).toEqual({
        label,
        refused: true,
      });
    }
  });

  it("refuses an undefined entity or a bare & in any value it reads, and never throws anything else", () => {
    const random = seededRandom(11);
    const entities = MALFORMING.filter(([name]) => ["undefined entity", "bare ampersand"].includes(name));
    for (let i = 0; i < 60; i++) {
      const part = pick(random, corpus);
      const [xml] = mutate(part.xml, random, entities, 1);
      const actual = attempt(() => ours(part, xml));
      if (!actual.ok) expect(actual.error).toBeInstanceOf(XmlSyntaxError);
    }
    const cell = worksheetXml('<row r="1"><c r="A1" t="str"><v>R&D</v></c><c r="B1" t="str"><v>&nbsp;</v></c></row>');
    expect(() => readSheetCells(cell, WHOLE_SHEET)).toThrow(XmlSyntaxError);
  });
});
