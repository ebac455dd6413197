/** Finds the workbook part and the parts it relates to (sheets, styles, shared strings). */

import { FAULT } from "./fault";
import { isRelationshipType, parseRelationships, relationshipsPartOf, type Relationship } from "./relationships";
import type { XlsxPackage } from "./xlsx-package";

const DEFAULT_WORKBOOK_PART = "xl/workbook.xml";
const BINARY_WORKBOOK_PART = "xl/workbook.bin";
const OPEN_DOCUMENT_MIMETYPE_PART = "mimetype";
const NUMBERS_DOCUMENT_PART = "Index/Document.iwa";

export interface RelatedParts {
  readonly styles: string | null;
  readonly sharedStrings: string | null;
  /** Sheet parts by the relationship id the workbook's `<sheet>` elements carry. */
  readonly partByRelationshipId: ReadonlyMap<string, string>;
}

/**
 * The workbook part's name, found through the package relationships as the format intends
 * (falling back to the usual `xl/workbook.xml`). Throws when the package holds no workbook.
 */
export function locateWorkbookPart(pkg: XlsxPackage): string {
  const packageRelationships = pkg.parse(relationshipsPartOf(""), (xml) => parseRelationships(xml, "")) ?? [];
  const officeDocument = packageRelationships.find((r) => isRelationshipType(r.type, "officeDocument"));
  for (const candidate of [officeDocument?.target, DEFAULT_WORKBOOK_PART]) {
    if (candidate !== undefined && candidate.toLowerCase().endsWith(".xml") && pkg.has(candidate)) return candidate;
  }
  if (pkg.has(BINARY_WORKBOOK_PART) || officeDocument?.target.toLowerCase().endsWith(".bin")) throw FAULT.binaryXlsb();
  throw faultForOtherZip(pkg);
}

/** Other office documents that are zip archives: OpenDocument (its `mimetype` entry says so) and Apple Numbers. */
function faultForOtherZip(pkg: XlsxPackage) {
  if (pkg.has(OPEN_DOCUMENT_MIMETYPE_PART)) {
    const mimetype = pkg.text(OPEN_DOCUMENT_MIMETYPE_PART) ?? "";
    if (mimetype.trim().startsWith("application/vnd.oasis.opendocument.spreadsheet")) return FAULT.openDocument();
  }
  if (pkg.has(NUMBERS_DOCUMENT_PART)) return FAULT.numbers();
  return FAULT.notWorkbook();
}

export function locateRelatedParts(pkg: XlsxPackage, workbookPart: string): RelatedParts {
  const relationships: Relationship[] =
    pkg.parse(relationshipsPartOf(workbookPart), (xml) => parseRelationships(xml, workbookPart)) ?? [];
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  // Without relationships (a sloppy generator), fall back to the names Excel uses.
  const find = (kind: string, usual: string) => {
    const target = relationships.find((r) => isRelationshipType(r.type, kind))?.target ?? folder + usual;
    return pkg.has(target) ? target : null;
  };
  return {
    styles: find("styles", "styles.xml"),
    sharedStrings: find("sharedStrings", "sharedStrings.xml"),
    partByRelationshipId: new Map(relationships.map((r) => [r.id, r.target])),
  };
}
