/**
 * Output blocks (template.md: "Outputs are written by the add-in and nowhere else; inputs are
 * never written"): every usable output name, in the contract's shape and number format.
 */

import { CONTRACT, NUMBER_FORMATS, specOf } from "../../src/wres/contract";
import { computeYear } from "../../src/wres/indicators";
import { figureOutputs } from "../../src/wres/outputs";
import { readWorkbook } from "../../src/wres/read";
import { rawWorkbook, validYear, previousYearI1AndBoard, previousYearI2 } from "../helpers/raw-workbook";
import { calculate } from "./support";

const OUTPUT_NAMES = CONTRACT.filter((s) => s.role === "output").map((s) => s.name);

describe("Calculate's outputs on a complete workbook", () => {
  const r = calculate(validYear(), {}, { checkedAt: "2026-11-22T14:03:59Z", checkedBy: "wres 0.1.0" });
  const out = new Map(r.outputs.map((b) => [b.name, b]));

  test("every output name of the contract, in contract order, and never an input name", () => {
    expect(r.outputs.map((b) => b.name)).toEqual(OUTPUT_NAMES);
    expect(r.outputs.every((b) => specOf(b.name).role === "output")).toBe(true);
    expect(OUTPUT_NAMES).toHaveLength(CONTRACT.filter((s) => s.role === "output").length);
  });

  test("each block has the contract's rows × columns and the number format of its kind", () => {
    for (const b of r.outputs) {
      const spec = specOf(b.name);
      expect([b.name, b.values.length]).toEqual([b.name, spec.rows.length]);
      for (const row of b.values) expect([b.name, row.length]).toEqual([b.name, spec.columns.length]);
      expect([b.name, b.numberFormat]).toEqual([b.name, NUMBER_FORMATS[spec.kind]]);
    }
    expect(out.get("WRES_I2_RL")!.numberFormat).toBe("0.00");
    expect(out.get("WRES_I1_Clinical_Pct")!.numberFormat).toBe("0.0%");
    expect(out.get("WRES_I5_Gap")!.numberFormat).toBe("+0.0%;-0.0%;0.0%");
    expect(out.get("WRES_Workforce")!.numberFormat).toBe("#,##0");
  });

  test("indicator 1: Band 5 clinical 70 % / 25 % / 5 %, gap +4 points; an empty band is cleared", () => {
    expect(out.get("WRES_I1_Clinical_Pct")!.values[5]).toEqual([0.7, 0.25, 0.05]);
    expect(out.get("WRES_I1_Clinical_Gap")!.values[5][0]).toBeCloseTo(0.04, 12);
    expect(out.get("WRES_I1_Clinical_Pct")!.values[0]).toEqual([null, null, null]);
    expect(out.get("WRES_I1_Clinical_Gap")!.values[0]).toEqual([null]);
    expect(out.get("WRES_Workforce")!.values).toEqual([[740, 210, 50]]);
  });

  test("indicator 2: likelihoods 100/400 and 30/200, RL 5/3 and its interval", () => {
    expect(out.get("WRES_I2_Likelihood")!.values).toEqual([[0.25, 0.15]]);
    expect(out.get("WRES_I2_RL")!.values[0][0]).toBeCloseTo(5 / 3, 12);
    const [lo, hi] = out.get("WRES_I2_RL_CI")!.values[0] as number[];
    expect(lo).toBeCloseTo(1.150048, 5);
    expect(hi).toBeCloseTo(2.415357, 5);
  });

  test("previous-year outputs without previous-year inputs are cleared", () => {
    expect(out.get("WRES_I2_RL_PY")!.values).toEqual([[null]]);
    expect(out.get("WRES_I2_RL_CI_PY")!.values).toEqual([[null, null]]);
    expect(out.get("WRES_Workforce_PY")!.values).toEqual([[null, null, null]]);
    expect(out.get("WRES_I1_Medical_Pct_PY")!.values).toEqual([0, 1, 2, 3].map(() => [null, null, null]));
  });

  test("the summary line is written last and matches the counts", () => {
    const last = r.outputs[r.outputs.length - 1];
    expect(last.name).toBe("WRES_CheckSummary");
    expect(last.numberFormat).toBe("@");
    expect(last.values).toEqual([[r.summaryLine]]);
    expect(r.summaryLine).toBe("Checked 2026-11-22 14:03 by wres 0.1.0: 0 errors, 0 warnings, 6 gaps, 32 notes.");
  });
});

describe("outputs for names the workbook lacks are omitted", () => {
  test("no WRES_I2_RL, no WRES_I1_Clinical_Pct_PY: those two blocks are left out, the rest written", () => {
    const r = calculate(validYear(), { definitions: { WRES_I2_RL: null, WRES_I1_Clinical_Pct_PY: null } });
    const names = r.outputs.map((b) => b.name);
    expect(names).not.toContain("WRES_I2_RL");
    expect(names).not.toContain("WRES_I1_Clinical_Pct_PY");
    expect(names).toEqual(OUTPUT_NAMES.filter((n) => n !== "WRES_I2_RL" && n !== "WRES_I1_Clinical_Pct_PY"));
  });

  test("a missing input name clears its outputs rather than dropping them", () => {
    const r = calculate(validYear(), { definitions: { WRES_I2_Appointed: null } });
    const out = new Map(r.outputs.map((b) => [b.name, b.values]));
    expect(out.get("WRES_I2_RL")).toEqual([[null]]);
    expect(out.get("WRES_I2_Likelihood")).toEqual([[null, null]]);
  });

  test("figureOutputs writes only what the workbook can hold", () => {
    const read = readWorkbook(rawWorkbook(validYear()));
    const current = computeYear(read.inputs.current, 1.96);
    const previous = computeYear(read.inputs.previous, 1.96);
    const blocks = figureOutputs(current, previous, null, (n) => n === "WRES_I5_Gap" || n === "WRES_I2_Shortlisted");
    expect(blocks.map((b) => b.name)).toEqual(["WRES_I5_Gap"]);
    expect(blocks[0].values[0][0]).toBeCloseTo(0.05, 12);
  });
});

describe("previous-year outputs are computed from previous-year inputs", () => {
  // Previous year: shortlisted 380 / 190 / 12, appointed 90 / 20 / 1.
  // Likelihoods 90/380 = 0.236842 and 20/190 = 0.105263; RL2_PY = 0.236842 / 0.105263 = 2.25
  // SE = sqrt(1/90 − 1/380 + 1/20 − 1/190) = sqrt(0.053216) = 0.230687; ln 2.25 = 0.810930; 1.96 × SE = 0.452146
  // CI = exp(0.358784), exp(1.263076) = 1.431588, 3.536283
  const r = calculate({ ...validYear(), ...previousYearI2() });
  const out = new Map(r.outputs.map((b) => [b.name, b.values]));

  test("WRES_I2_RL_PY = 2.25 and its likelihoods and interval", () => {
    expect(out.get("WRES_I2_RL_PY")![0][0]).toBeCloseTo(2.25, 12);
    expect(out.get("WRES_I2_Likelihood_PY")![0][0]).toBeCloseTo(90 / 380, 12);
    expect(out.get("WRES_I2_Likelihood_PY")![0][1]).toBeCloseTo(20 / 190, 12);
    const [lo, hi] = out.get("WRES_I2_RL_CI_PY")![0] as number[];
    expect(lo).toBeCloseTo(1.431588, 5);
    expect(hi).toBeCloseTo(3.536283, 5);
  });

  test("the current-year RL is unchanged by the previous year", () => {
    expect(out.get("WRES_I2_RL")![0][0]).toBeCloseTo(5 / 3, 12);
  });

  test("previous-year indicator 1 and 9 outputs from their _PY inputs", () => {
    const x = calculate({ ...validYear(), ...previousYearI1AndBoard() });
    const o = new Map(x.outputs.map((b) => [b.name, b.values]));
    expect(o.get("WRES_Workforce_PY")).toEqual([[740, 210, 50]]);
    expect(o.get("WRES_I1_Clinical_Pct_PY")![5]).toEqual([0.7, 0.25, 0.05]);
    // total board 3 / 13 − 21 %; voting 3 / 11 − 21 %; executive 2 / 7 − 21 %
    const diff = o.get("WRES_I9_Diff_PY")!;
    expect(diff[0][0]).toBeCloseTo(3 / 13 - 0.21, 12);
    expect(diff[1][0]).toBeCloseTo(3 / 11 - 0.21, 12);
    expect(diff[2][0]).toBeCloseTo(2 / 7 - 0.21, 12);
  });
});
