/// <reference types="office-js" />
/**
 * The "WRES charts" sheet that Create report rebuilds in Excel: native Excel charts that analysts
 * can copy into their own papers. Each chart is bound to a small table on the sheet whose cells
 * are formulas over the template's output names (=WRES_I2_RL…), so the charts follow the outputs
 * whenever Calculate writes them again. A blank output is shown as #N/A, which a chart leaves
 * out, never as a zero.
 *
 * The sheet is the add-in's alone: a workbook-level name (CHARTS_SHEET_MARK) points at its A1,
 * and only a sheet so marked is deleted and made again. A sheet of that name that the add-in did
 * not make (the user's own) is left as it is and the rebuild refused. One read, then one write:
 * whether the sheet is the add-in's must be known before anything is deleted.
 *
 * Office.js used: worksheets.add / getItemOrNullObject / delete (ExcelApi 1.1 to 1.4),
 * names.add / getItemOrNullObject (1.4), worksheet.charts.add (1.1), chart.series.getItemAt,
 * series.setXAxisValues and series.chartType (1.7): nothing beyond the manifest's ExcelApi 1.7.
 */

import { absoluteRange, parseRangeReference } from "../../wres/a1";
import {
  AFC_ROWS,
  HISTORY_INDICATORS,
  HISTORY_ROW_COUNT,
  PREVIOUS_YEAR_SUFFIX,
  RL_INDICATORS,
  type RlIndicator,
} from "../../wres/contract";
import { NAMES } from "../../wres/names";
import { nameKey } from "../definition";
import { excelRefusal } from "./excel-refusal";

export const CHARTS_SHEET_NAME = "WRES charts";
/** The workbook-level name by which the add-in knows its sheet: it refers to the sheet's A1. */
export const CHARTS_SHEET_MARK = "WRESAddin_ChartsSheet";
/** What A1 says (the cell the mark points at). */
export const CHARTS_SHEET_TITLE =
  "WRES charts, made by the WRES add-in: each Create report deletes this sheet and makes it again from the named outputs. Copy a chart to keep it; keep your own work on other sheets.";

export interface ChartsSheetRequest {
  /** The relative-likelihood band of the settings checked with, e.g. [0.8, 1.25]. */
  readonly rlBand: readonly [number, number];
  /** Template 1.1 with earlier years (WRES_History): the series chart too. */
  readonly history: boolean;
}

/** Whether the sheet was rebuilt; when not, why in a few words, and whether it was the user's sheet that stopped it. */
export type ChartsSheetResult =
  | { readonly built: true; readonly charts: number }
  | { readonly built: false; readonly reason: string; readonly usersSheet: boolean };

/** A block of the sheet: a header row, rows of label and formulas, a number format, and its chart. */
interface ChartBlock {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly numberFormat: string;
  readonly chart: {
    readonly title: string;
    readonly type: "ColumnClustered" | "Line";
    /** Series (by position) drawn as lines over the columns: the band, the workforce's share. */
    readonly lines: readonly number[];
  };
}

/** `INDEX(WRES_History, row, column)` is 1-based: an RL's column in the contract, plus one. */
const historyColumn = (id: RlIndicator): number => HISTORY_INDICATORS.indexOf(id) + 1;

/** `=IF(ISNUMBER(x),x,NA())`: a blank or text output is #N/A, which a chart leaves out. */
const numberOrGap = (expression: string): string => `=IF(ISNUMBER(${expression}),${expression},NA())`;

const rlBlock = (band: readonly [number, number]): ChartBlock => ({
  header: ["Indicator", "Relative likelihood", `Band from ${band[0].toFixed(2)}`, `Band to ${band[1].toFixed(2)}`],
  rows: RL_INDICATORS.map((id) => [`Indicator ${id.slice(1)}`, numberOrGap(NAMES.rl(id)), band[0], band[1]]),
  numberFormat: "0.00",
  chart: {
    title: `Relative likelihoods (1.00 is no difference) against the band ${band[0].toFixed(2)} to ${band[1].toFixed(2)}`,
    type: "ColumnClustered",
    lines: [1, 2],
  },
});

const BME_COLUMN = 2;
const representationBlock: ChartBlock = {
  header: ["Band", "Non-clinical BME %", "Clinical BME %", "Workforce BME %"],
  rows: AFC_ROWS.map((band, i) => [
    band,
    numberOrGap(`INDEX(${NAMES.i1Pct("NonClinical")},${i + 1},${BME_COLUMN})`),
    numberOrGap(`INDEX(${NAMES.i1Pct("Clinical")},${i + 1},${BME_COLUMN})`),
    numberOrGap(`INDEX(${NAMES.workforcePct},1,${BME_COLUMN})`),
  ]),
  numberFormat: "0.0%",
  chart: { title: "BME % by band against the workforce's BME %", type: "ColumnClustered", lines: [2] },
};

/** Earlier years (WRES_History, oldest first), then the previous year and this year. */
const seriesBlock: ChartBlock = {
  header: ["Reporting year", ...RL_INDICATORS.map((id) => `Indicator ${id.slice(1)} RL`)],
  rows: [
    ...Array.from({ length: HISTORY_ROW_COUNT }, (_, r) => [
      `=IF(ISNUMBER(INDEX(${NAMES.history},${r + 1},1)),TEXT(INDEX(${NAMES.history},${r + 1},1),"0"),"")`,
      ...RL_INDICATORS.map((id) => numberOrGap(`INDEX(${NAMES.history},${r + 1},${historyColumn(id)})`)),
    ]),
    [
      `=TEXT(${NAMES.reportingYear}-1,"0")`,
      ...RL_INDICATORS.map((id) => numberOrGap(NAMES.rl(id) + PREVIOUS_YEAR_SUFFIX)),
    ],
    [`=TEXT(${NAMES.reportingYear},"0")`, ...RL_INDICATORS.map((id) => numberOrGap(NAMES.rl(id)))],
  ],
  numberFormat: "0.00",
  chart: { title: "Relative likelihoods over the years", type: "Line", lines: [] },
};

/** The blocks, top to bottom, each with its chart beside it. */
export function chartBlocks(request: ChartsSheetRequest): ChartBlock[] {
  return [rlBlock(request.rlBand), representationBlock, ...(request.history ? [seriesBlock] : [])];
}

/** `='WRES charts'!$A$1`: what the mark refers to. */
export const CHARTS_SHEET_MARK_FORMULA = `=${absoluteRange(CHARTS_SHEET_NAME, 0, 0, 1, 1)}`;

/** Whether the mark's definition points at A1 of the sheet named "WRES charts". */
function marksTheSheet(formula: string): boolean {
  const parsed = parseRangeReference(formula.replace(/^=/, ""));
  return (
    !("reason" in parsed) &&
    nameKey(parsed.sheet) === nameKey(CHARTS_SHEET_NAME) &&
    parsed.top === 0 &&
    parsed.left === 0
  );
}

/** Chart sizes, in points. */
const CHART = { left: 380, width: 460, height: 250, gap: 20 };
const ROW_HEIGHT = 15;
const TABLE_WIDTH = 4;

function queueBlock(sheet: Excel.Worksheet, block: ChartBlock, top: number, chartTop: number): void {
  const width = block.header.length;
  const count = block.rows.length;
  const header = sheet.getRangeByIndexes(top, 0, 1, width);
  header.values = [[...block.header]];
  header.format.font.bold = true;
  sheet.getRangeByIndexes(top + 1, 1, count, width - 1).numberFormat = block.rows.map((row) =>
    row.slice(1).map(() => block.numberFormat),
  );
  // Formulas in every cell (a label is a formula of itself): the figures are bound to the names.
  sheet.getRangeByIndexes(top + 1, 0, count, width).formulas = block.rows.map((row) => [...row]);

  // The figures with their header row, by column: one series per column, named by its header;
  // the labels set as each series' categories, so nothing rests on Excel guessing the layout.
  const chart = sheet.charts.add(block.chart.type, sheet.getRangeByIndexes(top, 1, count + 1, width - 1), "Columns");
  const labels = sheet.getRangeByIndexes(top + 1, 0, count, 1);
  for (let s = 0; s < width - 1; s++) {
    const series = chart.series.getItemAt(s);
    series.setXAxisValues(labels);
    if (block.chart.lines.includes(s)) series.chartType = "Line";
  }
  chart.title.text = block.chart.title;
  chart.top = chartTop;
  chart.left = CHART.left;
  chart.width = CHART.width;
  chart.height = CHART.height;
}

/** Deletes the add-in's sheet (when there), makes it again and draws its charts: one sync. */
function queueRebuild(
  context: Excel.RequestContext,
  request: ChartsSheetRequest,
  existing: { sheet: boolean; mark: boolean },
): number {
  const { worksheets, names } = context.workbook;
  if (existing.sheet) worksheets.getItem(CHARTS_SHEET_NAME).delete();
  if (existing.mark) names.getItem(CHARTS_SHEET_MARK).delete();
  const sheet = worksheets.add(CHARTS_SHEET_NAME);
  names.add(CHARTS_SHEET_MARK, CHARTS_SHEET_MARK_FORMULA);
  sheet.getRangeByIndexes(0, 0, 1, 1).values = [[CHARTS_SHEET_TITLE]];
  const blocks = chartBlocks(request);
  let top = 2;
  let chartTop = 2 * ROW_HEIGHT;
  for (const block of blocks) {
    queueBlock(sheet, block, top, chartTop);
    const rows = block.rows.length + 1;
    // Each block starts below the previous table and below the previous chart.
    const chartRows = Math.ceil((CHART.height + CHART.gap) / ROW_HEIGHT);
    top += Math.max(rows + 2, chartRows);
    chartTop = top * ROW_HEIGHT;
  }
  sheet.getRangeByIndexes(0, 0, 1, TABLE_WIDTH).format.font.bold = true;
  return blocks.length;
}

/**
 * Rebuilds the "WRES charts" sheet: a read (is the sheet there, is it the add-in's, may sheets
 * be added), then one write. Other sheets are never touched. Never throws for what Excel
 * refuses: the result says why the sheet was not rebuilt.
 */
export async function rebuildChartsSheet(
  context: Excel.RequestContext,
  request: ChartsSheetRequest,
): Promise<ChartsSheetResult> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(CHARTS_SHEET_NAME).load("name");
  const mark = context.workbook.names.getItemOrNullObject(CHARTS_SHEET_MARK).load("formula");
  const protection = context.workbook.protection.load("protected");
  await context.sync();

  const hasSheet = !sheet.isNullObject;
  const hasMark = !mark.isNullObject;
  if (hasSheet && !(hasMark && marksTheSheet(mark.formula))) {
    return {
      built: false,
      usersSheet: true,
      reason: `the workbook already has a sheet named "${sheet.name}" that the add-in did not make, and the add-in never deletes a sheet of yours`,
    };
  }
  if (protection.protected) {
    return {
      built: false,
      usersSheet: false,
      reason: "the workbook's structure is protected, so no sheet can be added or deleted",
    };
  }
  const charts = queueRebuild(context, request, { sheet: hasSheet, mark: hasMark });
  try {
    await context.sync();
    return { built: true, charts };
  } catch (e) {
    return { built: false, usersSheet: false, reason: excelRefusal(e) };
  }
}
