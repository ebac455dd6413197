/**
 * Where every contract name sits in the generated template, computed from CONTRACT alone
 * (no defined name is typed here), so the generator, the tests and the docs agree.
 *
 * Each sheet (one per contract area) reads top to bottom:
 *   row 0 title, row 1 key, row 2 year headers (frozen with the label column), then one
 *   section per indicator. A section is a list of "stacks"; a stack is a title row
 *   ("Enter" / "Calculated"), a column-label row, then the data rows of one or more bands.
 *   A band is blocks sharing the same row labels side by side (an input block and the outputs
 *   computed from it, e.g. headcount | % of row | BME gap), so a reader follows a row across.
 * The reporting-year blocks sit on the left; each `_PY` twin sits on the same rows to the
 * right, after a spacer column and its own row-label column.
 * All rows and columns are zero-based, as in src/wres/a1.ts.
 */

import {
  AREAS,
  CONTRACT,
  INDICATOR_IDS,
  kindAt,
  type Area,
  type CellKind,
  type IndicatorId,
  type NameSpec,
} from "../../src/wres/contract";
import { INDICATOR_WORDS } from "../../src/wres/indicator-words";
import {
  ABOUT_HOW,
  ABOUT_INDICATORS_HEADING,
  ABOUT_KEY_HEADING,
  ABOUT_WHAT,
  FIXED_LABEL_SUFFIX,
  KEY_LINE,
  LEGEND,
  RETURN_DETAILS_TITLE,
  ROLE_TITLES,
  SHEET_TITLES,
  TABLE_SHEET_NOTES,
  YEAR_HEADERS,
  YEAR_SUFFIXES,
  type AboutSection,
} from "./wording";

export interface BlockPlacement {
  readonly sheet: Area;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export type LabelStyle =
  | "sheetTitle"
  | "key"
  | "yearHeader"
  | "sectionTitle"
  | "blockTitle"
  | "caption"
  | "columnLabel"
  | "rowLabel"
  | "heading"
  | "prose"
  | "legendInput"
  | "legendOutput";

/** One text cell the generator writes (titles, labels, the About sheet's explanation). */
export interface LabelPlacement {
  readonly sheet: Area;
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly style: LabelStyle;
}

export interface SheetLayout {
  readonly sheet: Area;
  /** Width of each used column, in characters. */
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Rows used (one past the last). */
  readonly rowCount: number;
}

/** How the template treats a block's cells: typed by the user, written by the add-in, or fixed by the template. */
export type BlockTreatment = "input" | "output" | "fixed";

export function treatmentOf(spec: NameSpec): BlockTreatment {
  // The template version is formally an input, but the template writes it and the user must not.
  if (spec.kind === "version") return "fixed";
  // The action plan is the trust's to type; the add-in only drafts into its empty rows.
  return spec.role === "mixed" ? "input" : spec.role;
}

const TITLE_ROW = 0;
const KEY_ROW = 1;
const YEAR_HEADER_ROW = 2;
const HEADER_ROWS = 3;
const FIRST_SECTION_ROW = HEADER_ROWS + 1;
const LABEL_COLUMN = 0;
const FIRST_BLOCK_COLUMN = 1;

const LABEL_WIDTH = { min: 18, max: 48 };
const BLOCK_COLUMN_WIDTH = 13;
/** About holds text values (organisation name, the check summary line). */
const ABOUT_BLOCK_COLUMN_WIDTH = 44;
const SPACER_WIDTH = 3;
/** The sheet that also carries the explanation and the key. */
const ABOUT: Area = "About";

/**
 * The contract's placeholder label for a 1×1 block's only row or column; a row label of this
 * kind says nothing, so the block's description is shown instead.
 */
const PLACEHOLDER_LABEL = "Value";

type Band = NameSpec[];
type Stack = Band[];
interface Section {
  readonly indicator: IndicatorId | null;
  readonly stacks: readonly Stack[];
}

const TWINS: ReadonlyMap<string, NameSpec> = new Map(CONTRACT.filter((s) => s.previousYear).map((s) => [s.base, s]));

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** An output computed row by row from a block (its name extends the block's name) joins that block's band. */
function groupBands(specs: readonly NameSpec[]): Band[] {
  const bands: Band[] = [];
  for (const spec of specs) {
    const band = bands.find((b) => b.some((m) => spec.name.startsWith(`${m.name}_`) && sameLabels(m.rows, spec.rows)));
    if (band) band.push(spec);
    else bands.push([spec]);
  }
  return bands;
}

/** What a stack's shared title and column-label rows depend on. */
function stackKey(band: Band): string | null {
  if (band.length !== 1 || band[0].rows.length !== 1) return null; // tables keep their own header
  const s = band[0];
  return JSON.stringify([treatmentOf(s), s.columns.map((_, c) => columnLabel(s, c))]);
}

/** One-row blocks of the same treatment and column labels share one title and header (e.g. Shortlisted over Appointed). */
function groupStacks(bands: readonly Band[]): Stack[] {
  const stacks: Stack[] = [];
  for (const band of bands) {
    const last = stacks[stacks.length - 1];
    const key = stackKey(band);
    if (last && key !== null && stackKey(last[0]) === key) last.push(band);
    else stacks.push([band]);
  }
  return stacks;
}

function sectionsOf(area: Area): Section[] {
  const specs = CONTRACT.filter((s) => s.area === area && !s.previousYear);
  const order: (IndicatorId | null)[] = [];
  for (const s of specs) if (!order.includes(s.indicator)) order.push(s.indicator);
  return order.map((indicator) => ({
    indicator,
    stacks: groupStacks(groupBands(specs.filter((s) => s.indicator === indicator))),
  }));
}

function bandWidth(band: Band): number {
  return band.reduce((n, s) => n + s.columns.length, 0);
}

function withoutFinalStop(text: string): string {
  return text.replace(/\.$/, "");
}

function rowLabel(spec: NameSpec, row: number): string {
  const label = spec.rows[row];
  if (label !== PLACEHOLDER_LABEL) return label;
  const described = withoutFinalStop(spec.description);
  return treatmentOf(spec) === "fixed" ? described + FIXED_LABEL_SUFFIX : described;
}

function columnLabel(spec: NameSpec, column: number): string {
  const label = spec.columns[column];
  const kind = kindAt(spec, column);
  return (kind === "percent" || kind === "rate") && !label.includes("%") ? `${label} %` : label;
}

/** A caption over a table's row labels: the block's description up to any colon. */
function caption(spec: NameSpec): string {
  return withoutFinalStop(spec.description.split(":")[0]);
}

function blockTitle(spec: NameSpec, previousYear: boolean): string {
  const role = ROLE_TITLES[treatmentOf(spec)];
  if (!TWINS.has(spec.name)) return role;
  return `${role} (${previousYear ? YEAR_SUFFIXES.previous : YEAR_SUFFIXES.current})`;
}

function sectionTitle(indicator: IndicatorId | null): string {
  return indicator === null ? RETURN_DETAILS_TITLE : INDICATOR_WORDS[indicator].heading;
}

interface SheetResult {
  readonly blocks: [string, BlockPlacement][];
  readonly labels: LabelPlacement[];
  readonly layout: SheetLayout;
}

/** The columns of a sheet: labels and blocks of the reporting year, then of the previous year. */
interface SheetColumns {
  readonly label: number;
  readonly first: number;
  readonly pyLabel: number;
  readonly pyFirst: number;
}

/** Collects one sheet's blocks and labels as they are placed. */
class SheetPlan {
  readonly blocks: [string, BlockPlacement][] = [];
  readonly labels: LabelPlacement[] = [];

  constructor(readonly area: Area) {}

  label(row: number, column: number, text: string, style: LabelStyle): void {
    this.labels.push({ sheet: this.area, row, column, text, style });
  }

  place(spec: NameSpec, top: number, left: number): void {
    this.blocks.push([
      spec.name,
      { sheet: this.area, top, left, rows: spec.rows.length, columns: spec.columns.length },
    ]);
  }
}

/** Places one stack from `row` (its title row); returns the row after it. */
function placeStack(plan: SheetPlan, stack: Stack, row: number, at: SheetColumns): number {
  const first = stack[0];
  // A lone "Value" column needs no header: the title above and the row label say it all.
  const hasHeader = first.some((s) => s.columns.some((c) => c !== PLACEHOLDER_LABEL));
  const titleRow = row;
  const headerRow = hasHeader ? row + 1 : row;
  const anyTwin = stack.flat().some((s) => TWINS.has(s.name));
  if (first[0].rows.length > 1) {
    plan.label(headerRow, at.label, caption(first[0]), "caption");
    if (anyTwin) plan.label(headerRow, at.pyLabel, caption(first[0]), "caption");
  }
  let offset = 0;
  for (const spec of first) {
    const twin = TWINS.get(spec.name);
    plan.label(titleRow, at.first + offset, blockTitle(spec, false), "blockTitle");
    if (twin) plan.label(titleRow, at.pyFirst + offset, blockTitle(spec, true), "blockTitle");
    if (hasHeader) {
      spec.columns.forEach((_, c) => {
        plan.label(headerRow, at.first + offset + c, columnLabel(spec, c), "columnLabel");
        if (twin) plan.label(headerRow, at.pyFirst + offset + c, columnLabel(twin, c), "columnLabel");
      });
    }
    offset += spec.columns.length;
  }

  let top = headerRow + 1;
  for (const band of stack) {
    const bandHasTwin = band.some((s) => TWINS.has(s.name));
    band[0].rows.forEach((_, r) => {
      plan.label(top + r, at.label, rowLabel(band[0], r), "rowLabel");
      if (bandHasTwin) plan.label(top + r, at.pyLabel, rowLabel(band[0], r), "rowLabel");
    });
    let left = 0;
    for (const spec of band) {
      plan.place(spec, top, at.first + left);
      const twin = TWINS.get(spec.name);
      if (twin) plan.place(twin, top, at.pyFirst + left);
      left += spec.columns.length;
    }
    top += band[0].rows.length;
  }
  return top;
}

/**
 * The sheets of template 1.1's blocks (history, action plan, goals) are tables, as a trust
 * publishes them: title and key, the column labels on the frozen third row, one row per year,
 * action or band below, any one-cell block under the table, and a few lines of guidance.
 */
function isTableSheet(area: Area): boolean {
  return CONTRACT.filter((s) => s.area === area).every((s) => s.since !== "1.0");
}

/** Widths of table-sheet columns by what they hold: text to read, dates, codes. */
const TABLE_WIDTHS: Partial<Record<CellKind, number>> = { text: 36, date: 13, indicatorCode: 10, actionStatus: 13 };

function layoutTableSheet(area: Area): SheetResult {
  const plan = new SheetPlan(area);
  const specs = CONTRACT.filter((s) => s.area === area);
  const table = specs.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
  plan.label(TITLE_ROW, LABEL_COLUMN, SHEET_TITLES[area], "sheetTitle");
  plan.label(KEY_ROW, LABEL_COLUMN, KEY_LINE, "key");
  plan.label(YEAR_HEADER_ROW, LABEL_COLUMN, caption(table), "caption");
  table.columns.forEach((_, c) =>
    plan.label(YEAR_HEADER_ROW, FIRST_BLOCK_COLUMN + c, columnLabel(table, c), "columnLabel"),
  );
  table.rows.forEach((_, r) => plan.label(HEADER_ROWS + r, LABEL_COLUMN, rowLabel(table, r), "rowLabel"));
  plan.place(table, HEADER_ROWS, FIRST_BLOCK_COLUMN);
  let row = HEADER_ROWS + table.rows.length + 1;
  for (const single of specs.filter((s) => s !== table)) {
    plan.label(row++, FIRST_BLOCK_COLUMN, ROLE_TITLES[treatmentOf(single)], "blockTitle");
    plan.label(row, LABEL_COLUMN, rowLabel(single, 0), "rowLabel");
    plan.place(single, row, FIRST_BLOCK_COLUMN);
    row += 2;
  }
  for (const line of TABLE_SHEET_NOTES[area] ?? []) plan.label(row++, LABEL_COLUMN, line, "prose");

  const labelWidth = clamp(
    Math.max(...plan.labels.filter((l) => l.style === "rowLabel" || l.style === "caption").map((l) => l.text.length)) +
      2,
    LABEL_WIDTH.min,
    LABEL_WIDTH.max,
  );
  const blockWidths = table.columns.map((_, c) =>
    Math.max(TABLE_WIDTHS[kindAt(table, c)] ?? BLOCK_COLUMN_WIDTH, columnLabel(table, c).length + 2),
  );
  return {
    blocks: plan.blocks,
    labels: plan.labels,
    layout: {
      sheet: area,
      columnWidths: [labelWidth, ...blockWidths],
      frozenRows: HEADER_ROWS,
      frozenColumns: FIRST_BLOCK_COLUMN,
      rowCount: row,
    },
  };
}

function layoutSheet(area: Area): SheetResult {
  if (isTableSheet(area)) return layoutTableSheet(area);
  const plan = new SheetPlan(area);
  const sections = sectionsOf(area);
  const groupWidth = Math.max(...sections.flatMap((s) => s.stacks.flat().map(bandWidth)));
  const hasPreviousYear = CONTRACT.some((s) => s.area === area && s.previousYear);
  const pyLabel = FIRST_BLOCK_COLUMN + groupWidth + 1; // after a spacer column
  const columns: SheetColumns = { label: LABEL_COLUMN, first: FIRST_BLOCK_COLUMN, pyLabel, pyFirst: pyLabel + 1 };

  plan.label(TITLE_ROW, LABEL_COLUMN, SHEET_TITLES[area], "sheetTitle");
  plan.label(KEY_ROW, LABEL_COLUMN, KEY_LINE, "key");
  if (hasPreviousYear) {
    plan.label(YEAR_HEADER_ROW, columns.first, YEAR_HEADERS.current, "yearHeader");
    plan.label(YEAR_HEADER_ROW, columns.pyFirst, YEAR_HEADERS.previous, "yearHeader");
  }

  let row = FIRST_SECTION_ROW;
  for (const section of sections) {
    plan.label(row++, LABEL_COLUMN, sectionTitle(section.indicator), "sectionTitle");
    for (const stack of section.stacks) row = placeStack(plan, stack, row, columns) + 1; // a blank row between stacks
    row += 1; // and one more between sections
  }
  if (area === ABOUT) row = layoutAboutText(plan, row);

  const labelWidth = clamp(
    Math.max(
      ...plan.labels
        .filter((l) => l.column === LABEL_COLUMN && (l.style === "rowLabel" || l.style === "caption"))
        .map((l) => l.text.length),
    ) + 2,
    LABEL_WIDTH.min,
    LABEL_WIDTH.max,
  );
  const blockWidth = area === ABOUT ? ABOUT_BLOCK_COLUMN_WIDTH : BLOCK_COLUMN_WIDTH;
  const columnWidths = [labelWidth, ...Array<number>(groupWidth).fill(blockWidth)];
  if (hasPreviousYear) columnWidths.push(SPACER_WIDTH, labelWidth, ...Array<number>(groupWidth).fill(blockWidth));

  return {
    blocks: plan.blocks,
    labels: plan.labels,
    layout: {
      sheet: area,
      columnWidths,
      frozenRows: hasPreviousYear ? HEADER_ROWS : 0,
      frozenColumns: hasPreviousYear ? FIRST_BLOCK_COLUMN : 0,
      rowCount: row,
    },
  };
}

/** The About sheet's explanation, below the return details; returns the next free row. */
function layoutAboutText(plan: SheetPlan, start: number): number {
  let row = start;
  const section = (s: AboutSection): void => {
    plan.label(row++, LABEL_COLUMN, s.heading, "heading");
    for (const line of s.lines) plan.label(row++, LABEL_COLUMN, line, "prose");
    row++;
  };
  section(ABOUT_WHAT);
  section(ABOUT_HOW);
  plan.label(row++, LABEL_COLUMN, ABOUT_KEY_HEADING, "heading");
  plan.label(row, LABEL_COLUMN, LEGEND.input.sample, "legendInput");
  plan.label(row++, FIRST_BLOCK_COLUMN, LEGEND.input.text, "prose");
  plan.label(row, LABEL_COLUMN, LEGEND.output.sample, "legendOutput");
  plan.label(row++, FIRST_BLOCK_COLUMN, LEGEND.output.text, "prose");
  row++;
  section({ heading: ABOUT_INDICATORS_HEADING, lines: INDICATOR_IDS.map((id) => INDICATOR_WORDS[id].about) });
  return row;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

const SHEETS: readonly SheetResult[] = AREAS.map(layoutSheet);

/** Every contract name → its sheet and top-left cell (zero-based) and its shape. */
export const TEMPLATE_LAYOUT: ReadonlyMap<string, BlockPlacement> = new Map(
  CONTRACT.map((s) => {
    const placed = SHEETS.flatMap((r) => r.blocks).find(([name]) => name === s.name);
    if (!placed) throw new Error(`Layout left out ${s.name}`);
    return [s.name, placed[1]];
  }),
);

/** Every title, label and line of text, per sheet in writing order. */
export const TEMPLATE_LABELS: readonly LabelPlacement[] = SHEETS.flatMap((r) => r.labels);

/** Per-sheet geometry, in sheet order. */
export const SHEET_LAYOUTS: readonly SheetLayout[] = SHEETS.map((r) => r.layout);
