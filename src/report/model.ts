/**
 * The board report as data: an ordered document of sections, each a heading and blocks
 * (paragraphs, label–value facts, lists, tables, charts), built from the checked workbook by
 * `buildReport` (./build-report) and drawn by each renderer (./docx for Word, ./html for a
 * printable page). Every figure in it is already formatted by src/wres/format.ts and every
 * word about an indicator comes from src/wres/indicator-words.ts, so a renderer only lays out
 * text: the Word document and the page can only say the same thing.
 *
 * Pure TypeScript: no file I/O, no Node or DOM API, so that the command and the pane's lazily
 * loaded report chunk share it.
 */

import type { ActionPlanRowReport } from "../wres/action-plan";
import type { BandClusters } from "../wres/band-clusters";
import type { CheckedWorkbook } from "../wres/check";
import type { IndicatorId } from "../wres/contract";
import type { GoalRow } from "../wres/goals";
import type { SeriesPoint } from "../wres/series";

/** A table's column: its header, and whether its cells are figures (aligned right). */
export interface ReportColumn {
  readonly header: string;
  readonly numeric: boolean;
}

/** A table with one header row; each row's first cell is its row header. */
export interface ReportTable {
  /** Says what the table holds (a caption in HTML, a title line above it in Word). */
  readonly caption: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly string[])[];
}

/** A label and what it says, e.g. "Last year" – "1.45, worse than last year". */
export interface ReportFact {
  readonly label: string;
  readonly text: string;
}

/**
 * A chart as the chart module (src/charts) makes it: the picture as an SVG string, and its
 * text equivalent (a caption sentence, which is also its alt text, and the data as a table).
 * `png` is a raster of the same picture, which Word needs beside an SVG; without it the Word
 * document shows the text equivalent in the chart's place.
 */
export interface ReportChart {
  readonly title: string;
  readonly text: {
    readonly caption: string;
    readonly table: {
      readonly columns: readonly string[];
      readonly rows: readonly { readonly header: string; readonly cells: readonly string[] }[];
    };
  };
  readonly svg: string;
  /** The picture's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly png?: Uint8Array;
}

export type ReportBlock =
  | { readonly kind: "paragraph"; readonly text: string; readonly tone?: "lead" | "note" }
  | { readonly kind: "facts"; readonly facts: readonly ReportFact[] }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly table: ReportTable }
  | { readonly kind: "chart"; readonly chart: ReportChart };

/** A numbered section (level 1) or one of its subsections (level 2). */
export interface ReportSection {
  /** A stable id ("summary", "indicator-I2"): an anchor in HTML, a bookmark name in Word. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
  readonly subsections: readonly ReportSection[];
}

export interface ReportDocument {
  /** "WRES report 2025" (the document's title and its properties' title). */
  readonly title: string;
  /** "Northmoor Valley NHS Foundation Trust (RNV)". */
  readonly organisation: string;
  readonly year: number | null;
  /** Lines under the title: the reporting year, where the figures come from. */
  readonly subtitle: readonly string[];
  /** The document properties' subject: the standard, the organisation and the year. */
  readonly subject: string;
  /** "DRAFT: 4 errors" on every page when the workbook has errors; null for a report the board can sign off. */
  readonly draft: string | null;
  readonly sections: readonly ReportSection[];
}

/**
 * One row of the action plan as the report reads it: the columns it prints of the domain's row
 * (cli.md `actionPlan.rows`), not its cell; the status is printed as whatever text it holds.
 */
export type ActionPlanEntry = Pick<ActionPlanRowReport, "indicator" | "finding" | "action" | "lead" | "due"> & {
  readonly status: string | null;
  /** How the trust will know the action worked; "" when the row gives none. */
  readonly measure?: string;
};

/**
 * What template 1.1 adds beyond the checked year (cli.md): each absent in a 1.0 workbook, and
 * the report then says so where it would stand.
 */
export interface ReportExtras {
  /** Each indicator's years (cli.md `series`), oldest first. I1: workforce BME %; I2–I4: RL; I5–I8: gap; I9: total-board difference. */
  readonly series?: Partial<Readonly<Record<IndicatorId, readonly SeriesPoint[]>>>;
  /** One sentence on each series' run of years (the domain's, indicator-words.ts `seriesSentence`). */
  readonly seriesSentences?: Partial<Readonly<Record<IndicatorId, string>>>;
  readonly actionPlan?: {
    readonly rows: readonly ActionPlanEntry[];
    /** The findings (indicators with a gap) that no action covers. */
    readonly uncovered: readonly IndicatorId[];
    /** Those findings in words, as the check states them ("Indicator 6: … a gap of +3.6 points."), when known. */
    readonly uncoveredFindings?: readonly string[];
  };
  readonly goals?: {
    readonly year: number;
    /** The share every band aims at (the workforce's BME % or a fixed share); null when not computable. */
    readonly share: number | null;
    /** The goals table's rows (cli.md `goals.rows`), fractions and counts unrounded. */
    readonly rows: readonly GoalRow[];
    /** How the goals are set, in words (the method section says it, labelled as this tool's). */
    readonly method?: string;
  };
}

/**
 * Where the charts come from (the chart module, src/charts, plugs in here): each method gives
 * the chart for one place in the report, or null for none. Without a provider the report has
 * no pictures, only its tables and sentences.
 */
export interface ChartProvider {
  /** The chart at the head of an indicator's section (RLs against the band, survey shares, the series). */
  indicator?(id: IndicatorId, checked: CheckedWorkbook, extras: ReportExtras): ReportChart | null;
  /** BME % by band cluster against the workforce's, in section 3. */
  representation?(clusters: BandClusters, checked: CheckedWorkbook): ReportChart | null;
  /** An indicator's figure year by year (template 1.1), beside its series table. */
  series?(id: IndicatorId, points: readonly SeriesPoint[], checked: CheckedWorkbook): ReportChart | null;
}

/** What `buildReport` needs beside the checked workbook. */
export interface ReportOptions {
  readonly charts?: ChartProvider;
  /** What template 1.1 adds; by default the checked workbook's own (`reportExtras`, ./extras). */
  readonly extras?: ReportExtras;
  /** The workbook's file name, as the report names its source. */
  readonly source?: string;
  /** The tool and its version, e.g. "wres 0.1.0". */
  readonly generator?: string;
}
