/** The workbook part (`xl/workbook.xml`): its sheets, in order, and its defined names. */

import { isSpreadsheetElement, RELATIONSHIP_ID_NAMESPACES, XmlCursor, XmlSyntaxError } from "./xml-cursor";

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
  /** `<workbookPr date1904="1"/>`: date serials count from 1904. */
  readonly date1904: boolean;
}

/** Throws XmlSyntaxError when the part is not a workbook or is not well-formed. */
export function parseWorkbookPart(xml: string): WorkbookPart {
  const cursor = new XmlCursor(xml);
  if (!cursor.nextElement() || !isSpreadsheetElement(cursor, "workbook")) {
    throw new XmlSyntaxError("no <workbook> element");
  }
  const sheets: SheetListing[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let date1904 = false;
  while (cursor.nextInside(1)) {
    if (isSpreadsheetElement(cursor, "workbookPr")) {
      const value = cursor.attribute("date1904")?.trim().toLowerCase();
      date1904 = value === "1" || value === "true";
      cursor.skip();
    } else if (isSpreadsheetElement(cursor, "sheets")) readSheets(cursor, sheets);
    else if (isSpreadsheetElement(cursor, "definedNames")) readDefinedNames(cursor, definedNames);
    else cursor.skip();
  }
  cursor.finish();
  return { sheets, definedNames, date1904 };
}

function readSheets(cursor: XmlCursor, sheets: SheetListing[]): void {
  const depth = cursor.depth;
  while (cursor.nextInside(depth)) {
    if (cursor.depth === depth + 1 && isSpreadsheetElement(cursor, "sheet")) {
      const name = cursor.attribute("name");
      if (name === undefined) throw new XmlSyntaxError("a <sheet> without a name");
      // The id attribute is in the relationships namespace (`r:id`), whatever its prefix.
      const relationshipId = cursor.attributeIn(RELATIONSHIP_ID_NAMESPACES, "id") ?? null;
      sheets.push({ name, relationshipId });
    }
    cursor.skip();
  }
}

function readDefinedNames(cursor: XmlCursor, names: DefinedNameEntry[]): void {
  const depth = cursor.depth;
  while (cursor.nextInside(depth)) {
    if (cursor.depth !== depth + 1 || !isSpreadsheetElement(cursor, "definedName")) {
      cursor.skip();
      continue;
    }
    const name = cursor.attribute("name");
    if (name === undefined) throw new XmlSyntaxError("a <definedName> without a name");
    const scope = cursor.attribute("localSheetId");
    names.push({
      name,
      localSheetId: scope !== undefined && /^\d+$/.test(scope.trim()) ? Number(scope) : null,
      formula: cursor.text(),
    });
  }
}
