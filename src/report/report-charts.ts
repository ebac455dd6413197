/**
 * The report's charts: the chart module's (src/charts) pictures in the report's fixed colours,
 * each with its text equivalent, as the report model's `ChartProvider`. The page inlines the
 * SVG; for Word a rasteriser (./chart-image) adds the PNG beside it. Pure: the rasteriser, when
 * there is one, is passed in ready.
 */

import { indicatorChart, renderChart, REPORT_PALETTE, seriesChart, type ChartSpec } from "../charts";
import type { Rasterise } from "./chart-image";
import type { ChartProvider, ReportChart } from "./model";

/** The charts' drawing width in CSS pixels: the page's text width in Word (17 cm) and a comfortable figure on screen. */
export const REPORT_CHART_WIDTH = 640;

/** Pixels per CSS pixel in a chart's picture for Word: a 640 px chart becomes 1,280 px, about 190 dpi across the page's 17 cm. */
export const CHART_SCALE = 2;

/** The picture's size, read from the SVG's view box (the chart module sizes every chart by it). */
export function chartSize(svg: string): { width: number; height: number } {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : { width: REPORT_CHART_WIDTH, height: 0 };
}

export function reportChart(spec: ChartSpec, rasterise?: Rasterise): ReportChart {
  const svg = renderChart(spec, { palette: REPORT_PALETTE, width: REPORT_CHART_WIDTH });
  // An empty picture (one the rasteriser could not draw) is no picture: Word gets the table.
  const png = rasterise?.(svg);
  return {
    title: spec.title,
    text: spec.text,
    svg,
    ...chartSize(svg),
    ...(png && png.length > 0 && { png }),
  };
}

/** The charts of each indicator's section (its figure, and its series in a 1.1 workbook); with `rasterise`, each also carries the PNG Word needs. */
export function reportCharts(rasterise?: Rasterise): ChartProvider {
  return {
    indicator(id, checked) {
      const spec = indicatorChart(id, checked.indicators, checked.settings);
      return spec && reportChart(spec, rasterise);
    },
    series(id, points, checked) {
      const spec = seriesChart(id, points, checked.settings);
      return spec && reportChart(spec, rasterise);
    },
  };
}
