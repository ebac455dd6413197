/**
 * Relative likelihoods (indicators 2–4): each RL a point with its interval on a log scale
 * centred on 1.00, the no-adverse-impact band shaded, last year's value a hollow diamond, and
 * the adverse direction in words.
 */

import { INDICATOR_WORDS, RL_STATUS_WORDS, rlAdverseDirection } from "../wres/indicator-words";
import type { RlIndicator } from "../wres/contract";
import { formatInterval, formatRl } from "../wres/format";
import type { I3Report, IndicatorsReport, RlReport, RlStatus } from "../wres/report";
import type { Settings } from "../wres/settings";
import {
  bandSwatch,
  diamond,
  dot,
  FONT_SIZE,
  inside,
  isNarrow,
  label,
  LABEL_ABOVE,
  legend,
  line,
  note,
  paint,
  svgRoot,
  ticks,
  type Tick,
} from "./marks";
import type { ChartPalette } from "./palette";
import { logScale, ratioDomain, type Scale } from "./scales";
import type { ChartBase, DataRow } from "./spec";
import { element, textWidth } from "./svg";

export interface RlChartRow {
  /** "This year", "Two years pooled", or an indicator's title when several are drawn. */
  readonly label: string;
  readonly rl: number | null;
  readonly ci: readonly [number, number] | null;
  readonly rlPY: number | null;
  /** Null for a figure the standard does not judge (the two-year RL). */
  readonly status: RlStatus | null;
}

export interface RlChartSpec extends ChartBase {
  readonly kind: "rl";
  readonly band: readonly [number, number];
  /** The log scale's ends, [1/m, m]. */
  readonly domain: readonly [number, number];
  readonly rows: readonly RlChartRow[];
  /** The adverse direction in words, drawn under the axis. */
  readonly direction: string;
  /** "95% interval", at the confidence the intervals were computed with. */
  readonly intervalWords: string;
}

const NOT_GIVEN = "—";

/** Where an RL's status puts it against the band, for the caption: "inside the band 0.80 to 1.25". */
function placeWords(status: RlStatus | null, band: readonly [number, number]): string {
  switch (status) {
    case "within":
      return `inside the band ${formatRl(band[0])} to ${formatRl(band[1])}`;
    case "adverse":
      return `at or above ${formatRl(band[1])}: an adverse gap`;
    case "reverse":
      return `below ${formatRl(band[0])}: a reverse gap`;
    default:
      return "";
  }
}

function spec(title: string, rows: RlChartRow[], direction: string, settings: Settings): RlChartSpec | null {
  if (!rows.some((r) => r.rl !== null || r.rlPY !== null)) return null;
  const band = settings.rlBand;
  const values = [...band, ...rows.flatMap((r) => [r.rl, r.rlPY, ...(r.ci ?? [])])].filter(
    (v): v is number => v !== null,
  );
  const interval = (r: RlChartRow) => (r.ci ? `${formatRl(r.ci[0])} to ${formatRl(r.ci[1])}` : NOT_GIVEN);
  const tableRows: DataRow[] = rows.map((r) => ({
    header: r.label,
    cells: [
      formatRl(r.rl),
      interval(r),
      r.rlPY === null ? NOT_GIVEN : formatRl(r.rlPY),
      r.status === null ? NOT_GIVEN : RL_STATUS_WORDS[r.status],
    ],
  }));
  const confidence = `${Math.round(settings.confidence * 1000) / 10}%`;
  const said = rows.map((r) => {
    if (r.rl === null) return `${r.label}: not computable`;
    const ci = r.ci ? ` (${formatInterval(r.ci, formatRl, settings.confidence)})` : "";
    const place = placeWords(r.status, band);
    const last = r.rlPY === null ? "" : `; last year ${formatRl(r.rlPY)}`;
    return `${r.label}: ${formatRl(r.rl)}${ci}${place ? `, ${place}` : ""}${last}`;
  });
  return {
    kind: "rl",
    title,
    band,
    domain: ratioDomain(values),
    rows,
    direction,
    intervalWords: `${confidence} interval`,
    text: {
      caption: `${title} on a scale centred on 1.00, the band ${formatRl(band[0])} to ${formatRl(band[1])} shaded. ${said.join(". ")}. ${direction}`,
      table: {
        columns: ["Figure", "Relative likelihood", `${confidence} CI`, "Last year", "Status"],
        rows: tableRows,
      },
    },
  };
}

/** One indicator's chart for its panel: this year (and, for indicator 3, the two years pooled). */
export function rlChart(id: RlIndicator, report: RlReport | I3Report, settings: Settings): RlChartSpec | null {
  const rows: RlChartRow[] = [
    { label: "This year", rl: report.rl, ci: report.ci, rlPY: report.rlPY, status: report.status },
  ];
  if ("rl2y" in report && report.rl2y !== null) {
    rows.push({ label: "Two years pooled", rl: report.rl2y, ci: null, rlPY: null, status: null });
  }
  return spec(`${INDICATOR_WORDS[id].title}, relative likelihood`, rows, rlAdverseDirection(id), settings);
}

/** Indicators 2, 3 and 4 on one scale (for a report): one row each, titled. */
export function rlOverviewChart(indicators: IndicatorsReport, settings: Settings): RlChartSpec | null {
  const rows: RlChartRow[] = (["I2", "I3", "I4"] as const).map((id) => ({
    label: `${id} ${INDICATOR_WORDS[id].title}`,
    rl: indicators[id].rl,
    ci: indicators[id].ci,
    rlPY: indicators[id].rlPY,
    status: indicators[id].status,
  }));
  return spec(
    "Relative likelihoods of indicators 2 to 4",
    rows,
    "Above 1.00, BME staff (or applicants) fared worse than White staff.",
    settings,
  );
}

const ROW_HEIGHT = 30;
const MARGIN = 14;

/** The x scale of a spec drawn `width` wide (exported for tests: positions are hand-checked). */
export function rlScale(spec: RlChartSpec, width: number): Scale {
  const labelWidth = rowLabelWidth(spec, width);
  return logScale(spec.domain, [MARGIN + labelWidth, width - MARGIN]);
}

/** Row labels are drawn beside the rows only when there are several (one row is named by the title). */
function rowLabelWidth(spec: RlChartSpec, width: number): number {
  if (spec.rows.length < 2 || isNarrow(width)) return 0;
  return Math.min(120, Math.max(...spec.rows.map((r) => textWidth(r.label, FONT_SIZE))) + 8);
}

function tickList(spec: RlChartSpec): Tick[] {
  const [lo, hi] = spec.domain;
  const fmt = (v: number) => (v < 0.1 ? String(Math.round(v * 1000) / 1000) : formatRl(v));
  return [1, spec.band[0], spec.band[1], lo, hi].map((value) => ({ value, label: fmt(value) }));
}

export function renderRlChart(spec: RlChartSpec, palette: ChartPalette, width = 320): string {
  const x = rlScale(spec, width);
  const labelWidth = rowLabelWidth(spec, width);
  // Narrow, several rows' labels stand above their rows.
  const above = spec.rows.length > 1 && isNarrow(width) ? LABEL_ABOVE : 0;
  const rowHeight = ROW_HEIGHT + above;
  const plotTop = 6;
  const rowsTop = plotTop + 14;
  const axisY = rowsTop + spec.rows.length * rowHeight - 6;
  const out: string[] = [];
  const [bx0, bx1] = [x(spec.band[0]), x(spec.band[1])];
  out.push(
    element("rect", {
      x: bx0,
      y: plotTop,
      width: bx1 - bx0,
      height: axisY - plotTop,
      "fill-opacity": palette.bandOpacity,
      ...paint(palette, "band", "fill"),
    }),
  );
  out.push(line(palette, "grid", x(1), plotTop, x(1), axisY, { "stroke-dasharray": "3 2" }));
  out.push(line(palette, "grid", x.range[0], axisY, x.range[1], axisY));
  out.push(ticks(palette, x, tickList(spec), axisY));
  spec.rows.forEach((r, i) => {
    const y = rowsTop + i * rowHeight + above + ROW_HEIGHT / 2 - 2;
    if (labelWidth > 0) out.push(label(palette, "text", r.label, MARGIN, y + 4, { "text-anchor": "start" }));
    if (above) out.push(label(palette, "text", r.label, MARGIN, y - ROW_HEIGHT / 2 - 2));
    if (r.ci) {
      const [c0, c1] = [x(r.ci[0]), x(r.ci[1])];
      out.push(line(palette, "text", c0, y, c1, y, { "stroke-width": 2 }));
      out.push(line(palette, "text", c0, y - 4, c0, y + 4, { "stroke-width": 1.5 }));
      out.push(line(palette, "text", c1, y - 4, c1, y + 4, { "stroke-width": 1.5 }));
    }
    if (r.rlPY !== null) out.push(diamond(palette, x(r.rlPY), y));
    if (r.rl === null) {
      out.push(label(palette, "muted", "not computable", x(1), y + 4, { "text-anchor": "middle" }));
      return;
    }
    out.push(dot(palette, r.status === "adverse" ? "adverse" : "point", x(r.rl), y));
    out.push(
      label(palette, "text", formatRl(r.rl), inside(x(r.rl), formatRl(r.rl), FONT_SIZE, width), y - 8, {
        "text-anchor": "middle",
        "font-weight": "600",
      }),
    );
  });
  let y = axisY + 22;
  const [keys, keysHeight] = legend(
    palette,
    [
      { key: (kx, ky) => dot(palette, "point", kx, ky, 4), label: "this year" },
      ...(spec.rows.some((r) => r.rl !== null && r.status === "adverse")
        ? [{ key: (kx: number, ky: number) => dot(palette, "adverse", kx, ky, 4), label: "adverse" }]
        : []),
      ...(spec.rows.some((r) => r.ci)
        ? [
            {
              key: (kx: number, ky: number) => line(palette, "text", kx - 6, ky, kx + 6, ky, { "stroke-width": 2 }),
              label: spec.intervalWords,
            },
          ]
        : []),
      ...(spec.rows.some((r) => r.rlPY !== null)
        ? [{ key: (kx: number, ky: number) => diamond(palette, kx, ky, 4.5), label: "last year" }]
        : []),
      {
        key: (kx, ky) => bandSwatch(palette, kx, ky),
        label: `band ${formatRl(spec.band[0])}–${formatRl(spec.band[1])}`,
      },
    ],
    MARGIN,
    y,
    width - 2 * MARGIN,
  );
  out.push(keys);
  y += keysHeight + 2;
  const [direction, directionHeight] = note(palette, `→ ${spec.direction}`, MARGIN, y, width - 2 * MARGIN);
  out.push(direction);
  y += directionHeight + 4;
  return svgRoot(palette, spec.text.caption, width, y, out);
}
