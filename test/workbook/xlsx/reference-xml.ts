/**
 * The reference for the differential tests: spreadsheet parts read by saxes, a conforming,
 * namespace-aware XML parser (used only in tests), into a small tree, then interpreted with
 * the same rules as the reader (elements by namespace and local name, cells by position).
 */

import { SaxesParser } from "saxes";
import type { StoredCell } from "../../../src/workbook/xlsx/sheet-cells";
import { cellKey } from "../../../src/workbook/xlsx/sheet-cells";
import { decodeOoxmlEscapes } from "../../../src/workbook/xlsx/xml-text";

export interface Element {
  readonly uri: string | null;
  readonly local: string;
  /** Unprefixed attributes by name; prefixed ones by `{uri}local`. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: (Element | string)[];
}

const MAIN = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);
const RELATIONSHIP_IDS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

/** Parses with saxes; throws its error when the XML is not well-formed. */
export function parseXml(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  let root: Element | null = null;
  parser.on("opentag", (tag) => {
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      attributes.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
    }
    const element: Element = { uri: tag.uri || null, local: tag.local, attributes, children: [] };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  const onText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].children.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("doctype", () => {
    throw new Error("a DTD");
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

const isMain = (e: Element, local: string) => e.local === local && (e.uri === null || MAIN.has(e.uri));
const elements = (e: Element) => e.children.filter((c): c is Element => typeof c !== "string");

/** All descendant text. */
export function textOf(e: Element): string {
  return e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** `<si>`/`<is>`: every `<t>`, leaving out phonetic runs. */
function stringItem(e: Element): string {
  const walk = (x: Element): string =>
    elements(x)
      .map((c) => (isMain(c, "t") ? textOf(c) : isMain(c, "rPh") ? "" : walk(c)))
      .join("");
  return decodeOoxmlEscapes(walk(e));
}

export function referenceWorkbook(xml: string) {
  const root = parseXml(xml);
  if (!isMain(root, "workbook")) throw new Error("no workbook");
  const sheets: { name: string; relationshipId: string | null }[] = [];
  const definedNames: { name: string; localSheetId: number | null; formula: string }[] = [];
  let date1904 = false;
  for (const child of elements(root)) {
    if (isMain(child, "workbookPr")) {
      const value = child.attributes.get("date1904")?.trim().toLowerCase();
      date1904 = value === "1" || value === "true";
    } else if (isMain(child, "sheets")) {
      for (const s of elements(child).filter((x) => isMain(x, "sheet"))) {
        const id = RELATIONSHIP_IDS.map((uri) => s.attributes.get(`{${uri}}id`)).find((v) => v !== undefined);
        sheets.push({ name: s.attributes.get("name")!, relationshipId: id ?? null });
      }
    } else if (isMain(child, "definedNames")) {
      for (const d of elements(child).filter((x) => isMain(x, "definedName"))) {
        const scope = d.attributes.get("localSheetId");
        definedNames.push({
          name: d.attributes.get("name")!,
          localSheetId: scope !== undefined && /^\d+$/.test(scope.trim()) ? Number(scope) : null,
          formula: textOf(d),
        });
      }
    }
  }
  return { sheets, definedNames, date1904 };
}

export function referenceSharedStrings(xml: string): string[] {
  const root = parseXml(xml);
  return elements(root)
    .filter((e) => isMain(e, "si"))
    .map(stringItem);
}

const CELL_REFERENCE = /^\s*\$?([A-Za-z]{1,3})\$?\d{1,7}\s*$/;

/** Every stored cell of a worksheet, by cellKey, as readSheetCells reads them (rows and columns may be implied). */
export function referenceSheetCells(xml: string): Map<number, StoredCell> {
  const cells = new Map<number, StoredCell>();
  const root = parseXml(xml);
  for (const data of elements(root).filter((e) => isMain(e, "sheetData"))) {
    let row = -1;
    for (const r of elements(data).filter((e) => isMain(e, "row"))) {
      const m = /^\s*(\d{1,7})\s*$/.exec(r.attributes.get("r") ?? "");
      row = m && Number(m[1]) >= 1 ? Number(m[1]) - 1 : row + 1;
      let column = -1;
      for (const c of elements(r).filter((e) => isMain(e, "c"))) {
        const ref = CELL_REFERENCE.exec(c.attributes.get("r") ?? "");
        if (ref) {
          column = 0;
          for (const ch of ref[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
          column -= 1;
        } else {
          column += 1;
        }
        const children = elements(c);
        const values = children.filter((e) => isMain(e, "v"));
        const inline = children.filter((e) => isMain(e, "is"));
        const style = Number(c.attributes.get("s") ?? 0);
        cells.set(cellKey(row, column), {
          type: c.attributes.get("t") ?? null,
          styleIndex: Number.isInteger(style) && style >= 0 ? style : 0,
          value: values.length > 0 ? textOf(values[values.length - 1]) : null,
          inlineText: inline.length > 0 ? stringItem(inline[inline.length - 1]) : null,
          formula: children.some((e) => isMain(e, "f")),
        });
      }
    }
  }
  return cells;
}
