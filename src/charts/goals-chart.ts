/**
 * The aspirational goals (template 1.1's `WRES_Goals`, computed by goals.ts): each senior band's
 * BME share now as a bar against the target share (a dashed line), and its shortfall in staff
 * at the end of the row. A band with no staff says "no staff", never a bar of 0 %. The method is
 * this tool's, not NHS England's, and the caption says so.
 */

import { formatCount, formatShare, plural } from "../wres/format";
import { NO_STAFF, type GoalBand, type GoalsReport } from "../wres/goals";
import { GOAL_METHOD_LABEL } from "../wres/indicator-words";
import {
  FONT_SIZE,
  isNarrow,
  label,
  LABEL_ABOVE,
  legend,
  line,
  note,
  paint,
  referenceLine,
  SMALL_FONT_SIZE,
  svgRoot,
  ticks,
} from "./marks";
import type { ChartPalette } from "./palette";
import { linearScale, shareLimit, type Scale } from "./scales";
import type { ChartBase } from "./spec";
import { element, textWidth } from "./svg";

export interface GoalsChartRow {
  readonly label: GoalBand;
  /** The band's BME share now (fraction); null when it has no staff or its counts are incomplete. */
  readonly share: number | null;
  readonly noStaff: boolean;
  /** BME staff short of the goal (never negative); null when not computable. */
  readonly shortfall: number | null;
}

export interface GoalsChartSpec extends ChartBase {
  readonly kind: "goals";
  /** The year the goal is for. */
  readonly year: number;
  /** The target share (fraction), the same for every band. */
  readonly target: number;
  /** The share scale's top (fraction). */
  readonly limit: number;
  readonly rows: readonly GoalsChartRow[];
}

const NOT_GIVEN = "—";

/** A row's share now in words: "15.0%", "no staff", or "—" when its counts are incomplete. */
export function goalShareNow(row: Pick<GoalsChartRow, "share" | "noStaff">): string {
  return row.noStaff ? NO_STAFF : formatShare(row.share);
}

/** "29 short", "none short", or "—". */
function shortWords(shortfall: number | null): string {
  if (shortfall === null) return NOT_GIVEN;
  return shortfall === 0 ? "none short" : `${formatCount(shortfall)} short`;
}

/** The goals as a chart; null when there is no target share, or no band has staff to draw. */
export function goalsChart(goals: GoalsReport): GoalsChartSpec | null {
  const target = goals.share;
  if (target === null) return null;
  const rows: GoalsChartRow[] = goals.rows.map((r) => ({
    label: r.label,
    share: r.headcount === 0 ? null : r.bmePct,
    noStaff: r.headcount === 0,
    shortfall: r.shortfall,
  }));
  if (!rows.some((r) => r.share !== null)) return null;
  const said = rows.map((r) =>
    r.noStaff ? `${r.label} no staff` : `${r.label} ${goalShareNow(r)}, ${shortWords(r.shortfall)}`,
  );
  const total =
    goals.shortfallTotal === null ? "" : ` In all, ${plural(goals.shortfallTotal, "BME staff member")} short.`;
  return {
    kind: "goals",
    title: `Aspirational goals for ${goals.year}`,
    year: goals.year,
    target,
    limit: shareLimit([target, ...rows.map((r) => r.share ?? 0)]),
    rows,
    text: {
      caption:
        `BME share of each senior band now against the goal of ${formatShare(target)} for ${goals.year} ` +
        `(this tool's method, not NHS England's): ${said.join("; ")}.${total}`,
      table: {
        columns: ["Band or grade", "BME share now", "Goal", "BME staff short of the goal"],
        rows: goals.rows.map((r, i) => ({
          header: r.label,
          cells: [goalShareNow(rows[i]), formatShare(r.target), formatCount(r.shortfall)],
        })),
      },
    },
  };
}

const MARGIN = 10;
const ROW_HEIGHT = 22;

function labelWidth(spec: GoalsChartSpec, width: number): number {
  if (isNarrow(width)) return 0;
  return Math.max(...spec.rows.map((r) => textWidth(r.label, FONT_SIZE))) + 8;
}

/** The end column: as wide as the widest "N short". */
function shortWidth(spec: GoalsChartSpec): number {
  return Math.max(...spec.rows.map((r) => textWidth(shortWords(r.shortfall), SMALL_FONT_SIZE))) + 8;
}

/** The share scale of a spec drawn `width` wide (exported for tests). */
export function goalsScale(spec: GoalsChartSpec, width: number): Scale {
  const left = MARGIN + labelWidth(spec, width);
  const valueWidth = textWidth("100.0%", SMALL_FONT_SIZE) + 6;
  return linearScale([0, spec.limit], [left, width - MARGIN - shortWidth(spec) - valueWidth]);
}

export function renderGoalsChart(spec: GoalsChartSpec, palette: ChartPalette, width = 320): string {
  const x = goalsScale(spec, width);
  const above = isNarrow(width) ? LABEL_ABOVE : 0;
  const out: string[] = [];
  const top = 4;
  let y = top;
  for (const r of spec.rows) {
    const cy = y + above + ROW_HEIGHT / 2;
    out.push(label(palette, "text", r.label, MARGIN, above ? y + FONT_SIZE : cy + 4));
    if (r.share === null) {
      out.push(label(palette, "muted", r.noStaff ? NO_STAFF : NOT_GIVEN, x.range[0] + 4, cy + 4));
    } else {
      const end = x(r.share);
      out.push(
        element("rect", {
          x: x.range[0],
          y: cy - 7,
          width: end - x.range[0],
          height: 14,
          ...paint(palette, "bme", "fill"),
        }),
      );
      out.push(
        // In a column of their own, clear of the goal's line.
        label(palette, "text", formatShare(r.share), x.range[1] + 6, cy + 4, {
          "font-size": SMALL_FONT_SIZE,
          "font-weight": "600",
        }),
      );
    }
    if (!r.noStaff) {
      out.push(
        label(palette, r.shortfall ? "adverse" : "muted", shortWords(r.shortfall), width - MARGIN, cy + 4, {
          "text-anchor": "end",
          "font-size": SMALL_FONT_SIZE,
        }),
      );
    }
    y += ROW_HEIGHT + above;
  }
  const tx = x(spec.target);
  out.push(referenceLine(palette, tx, top, y + 2));
  out.push(line(palette, "grid", x.range[0], top, x.range[0], y + 2));
  out.push(line(palette, "grid", x.range[0], y + 2, x.range[1], y + 2));
  out.push(
    ticks(
      palette,
      x,
      [0, spec.limit / 2, spec.limit].map((v) => ({ value: v, label: formatShare(v, 0) })),
      y + 2,
    ),
  );
  y += 28;
  const [keys, keysHeight] = legend(
    palette,
    [
      {
        key: (kx, ky) =>
          element("rect", { x: kx - 6, y: ky - 5, width: 12, height: 10, ...paint(palette, "bme", "fill") }),
        label: "BME share now",
      },
      {
        key: (kx, ky) => referenceLine(palette, kx, ky - 6, ky + 6),
        label: `goal ${formatShare(spec.target)} by ${spec.year}`,
      },
    ],
    MARGIN,
    y,
    width - 2 * MARGIN,
  );
  out.push(keys);
  y += keysHeight;
  const [words, wordsHeight] = note(
    palette,
    `At the end of each row, the BME staff the band is short of the goal. ${GOAL_METHOD_LABEL}.`,
    MARGIN,
    y,
    width - 2 * MARGIN,
  );
  out.push(words);
  y += wordsHeight + 4;
  return svgRoot(palette, spec.text.caption, width, y, out);
}
