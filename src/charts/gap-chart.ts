/**
 * Survey and board (indicators 5–9): the two shares side by side as bars (White and BME staff;
 * the board and the workforce), then the gap in points on a scale centred on no gap, with the
 * threshold shaded, this year's gap a filled circle labelled in points and last year's a
 * hollow diamond, and the adverse direction in words.
 */

import { BOARD_DIFF_ROWS, type SurveyIndicator } from "../wres/contract";
import { formatPoints, formatPointsSize, formatPointsTick, formatShare } from "../wres/format";
import {
  BOARD_ADVERSE_DIRECTION,
  GAP_STATUS_WORDS,
  INDICATOR_WORDS,
  surveyAdverseDirection,
} from "../wres/indicator-words";
import { boardAdverse } from "../wres/judge";
import type { I9Report, SurveyReport } from "../wres/report";
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
  SMALL_FONT_SIZE,
  svgRoot,
  ticks,
} from "./marks";
import type { ChartPalette } from "./palette";
import { linearScale, pointsLimit, shareLimit, type Scale } from "./scales";
import type { ChartBase } from "./spec";
import { element, textWidth } from "./svg";

export interface ShareBar {
  readonly label: string;
  /** A fraction, or null when not given. */
  readonly share: number | null;
  readonly role: "white" | "bme" | "reference";
}

export interface GapRow {
  readonly label: string;
  /** Fractions (0.052 = 5.2 points). */
  readonly gap: number | null;
  readonly gapPY: number | null;
  readonly adverse: boolean;
}

export interface GapChartSpec extends ChartBase {
  readonly kind: "gap";
  readonly bars: readonly ShareBar[];
  /** The bars' scale top (fraction). */
  readonly barLimit: number;
  readonly rows: readonly GapRow[];
  /** The gap scale's ends are ±limit (fraction). */
  readonly limit: number;
  /** The shaded range where a gap is not adverse (fractions). */
  readonly within: readonly [number, number];
  readonly direction: string;
}

const NOT_GIVEN = "—";
const points = (v: number | null) => (v === null ? NOT_GIVEN : formatPoints(v));

function limits(bars: readonly ShareBar[], rows: readonly GapRow[], threshold: number) {
  return {
    barLimit: shareLimit(bars.map((b) => b.share ?? 0)),
    limit: pointsLimit([threshold, ...rows.flatMap((r) => [r.gap ?? 0, r.gapPY ?? 0])]),
  };
}

/** One survey indicator: White and BME side by side, and the gap (BME − White). Null without either share. */
export function surveyChart(id: SurveyIndicator, report: SurveyReport, settings: Settings): GapChartSpec | null {
  if (report.white === null && report.bme === null && report.gapPY === null) return null;
  const bars: ShareBar[] = [
    { label: "White", share: report.white, role: "white" },
    { label: "BME", share: report.bme, role: "bme" },
  ];
  const rows: GapRow[] = [{ label: "Gap", gap: report.gap, gapPY: report.gapPY, adverse: report.status === "adverse" }];
  const t = settings.surveyGap;
  const direction = surveyAdverseDirection(id);
  const status = report.status === "not-computable" ? "" : ` (${GAP_STATUS_WORDS[report.status]})`;
  const last = report.gapPY === null ? "" : `; last year ${formatPoints(report.gapPY)}`;
  return {
    kind: "gap",
    title: INDICATOR_WORDS[id].title,
    bars,
    rows,
    ...limits(bars, rows, t),
    within: [-t, t],
    direction,
    text: {
      caption: `Staff survey, ${INDICATOR_WORDS[id].title}: White ${formatShare(report.white)}, BME ${formatShare(report.bme)}, a gap of ${points(report.gap)}${status}${last}. ${direction}`,
      table: {
        columns: ["Figure", "This year", "Last year"],
        rows: [
          { header: "White staff", cells: [formatShare(report.white), NOT_GIVEN] },
          { header: "BME staff", cells: [formatShare(report.bme), NOT_GIVEN] },
          { header: "Gap (BME − White)", cells: [points(report.gap), points(report.gapPY)] },
        ],
      },
    },
  };
}

const DIFF_KEYS = ["total", "voting", "executive"] as const;

/**
 * Indicator 9: the board's BME share beside the workforce's, and each difference (total,
 * voting, executive) in points against the threshold. Null when no difference is computable.
 */
export function boardChart(i9: I9Report, workforceBme: number | null, settings: Settings): GapChartSpec | null {
  if (DIFF_KEYS.every((k) => i9[k] === null && (i9.previous?.[k] ?? null) === null)) return null;
  const bars: ShareBar[] = [
    { label: "Board", share: i9.boardBmePct, role: "bme" },
    { label: "Workforce", share: workforceBme, role: "reference" },
  ];
  const rows: GapRow[] = DIFF_KEYS.map((k, i) => ({
    label: BOARD_DIFF_ROWS[i],
    gap: i9[k],
    gapPY: i9.previous?.[k] ?? null,
    adverse: boardAdverse(i9[k], settings),
  }));
  const t = settings.boardGap;
  const said = rows
    .filter((r) => r.gap !== null)
    .map((r) => `${r.label.toLowerCase()} ${formatPoints(r.gap)}${r.adverse ? " (adverse)" : ""}`);
  const last = i9.previous?.total != null ? `; last year, total board ${formatPoints(i9.previous.total)}` : "";
  return {
    kind: "gap",
    title: INDICATOR_WORDS.I9.title,
    bars,
    rows,
    ...limits(bars, rows, t),
    within: [-t, Number.POSITIVE_INFINITY],
    direction: `${BOARD_ADVERSE_DIRECTION} Adverse at ${formatPointsSize(t)} or more below.`,
    text: {
      caption: `Board against the workforce: BME share of the board ${formatShare(i9.boardBmePct)}, of the workforce ${formatShare(workforceBme)}; differences ${said.join(", ") || "not computable"}${last}. ${BOARD_ADVERSE_DIRECTION}`,
      table: {
        columns: ["Figure", "This year", "Last year"],
        rows: [
          { header: "BME share of the board", cells: [formatShare(i9.boardBmePct), NOT_GIVEN] },
          { header: "BME share of the workforce", cells: [formatShare(workforceBme), NOT_GIVEN] },
          ...rows.map((r) => ({ header: `${r.label}, difference`, cells: [points(r.gap), points(r.gapPY)] })),
        ],
      },
    },
  };
}

const MARGIN = 10;
const BAR_ROW = 22;
const GAP_ROW = 30;

function labelWidth(spec: GapChartSpec, width: number): number {
  if (isNarrow(width)) return 0;
  return Math.max(...[...spec.bars, ...spec.rows].map((r) => textWidth(r.label, FONT_SIZE))) + 8;
}

/** The bars' scale and the gap scale of a spec drawn `width` wide (exported for tests). */
export function gapScales(spec: GapChartSpec, width: number): { bars: Scale; gap: Scale } {
  const left = MARGIN + labelWidth(spec, width);
  const valueWidth = textWidth("100.0%", FONT_SIZE) + 6;
  return {
    bars: linearScale([0, spec.barLimit], [left, width - MARGIN - valueWidth]),
    gap: linearScale([-spec.limit, spec.limit], [left + 10, width - MARGIN - 10]),
  };
}

export function renderGapChart(spec: GapChartSpec, palette: ChartPalette, width = 320): string {
  const { bars: bx, gap: gx } = gapScales(spec, width);
  const out: string[] = [];
  const above = isNarrow(width) ? LABEL_ABOVE : 0;
  let y = 4;
  for (const b of spec.bars) {
    const cy = y + above + BAR_ROW / 2;
    out.push(label(palette, "text", b.label, MARGIN, above ? y + FONT_SIZE : cy + 4));
    if (b.share === null) {
      out.push(label(palette, "muted", NOT_GIVEN, bx.range[0] + 4, cy + 4));
    } else {
      const end = bx(b.share);
      out.push(
        element("rect", {
          x: bx.range[0],
          y: cy - 7,
          width: end - bx.range[0],
          height: 14,
          ...paint(palette, b.role, "fill"),
        }),
      );
      out.push(label(palette, "text", formatShare(b.share), end + 4, cy + 4, { "font-weight": "600" }));
    }
    y += BAR_ROW + above;
  }
  out.push(line(palette, "grid", bx.range[0], 4, bx.range[0], y));
  y += 14;

  const gapTop = y;
  const rowHeight = GAP_ROW + above;
  const gapBottom = gapTop + spec.rows.length * rowHeight;
  const [w0, w1] = [gx(Math.max(spec.within[0], -spec.limit)), gx(Math.min(spec.within[1], spec.limit))];
  out.push(
    element("rect", {
      x: w0,
      y: gapTop - 8,
      width: w1 - w0,
      height: gapBottom - gapTop + 8,
      "fill-opacity": palette.bandOpacity,
      ...paint(palette, "band", "fill"),
    }),
  );
  out.push(line(palette, "grid", gx(0), gapTop - 8, gx(0), gapBottom, { "stroke-dasharray": "3 2" }));
  spec.rows.forEach((r, i) => {
    const top = gapTop + i * rowHeight;
    const cy = top + above + GAP_ROW / 2;
    out.push(label(palette, "text", r.label, MARGIN, above ? top + FONT_SIZE - 6 : cy + 4));
    if (r.gapPY !== null) out.push(diamond(palette, gx(r.gapPY), cy));
    if (r.gap === null) {
      out.push(label(palette, "muted", "not computable", gx(0), cy + 4, { "text-anchor": "middle" }));
      return;
    }
    out.push(dot(palette, r.adverse ? "adverse" : "point", gx(r.gap), cy));
    out.push(
      label(
        palette,
        r.adverse ? "adverse" : "text",
        formatPoints(r.gap),
        inside(gx(r.gap), formatPoints(r.gap), SMALL_FONT_SIZE, width),
        cy - 8,
        {
          "text-anchor": "middle",
          "font-weight": "600",
          "font-size": SMALL_FONT_SIZE,
        },
      ),
    );
  });
  out.push(line(palette, "grid", gx.range[0], gapBottom, gx.range[1], gapBottom));
  const L = spec.limit;
  const tickValues = [0, -L, L, spec.within[0], spec.within[1]].filter((v) => Number.isFinite(v) && Math.abs(v) <= L);
  out.push(
    ticks(
      palette,
      gx,
      tickValues.map((v) => ({ value: v, label: formatPointsTick(v) })),
      gapBottom,
    ),
  );
  y = gapBottom + 22;
  const [keys, keysHeight] = legend(
    palette,
    [
      { key: (kx, ky) => dot(palette, "point", kx, ky, 4), label: "this year" },
      ...(spec.rows.some((r) => r.gap !== null && r.adverse)
        ? [{ key: (kx: number, ky: number) => dot(palette, "adverse", kx, ky, 4), label: "adverse" }]
        : []),
      ...(spec.rows.some((r) => r.gapPY !== null)
        ? [{ key: (kx: number, ky: number) => diamond(palette, kx, ky, 4.5), label: "last year" }]
        : []),
      { key: (kx, ky) => bandSwatch(palette, kx, ky), label: "not adverse" },
    ],
    MARGIN,
    y,
    width - 2 * MARGIN,
  );
  out.push(keys);
  y += keysHeight + 2;
  const [words, wordsHeight] = note(palette, spec.direction, MARGIN, y, width - 2 * MARGIN);
  out.push(words);
  y += wordsHeight + 4;
  return svgRoot(palette, spec.text.caption, width, y, out);
}
