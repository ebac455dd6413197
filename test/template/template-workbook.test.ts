/** The generated blank template, read back: names, shapes, formats, validation, styling, text. */

import type ExcelJS from "exceljs";
import { treatmentOf, TEMPLATE_LABELS, TEMPLATE_LAYOUT } from "../../scripts/template/layout";
import { absoluteRange } from "../../src/wres/a1";
import {
  AREAS,
  CONTRACT,
  kindAt,
  NUMBER_FORMATS,
  TEMPLATE_VERSION,
  type CellKind,
  type NameSpec,
} from "../../src/wres/contract";
import { KEY_LINE } from "../../scripts/template/wording";
import { INDICATOR_WORDS } from "../../src/wres/indicator-words";
import { TEMPLATE_PATH, blockCells, definedNamesOf, loadWorkbook, plainValue, readAsset } from "./support";

const bytes = readAsset(TEMPLATE_PATH);
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  workbook = await loadWorkbook(bytes);
});

function cellsOf(spec: NameSpec): ExcelJS.Cell[] {
  return blockCells(workbook, TEMPLATE_LAYOUT.get(spec.name)!).flat();
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  return fill && fill.type === "pattern" ? fill.fgColor?.argb : undefined;
}

describe("the blank template", () => {
  test("has one sheet per area, in order", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...AREAS]);
  });

  test("defines every contract name workbook-scoped, at the layout's absolute range", () => {
    const names = definedNamesOf(bytes);
    expect([...names.keys()].sort()).toEqual(CONTRACT.map((s) => s.name).sort());
    for (const spec of CONTRACT) {
      const p = TEMPLATE_LAYOUT.get(spec.name)!;
      expect({ name: spec.name, ...names.get(spec.name) }).toEqual({
        name: spec.name,
        formula: absoluteRange(p.sheet, p.top, p.left, p.rows, p.columns),
        localSheetId: null,
      });
    }
  });

  test("ExcelJS reads each name back as one range of the contract's shape", () => {
    for (const spec of CONTRACT) {
      const { ranges } = workbook.definedNames.getRanges(spec.name);
      const p = TEMPLATE_LAYOUT.get(spec.name)!;
      expect({ name: spec.name, ranges }).toEqual({
        name: spec.name,
        ranges: [absoluteRange(p.sheet, p.top, p.left, p.rows, p.columns)],
      });
      expect(p.rows).toBe(spec.rows.length);
      expect(p.columns).toBe(spec.columns.length);
    }
  });

  /** A block's cells with the kind of each one's column. */
  function cellsWithKinds(spec: NameSpec): { cell: ExcelJS.Cell; kind: CellKind; column: number }[] {
    return blockCells(workbook, TEMPLATE_LAYOUT.get(spec.name)!).flatMap((row) =>
      row.map((cell, column) => ({ cell, kind: kindAt(spec, column), column })),
    );
  }

  test("formats every block cell by its kind (its column's kind in the blocks of template 1.1)", () => {
    for (const spec of CONTRACT) {
      for (const { cell, kind, column } of cellsWithKinds(spec))
        expect({ name: spec.name, column, numFmt: cell.numFmt }).toEqual({
          name: spec.name,
          column,
          numFmt: NUMBER_FORMATS[kind],
        });
    }
  });

  test("validates input cells by kind, with an error message, and leaves outputs unvalidated", () => {
    const expected: Partial<Record<NameSpec["kind"], Partial<ExcelJS.DataValidation>>> = {
      count: { type: "whole", operator: "greaterThanOrEqual", formulae: [0] },
      percent: { type: "decimal", operator: "between", formulae: [0, 1] },
      year: { type: "whole", operator: "between", formulae: [2000, 2100] },
      orgCode: { type: "textLength", operator: "between", formulae: [3, 5] },
      ratio: { type: "decimal", operator: "greaterThan", formulae: [0] },
      gap: { type: "decimal", operator: "between", formulae: [-1, 1] },
      date: { type: "date", operator: "between" },
      indicatorCode: { type: "list", formulae: ['"I1,I2,I3,I4,I5,I6,I7,I8,I9"'] },
      actionStatus: { type: "list", formulae: ['"Not started,In progress,Done"'] },
    };
    for (const spec of CONTRACT) {
      for (const { cell, kind } of cellsWithKinds(spec)) {
        const rule = treatmentOf(spec) === "input" ? expected[kind] : undefined;
        const dv = cell.dataValidation;
        if (!rule) {
          expect({ name: spec.name, dv }).toEqual({ name: spec.name, dv: undefined });
          continue;
        }
        expect(dv).toMatchObject({ ...rule, showErrorMessage: true, allowBlank: true });
        expect(dv.error).toEqual(expect.any(String));
      }
    }
  });

  test("marks inputs and outputs apart by fill, and by the words Enter / Calculated above them", () => {
    const fills = (role: "input" | "output") =>
      new Set(CONTRACT.filter((s) => treatmentOf(s) === role).flatMap((s) => cellsOf(s).map(fillOf)));
    const inputFills = fills("input");
    const outputFills = fills("output");
    expect(inputFills.size).toBe(1);
    expect(outputFills.size).toBe(1);
    expect([...inputFills][0]).not.toEqual([...outputFills][0]);
    const about = workbook.getWorksheet("About")!;
    const texts = TEMPLATE_LABELS.filter((l) => l.sheet === "About").map((l) =>
      plainValue(about.getCell(l.row + 1, l.column + 1)),
    );
    expect(texts).toEqual(expect.arrayContaining(["Enter", "Calculated"]));
  });

  test("leaves every block empty except the template version", () => {
    for (const spec of CONTRACT) {
      const values = cellsOf(spec).map(plainValue);
      expect({ name: spec.name, values }).toEqual({
        name: spec.name,
        values: spec.kind === "version" ? [TEMPLATE_VERSION] : values.map(() => null),
      });
    }
    expect(TEMPLATE_VERSION).toBe("1.1");
  });

  test("writes every label, the key on every sheet, and what each indicator means on About", () => {
    for (const label of TEMPLATE_LABELS) {
      expect(plainValue(workbook.getWorksheet(label.sheet)!.getCell(label.row + 1, label.column + 1))).toBe(label.text);
    }
    for (const sheet of workbook.worksheets) expect(plainValue(sheet.getCell("A2"))).toBe(KEY_LINE);
    const aboutTexts = TEMPLATE_LABELS.filter((l) => l.sheet === "About").map((l) => l.text);
    expect(aboutTexts).toEqual(expect.arrayContaining(Object.values(INDICATOR_WORDS).map((w) => w.about)));
  });

  test("freezes the headers and the label column of every indicator sheet", () => {
    for (const sheet of workbook.worksheets.filter((w) => w.name !== "About")) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    }
  });

  test("fixes the document properties so regeneration is byte-stable", () => {
    expect(workbook.creator).toBe("WRES template generator");
    expect(workbook.created.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(workbook.modified.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });
});
