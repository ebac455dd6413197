/** Package relationships (`_rels/*.rels`): how one part finds the others. */

import { isElement, PACKAGE_RELATIONSHIPS_NAMESPACES, XmlCursor, XmlSyntaxError } from "./xml-cursor";

export interface Relationship {
  readonly id: string;
  /** The relationship type URI, e.g. `…/relationships/worksheet`. */
  readonly type: string;
  /** The target part's name, resolved against the source part, without a leading slash. */
  readonly target: string;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `""` (the package) → `_rels/.rels`. */
export function relationshipsPartOf(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf("/");
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

/** The internal relationships of a `.rels` part (external links are left out). Throws XmlSyntaxError. */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const cursor = new XmlCursor(xml);
  if (!cursor.nextElement() || !isElement(cursor, PACKAGE_RELATIONSHIPS_NAMESPACES, "Relationships")) {
    throw new XmlSyntaxError("no <Relationships> element");
  }
  const out: Relationship[] = [];
  while (cursor.nextInside(1)) {
    if (cursor.depth === 2 && isElement(cursor, PACKAGE_RELATIONSHIPS_NAMESPACES, "Relationship")) {
      const id = cursor.attribute("Id");
      const type = cursor.attribute("Type");
      const target = cursor.attribute("Target");
      const external = cursor.attribute("TargetMode") === "External";
      if (id !== undefined && type !== undefined && target !== undefined && !external) {
        out.push({ id, type, target: resolveTarget(sourcePart, target) });
      }
    }
    cursor.skip();
  }
  cursor.finish();
  return out;
}

/** Whether a relationship type URI is of this kind, in either the transitional or the strict namespace. */
export function isRelationshipType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/**
 * A target as a part name: absolute targets (`/xl/worksheets/sheet1.xml`) from the package
 * root, relative ones (`worksheets/sheet1.xml`, `../x.xml`) from the source part's folder.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = safeDecodeUri(target.replace(/\\/g, "/").split("#")[0]);
  const base = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** Targets are URIs, so a space may be written `%20`. */
function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
