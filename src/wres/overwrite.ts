/**
 * Before Calculate writes, output cells that hold something the add-in did not write (a
 * formula, or a value other than the one it last wrote there) are listed, so the user is asked
 * before they are replaced: nothing a person typed is overwritten silently.
 */

import { showNumber } from "./format";
import type { Locator } from "./locate";
import type { RawCell } from "./raw";

/** What the add-in last wrote, per output name (kept in the document by the adapter). */
export type WrittenValues = Readonly<Record<string, readonly (readonly (number | string | null)[])[]>>;

export interface OverwriteConflict {
  readonly name: string;
  readonly cell: string | null;
  /** What the cell holds now, as a person would read it. */
  readonly holds: string;
}

function sameValue(cell: RawCell, written: number | string | null | undefined): boolean {
  if (written === null || written === undefined) return false;
  if (cell.type === "number" && typeof written === "number")
    return Math.abs(cell.value - written) <= 1e-12 * Math.max(1, Math.abs(written));
  return cell.type === "string" && cell.value === written;
}

/** What a cell holds, as a person would read it. */
function holds(cell: RawCell): string {
  switch (cell.type) {
    case "string":
      return `the text "${cell.value}"`;
    case "number":
      return `the value ${showNumber(cell.value)}`;
    case "boolean":
      return `the value ${cell.value ? "TRUE" : "FALSE"}`;
    default:
      return `the value ${String(cell.value)}`;
  }
}

export function overwriteConflicts(
  reported: ReadonlyMap<string, readonly (readonly RawCell[])[]>,
  locate: Locator,
  lastWritten: WrittenValues,
): OverwriteConflict[] {
  const conflicts: OverwriteConflict[] = [];
  for (const [name, rows] of reported) {
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.type === "empty" && !cell.formula) return;
        if (!cell.formula && sameValue(cell, lastWritten[name]?.[r]?.[c])) return;
        conflicts.push({
          name,
          cell: locate.cell(name, r, c),
          holds: cell.formula ? "a formula" : holds(cell),
        });
      }),
    );
  }
  return conflicts;
}
