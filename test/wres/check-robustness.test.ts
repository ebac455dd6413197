/**
 * Whatever a workbook holds, the result is numbers or null, never NaN or Infinity (wres.md: "never
 * 0, Infinity or NaN"), and every flag is well formed. Checked over fixed shapes and over many
 * seeded random workbooks.
 */

import { calculateWorkbook, NOT_WRES_MESSAGE, validateWorkbook } from "../../src/wres/check";
import { CONTRACT } from "../../src/wres/contract";
import { FLAG_CODES, GAP_CODES } from "../../src/wres/flags";
import type { RawDefinition } from "../../src/wres/raw";
import { rawWorkbook, validYear, type RawOptions, type TestValue } from "../helpers/raw-workbook";
import { check, nonFinitePaths, type Checked, type Values } from "./support";

const META: Values = {
  WRES_TemplateVersion: [["1.0"]],
  WRES_Organisation: [["Test Trust"]],
  WRES_OrgCode: [["RXX"]],
  WRES_ReportingYear: [[2025]],
  WRES_SurveyYear: [[2024]],
};

/** Every input block (both years) filled with one value; metadata kept valid. */
function allInputs(value: TestValue, previousYear = true): Values {
  const out: Values = { ...META };
  for (const s of CONTRACT) {
    if (s.role !== "input" || s.indicator === null || (s.previousYear && !previousYear)) continue;
    out[s.name] = s.rows.map(() => s.columns.map(() => value));
  }
  return out;
}

/** Validates (and calculates) the workbook, expects everything well formed, and returns the validation. */
function expectWellFormed(values: Values, options: RawOptions = {}): Checked {
  const r = check(values, options);
  expect(nonFinitePaths(r)).toEqual([]);
  const json = JSON.stringify(r);
  expect(json).not.toMatch(/NaN|Infinity/);
  // The counts by their definition: gap findings apart, the rest by severity.
  const gaps = r.flags.filter((f) => GAP_CODES.has(f.code));
  const bySeverity = (s: string) => r.flags.filter((f) => f.severity === s && !GAP_CODES.has(f.code)).length;
  expect(r.counts).toEqual({
    errors: bySeverity("error"),
    warnings: bySeverity("warning"),
    info: bySeverity("info"),
    gaps: gaps.length,
  });
  for (const f of r.flags) {
    expect(Object.keys(FLAG_CODES)).toContain(f.code);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
    if (f.cell !== null) expect([f.code, f.message.includes(f.cell)]).toEqual([f.code, false]);
    if (f.name !== null) expect(CONTRACT.some((s) => s.name === f.name)).toBe(true);
  }
  // errors first, then warnings, then information
  const order = r.flags.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const calculated = calculateWorkbook(rawWorkbook(values, options));
  if (calculated.kind !== "checked") throw new Error("not checked");
  for (const b of calculated.outputs) {
    for (const row of b.values) for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
  }
  return r;
}

describe("fixed shapes give no NaN or Infinity", () => {
  test("an all-empty workbook: every required input missing, every RL not computable", () => {
    const r = expectWellFormed({});
    expect(r.indicators.I2).toMatchObject({ rl: null, status: "not-computable" });
    expect(r.indicators.I1.workforce).toBeNull();
    expect(r.counts.errors).toBeGreaterThan(0);
    expect(r.flags.filter((f) => f.code === "PARTIAL_PREVIOUS_YEAR")).toEqual([]);
  });

  test("an all-zero workbook (both years): null shares and RLs, zero gaps, no previous year", () => {
    const r = expectWellFormed(allInputs(0));
    expect(r.indicators.I1.workforce).toEqual({ white: 0, bme: 0, unknown: 0 });
    expect(r.indicators.I1.workforcePct).toBeNull();
    for (const id of ["I2", "I3", "I4"] as const)
      expect(r.indicators[id]).toMatchObject({ rl: null, status: "not-computable" });
    expect(r.indicators.I3.rl2y).toBeNull();
    // A previous year of zeros is no previous year (issue 8): no trend from it.
    expect(r.indicators.I5).toMatchObject({ gap: 0, ci: null, status: "within", trend: null, gapPY: null });
    expect(r.indicators.I9).toMatchObject({ total: null, status: "not-computable" });
  });

  test("an all-one workbook: every rate 1, every RL 1.00", () => {
    const r = expectWellFormed(allInputs(1));
    expect(r.indicators.I2.rl).toBe(1);
    expect(r.indicators.I2.ci).toEqual([1, 1]);
  });

  test("the valid year, the valid year with every cell of one block blank, and the valid year as text", () => {
    // The valid year, worked in outputs.test.ts: no errors or warnings, six gaps.
    expect(expectWellFormed(validYear()).counts).toMatchObject({ errors: 0, warnings: 0, gaps: 6 });
    for (const s of CONTRACT.filter((x) => x.role === "input" && !x.previousYear)) {
      const values = { ...validYear(), [s.name]: s.rows.map(() => s.columns.map(() => null)) };
      expectWellFormed(values);
    }
    const asText: Values = {};
    for (const [name, rows] of Object.entries(validYear())) asText[name] = rows.map((row) => row.map((v) => String(v)));
    expectWellFormed(asText);
  });

  test("a refused template version", () => {
    const r = expectWellFormed({ ...validYear(), WRES_TemplateVersion: [["9.0"]] });
    expect(r.counts).toEqual({ errors: 1, warnings: 0, info: 0, gaps: 0 });
  });
});

describe("a workbook with no WRES names", () => {
  test("wresNameCount 0 gives kind 'not-wres' with a plain message", () => {
    const r = validateWorkbook(rawWorkbook(validYear(), { wresNameCount: 0 }));
    expect(r).toEqual({ kind: "not-wres", message: NOT_WRES_MESSAGE });
  });
});

/** mulberry32: a small seeded generator, so every run checks the same workbooks. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CELL_VALUES: TestValue[] = [
  null,
  null,
  0,
  0,
  1,
  2,
  9,
  10,
  25,
  400,
  1000,
  0.5,
  0.0299,
  45,
  -2,
  150,
  12.5,
  1e9,
  "12",
  "",
  true,
  { error: "#REF!" },
  { error: "#DIV/0!" },
  { formula: 3 },
];

function randomWorkbook(seed: number): { values: Values; options: RawOptions } {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const fill = next(); // how full this workbook is
  const values: Values = next() < 0.8 ? { ...META } : {};
  const definitions: Record<string, RawDefinition | null> = {};
  for (const s of CONTRACT) {
    if (s.indicator === null && s.role === "input") continue;
    const roll = next();
    if (roll < 0.02) definitions[s.name] = null;
    else if (roll < 0.03) definitions[s.name] = { kind: "broken", refersTo: "#REF!", reason: "refers to #REF!" };
    if (s.role === "output" && next() > 0.1) continue;
    if (s.previousYear && next() < 0.5) continue;
    values[s.name] = s.rows.map(() => s.columns.map(() => (next() < fill ? pick(CELL_VALUES) : null)));
  }
  return { values, options: { definitions, formats: { WRES_I2_RL: pick(["General", "0.00", "0.0%"]) } } };
}

describe("seeded random workbooks", () => {
  test.each(Array.from({ length: 150 }, (_, i) => i + 1))("workbook %p is well formed", (seed) => {
    const { values, options } = randomWorkbook(seed);
    expectWellFormed(values, options);
  });
});
