/** Where a template name's cells are, and how a cell is named in words, for flags. */

import { cellAddress } from "./a1";
import { I1_BLOCKS, type I1Block, type NameSpec } from "./contract";
import { NAMES } from "./names";

/** Finds the cell address of a name's cell, for flags. */
export interface Locator {
  cell(name: string, row?: number, column?: number): string | null;
  has(name: string): boolean;
}

/** The position of each usable name's block. */
export interface BlockPosition {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
}

export function locatorOf(blocks: ReadonlyMap<string, BlockPosition>): Locator {
  return {
    has: (name) => blocks.has(name),
    cell(name, row = 0, column = 0) {
      const b = blocks.get(name);
      return b ? cellAddress(b.sheet, b.top + row, b.left + column) : null;
    },
  };
}

/**
 * A cell in words, for a message a person reads: its block, then its row and column where the
 * block has more than one, e.g. "Indicator 1, non-clinical: Band 5, BME", "Indicator 2, appointed:
 * BME", "Earlier years: Row 2, RL2", or the block alone for a one-cell block ("ODS code"). The
 * internal name stays in the flag's `name`, never in its words.
 */
export function cellLabel(spec: NameSpec, row: number, column: number): string {
  const parts: string[] = [];
  if (spec.rows.length > 1) parts.push(rowLabel(spec, row));
  if (spec.columns.length > 1) parts.push(spec.columns[column]);
  return parts.length ? `${blockWords(spec)}: ${parts.join(", ")}` : blockWords(spec);
}

/** A block's row label; rows beyond the template's (an extended action plan) are numbered on: "Action 31". */
function rowLabel(spec: NameSpec, row: number): string {
  return spec.rows[row] ?? `${spec.rows[0].replace(/\s*\d+$/, "")} ${row + 1}`;
}

/** A block said with its internal name, for faults fixed in Name Manager: "Indicator 1, non-clinical (the name WRES_I1_NonClinical)". */
export function blockWithName(spec: NameSpec): string {
  return `${blockWords(spec)} (the name ${spec.name})`;
}

/** A block's one cell, or its rows or columns, labelled only "Value": nothing to say. */
const UNLABELLED = "Value";

/**
 * A cell's row and column as the template labels them, e.g. "Band 5, BME" or "Appointed, BME";
 * labels that are just "Value" are left out, and a one-cell block gives null.
 */
export function cellWhere(spec: NameSpec, row: number, column: number): string | null {
  const parts = [rowLabel(spec, row), spec.columns[column]].filter((p) => p !== undefined && p !== UNLABELLED);
  return parts.length ? parts.join(", ") : null;
}

/** How indicator 1's blocks are said after "Indicator 1, ". */
const I1_BLOCK_WORDS: Record<I1Block, string> = {
  NonClinical: "non-clinical",
  Clinical: "clinical",
  Medical: "medical and dental",
};

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** The blocks of template 1.1's own sheets, said as their sheets are titled. */
const TABLE_WORDS: Readonly<Record<string, string>> = {
  [NAMES.history]: "Earlier years",
  [NAMES.actionPlan]: "Action plan",
  [NAMES.goals]: "Aspirational goals",
  [NAMES.goalsYear]: "Goal year",
};

/**
 * A block in words, for a person rather than a formula: "Indicator 1, non-clinical",
 * "Indicator 2, appointed", "Indicator 9, board members by ethnicity, previous year",
 * "Organisation name", "Action plan".
 */
export function blockWords(spec: NameSpec): string {
  const table = TABLE_WORDS[spec.name];
  if (table) return table;
  const year = spec.previousYear ? ", previous year" : "";
  const i1 = I1_BLOCKS.find((b) => spec.base.startsWith(NAMES.i1(b)));
  const oneRow = spec.rows.length === 1 && spec.rows[0] !== UNLABELLED ? spec.rows[0] : null;
  // The description without its closing full stop or a bracketed aside: "ODS code (3–5 letters…)." → "ODS code".
  const described = spec.description.replace(/\s*\(.*\)|\.$/g, "").replace(/^Previous reporting year: /, "");
  if (spec.indicator === null) return `${oneRow ?? described.charAt(0).toUpperCase() + described.slice(1)}${year}`;
  const what = i1
    ? I1_BLOCK_WORDS[i1] + (spec.base === NAMES.i1(i1) ? "" : spec.kind === "percent" ? " percentages" : " gaps")
    : lowerFirst(oneRow ?? described);
  return `Indicator ${spec.indicator.slice(1)}, ${what}${year}`;
}
