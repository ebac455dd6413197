/** What every chart is: its picture's data, and its text equivalent (a caption sentence and a table). */

/** The chart's data as a table a screen reader (or a report's reader) can go through. */
export interface DataTable {
  /** Column headers; the first heads the row headers. */
  readonly columns: readonly string[];
  readonly rows: readonly DataRow[];
}

export interface DataRow {
  /** The row's header cell ("Band 5", "This year"). */
  readonly header: string;
  /** The other cells, formatted, one per column after the first. */
  readonly cells: readonly string[];
}

/** A chart's text equivalent: its accessible name, and the data. */
export interface TextEquivalent {
  /** One sentence (or two) saying what the chart shows: its accessible name and alt text. */
  readonly caption: string;
  readonly table: DataTable;
}

/** What every chart spec has. */
export interface ChartBase {
  /** A short title ("Relative likelihood", "BME share by pay band"). */
  readonly title: string;
  readonly text: TextEquivalent;
}
