/**
 * The colours of a chart, passed in: the pane gives its Fluent theme's CSS custom properties
 * (so charts follow light, dark and high contrast), a report fixed colours. Every drawn element
 * also carries its role and what it paints as a class (`wres-chart-<role>-fill` or `-stroke`), so
 * that a page can repaint it in forced-colours mode with system colours (`forcedColourRules`),
 * where Chromium leaves SVG fills alone; a hollow marker stays hollow.
 */

export type ChartRole =
  /** Labels, values and the axis. */
  | "text"
  /** Secondary words: ticks, legends, notes. */
  | "muted"
  /** Grid and reference lines (1.00, zero). */
  | "grid"
  /** The shaded band or threshold where no adverse impact is found. */
  | "band"
  /** This year's figure when it is not adverse. */
  | "point"
  /** This year's figure when it is adverse. */
  | "adverse"
  /** Last year's figure. */
  | "previous"
  /** White staff's bar. */
  | "white"
  /** BME staff's bar. */
  | "bme"
  /** The workforce's BME share (the line band rows are compared with). */
  | "reference";

export interface ChartPalette {
  readonly colours: Readonly<Record<ChartRole, string>>;
  /** How opaque the band's fill is (light tints read as background). */
  readonly bandOpacity: number;
  readonly fontFamily: string;
}

/** Fixed colours for documents (the HTML and Word reports): WCAG AA against white. */
export const REPORT_PALETTE: ChartPalette = {
  colours: {
    text: "#242424",
    muted: "#616161",
    grid: "#8a8a8a",
    band: "#2e7d32",
    point: "#0f548c",
    adverse: "#b10e1c",
    previous: "#424242",
    white: "#707070",
    bme: "#0f548c",
    reference: "#242424",
  },
  bandOpacity: 0.16,
  fontFamily: "'Segoe UI', Arial, sans-serif",
};

export type Paint = "fill" | "stroke";

/** The class a drawn element carries for the role it paints, and how: "wres-chart-point-fill". */
export const roleClass = (role: ChartRole, how: Paint): string => `wres-chart-${role}-${how}`;

/** System colours for forced-colours mode (`@media (forced-colors: active)`), per role. */
export const FORCED_COLOURS: Readonly<Record<ChartRole, string>> = {
  text: "CanvasText",
  muted: "CanvasText",
  grid: "GrayText",
  band: "Highlight",
  point: "CanvasText",
  adverse: "Highlight",
  previous: "CanvasText",
  white: "GrayText",
  bme: "Highlight",
  reference: "CanvasText",
};

/** CSS rules (selector → declarations) that repaint every role with its system colour, for `@media (forced-colors: active)`. */
export function forcedColourRules(): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  for (const [role, colour] of Object.entries(FORCED_COLOURS) as [ChartRole, string][]) {
    rules[`& .${roleClass(role, "fill")}`] = { fill: colour };
    rules[`& .${roleClass(role, "stroke")}`] = { stroke: colour };
  }
  return rules;
}
