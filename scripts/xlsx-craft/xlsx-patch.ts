/**
 * Edits the parts of real .xlsx files in tests, to add what workbook libraries cannot write:
 * sheet-scoped names, `#REF!` and constant names, hand-written sheet XML and so on.
 */

import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** A copy of the archive with one entry's text replaced by `edit(text)`. Throws if the entry is missing. */
export function patchZipEntry(bytes: Uint8Array, path: string, edit: (text: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const entry = files[path];
  if (!entry) throw new Error(`no ${path} in the archive`);
  files[path] = strToU8(edit(strFromU8(entry)));
  return zipSync(files);
}

/** A copy of the archive with an entry added or replaced. */
export function setZipEntry(bytes: Uint8Array, path: string, content: string | Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files[path] = typeof content === "string" ? strToU8(content) : new Uint8Array(content);
  return zipSync(files);
}

/** A copy of the archive without an entry. */
export function removeZipEntry(bytes: Uint8Array, path: string): Uint8Array {
  const files = unzipSync(bytes);
  delete files[path];
  return zipSync(files);
}

/** An entry's text. Throws if the entry is missing. */
export function readZipEntry(bytes: Uint8Array, path: string): string {
  const entry = unzipSync(bytes, { filter: (f) => f.name === path })[path];
  if (!entry) throw new Error(`no ${path} in the archive`);
  return strFromU8(entry);
}

export interface DefinedNameSpec {
  readonly name: string;
  /** The formula as Excel shows it, e.g. `'Indicators 2-4'!$D$7:$F$7`, `#REF!`, `1.0`; XML-escaped here. */
  readonly refersTo: string;
  /** Index into the workbook's sheets for a sheet-scoped name; omitted for a workbook-scoped one. */
  readonly localSheetId?: number;
  readonly hidden?: boolean;
}

const WORKBOOK_PART = "xl/workbook.xml";
const DEFINED_NAME = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;

/** Adds a defined name, or replaces the definition of the same name in the same scope. */
export function setDefinedName(bytes: Uint8Array, spec: DefinedNameSpec): Uint8Array {
  return patchZipEntry(bytes, WORKBOOK_PART, (xml) => {
    const element =
      `<definedName name="${escapeXml(spec.name)}"` +
      (spec.localSheetId === undefined ? "" : ` localSheetId="${spec.localSheetId}"`) +
      (spec.hidden ? ` hidden="1"` : "") +
      `>${escapeXml(spec.refersTo)}</definedName>`;
    const scope = spec.localSheetId ?? null;
    const without = editDefinedNames(xml, (d) => !(sameName(d.name, spec.name) && d.localSheetId === scope));
    return insertDefinedName(without, element);
  });
}

/**
 * Removes a defined name: only the definition in one scope when `localSheetId` is given
 * (null = the workbook-scoped one), else every definition of that name.
 */
export function removeDefinedName(bytes: Uint8Array, name: string, localSheetId?: number | null): Uint8Array {
  return patchZipEntry(bytes, WORKBOOK_PART, (xml) =>
    editDefinedNames(
      xml,
      (d) => !(sameName(d.name, name) && (localSheetId === undefined || d.localSheetId === localSheetId)),
    ),
  );
}

/** The defined names of a workbook as written, for assertions on patched files. */
export function listDefinedNames(bytes: Uint8Array): { name: string; localSheetId: number | null; refersTo: string }[] {
  return [...readZipEntry(bytes, WORKBOOK_PART).matchAll(DEFINED_NAME)].map((m) => ({
    ...parseDefinedNameAttributes(m[1]),
    refersTo: unescapeXml(m[2] ?? ""),
  }));
}

function editDefinedNames(xml: string, keep: (d: { name: string; localSheetId: number | null }) => boolean): string {
  const edited = xml.replace(DEFINED_NAME, (whole, attributes: string) =>
    keep(parseDefinedNameAttributes(attributes)) ? whole : "",
  );
  return edited.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, "");
}

function insertDefinedName(xml: string, element: string): string {
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${element}</definedNames>`);
  if (!xml.includes("</sheets>")) throw new Error("workbook.xml has no </sheets>");
  return xml.replace("</sheets>", `</sheets><definedNames>${element}</definedNames>`);
}

function parseDefinedNameAttributes(attributes: string): { name: string; localSheetId: number | null } {
  const name = /\bname="([^"]*)"/.exec(attributes)?.[1] ?? "";
  const scope = /\blocalSheetId="(\d+)"/.exec(attributes)?.[1];
  return { name: unescapeXml(name), localSheetId: scope === undefined ? null : Number(scope) };
}

function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
