/** The workbook part (`xl/workbook.xml`): its sheets, in order, and its defined names. */

import { attribute, endOfElement, nextStartTag, XmlSyntaxError } from "./xml-scan";
import { decodeXmlContent } from "./xml-text";

export interface SheetListing {
  readonly name: string;
  /** The relationship id that leads to the sheet's part. */
  readonly relationshipId: string | null;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** Index into the sheet list for a sheet-scoped name; null for a workbook-scoped one. */
  readonly localSheetId: number | null;
  /** The formula as written, XML-unescaped, e.g. `'Indicators 2-4'!$D$7:$F$7`. */
  readonly formula: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetListing[];
  readonly definedNames: readonly DefinedNameEntry[];
}

/** Throws XmlSyntaxError when the part is not a workbook or its lists are malformed. */
export function parseWorkbookPart(xml: string): WorkbookPart {
  const root = nextStartTag(xml, "workbook", 0);
  if (!root) throw new XmlSyntaxError("no <workbook> element");
  return { sheets: readSheets(xml, root.end), definedNames: readDefinedNames(xml, root.end) };
}

function readSheets(xml: string, from: number): SheetListing[] {
  const list = nextStartTag(xml, "sheets", from);
  if (!list) return [];
  const { contentEnd } = endOfElement(xml, list);
  const sheets: SheetListing[] = [];
  for (
    let tag = nextStartTag(xml, "sheet", list.end, contentEnd);
    tag;
    tag = nextStartTag(xml, "sheet", tag.end, contentEnd)
  ) {
    const name = attribute(tag, "name");
    if (name === undefined) throw new XmlSyntaxError("a <sheet> without a name");
    // The id attribute is in the relationships namespace (`r:id`), whatever its prefix.
    const relationshipId = tag.attributes.find(([qname]) => qname.endsWith(":id"))?.[1] ?? null;
    sheets.push({ name, relationshipId });
  }
  return sheets;
}

function readDefinedNames(xml: string, from: number): DefinedNameEntry[] {
  const list = nextStartTag(xml, "definedNames", from);
  if (!list) return [];
  const { contentEnd } = endOfElement(xml, list);
  const names: DefinedNameEntry[] = [];
  let tag = nextStartTag(xml, "definedName", list.end, contentEnd);
  while (tag) {
    const element = endOfElement(xml, tag);
    const name = attribute(tag, "name");
    if (name === undefined) throw new XmlSyntaxError("a <definedName> without a name");
    const scope = attribute(tag, "localSheetId");
    names.push({
      name,
      localSheetId: scope !== undefined && /^\d+$/.test(scope.trim()) ? Number(scope) : null,
      formula: decodeXmlContent(xml.slice(tag.end, element.contentEnd)),
    });
    tag = nextStartTag(xml, "definedName", element.end, contentEnd);
  }
  return names;
}
