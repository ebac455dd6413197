/**
 * One headline figure over the years (template 1.1's series, cli.md `series`): the earlier
 * years, last year and this year on a line, oldest first. Relative likelihoods on a log scale
 * centred on 1.00 with the band shaded; gaps in points around a zero line with the not-adverse
 * range shaded; the workforce BME % on a share axis from 0. A year without a figure breaks the
 * line (it is never drawn as zero), and so does a year missing from the history.
 */

import { INDICATOR_WORDS, SERIES_FIGURE_WORDS, seriesSentence } from "../wres/indicator-words";
import type { IndicatorId } from "../wres/contract";
import { formatPoints, formatPointsSize, formatPointsTick, formatRl, formatShare } from "../wres/format";
import { hasHistory, seriesRun, type SeriesPoint } from "../wres/series";
import type { Settings } from "../wres/settings";
import {
  bandSwatch,
  diamond,
  dot,
  inside,
  isNarrow,
  label,
  legend,
  line,
  note,
  paint,
  ring,
  SMALL_FONT_SIZE,
  svgRoot,
  ticks,
  type Tick,
} from "./marks";
import type { ChartPalette } from "./palette";
import { linearScale, logScale, pointsLimit, ratioDomain, shareLimit, type Scale } from "./scales";
import type { ChartBase } from "./spec";
import { element, textWidth } from "./svg";

/** How a series' figure is measured, hence its axis. */
export type SeriesMeasure = "rl" | "points" | "share";

export interface SeriesChartSpec extends ChartBase {
  readonly kind: "series";
  readonly id: IndicatorId;
  readonly measure: SeriesMeasure;
  /** Oldest first, the last point this reporting year. */
  readonly points: readonly SeriesPoint[];
  /** The value axis' ends (a ratio domain for RLs, ±limit for gaps, [0, limit] for shares). */
  readonly domain: readonly [number, number];
  /** The shaded range where a figure shows no adverse impact; null for the workforce BME %. */
  readonly band: readonly [number, number] | null;
  /** The dashed line of parity: 1.00 for RLs, no gap for gaps; null for shares. */
  readonly reference: number | null;
  /** This year's figure is adverse (drawn in the adverse colour, as the other charts draw it). */
  readonly adverseNow: boolean;
  /** The sentence on the run of years (indicator-words seriesSentence). */
  readonly sentence: string;
}

export const NO_FIGURE = "no figure";

export const measureOf = (id: IndicatorId): SeriesMeasure =>
  id === "I1" ? "share" : id === "I2" || id === "I3" || id === "I4" ? "rl" : "points";

/** A series figure as the indicator's figure reads everywhere: "1.60", "+3.6 points", "25.7%". */
export function seriesFigure(measure: SeriesMeasure, value: number | null): string {
  if (value === null) return NO_FIGURE;
  if (measure === "rl") return formatRl(value);
  return measure === "share" ? formatShare(value) : formatPoints(value);
}

/** The same, short, for a label beside a point: "1.60", "+3.6", "25.7%". */
function pointLabel(measure: SeriesMeasure, value: number): string {
  return measure === "points" ? formatPointsTick(value, 1) : seriesFigure(measure, value);
}

/** The years, oldest first, with their figures said: "2020 1.52; 2021 1.38; 2024 no figure". */
function yearsSaid(measure: SeriesMeasure, points: readonly SeriesPoint[]): string {
  return points.map((p) => `${p.year} ${seriesFigure(measure, p.value)}`).join("; ");
}

function axisWords(id: IndicatorId, settings: Settings): string {
  const measure = measureOf(id);
  const [lo, hi] = settings.rlBand;
  if (measure === "rl") return `on a scale centred on 1.00, the band ${formatRl(lo)} to ${formatRl(hi)} shaded`;
  if (id === "I9")
    return `in points, differences less than ${formatPointsSize(settings.boardGap)} below the workforce shaded`;
  if (measure === "points")
    return `in points around no gap, gaps within ${formatPointsSize(settings.surveyGap)} shaded`;
  return "on a scale from 0%";
}

/**
 * An indicator's series as a chart; null when no year before last year has a figure (the
 * indicator's own chart already shows this year beside last year).
 */
export function seriesChart(
  id: IndicatorId,
  points: readonly SeriesPoint[],
  settings: Settings,
): SeriesChartSpec | null {
  if (!hasHistory(points)) return null;
  const measure = measureOf(id);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  let domain: readonly [number, number];
  let band: readonly [number, number] | null;
  if (measure === "rl") {
    band = settings.rlBand;
    domain = ratioDomain([...band, ...values]);
  } else if (measure === "points") {
    const t = id === "I9" ? settings.boardGap : settings.surveyGap;
    const limit = pointsLimit([t, ...values]);
    // The board is judged one way only: any difference above −t is not adverse.
    band = id === "I9" ? [-t, limit] : [-t, t];
    domain = [-limit, limit];
  } else {
    band = null;
    domain = [0, shareLimit(values)];
  }
  const run = seriesRun(id, points, settings);
  const last = points[points.length - 1];
  const sentence = seriesSentence(run, settings);
  const title = `${INDICATOR_WORDS[id].title}, year by year`;
  const first = points[0].year;
  return {
    kind: "series",
    id,
    measure,
    points,
    domain,
    band,
    reference: measure === "rl" ? 1 : measure === "points" ? 0 : null,
    adverseNow: run.latest?.year === last.year && run.level === "adverse",
    sentence,
    title,
    text: {
      caption: `Year by year from ${first} to ${last.year}, ${lowerFirst(INDICATOR_WORDS[id].title)}, ${SERIES_FIGURE_WORDS[id].toLowerCase()} ${axisWords(id, settings)}: ${yearsSaid(measure, points)}. ${sentence}`,
      table: {
        columns: ["Year", SERIES_FIGURE_WORDS[id]],
        rows: points.map((p) => ({ header: String(p.year), cells: [seriesFigure(measure, p.value)] })),
      },
    },
  };
}

/** "Non-mandatory training and CPD" → "non-mandatory training and CPD" (acronyms kept). */
const lowerFirst = (words: string): string => words.charAt(0).toLowerCase() + words.slice(1);

const MARGIN = 10;
const PLOT_TOP = 18;
const PLOT_HEIGHT = 110;
/** Room at each end of the years so that the first and last points' labels stay inside. */
const YEAR_PADDING = 16;

/** The value axis' ticks, most important first (a label that would touch one placed is left out). */
function valueTicks(spec: SeriesChartSpec): Tick[] {
  const [lo, hi] = spec.domain;
  if (spec.measure === "rl") {
    const fmt = (v: number) => (v < 0.1 ? String(Math.round(v * 1000) / 1000) : formatRl(v));
    return [1, ...(spec.band ?? []), lo, hi].map((value) => ({ value, label: fmt(value) }));
  }
  if (spec.measure === "points") {
    const within = (spec.band ?? []).filter((v) => v > lo && v < hi);
    return [0, ...within, lo, hi].map((value) => ({ value, label: formatPointsTick(value) }));
  }
  return [0, hi / 2, hi].map((value) => ({ value, label: formatShare(value, 0) }));
}

/** The left gutter: as wide as the widest value tick's label. */
function gutter(spec: SeriesChartSpec): number {
  return Math.max(...valueTicks(spec).map((t) => textWidth(t.label, SMALL_FONT_SIZE))) + 8;
}

/** The scales of a spec drawn `width` wide: years across, values up (exported for tests). */
export function seriesScales(spec: SeriesChartSpec, width: number): { x: Scale; y: Scale } {
  const left = MARGIN + gutter(spec);
  const years: [number, number] = [spec.points[0].year, spec.points[spec.points.length - 1].year];
  const range: [number, number] = [PLOT_TOP + PLOT_HEIGHT, PLOT_TOP];
  return {
    x: linearScale(years, [left + YEAR_PADDING, width - MARGIN - YEAR_PADDING]),
    y: spec.measure === "rl" ? logScale(spec.domain, range) : linearScale(spec.domain, range),
  };
}

/**
 * The line's runs: consecutive years that both have a figure are joined; a year without a
 * figure, or a year the history skips, ends a run (exported for tests).
 */
export function lineRuns(points: readonly SeriesPoint[]): SeriesPoint[][] {
  const runs: SeriesPoint[][] = [];
  let current: SeriesPoint[] = [];
  for (const p of points) {
    const prev = current[current.length - 1];
    if (p.value === null || (prev && p.year !== prev.year + 1)) {
      if (current.length) runs.push(current);
      current = p.value === null ? [] : [p];
    } else {
      current.push(p);
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/** Value ticks up the left of the plot, kept apart vertically. */
function leftTicks(palette: ChartPalette, y: Scale, list: readonly Tick[], x: number): string {
  const placed: [number, number][] = [];
  const out: string[] = [];
  for (const t of list) {
    const ty = y(t.value);
    out.push(line(palette, "grid", x - 4, ty, x, ty));
    const half = SMALL_FONT_SIZE / 2 + 1;
    if (placed.some(([a, b]) => ty + half > a && ty - half < b)) continue;
    placed.push([ty - half, ty + half]);
    out.push(
      label(palette, "muted", t.label, x - 6, ty + SMALL_FONT_SIZE / 2 - 1, {
        "text-anchor": "end",
        "font-size": SMALL_FONT_SIZE,
      }),
    );
  }
  return out.join("");
}

export function renderSeriesChart(spec: SeriesChartSpec, palette: ChartPalette, width = 320): string {
  const { x, y } = seriesScales(spec, width);
  const left = x.range[0] - YEAR_PADDING;
  const right = x.range[1] + YEAR_PADDING;
  const bottom = PLOT_TOP + PLOT_HEIGHT;
  const out: string[] = [];
  if (spec.band) {
    const [top, low] = [y(spec.band[1]), y(spec.band[0])];
    out.push(
      element("rect", {
        x: left,
        y: top,
        width: right - left,
        height: low - top,
        "fill-opacity": palette.bandOpacity,
        ...paint(palette, "band", "fill"),
      }),
    );
  }
  if (spec.reference !== null) {
    const ry = y(spec.reference);
    out.push(line(palette, "grid", left, ry, right, ry, { "stroke-dasharray": "3 2" }));
  }
  out.push(line(palette, "grid", left, PLOT_TOP, left, bottom));
  out.push(line(palette, "grid", left, bottom, right, bottom));
  out.push(leftTicks(palette, y, valueTicks(spec), left));
  // "+3" alone could be a count: the gap's unit over its axis.
  if (spec.measure === "points")
    out.push(label(palette, "muted", "points", MARGIN, 10, { "font-size": SMALL_FONT_SIZE }));
  // Years under the axis: this year and the first first, so that they keep their labels.
  const last = spec.points.length - 1;
  const order = [
    last,
    0,
    ...spec.points
      .map((_, i) => i)
      .filter((i) => i !== 0 && i !== last)
      .reverse(),
  ];
  out.push(
    ticks(
      palette,
      x,
      order.map((i) => ({ value: spec.points[i].year, label: String(spec.points[i].year) })),
      bottom,
    ),
  );
  for (const run of lineRuns(spec.points)) {
    if (run.length < 2) continue;
    const d = run.map((p, i) => `${i ? "L" : "M"}${round(x(p.year))} ${round(y(p.value as number))}`).join("");
    out.push(element("path", { d, fill: "none", "stroke-width": 1.5, ...paint(palette, "previous", "stroke") }));
  }
  const narrow = isNarrow(width);
  spec.points.forEach((p, i) => {
    if (p.value === null) return;
    const [px, py] = [x(p.year), y(p.value)];
    const now = i === last;
    if (now) out.push(dot(palette, spec.adverseNow ? "adverse" : "point", px, py));
    else if (i === last - 1) out.push(diamond(palette, px, py, 4.5));
    else out.push(ring(palette, "previous", px, py, 3));
    // Narrow, only this year's figure is written beside its point (the table has them all).
    if (narrow && !now) return;
    const words = pointLabel(spec.measure, p.value);
    out.push(
      label(palette, now ? "text" : "muted", words, inside(px, words, SMALL_FONT_SIZE, width), py - 8, {
        "text-anchor": "middle",
        "font-size": SMALL_FONT_SIZE,
        ...(now ? { "font-weight": "600" } : {}),
      }),
    );
  });
  let h = bottom + 30;
  const missing = spec.points.filter((p) => p.value === null).map((p) => p.year);
  const [keys, keysHeight] = legend(
    palette,
    [
      { key: (kx, ky) => dot(palette, spec.adverseNow ? "adverse" : "point", kx, ky, 4), label: "this year" },
      ...(spec.points[last - 1]?.value != null
        ? [{ key: (kx: number, ky: number) => diamond(palette, kx, ky, 4.5), label: "last year" }]
        : []),
      { key: (kx, ky) => ring(palette, "previous", kx, ky, 3), label: "earlier years" },
      ...(spec.band
        ? [
            {
              key: (kx: number, ky: number) => bandSwatch(palette, kx, ky),
              label: spec.measure === "rl" ? `band ${formatRl(spec.band[0])}–${formatRl(spec.band[1])}` : "not adverse",
            },
          ]
        : []),
    ],
    MARGIN,
    h,
    width - 2 * MARGIN,
  );
  out.push(keys);
  h += keysHeight + 2;
  if (missing.length) {
    const [words, wordsHeight] = note(
      palette,
      `No figure for ${missing.join(", ")}: the line breaks there.`,
      MARGIN,
      h,
      width - 2 * MARGIN,
    );
    out.push(words);
    h += wordsHeight;
  }
  h += 4;
  return svgRoot(palette, spec.text.caption, width, h, out);
}

const round = (n: number): number => Math.round(n * 100) / 100;
