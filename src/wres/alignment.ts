/**
 * Whether a name still lines up with its table. A program that inserts rows or columns without
 * moving defined names leaves every name below or to the right reading the wrong cells; the
 * template's labels beside each block show it. Labels are the trust's to change, so a label
 * that is not one of the contract's own says nothing (nor does a blank one); only the contract's
 * own labels in the wrong place make a name misaligned:
 *   - a row of the block labelled as another row of the contract ('Band 5' labelled 'Band 4');
 *   - a row of the block holding the block's column labels (its first row is the header 'White');
 *   - a column of the block headed by another column label ('BME' headed 'White').
 */

import { CONTRACT, type NameSpec } from "./contract";
import type { RawCell, RawLabel, RawSurroundings } from "./raw";

/** The contract's placeholder for a 1×1 block's only row or column: the template labels such a row by the block's description. */
const PLACEHOLDER = "Value";

/** How the template labels a block's row: the contract's row label, or the description for a lone "Value" row. */
function rowLabelOf(spec: NameSpec, row: number): string {
  const label = spec.rows[row];
  return label === PLACEHOLDER ? spec.description.replace(/\.$/, "") : label;
}

/** The ways the template writes a column label: as is, or with " %" over percentages and rates. */
function columnLabelsOf(spec: NameSpec, column: number): readonly string[] {
  const label = spec.columns[column];
  return [label, `${label} %`];
}

interface BlockLabels {
  readonly rows: readonly string[];
  /** Each column's labels; none for a placeholder column, which has no label of its own. */
  readonly columns: readonly (readonly string[])[];
}

function labelsOf(spec: NameSpec): BlockLabels {
  return {
    rows: spec.rows.map((_, r) => rowLabelOf(spec, r)),
    columns: spec.columns.map((label, c) => (label === PLACEHOLDER ? [] : columnLabelsOf(spec, c))),
  };
}

/** Each block's labels, by name: worked out once, looked at for every file. */
const LABELS: ReadonlyMap<string, BlockLabels> = new Map(CONTRACT.map((s) => [s.name, labelsOf(s)]));

const ROW_LABELS: ReadonlySet<string> = new Set([...LABELS.values()].flatMap((l) => l.rows));
const COLUMN_LABELS: ReadonlySet<string> = new Set([...LABELS.values()].flatMap((l) => l.columns.flat()));

const textOf = (label: RawLabel): string | null => {
  const text = label?.trim() ?? "";
  return text === "" ? null : text;
};

/** A row's label: the nearest text to the block's left. */
function nearestText(cells: readonly RawLabel[]): string | null {
  for (let c = cells.length - 1; c >= 0; c--) {
    const text = textOf(cells[c]);
    if (text !== null) return text;
  }
  return null;
}

const cellText = (cell: RawCell): string | null => (cell.type === "string" ? textOf(cell.value) : null);

/** The first cell of a row that holds one of its own column's labels (a header row read as data), or null. */
function columnLabelIn(columns: readonly (readonly string[])[], row: readonly RawCell[]): string | null {
  for (let c = 0; c < row.length; c++) {
    if (row[c].type !== "string") continue; // nearly every cell: a figure, or empty
    const text = cellText(row[c]);
    if (text !== null && columns[c]?.includes(text)) return text;
  }
  return null;
}

/**
 * Why the block no longer lines up with its table, completing "`NAME` no longer lines up with
 * its table: …", or null when nothing beside it says so (including when no labels were read).
 */
export function misalignment(
  spec: NameSpec,
  cells: readonly (readonly RawCell[])[],
  surroundings: RawSurroundings | undefined,
): string | null {
  if (!surroundings) return null;
  const labels = LABELS.get(spec.name) ?? labelsOf(spec);
  for (let r = 0; r < spec.rows.length; r++) {
    const expected = labels.rows[r];
    const label = nearestText(surroundings.left[r] ?? []);
    if (label !== null && label !== expected && ROW_LABELS.has(label)) {
      return `its row '${expected}' is labelled '${label}'`;
    }
    const header = columnLabelIn(labels.columns, cells[r] ?? []);
    if (header) return `its row '${expected}' holds the column label '${header}'`;
  }
  for (let c = 0; c < spec.columns.length; c++) {
    if (spec.columns[c] === PLACEHOLDER) continue;
    const label = textOf(surroundings.above?.[c] ?? null);
    if (label !== null && !labels.columns[c].includes(label) && COLUMN_LABELS.has(label)) {
      return `its column '${spec.columns[c]}' is labelled '${label}'`;
    }
  }
  return null;
}
