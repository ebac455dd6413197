/** Where a template name's cells are, and how a cell is named in words, for flags. */

import { cellAddress } from "./a1";
import type { NameSpec } from "./contract";

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

/** A cell in words: "Band 5, BME in WRES_I1_NonClinical", or the name alone for a one-cell block. */
export function cellLabel(spec: NameSpec, row: number, column: number): string {
  const parts: string[] = [];
  if (spec.rows.length > 1) parts.push(spec.rows[row]);
  if (spec.columns.length > 1) parts.push(spec.columns[column]);
  return parts.length ? `${parts.join(", ")} in ${spec.name}` : spec.name;
}
