/**
 * Representation by band (indicator 1): each band's BME share as a marker against the
 * workforce's BME share (a vertical line), block by block. Under-represented rows stand out by
 * shape as well as colour: a filled triangle pointing down, where other rows have a hollow circle.
 */

import { I1_BLOCK_TITLES, I1_BLOCKS, type I1Block } from "../wres/contract";
import { formatPoints, formatPointsSize, formatShare, plural } from "../wres/format";
import type { I1Report } from "../wres/report";
import type { Settings } from "../wres/settings";
import {
  downTriangle,
  FONT_SIZE,
  isNarrow,
  label,
  legend,
  line,
  note,
  referenceLine,
  ring,
  SMALL_FONT_SIZE,
  svgRoot,
  ticks,
} from "./marks";
import type { ChartPalette } from "./palette";
import { linearScale, shareLimit, type Scale } from "./scales";
import type { ChartBase } from "./spec";
import { textWidth, wrapText } from "./svg";

export interface RepresentationRow {
  readonly block: I1Block;
  readonly label: string;
  /** The band's BME share (fraction), or null when its counts are incomplete. */
  readonly bme: number | null;
  readonly gap: number | null;
  readonly underRepresented: boolean;
}

export interface RepresentationChartSpec extends ChartBase {
  readonly kind: "representation";
  /** The workforce's BME share (fraction), the line each band is compared with. */
  readonly workforceBme: number;
  /** The scale's top (fraction). */
  readonly limit: number;
  readonly rows: readonly RepresentationRow[];
  /** The blocks drawn, in order, each with its rows. */
  readonly blocks: readonly I1Block[];
}

const NOT_GIVEN = "—";

/** Null when there is no workforce share to compare with or no band to show. */
export function representationChart(
  i1: I1Report,
  settings: Settings,
  blocks: readonly I1Block[] = I1_BLOCKS,
): RepresentationChartSpec | null {
  const workforceBme = i1.workforcePct?.bme ?? null;
  const rows: RepresentationRow[] = i1.rows
    .filter((r) => blocks.includes(r.block))
    .map((r) => ({
      block: r.block,
      label: r.label,
      bme: r.pct?.bme ?? null,
      gap: r.bmeGap,
      underRepresented: r.underRepresented,
    }));
  if (workforceBme === null || !rows.some((r) => r.bme !== null)) return null;
  const under = rows.filter((r) => r.underRepresented);
  const drawnBlocks = blocks.filter((b) => rows.some((r) => r.block === b));
  const blockWords = (b: I1Block) => I1_BLOCK_TITLES[b].toLowerCase();
  const underWords = under.length === 0 ? "No band is under-represented" : underSentence(under, drawnBlocks, settings);
  return {
    kind: "representation",
    title: "BME share by pay band",
    workforceBme,
    limit: shareLimit([workforceBme, ...rows.map((r) => r.bme ?? 0)]),
    rows,
    blocks: drawnBlocks,
    text: {
      caption: `BME share of each pay band against the workforce's ${formatShare(workforceBme)}. ${underWords}.`,
      table: {
        columns: ["Band or grade", "BME share", "Gap to the workforce", "Under-represented"],
        rows: rows.map((r) => ({
          header: `${r.label}, ${blockWords(r.block)}`,
          cells: [
            formatShare(r.bme),
            r.gap === null ? NOT_GIVEN : formatPoints(r.gap),
            r.underRepresented ? "yes" : "no",
          ],
        })),
      },
    },
  };
}

/** Few under-represented bands are named; more are counted by block (the table names them all). */
const NAMED_AT_MOST = 3;

function underSentence(under: readonly RepresentationRow[], blocks: readonly I1Block[], settings: Settings): string {
  const is = under.length === 1 ? "is" : "are";
  const which =
    under.length <= NAMED_AT_MOST
      ? under.map((r) => `${r.label}, ${I1_BLOCK_TITLES[r.block].toLowerCase()}, ${formatShare(r.bme)}`).join("; ")
      : blocks
          .map((b) => [b, under.filter((r) => r.block === b).length] as const)
          .filter(([, n]) => n > 0)
          .map(([b, n]) => `${n} of ${I1_BLOCK_TITLES[b].toLowerCase()}`)
          .join(", ");
  return `${plural(under.length, "band")} ${is} under-represented, more than ${formatPointsSize(settings.bandGap)} below it (${which})`;
}

const ROW_HEIGHT = 17;
const LINE_HEIGHT = 13;
/** Band labels wider than this wrap onto a second line. */
const MAX_LABEL_WIDTH = 104;
const BLOCK_HEADING = 20;
const MARGIN = 10;

/** The x scale of a spec drawn `width` wide (exported for tests). */
export function representationScale(spec: RepresentationChartSpec, width: number): Scale {
  const labelWidth = isNarrow(width)
    ? 0
    : Math.min(MAX_LABEL_WIDTH, Math.max(...spec.rows.map((r) => textWidth(r.label, FONT_SIZE)))) + 8;
  const valueWidth = textWidth("100.0%", FONT_SIZE) + 6;
  return linearScale([0, spec.limit], [MARGIN + labelWidth, width - MARGIN - valueWidth]);
}

export function renderRepresentationChart(spec: RepresentationChartSpec, palette: ChartPalette, width = 320): string {
  const x = representationScale(spec, width);
  const out: string[] = [];
  let y = 4;
  const top = y;
  for (const block of spec.blocks) {
    // A narrow panel (200 % zoom) wraps the block's title rather than letting it run off the edge.
    const titleLines = wrapText(I1_BLOCK_TITLES[block], width - 2 * MARGIN, FONT_SIZE);
    titleLines.forEach((l, i) =>
      out.push(label(palette, "text", l, MARGIN, y + FONT_SIZE + 2 + i * LINE_HEIGHT, { "font-weight": "600" })),
    );
    y += BLOCK_HEADING + (titleLines.length - 1) * LINE_HEIGHT;
    for (const r of spec.rows.filter((row) => row.block === block)) {
      const narrow = isNarrow(width);
      const lines = wrapText(r.label, narrow ? width - 2 * MARGIN : MAX_LABEL_WIDTH, FONT_SIZE);
      // Beside the marker, the label's lines are centred on it; narrow, they stand above it.
      const above = narrow ? lines.length * LINE_HEIGHT : 0;
      const height = ROW_HEIGHT + (narrow ? above : (lines.length - 1) * LINE_HEIGHT);
      const cy = y + above + (height - above) / 2;
      out.push(line(palette, "grid", x.range[0], cy, x.range[1], cy, { "stroke-opacity": 0.35 }));
      lines.forEach((l, i) =>
        out.push(
          label(
            palette,
            "text",
            l,
            MARGIN,
            narrow ? y + FONT_SIZE + i * LINE_HEIGHT : cy + 4 + (i - (lines.length - 1) / 2) * LINE_HEIGHT,
          ),
        ),
      );
      if (r.bme === null) {
        out.push(label(palette, "muted", NOT_GIVEN, x.range[0] + 4, cy + 4));
      } else {
        const mx = x(r.bme);
        out.push(r.underRepresented ? downTriangle(palette, "adverse", mx, cy) : ring(palette, "point", mx, cy));
        out.push(
          label(palette, r.underRepresented ? "adverse" : "muted", formatShare(r.bme), x.range[1] + 6, cy + 4, {
            "font-size": SMALL_FONT_SIZE,
            ...(r.underRepresented ? { "font-weight": "600" } : {}),
          }),
        );
      }
      y += height;
    }
  }
  const wx = x(spec.workforceBme);
  out.push(referenceLine(palette, wx, top + BLOCK_HEADING - 4, y + 2));
  out.push(line(palette, "grid", x.range[0], y + 2, x.range[1], y + 2));
  const half = spec.limit / 2;
  out.push(
    ticks(
      palette,
      x,
      [0, half, spec.limit].map((v) => ({ value: v, label: formatShare(v, 0) })),
      y + 2,
    ),
  );
  y += 28;
  const [keys, keysHeight] = legend(
    palette,
    [
      { key: (kx, ky) => ring(palette, "point", kx, ky), label: "BME share" },
      { key: (kx, ky) => downTriangle(palette, "adverse", kx, ky), label: "under-represented band" },
      {
        key: (kx, ky) => referenceLine(palette, kx, ky - 6, ky + 6),
        label: `workforce ${formatShare(spec.workforceBme)}`,
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
    "Left of the workforce line: the band has a smaller BME share than the workforce.",
    MARGIN,
    y,
    width - 2 * MARGIN,
  );
  out.push(words);
  y += wordsHeight + 4;
  return svgRoot(palette, spec.text.caption, width, y, out);
}
