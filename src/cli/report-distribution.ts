/**
 * The distribution view of the report: for one relative likelihood, every return's value as a
 * mark on a logarithmic strip (equal ratios above and below 1.00 sit at equal distances), with
 * the no-adverse-impact band shaded and labelled, so that outliers stand out. Marks differ in
 * shape as well as colour, and each names its organisation in a <title>.
 */

import { formatRl } from "../wres/format";
import { RL_STATUS_WORDS } from "../wres/indicator-words";
import type { RlStatus } from "../wres/report";
import { markup, type Html } from "./html";

export interface StripPoint {
  /** Who the mark is, e.g. "Northmoor NHS Trust (RNV)". */
  readonly label: string;
  readonly value: number;
  readonly status: RlStatus;
  /** The id of the organisation's entry in the page. */
  readonly anchor: string;
}

const WIDTH = 760;
const MARGIN = 24;
const PLOT_TOP = 22;
const PLOT_HEIGHT = 84;
const AXIS_Y = PLOT_TOP + PLOT_HEIGHT;
const HEIGHT = AXIS_Y + 24;
const MARK_SIZE = 5;
/** Values beyond these are drawn at the edge (and say so): a scale to 1,000 would hide everything else. */
const SCALE_LIMITS = [0.05, 20] as const;
const TICKS = [0.05, 0.1, 0.25, 0.5, 0.8, 1, 1.25, 2, 4, 8, 16];

interface Scale {
  readonly low: number;
  readonly high: number;
  x(value: number): number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

function logScale(values: readonly number[], band: readonly [number, number]): Scale {
  const low = Math.max(SCALE_LIMITS[0], Math.min(band[0] * 0.6, ...values.map((v) => v / 1.1)));
  const high = Math.min(SCALE_LIMITS[1], Math.max(band[1] * 1.6, ...values.map((v) => v * 1.1)));
  const span = Math.log(high) - Math.log(low);
  return {
    low,
    high,
    x: (value) => {
      const clamped = Math.min(high, Math.max(low, value));
      return round(MARGIN + ((Math.log(clamped) - Math.log(low)) / span) * (WIDTH - 2 * MARGIN));
    },
  };
}

/** Spreads marks evenly over the strip's height (a golden-ratio sequence), the same way on every run. */
function jitterY(i: number): number {
  const fraction = (i * 0.6180339887) % 1;
  return round(PLOT_TOP + 6 + fraction * (PLOT_HEIGHT - 12));
}

/** A triangle pointing up for an adverse gap, down for a reverse gap, a circle within the band. */
function markPath(status: RlStatus, x: number, y: number): string {
  const s = MARK_SIZE;
  const tip = status === "adverse" ? -s : s;
  if (status === "adverse" || status === "reverse") {
    const base = round(y - tip * 0.8);
    return `M${x} ${round(y + tip)}L${round(x + s)} ${base}L${round(x - s)} ${base}Z`;
  }
  const r = s - 1;
  return `M${round(x - r)} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

/** The strip plot of one indicator's values; `label` is its short name, e.g. "RL2". */
export function rlStrip(label: string, points: readonly StripPoint[], band: readonly [number, number]): Html {
  const scale = logScale(
    points.map((p) => p.value),
    band,
  );
  const bandLeft = scale.x(band[0]);
  const bandRight = scale.x(band[1]);
  const ticks = TICKS.filter((t) => t >= scale.low && t <= scale.high);
  const marks = points.map((p, i) => {
    const offScale = p.value < scale.low || p.value > scale.high ? " (off the scale, drawn at its edge)" : "";
    const words = `${p.label}: ${label} ${formatRl(p.value)}, ${RL_STATUS_WORDS[p.status]}${offScale}`;
    const d = markPath(p.status, scale.x(p.value), jitterY(i));
    return markup`<a href="#${p.anchor}"><path class="${p.status}" d="${d}"><title>${words}</title></path></a>`;
  });
  const tickMarks = ticks.map((t) => {
    const x = scale.x(t);
    return markup`<line class="axis" x1="${x}" x2="${x}" y1="${AXIS_Y}" y2="${AXIS_Y + 4}"/><text class="tick" x="${x}" y="${AXIS_Y + 16}" text-anchor="middle">${String(t)}</text>`;
  });
  const one = scale.x(1);
  return markup`<svg class="strip" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="strip-${label}">
<rect class="band" x="${bandLeft}" y="${PLOT_TOP}" width="${round(bandRight - bandLeft)}" height="${PLOT_HEIGHT}"/>
<text class="band-label" x="${round((bandLeft + bandRight) / 2)}" y="${PLOT_TOP - 6}" text-anchor="middle">${formatRl(band[0])}–${formatRl(band[1])}: within the band</text>
<line class="one" x1="${one}" x2="${one}" y1="${PLOT_TOP}" y2="${AXIS_Y}"/>
<line class="axis" x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${AXIS_Y}" y2="${AXIS_Y}"/>
${tickMarks}
${marks}
</svg>`;
}
