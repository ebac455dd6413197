/**
 * Shared assertions for the domain tests: run a check on a built workbook and find flags by
 * code, name and cell.
 */

import {
  calculateWorkbook,
  validateWorkbook,
  type CalculatedWorkbook,
  type CalculateOptions,
  type CheckedWorkbook,
  type CheckOptions,
} from "../../src/wres/check";
import type { Flag, FlagCode, Severity } from "../../src/wres/flags";
import { rawWorkbook, type RawOptions, type TestValue } from "../helpers/raw-workbook";

export type Checked = CheckedWorkbook;
export type Values = Record<string, TestValue[][]>;

/** Validate on rawWorkbook(values, raw), failing the test when it is not a WRES workbook. */
export function check(values: Values, raw: RawOptions = {}, options: CheckOptions = {}): Checked {
  const r = validateWorkbook(rawWorkbook(values, raw), options);
  if (r.kind !== "checked") throw new Error(`expected a checked workbook, got ${r.kind}`);
  return r;
}

/** Calculate on rawWorkbook(values, raw): the outputs to write and the conflicts. */
export function calculate(values: Values, raw: RawOptions = {}, options: CalculateOptions = {}): CalculatedWorkbook {
  const r = calculateWorkbook(rawWorkbook(values, raw), options);
  if (r.kind !== "checked") throw new Error(`expected a calculated workbook, got ${r.kind}`);
  return r;
}

export function flagsWith(r: { readonly flags: readonly Flag[] }, code: FlagCode): Flag[] {
  return r.flags.filter((f) => f.code === code);
}

/**
 * The one flag of `code` at `cell` (or on `name` when it has no cell), with the expected severity
 * and name; the cell is the flag's data, never written into its message.
 */
export function expectFlag(
  r: { readonly flags: readonly Flag[] },
  expected: { code: FlagCode; severity: Severity; name: string | null; cell: string | null },
): Flag {
  const found = r.flags.filter(
    (f) => f.code === expected.code && f.cell === expected.cell && (expected.cell !== null || f.name === expected.name),
  );
  if (found.length !== 1) {
    const seen = r.flags.map((f) => `${f.code}@${f.cell ?? f.name}`).join(", ");
    throw new Error(
      `expected one ${expected.code} at ${expected.cell ?? expected.name}, found ${found.length}: ${seen}`,
    );
  }
  const f = found[0];
  expect(f.severity).toBe(expected.severity);
  expect(f.name).toBe(expected.name);
  if (expected.cell !== null) expect(f.message).not.toContain(expected.cell);
  if (expected.name !== null && expected.cell === null) expect(f.message).toContain(expected.name);
  expect(f.message.trim().length).toBeGreaterThan(0);
  return f;
}

/** Codes of the flags, for "nothing else was raised" assertions. */
export function codes(r: { readonly flags: readonly Flag[] }, severity?: Severity): FlagCode[] {
  return r.flags.filter((f) => severity === undefined || f.severity === severity).map((f) => f.code);
}

/** A count row of a block, as a copy, so tests can change one cell without touching validYear(). */
export function zeros(rows: number, columns = 3): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => 0));
}

/** Every path in a value whose number is NaN or ±Infinity. */
export function nonFinitePaths(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, `${path}.${k}`));
  }
  return [];
}
