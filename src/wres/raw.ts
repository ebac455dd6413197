/**
 * What a workbook adapter hands the domain: each template name as the workbook defines it,
 * with the raw cells of its range. Adapters translate; every judgement about these values
 * is made in the domain.
 */

/** What a cell holds, by its type: a number, text, a logical value, an error value ("#REF!") or nothing. */
export type RawCellContent =
  | { readonly type: "empty"; readonly value: null }
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "error"; readonly value: string };

export type RawCell = RawCellContent & {
  /** The cell's number format code, e.g. "General", "0.0%", "0.00". */
  readonly numberFormat: string;
  /** True when the cell holds a formula (its value is the formula's last result). */
  readonly formula?: boolean;
};

export type RawCellType = RawCell["type"];

/** A workbook-scoped definition that refers to one rectangular range. */
export interface RawRange {
  readonly kind: "range";
  /** The definition as the workbook states it, e.g. `'Indicators 2-4'!$D$7:$F$7`. */
  readonly refersTo: string;
  readonly sheet: string;
  /** Zero-based row and column of the top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  /**
   * The cells, `rows` × `columns`. Omitted (null) when the range is too large to be a template
   * block; its shape is wrong anyway.
   */
  readonly cells: readonly (readonly RawCell[])[] | null;
  /**
   * The text beside the block, where the template writes its row and column labels, for the
   * domain to check that the name still lines up with its table (alignment.ts). Absent when the
   * adapter did not read it: `cells` is null, or the block ends beyond the first
   * `LABEL_COLUMNS` columns (src/workbook/definition.ts), or the workbook was built in memory.
   */
  readonly surroundings?: RawSurroundings;
}

/**
 * A cell's text as a label: a string cell's text as stored (untrimmed), or null for a cell that
 * holds no text (empty, a number, a logical value, an error value).
 */
export type RawLabel = string | null;

/** The cells around a block where the template writes its labels, translated to text only. */
export interface RawSurroundings {
  /**
   * For each row of the block, the cells to its left: from column A up to the column before the
   * block (empty for a block in column A). The row's label is the nearest text among them.
   */
  readonly left: readonly (readonly RawLabel[])[];
  /** The row directly above the block, over the block's own columns (its column labels); null on a sheet's first row. */
  readonly above: readonly RawLabel[] | null;
}

/** A workbook-scoped definition that is not a usable range: `#REF!`, a constant, a formula, several areas, a missing sheet. */
export interface RawBrokenDefinition {
  readonly kind: "broken";
  readonly refersTo: string;
  /** Why it cannot be read, in a few plain words, e.g. "refers to #REF!". */
  readonly reason: string;
}

export type RawDefinition = RawRange | RawBrokenDefinition;

export interface RawName {
  readonly name: string;
  /** The workbook-scoped definition, or null if the workbook has none. */
  readonly workbook: RawDefinition | null;
  /** Sheet-scoped definitions of the same name (each a template fault). */
  readonly sheetScoped: readonly { readonly sheet: string; readonly refersTo: string }[];
}

/** Every template name as one workbook defines it, plus how many `WRES_` names it has at all. */
export interface RawWorkbook {
  readonly names: ReadonlyMap<string, RawName>;
  /** Count of defined names starting `WRES_` in any scope; 0 means this is not a WRES workbook. */
  readonly wresNameCount: number;
  /**
   * True when the workbook counts dates from 1904 (Excel's option "Use 1904 date system"); absent
   * or false: from 1900. Only date cells (the action plan's Due) depend on it.
   */
  readonly date1904?: boolean;
}

export const EMPTY_CELL: RawCell = { type: "empty", value: null, numberFormat: "General" };
