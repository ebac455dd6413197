/**
 * The reviewer's check: every figure already in an output cell is compared with the
 * recomputed value, within the rounding of what the cell displays (wres.md: a reported 1.5 for
 * a true 1.504 is not a mismatch; 1.7 for 1.83 is).
 */

import { cellLabel, type Locator } from "./read";
import { NAMES } from "./names";
import { showNumber } from "./cell-value";
import { specOf, type CellKind } from "./contract";
import { roundTo } from "./statistics";
import type { Flag } from "./flags";
import type { OutputBlock } from "./outputs";
import type { RawCell } from "./raw";

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
  const section = numberFormat.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  const scale = section.includes("%") ? 100 : 1;
  if (/general/i.test(section) || !/[0#?]/.test(section) || /E[+-]/i.test(section)) {
    return { decimals: Math.max(minDecimals, shortestDecimals(value * scale)), scale };
  }
  const fraction = /\.([0#?]+)/.exec(section);
  return { decimals: fraction ? fraction[1].length : 0, scale };
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

/** A value as a reader compares it: percentages as %, ratios to 3 decimals. */
function showAs(kind: CellKind, v: number): string {
  if (kind === "percent" || kind === "rate" || kind === "gap") return `${showNumber(roundTo(v * 100, 2))}%`;
  if (kind === "ratio") return roundTo(v, 2).toFixed(2);
  return showNumber(roundTo(v, 3));
}

function show(kind: CellKind, cell: RawCell): string {
  if (cell.type === "number") return showAs(kind, cell.value as number);
  if (cell.type === "string") return `the text "${String(cell.value)}"`;
  if (cell.type === "boolean") return `the logical value ${cell.value ? "TRUE" : "FALSE"}`;
  return `the error ${String(cell.value)}`;
}

export function reviewReported(
  reported: ReadonlyMap<string, readonly (readonly RawCell[])[]>,
  outputs: readonly OutputBlock[],
  locate: Locator,
): Flag[] {
  const flags: Flag[] = [];
  for (const block of outputs) {
    const cells = reported.get(block.name);
    if (!cells || block.name === NAMES.checkSummary) continue;
    const spec = specOf(block.name);
    block.values.forEach((row, r) =>
      row.forEach((computed, c) => {
        const cell = cells[r]?.[c];
        if (!cell || cell.type === "empty" || typeof computed === "string") return;
        let problem: string | null = null;
        if (computed === null) {
          if (cell.type === "number")
            problem = `holds ${show(spec.kind, cell)}, but the data give no computable figure here`;
        } else if (cell.type !== "number") {
          problem = `holds ${show(spec.kind, cell)}, but the data give ${showAs(spec.kind, computed)}`;
        } else if (!agrees(cell.value as number, computed, cell.numberFormat, MIN_GENERAL_DECIMALS[spec.kind])) {
          problem = `holds ${show(spec.kind, cell)}, but the data give ${showAs(spec.kind, computed)}`;
        }
        if (problem) {
          const at = locate.cell(block.name, r, c);
          flags.push({
            code: "REPORTED_MISMATCH",
            severity: "error",
            indicator: spec.indicator,
            name: block.name,
            cell: at,
            message: `${at} (${cellLabel(spec, r, c)}) ${problem}: the reported value does not match the data.`,
          });
        }
      }),
    );
  }
  return flags;
}
