/** The committed sample workbook holds exactly the values of scripts/template/sample.ts. */

import type ExcelJS from "exceljs";
import { TEMPLATE_LAYOUT } from "../../scripts/template/layout";
import { SAMPLE_PROBLEMS, SAMPLE_REPORTED_OUTPUTS, SAMPLE_VALUES } from "../../scripts/template/sample";
import { CONTRACT, TEMPLATE_VERSION } from "../../src/wres/contract";
import { SAMPLE_PATH, blockCells, loadWorkbook, plainValue, readAsset } from "./support";

let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  workbook = await loadWorkbook(readAsset(SAMPLE_PATH));
});

function valuesOf(name: string): (number | string | null)[][] {
  return blockCells(workbook, TEMPLATE_LAYOUT.get(name)!).map((row) => row.map(plainValue));
}

describe("the sample workbook", () => {
  test("holds every value of SAMPLE_VALUES at its name, with its type (text stays text)", () => {
    for (const [name, grid] of SAMPLE_VALUES) {
      expect({ name, values: valuesOf(name) }).toEqual({ name, values: grid });
    }
  });

  test("leaves every other block empty, except the template version", () => {
    for (const spec of CONTRACT.filter((s) => !SAMPLE_VALUES.has(s.name))) {
      const values = valuesOf(spec.name).flat();
      expect({ name: spec.name, values }).toEqual({
        name: spec.name,
        values: spec.kind === "version" ? [TEMPLATE_VERSION] : values.map(() => null),
      });
    }
  });

  test("fills both years of every input block", () => {
    const inputs = CONTRACT.filter((s) => s.role === "input" && s.kind !== "version");
    expect(inputs.filter((s) => !SAMPLE_VALUES.has(s.name)).map((s) => s.name)).toEqual([]);
  });

  test("carries each deliberate fault in its cell", () => {
    for (const p of SAMPLE_PROBLEMS.filter((x) => x.stored !== undefined)) {
      expect({ code: p.code, value: valuesOf(p.name)[p.row!][p.column!] }).toEqual({ code: p.code, value: p.stored });
    }
    expect(valuesOf("WRES_I9_Board_PY")[0][0]).toBe("12");
    expect(valuesOf("WRES_I7_Pct")[0][1]).toBe(45);
    expect(valuesOf("WRES_I6_Respondents")[0][1]).toBeNull();
  });

  test("reports only the outputs that SAMPLE_REPORTED_OUTPUTS lists", () => {
    const filledOutputs = CONTRACT.filter(
      (s) =>
        s.role === "output" &&
        valuesOf(s.name)
          .flat()
          .some((v) => v !== null),
    );
    expect(filledOutputs.map((s) => s.name).sort()).toEqual([...SAMPLE_REPORTED_OUTPUTS.keys()].sort());
  });
});
