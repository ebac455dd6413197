/**
 * The colours of a chart, passed in: the pane gives its Fluent theme's CSS custom properties
 * (so charts follow light, dark and high contrast), a report fixed colours. Every drawn element
 * also carries its role as a class (`wres-chart-<role>`), so that a page can repaint it in
 * forced-colours mode with system colours (`FORCED_COLOURS`), where Chromium leaves SVG fills alone.
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

/** The class a drawn element of this role carries. */
export const roleClass = (role: ChartRole): string => `wres-chart-${role}`;

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
