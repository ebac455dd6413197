/**
 * The problems planted in synthetic returns, each with the flag the check must raise for it
 * and where: missing values (partial returns), broken names and bad cells (broken returns),
 * and reported outputs that disagree with the data (mis-computed returns) — with, beside each
 * of those, one reported value that agrees within its displayed precision and must raise nothing.
 */

import { absoluteRange, cellAddress, rangeAddress } from "../../src/wres/a1";
import type { FlagCode } from "../../src/wres/flags";
import type { OutputBlock } from "../../src/wres/outputs";
import { TEMPLATE_LAYOUT } from "../template/layout";
import { escapeXml } from "../xlsx-craft/xlsx-patch";
import type { FillCell, FillGrid } from "./fill-template";
import type { Random } from "./random";

/** A flag as the check reports it: code, the template name, and the cell (null when the flag names none). */
export interface ExpectedFlag {
  readonly code: FlagCode;
  readonly name: string;
  readonly cell: string | null;
}

/** A return being made: its values, edits to its defined names, and what the check must find. */
export interface Draft {
  readonly values: Map<string, FillGrid>;
  readonly workbookEdits: ((xml: string) => string)[];
  readonly expected: ExpectedFlag[];
  readonly absent: ExpectedFlag[];
  readonly why: string[];
}

export function cellOf(name: string, row: number, column: number): string {
  const at = TEMPLATE_LAYOUT.get(name)!;
  return cellAddress(at.sheet, at.top + row, at.left + column);
}

function setCell(draft: Draft, name: string, row: number, column: number, value: FillCell): void {
  const grid = draft.values.get(name);
  if (!grid) throw new Error(`${name} is not filled`);
  draft.values.set(
    name,
    grid.map((cells, r) => cells.map((v, c) => (r === row && c === column ? value : v))),
  );
}

const valueAt = (draft: Draft, name: string, row: number, column: number): FillCell =>
  draft.values.get(name)![row][column];

// ---- Partial returns: required cells left empty -------------------------------------------

const REQUIRED_CELLS: readonly [name: string, row: number, column: number][] = [
  ["WRES_I2_Appointed", 0, 1],
  ["WRES_I8_Pct", 0, 0],
  ["WRES_I1_Clinical", 5, 1],
  ["WRES_I4_Accessed", 0, 0],
  ["WRES_ReportingYear", 0, 0],
  ["WRES_I9_Board", 3, 0],
  ["WRES_I6_Pct", 0, 1],
  ["WRES_I1_NonClinical", 2, 0],
];

export function plantMissingValues(draft: Draft, random: Random): void {
  const cells = random.shuffle(REQUIRED_CELLS).slice(0, random.int(1, 3));
  for (const [name, row, column] of cells) {
    setCell(draft, name, row, column, null);
    draft.expected.push({ code: "MISSING_VALUE", name, cell: cellOf(name, row, column) });
    draft.why.push(`${cellOf(name, row, column)} (${name}) left empty`);
  }
}

// ---- Broken returns: names and cells damaged ----------------------------------------------

function replaceDefinedName(xml: string, name: string, element: string): string {
  const pattern = new RegExp(`<definedName name="${name}">[^<]*</definedName>`);
  if (!pattern.test(xml)) throw new Error(`the template has no defined name ${name}`);
  return xml.replace(pattern, element);
}

const redefine = (name: string, refersTo: string) => (xml: string) =>
  replaceDefinedName(xml, name, `<definedName name="${name}">${escapeXml(refersTo)}</definedName>`);

export const BROKEN_VARIANTS = [
  "missing-name",
  "ref-name",
  "wrong-shape",
  "text-in-number",
  "error-value",
  "negative",
] as const;
export type BrokenVariant = (typeof BROKEN_VARIANTS)[number];

export function plantBroken(draft: Draft, variant: BrokenVariant): void {
  const flag = (code: FlagCode, name: string, cell: string | null, why: string) => {
    draft.expected.push({ code, name, cell });
    draft.why.push(why);
  };
  switch (variant) {
    case "missing-name": {
      const name = "WRES_I4_Accessed";
      draft.workbookEdits.push((xml) => replaceDefinedName(xml, name, ""));
      return flag("MISSING_NAME", name, null, `the name ${name} deleted`);
    }
    case "ref-name": {
      const name = "WRES_I3_Entered";
      draft.workbookEdits.push(redefine(name, "#REF!"));
      return flag("BROKEN_NAME", name, null, `the name ${name} refers to #REF!`);
    }
    case "wrong-shape": {
      const name = "WRES_I2_Shortlisted";
      const at = TEMPLATE_LAYOUT.get(name)!;
      draft.workbookEdits.push(redefine(name, absoluteRange(at.sheet, at.top, at.left, 1, 2)));
      const range = rangeAddress(at.sheet, at.top, at.left, 1, 2);
      return flag("WRONG_SHAPE", name, range, `the name ${name} shrunk to ${range}`);
    }
    case "text-in-number": {
      const name = "WRES_I2_Shortlisted";
      const count = valueAt(draft, name, 0, 1) as number;
      setCell(draft, name, 0, 1, count.toLocaleString("en-GB"));
      return flag("NOT_A_NUMBER", name, cellOf(name, 0, 1), `${cellOf(name, 0, 1)} holds the count as text`);
    }
    case "error-value": {
      const name = "WRES_I5_Pct";
      setCell(draft, name, 0, 1, { error: "#N/A" });
      return flag("ERROR_VALUE", name, cellOf(name, 0, 1), `${cellOf(name, 0, 1)} holds #N/A`);
    }
    case "negative": {
      const name = "WRES_I3_Entered";
      setCell(draft, name, 0, 0, -2);
      return flag("NEGATIVE", name, cellOf(name, 0, 0), `${cellOf(name, 0, 0)} holds -2`);
    }
  }
}

// ---- Reported outputs ---------------------------------------------------------------------

/** Outputs a trust might have mis-computed, and the cell of the figure in each. */
const MISMATCH_TARGETS: readonly [name: string, row: number, column: number][] = [
  ["WRES_I2_RL", 0, 0],
  ["WRES_I3_RL", 0, 0],
  ["WRES_I4_RL", 0, 0],
  ["WRES_I6_Gap", 0, 0],
  ["WRES_Workforce_Pct", 0, 1],
  ["WRES_I9_Diff", 0, 0],
  ["WRES_I2_Likelihood", 0, 1],
];
/** Relative likelihoods, which a trust may have typed by hand to one decimal. */
const RL_OUTPUTS = ["WRES_I2_RL", "WRES_I3_RL", "WRES_I4_RL"];

/** Writes every computed output into the draft, as the add-in (or correct formulas) would. */
export function writeOutputs(draft: Draft, outputs: readonly OutputBlock[]): void {
  for (const block of outputs) {
    if (block.values.some((row) => row.some((v) => typeof v === "string"))) continue; // the summary line
    draft.values.set(block.name, block.values as FillGrid);
  }
}

const round = (x: number, decimals: number): number => Number(x.toFixed(decimals));

/**
 * One output (sometimes two) reported wrongly — an RL 0.1 to 0.4 off (1.7 for 1.83), a
 * percentage 2 to 6 points off — and one RL reported to one decimal in the General format
 * (1.5 for 1.504), which agrees within what it displays.
 */
export function plantMisreported(draft: Draft, outputs: readonly OutputBlock[], random: Random): void {
  const computed = (name: string, row: number, column: number): number | null => {
    const v = outputs.find((b) => b.name === name)?.values[row][column];
    return typeof v === "number" ? v : null;
  };
  const targets = random
    .shuffle(MISMATCH_TARGETS.filter(([n, r, c]) => computed(n, r, c) !== null))
    .slice(0, random.chance(0.3) ? 2 : 1);
  for (const [name, row, column] of targets) {
    const truth = computed(name, row, column)!;
    const sign = random.chance(0.5) ? 1 : -1;
    const reported = RL_OUTPUTS.includes(name)
      ? round(Math.max(0.05, truth + sign * random.between(0.1, 0.4)), 2)
      : round(truth + sign * random.between(0.02, 0.06), 3);
    setCell(draft, name, row, column, reported);
    draft.expected.push({ code: "REPORTED_MISMATCH", name, cell: cellOf(name, row, column) });
    draft.why.push(`${cellOf(name, row, column)} (${name}) reported as ${reported}; the data give ${truth}`);
  }
  const agreeing = RL_OUTPUTS.find((n) => !targets.some(([t]) => t === n) && computed(n, 0, 0) !== null);
  if (agreeing) {
    const truth = computed(agreeing, 0, 0)!;
    setCell(draft, agreeing, 0, 0, { general: round(truth, 1) });
    draft.absent.push({ code: "REPORTED_MISMATCH", name: agreeing, cell: cellOf(agreeing, 0, 0) });
    draft.why.push(
      `${cellOf(agreeing, 0, 0)} (${agreeing}) typed as ${round(truth, 1)} for ${truth}: agrees as displayed`,
    );
  }
}
