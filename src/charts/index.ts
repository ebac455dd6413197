/**
 * The chart module: the judged indicators (`IndicatorsReport`, from judge.ts) made into chart
 * specs, each with its text equivalent, and each drawn as an SVG string. Pure: no React, DOM,
 * Office or file I/O, so the pane, the HTML report and the Word report draw the same pictures.
 *
 *   const spec = rlChart("I2", indicators.I2, settings);          // or null: nothing to draw
 *   const svg = spec && renderChart(spec, { palette: REPORT_PALETTE, width: 320 });
 *   spec.text.caption; spec.text.table;                             // accessible name and data
 *   seriesChart("I2", check.beyond.series.I2, settings);            // template 1.1: the figure over the years
 *   goalsChart(check.beyond.goals);                                 // template 1.1: the senior bands' goals
 */

import type { IndicatorId } from "../wres/contract";
import type { IndicatorsReport } from "../wres/report";
import type { Settings } from "../wres/settings";
import { boardChart, renderGapChart, surveyChart, type GapChartSpec } from "./gap-chart";
import { renderGoalsChart, type GoalsChartSpec } from "./goals-chart";
import type { ChartPalette } from "./palette";
import { renderRepresentationChart, representationChart, type RepresentationChartSpec } from "./representation-chart";
import { renderRlChart, rlChart, type RlChartSpec } from "./rl-chart";
import { renderSeriesChart, type SeriesChartSpec } from "./series-chart";
import type { DataTable } from "./spec";
import { escapeXml } from "./svg";

export type ChartSpec = RlChartSpec | RepresentationChartSpec | GapChartSpec | SeriesChartSpec | GoalsChartSpec;

export interface RenderOptions {
  readonly palette: ChartPalette;
  /** The drawing's width in px (its viewBox): 320 suits the pane; the SVG scales down with its box. */
  readonly width?: number;
}

/** The chart as an SVG string: `<svg role="img" aria-label="caption">` with a `<title>`, sized `width` wide. */
export function renderChart(spec: ChartSpec, { palette, width = 320 }: RenderOptions): string {
  switch (spec.kind) {
    case "rl":
      return renderRlChart(spec, palette, width);
    case "representation":
      return renderRepresentationChart(spec, palette, width);
    case "gap":
      return renderGapChart(spec, palette, width);
    case "series":
      return renderSeriesChart(spec, palette, width);
    case "goals":
      return renderGoalsChart(spec, palette, width);
  }
}

/** One indicator's chart, as its panel (or a report's section) shows it; null when there is nothing to draw. */
export function indicatorChart(id: IndicatorId, indicators: IndicatorsReport, settings: Settings): ChartSpec | null {
  switch (id) {
    case "I1":
      return representationChart(indicators.I1, settings);
    case "I2":
    case "I3":
    case "I4":
      return rlChart(id, indicators[id], settings);
    case "I5":
    case "I6":
    case "I7":
    case "I8":
      return surveyChart(id, indicators[id], settings);
    case "I9":
      return boardChart(indicators.I9, indicators.I1.workforcePct?.bme ?? null, settings);
  }
}

/** A text equivalent's table as HTML (`<table>` with a caption, column and row headers), for the HTML report. */
export function dataTableHtml(table: DataTable, caption: string): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeXml(c)}</th>`).join("");
  const body = table.rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeXml(r.header)}</th>${r.cells.map((c) => `<td>${escapeXml(c)}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table><caption>${escapeXml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export { boardChart, surveyChart, type GapChartSpec, type GapRow, type ShareBar } from "./gap-chart";
export { representationChart, type RepresentationChartSpec, type RepresentationRow } from "./representation-chart";
export { rlChart, rlOverviewChart, type RlChartRow, type RlChartSpec } from "./rl-chart";
export { seriesChart, seriesFigure, type SeriesChartSpec, type SeriesMeasure } from "./series-chart";
export { goalsChart, goalShareNow, type GoalsChartRow, type GoalsChartSpec } from "./goals-chart";
export {
  FORCED_COLOURS,
  forcedColourRules,
  REPORT_PALETTE,
  roleClass,
  type ChartPalette,
  type ChartRole,
  type Paint,
} from "./palette";
export type { ChartBase, DataRow, DataTable, TextEquivalent } from "./spec";
