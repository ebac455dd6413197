/**
 * Builds a RawWorkbook in memory for domain tests: every contract name defined on one sheet
 * ("T"), each block at its own rows, with the values given (others empty).
 */

import { CONTRACT, specOf } from "../../src/wres/contract";
import type { RawCell, RawDefinition, RawName, RawSurroundings, RawWorkbook } from "../../src/wres/raw";

/** `{ formula: null }` is a formula saved without its result (by a program that does not calculate). */
export type TestValue = number | string | boolean | null | { error: string } | { formula: number | null };

export function cell(v: TestValue, numberFormat = "General"): RawCell {
  if (v === null) return { type: "empty", value: null, numberFormat };
  if (typeof v === "number") return { type: "number", value: v, numberFormat };
  if (typeof v === "string") return { type: "string", value: v, numberFormat };
  if (typeof v === "boolean") return { type: "boolean", value: v, numberFormat };
  if ("error" in v) return { type: "error", value: v.error, numberFormat };
  if (v.formula === null) return { type: "empty", value: null, numberFormat, formula: true };
  return { type: "number", value: v.formula, numberFormat, formula: true };
}

export interface RawOptions {
  /** Replace a name's workbook definition (e.g. broken), or null to remove it. */
  definitions?: Record<string, RawDefinition | null>;
  sheetScoped?: Record<string, { sheet: string; refersTo: string }[]>;
  /** Number formats of a name's cells. */
  formats?: Record<string, string>;
  wresNameCount?: number;
  /** The labels beside a name's block, as an adapter reads them (none otherwise, as a crafted workbook has none). */
  surroundings?: Record<string, RawSurroundings>;
}

/** Each name's top row on sheet T: names are stacked with a blank row between. */
export const TOP_ROW = new Map<string, number>();
let row = 0;
for (const s of CONTRACT) {
  TOP_ROW.set(s.name, row);
  row += s.rows.length + 1;
}

export function rawWorkbook(values: Record<string, TestValue[][]>, options: RawOptions = {}): RawWorkbook {
  const names = new Map<string, RawName>();
  for (const s of CONTRACT) {
    const given = values[s.name];
    const top = TOP_ROW.get(s.name)!;
    const fmt = options.formats?.[s.name] ?? "General";
    const cells = s.rows.map((_, r) => s.columns.map((_, c) => cell(given?.[r]?.[c] ?? null, fmt)));
    let def: RawDefinition | null = {
      kind: "range",
      refersTo: `T!$B$${top + 1}`,
      sheet: "T",
      top,
      left: 1,
      rows: s.rows.length,
      columns: s.columns.length,
      cells,
      ...(options.surroundings?.[s.name] ? { surroundings: options.surroundings[s.name] } : {}),
    };
    if (options.definitions && s.name in options.definitions) def = options.definitions[s.name];
    names.set(s.name, { name: s.name, workbook: def, sheetScoped: options.sheetScoped?.[s.name] ?? [] });
  }
  for (const name of Object.keys(values)) specOf(name); // a typo in a test is a bug
  return { names, wresNameCount: options.wresNameCount ?? CONTRACT.length };
}

/** The address the builder gives a name's cell, e.g. `T!C12`. */
export function addressOf(name: string, r = 0, c = 0): string {
  const col = String.fromCharCode(66 + c);
  return `T!${col}${TOP_ROW.get(name)! + r + 1}`;
}

const zeros = (rows: number) => Array.from({ length: rows }, () => [0, 0, 0]);

/**
 * A complete, valid current year: a small trust of 1,000 staff. Indicator 1 has its staff in
 * Band 5 clinical (600: 420 White, 150 BME, 30 Unknown) and Band 3 non-clinical (400: 320, 60, 20).
 */
export function validYear(): Record<string, TestValue[][]> {
  const clinical = zeros(15);
  clinical[5] = [420, 150, 30];
  const nonClinical = zeros(15);
  nonClinical[3] = [320, 60, 20];
  return {
    WRES_TemplateVersion: [["1.0"]],
    WRES_Organisation: [["Test Trust"]],
    WRES_OrgCode: [["RXX"]],
    WRES_ReportingYear: [[2025]],
    WRES_SurveyYear: [[2024]],
    WRES_I1_NonClinical: nonClinical,
    WRES_I1_Clinical: clinical,
    WRES_I1_Medical: zeros(4),
    WRES_I2_Shortlisted: [[400, 200, 10]],
    WRES_I2_Appointed: [[100, 30, 2]],
    WRES_I3_Headcount: [[740, 210, 50]],
    WRES_I3_Entered: [[20, 12, 1]],
    WRES_I4_Headcount: [[740, 210, 50]],
    WRES_I4_Accessed: [[370, 100, 10]],
    WRES_I5_Pct: [[0.25, 0.3]],
    WRES_I6_Pct: [[0.2, 0.21]],
    WRES_I7_Pct: [[0.6, 0.5]],
    WRES_I8_Pct: [[0.06, 0.1]],
    WRES_I9_Board: [
      [10, 2, 0],
      [8, 2, 0],
      [2, 0, 0],
      [5, 1, 0],
      [5, 1, 0],
    ],
  };
}

/**
 * A previous year for indicators 1 and 9: indicator 1 as in validYear() (21 % BME), and a board
 * of 13 with 3 BME (total 3/13 − 21 % = +2.1 points; voting 3/11; executive 2/7).
 */
export function previousYearI1AndBoard(): Record<string, TestValue[][]> {
  const v = validYear();
  return {
    WRES_I1_NonClinical_PY: v.WRES_I1_NonClinical,
    WRES_I1_Clinical_PY: v.WRES_I1_Clinical,
    WRES_I1_Medical_PY: v.WRES_I1_Medical,
    WRES_I9_Board_PY: [
      [10, 3, 0],
      [8, 3, 0],
      [2, 0, 0],
      [5, 2, 0],
      [5, 1, 0],
    ],
  };
}

/** A previous year for indicator 2: shortlisted 380 / 190 / 12, appointed 90 / 20 / 1 (RL2 = 2.25). */
export function previousYearI2(): Record<string, TestValue[][]> {
  return { WRES_I2_Shortlisted_PY: [[380, 190, 12]], WRES_I2_Appointed_PY: [[90, 20, 1]] };
}
