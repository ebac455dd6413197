/**
 * The marks every chart draws with, each tagged with its role's class: markers whose shapes
 * carry meaning without colour (filled circle: this year; hollow diamond: last year; filled
 * triangle: under-represented), tick labels kept apart, wrapped notes, legends and the root element.
 */

import { roleClass, type ChartPalette, type ChartRole, type Paint } from "./palette";
import type { Scale } from "./scales";
import { element, escapeXml, text, textWidth, wrapText, type Attributes } from "./svg";

export const FONT_SIZE = 11;
/** Below this width (px) a chart reflows: row labels go above their rows instead of beside them. */
export const NARROW_WIDTH = 240;
/** The extra height of a row whose label is above it. */
export const LABEL_ABOVE = 13;

export const isNarrow = (width: number): boolean => width < NARROW_WIDTH;
export const SMALL_FONT_SIZE = 10;

/** Fill (or stroke) of a role, with its class. */
export function paint(palette: ChartPalette, role: ChartRole, how: Paint): Attributes {
  return { class: roleClass(role, how), [how]: palette.colours[role] };
}

export function label(
  palette: ChartPalette,
  role: ChartRole,
  content: string,
  x: number,
  y: number,
  extra: Attributes = {},
): string {
  return text(content, { x, y, ...paint(palette, role, "fill"), ...extra });
}

/** Where to centre a label of `content` near `x` so that it stays inside [0, width]. */
export function inside(x: number, content: string, fontSize: number, width: number): number {
  const half = textWidth(content, fontSize) / 2 + 2;
  return Math.min(width - half, Math.max(half, x));
}

/** Filled circle: a figure of this year. */
export function dot(palette: ChartPalette, role: ChartRole, x: number, y: number, r = 4.5): string {
  return element("circle", { cx: x, cy: y, r, ...paint(palette, role, "fill") });
}

/** Hollow circle: a figure with nothing to say against it. */
export function ring(palette: ChartPalette, role: ChartRole, x: number, y: number, r = 4): string {
  return element("circle", { cx: x, cy: y, r, fill: "none", "stroke-width": 1.5, ...paint(palette, role, "stroke") });
}

/** Hollow diamond: last year's figure. */
export function diamond(palette: ChartPalette, x: number, y: number, r = 5): string {
  const d = `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
  return element("path", { d, fill: "none", "stroke-width": 1.5, ...paint(palette, "previous", "stroke") });
}

/** Filled triangle pointing down: a figure below where it should be (an under-represented band). */
export function downTriangle(palette: ChartPalette, role: ChartRole, x: number, y: number, r = 5.5): string {
  const d = `M${x - r} ${y - r * 0.8}L${x + r} ${y - r * 0.8}L${x} ${y + r * 0.9}Z`;
  return element("path", { d, ...paint(palette, role, "fill") });
}

export function line(
  palette: ChartPalette,
  role: ChartRole,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  extra: Attributes = {},
): string {
  return element("line", { x1, y1, x2, y2, "stroke-width": 1, ...paint(palette, role, "stroke"), ...extra });
}

export interface Tick {
  readonly value: number;
  readonly label: string;
}

/**
 * Tick marks and their labels under an axis at `y`. Ticks come in order of importance; a label
 * that would touch one already placed is left out (its tick mark stays).
 */
export function ticks(palette: ChartPalette, scale: Scale, list: readonly Tick[], y: number): string {
  const placed: [number, number][] = [];
  const out: string[] = [];
  for (const t of list) {
    const x = scale(t.value);
    out.push(line(palette, "grid", x, y, x, y + 4));
    const half = textWidth(t.label, SMALL_FONT_SIZE) / 2 + 3;
    if (placed.some(([a, b]) => x + half > a && x - half < b)) continue;
    placed.push([x - half, x + half]);
    out.push(
      label(palette, "muted", t.label, x, y + 6 + SMALL_FONT_SIZE, {
        "text-anchor": "middle",
        "font-size": SMALL_FONT_SIZE,
      }),
    );
  }
  return out.join("");
}

/** A note in small muted text, wrapped to `width`; returns the SVG and the height it took. */
export function note(palette: ChartPalette, content: string, x: number, y: number, width: number): [string, number] {
  const lines = wrapText(content, width, SMALL_FONT_SIZE);
  const lineHeight = SMALL_FONT_SIZE + 3;
  const svg = lines
    .map((l, i) =>
      label(palette, "muted", l, x, y + SMALL_FONT_SIZE + i * lineHeight, { "font-size": SMALL_FONT_SIZE }),
    )
    .join("");
  return [svg, lines.length * lineHeight];
}

export interface LegendItem {
  /** Draws the key centred on (x, y). */
  readonly key: (x: number, y: number) => string;
  readonly label: string;
}

/** Legend items in a row, wrapping to `width`; returns the SVG and the height it took. */
export function legend(
  palette: ChartPalette,
  items: readonly LegendItem[],
  x0: number,
  y0: number,
  width: number,
): [string, number] {
  const lineHeight = SMALL_FONT_SIZE + 6;
  let x = x0;
  let y = y0 + lineHeight / 2;
  const out: string[] = [];
  for (const item of items) {
    // A label too long for the width (a narrow panel) wraps under itself, on a line of its own.
    const lines = wrapText(item.label, Math.max(width - 26, 1), SMALL_FONT_SIZE);
    const w = 16 + Math.max(...lines.map((l) => textWidth(l, SMALL_FONT_SIZE))) + 10;
    if (x > x0 && (x + w > x0 + width || lines.length > 1)) {
      x = x0;
      y += lineHeight;
    }
    out.push(item.key(x + 6, y));
    lines.forEach((l, i) =>
      out.push(
        label(palette, "muted", l, x + 16, y + SMALL_FONT_SIZE / 2 - 1 + i * lineHeight, {
          "font-size": SMALL_FONT_SIZE,
        }),
      ),
    );
    y += (lines.length - 1) * lineHeight;
    x = lines.length > 1 ? x0 + width : x + w;
  }
  return [out.join(""), y - y0 + lineHeight / 2];
}

/** A dashed vertical line at a reference share (the workforce's, the goal), from y1 to y2; its legend key is the same line, short. */
export function referenceLine(palette: ChartPalette, x: number, y1: number, y2: number): string {
  return line(palette, "reference", x, y1, x, y2, { "stroke-width": 1.5, "stroke-dasharray": "4 2" });
}

/** The shaded band's swatch for a legend. */
export function bandSwatch(palette: ChartPalette, x: number, y: number): string {
  return element("rect", {
    x: x - 6,
    y: y - 5,
    width: 12,
    height: 10,
    "fill-opacity": palette.bandOpacity * 2,
    ...paint(palette, "band", "fill"),
  });
}

/** The `<svg>` root: an image named by its caption, drawn at `width` × `height` and scaling down with its box. */
export function svgRoot(
  palette: ChartPalette,
  caption: string,
  width: number,
  height: number,
  children: readonly string[],
): string {
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${Math.round(width)} ${Math.ceil(height)}`,
      width: Math.round(width),
      height: Math.ceil(height),
      role: "img",
      "aria-label": caption,
      class: "wres-chart",
      "font-family": palette.fontFamily,
      "font-size": FONT_SIZE,
    },
    element("title", {}, escapeXml(caption)) + children.join(""),
  );
}
