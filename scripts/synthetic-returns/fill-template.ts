/**
 * Writes values into the blank template by editing its sheet XML: the template is built once
 * with ExcelJS, and each return then costs a few string replacements and one zip, far faster
 * than running ExcelJS per file. In the blank template every cell of every named block is an
 * empty styled cell (`<c r="D7" s="14"/>`); a value replaces it with the same cell holding it.
 */

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { cellRef } from "../../src/wres/a1";
import { buildTemplate } from "../template/build-workbook";
import { TEMPLATE_LAYOUT } from "../template/layout";
import { escapeXml } from "../xlsx-craft/xlsx-patch";

/**
 * A cell to write: a number, text, an error value such as `#N/A`, or a number in the General
 * format (as typed by hand into a cell whose format was reset) rather than the block's own.
 */
export type FillCell = number | string | null | { readonly error: string } | { readonly general: number };

/** Rows × columns of one named block; null leaves a cell empty. */
export type FillGrid = readonly (readonly FillCell[])[];

export interface FillEdits {
  /** Edits xl/workbook.xml (its defined names) after the values are written. */
  readonly workbookXml?: (xml: string) => string;
}

const WORKBOOK_PART = "xl/workbook.xml";
const EMPTY_CELL = /<c r="([A-Z]{1,3}\d+)"( s="\d+")?\/>/g;

export class TemplateFiller {
  private constructor(
    private readonly parts: Readonly<Record<string, Uint8Array>>,
    private readonly sheetParts: ReadonlyMap<string, string>,
  ) {}

  static async create(): Promise<TemplateFiller> {
    const parts = unzipSync(await buildTemplate());
    return new TemplateFiller(parts, locateSheetParts(parts));
  }

  /** The template's text part, e.g. for a non-template workbook built from it. */
  text(part: string): string {
    return strFromU8(this.parts[part]);
  }

  /** A return holding `values` (name → grid of the block's shape). */
  fill(values: ReadonlyMap<string, FillGrid>, edits: FillEdits = {}): Uint8Array {
    const bySheet = new Map<string, Map<string, FillCell>>();
    for (const [name, grid] of values) {
      const at = TEMPLATE_LAYOUT.get(name);
      if (!at) throw new Error(`${name} is not a template name`);
      if (grid.length !== at.rows || grid.some((row) => row.length !== at.columns))
        throw new Error(`Values for ${name} must be ${at.rows}×${at.columns}.`);
      const cells = bySheet.get(at.sheet) ?? new Map<string, FillCell>();
      bySheet.set(at.sheet, cells);
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) cells.set(cellRef(at.top + r, at.left + c), v);
        }),
      );
    }
    const files: Zippable = { ...this.parts };
    for (const [sheet, cells] of bySheet) {
      const part = this.sheetParts.get(sheet)!;
      files[part] = strToU8(writeCells(strFromU8(this.parts[part]), cells, part));
    }
    if (edits.workbookXml) files[WORKBOOK_PART] = strToU8(edits.workbookXml(this.text(WORKBOOK_PART)));
    return zipSync(files, { level: 6 });
  }
}

function writeCells(xml: string, cells: ReadonlyMap<string, FillCell>, part: string): string {
  let written = 0;
  const out = xml.replace(EMPTY_CELL, (whole, ref: string, style: string | undefined) => {
    const value = cells.get(ref);
    if (value === undefined || value === null) return whole;
    written++;
    return cellXml(ref, style ?? "", value);
  });
  if (written !== cells.size) throw new Error(`${part}: ${cells.size - written} cells are not empty template cells`);
  return out;
}

function cellXml(ref: string, style: string, value: Exclude<FillCell, null>): string {
  if (typeof value === "number") return `<c r="${ref}"${style}><v>${String(value)}</v></c>`;
  if (typeof value === "string")
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  if ("error" in value) return `<c r="${ref}"${style} t="e"><v>${escapeXml(value.error)}</v></c>`;
  return `<c r="${ref}"><v>${String(value.general)}</v></c>`; // style 0: General
}

/** Each sheet's part, from the workbook's sheet list and its relationships. */
function locateSheetParts(parts: Readonly<Record<string, Uint8Array>>): Map<string, string> {
  const workbook = strFromU8(parts[WORKBOOK_PART]);
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?\bname="([^"]+)"[^>]*?\br:id="([^"]+)"/g)) {
    const target = targets.get(m[2]);
    if (!target) throw new Error(`no relationship ${m[2]} for sheet ${m[1]}`);
    out.set(m[1], target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}
