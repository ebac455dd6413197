/**
 * The reviewer's check: every figure already in an output cell is compared with the
 * recomputed value, within the rounding of what the cell displays (wres.md: a reported 1.5 for
 * a true 1.504 is not a mismatch; 1.7 for 1.83 is).
 */

import { kindAt, specOf, type CellKind } from "./contract";
import { flagAt, type Flag } from "./flags";
import { formatRl, formatShare, showNumber } from "./format";
import { cellLabel, type Locator } from "./locate";
import type { OutputBlock } from "./outputs";
import type { RawCell } from "./raw";
import { roundTo } from "./statistics";

/**
 * How many decimals a number format shows and whether it scales by 100 (a % format). A format
 * without fixed decimals (General) shows the number as typed, so its own decimals count, but
 * never fewer than `minDecimals`: a typed "2" does not excuse a true 1.83.
 */
export function displayPrecision(
  numberFormat: string,
  value: number,
  minDecimals = 0,
): { decimals: number; scale: number } {
  const { fixedDecimals, scale } = formatPrecision(numberFormat);
  if (fixedDecimals === null) return { decimals: Math.max(minDecimals, shortestDecimals(value * scale)), scale };
  return { decimals: fixedDecimals, scale };
}

/** What a number format fixes: its decimals (null when it shows the number as typed) and its scale. */
interface FormatPrecision {
  readonly fixedDecimals: number | null;
  readonly scale: number;
}

/**
 * Each format's precision, worked out once: a workbook uses a handful of formats over hundreds
 * of reported cells, and the regular expressions were most of a check's review time. Bounded,
 * so that a file with thousands of distinct formats cannot grow it without limit.
 */
const FORMAT_PRECISION = new Map<string, FormatPrecision>();
const MAX_FORMATS_KEPT = 256;

function formatPrecision(numberFormat: string): FormatPrecision {
  const known = FORMAT_PRECISION.get(numberFormat);
  if (known) return known;
  const section = numberFormat.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  const scale = section.includes("%") ? 100 : 1;
  const general = /general/i.test(section) || !/[0#?]/.test(section) || /E[+-]/i.test(section);
  const fraction = general ? null : /\.([0#?]+)/.exec(section);
  const precision: FormatPrecision = { fixedDecimals: general ? null : fraction ? fraction[1].length : 0, scale };
  if (FORMAT_PRECISION.size >= MAX_FORMATS_KEPT) FORMAT_PRECISION.clear();
  FORMAT_PRECISION.set(numberFormat, precision);
  return precision;
}

/** The fewest decimals a figure of each kind is read to when its format fixes none (ratios ±0.05, fractions ±0.5 points). */
const MIN_GENERAL_DECIMALS: Partial<Record<CellKind, number>> = { ratio: 1, percent: 2, rate: 2, gap: 2 };

/** Decimals of the shortest way of writing the number (General format shows up to ~10 significant digits). */
function shortestDecimals(x: number): number {
  const s = String(Number(x.toPrecision(10)));
  if (/e-/.test(s)) return Number(s.split("e-")[1]) + (s.split("e")[0].split(".")[1]?.length ?? 0);
  return s.split(".")[1]?.length ?? 0;
}

/** True when the reported number displays as (rounds from) the computed one. */
export function agrees(reported: number, computed: number, numberFormat: string, minDecimals = 0): boolean {
  const { decimals, scale } = displayPrecision(numberFormat, reported, minDecimals);
  const tolerance = (0.5 * 10 ** -decimals) / scale;
  return Math.abs(reported - computed) <= tolerance * (1 + 1e-9) + 1e-12;
}

/**
 * A value as a reader compares it: fractions as % to 2 decimals (finer than any output shows, so
 * a mismatch is always visible), ratios to 2 decimals.
 */
function showAs(kind: CellKind, v: number): string {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e15) return `the number ${showNumber(v)}, out of any real range`;
  if (kind === "percent" || kind === "rate" || kind === "gap") return formatShare(v, 2);
  if (kind === "ratio") return formatRl(v);
  return showNumber(roundTo(v, 3));
}

function show(kind: CellKind, cell: RawCell): string {
  switch (cell.type) {
    case "number":
      return showAs(kind, cell.value);
    case "string":
      return `the text "${cell.value}"`;
    case "boolean":
      return `the logical value ${cell.value ? "TRUE" : "FALSE"}`;
    case "error":
      return `the error ${cell.value}`;
    case "empty":
      return "nothing";
  }
}

/** A problem with what a reported cell holds, completing "<the cell in words> …", or null. */
function reportedProblem(kind: CellKind, cell: RawCell, computed: number | null): string | null {
  if (cell.type === "empty") return null;
  if (computed === null)
    return cell.type === "number" ? `holds ${show(kind, cell)}, but the data give no computable figure here` : null;
  if (cell.type === "number" && agrees(cell.value, computed, cell.numberFormat, MIN_GENERAL_DECIMALS[kind]))
    return null;
  return `holds ${show(kind, cell)}, but the data give ${showAs(kind, computed)}`;
}

export function reviewReported(
  reported: ReadonlyMap<string, readonly (readonly RawCell[])[]>,
  outputs: readonly OutputBlock[],
  locate: Locator,
): Flag[] {
  const flags: Flag[] = [];
  for (const block of outputs) {
    const cells = reported.get(block.name);
    if (!cells) continue;
    const spec = specOf(block.name);
    for (let r = 0; r < block.values.length; r++) {
      const row = block.values[r];
      for (let c = 0; c < row.length; c++) {
        const computed = row[c];
        const cell = cells[r]?.[c];
        if (!cell || cell.type === "empty" || typeof computed === "string") continue;
        const problem = reportedProblem(kindAt(spec, c), cell, computed);
        if (!problem) continue;
        const message = `${cellLabel(spec, r, c)} ${problem}: the reported value does not match the data.`;
        flags.push(
          flagAt(
            locate,
            { code: "REPORTED_MISMATCH", severity: "error", indicator: spec.indicator, name: block.name, message },
            r,
            c,
          ),
        );
      }
    }
  }
  return flags;
}
