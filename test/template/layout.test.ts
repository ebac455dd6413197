import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHEET_LAYOUTS, TEMPLATE_LABELS, TEMPLATE_LAYOUT, type BlockPlacement } from "../../scripts/template/layout";
import { AREAS, CONTRACT, specOf } from "../../src/wres/contract";

const placements = [...TEMPLATE_LAYOUT.entries()];

function covers(p: BlockPlacement, sheet: string, row: number, column: number): boolean {
  return p.sheet === sheet && row >= p.top && row < p.top + p.rows && column >= p.left && column < p.left + p.columns;
}

function overlap(a: BlockPlacement, b: BlockPlacement): boolean {
  return (
    a.sheet === b.sheet &&
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.columns &&
    b.left < a.left + a.columns
  );
}

function blockAt(sheet: string, row: number, column: number): string | undefined {
  return placements.find(([, p]) => covers(p, sheet, row, column))?.[0];
}

function labelAt(sheet: string, row: number, column: number) {
  return TEMPLATE_LABELS.find((l) => l.sheet === sheet && l.row === row && l.column === column);
}

describe("template layout", () => {
  test("places every contract name, and nothing else, on its area's sheet with the contract's shape", () => {
    expect([...TEMPLATE_LAYOUT.keys()].sort()).toEqual(CONTRACT.map((s) => s.name).sort());
    for (const [name, p] of placements) {
      const spec = specOf(name);
      expect({ name, sheet: p.sheet, rows: p.rows, columns: p.columns }).toEqual({
        name,
        sheet: spec.area,
        rows: spec.rows.length,
        columns: spec.columns.length,
      });
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.left).toBeGreaterThanOrEqual(0);
    }
  });

  test("no two blocks overlap", () => {
    const clashes: string[] = [];
    placements.forEach(([a, pa], i) =>
      placements.slice(i + 1).forEach(([b, pb]) => {
        if (overlap(pa, pb)) clashes.push(`${a} / ${b}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  test("no label sits in a block, and no two labels share a cell", () => {
    const inBlocks = TEMPLATE_LABELS.filter((l) => blockAt(l.sheet, l.row, l.column)).map(
      (l) => `${l.sheet}!${l.row},${l.column} "${l.text}" in ${blockAt(l.sheet, l.row, l.column)}`,
    );
    expect(inBlocks).toEqual([]);
    const seen = new Set<string>();
    const doubles = TEMPLATE_LABELS.map((l) => `${l.sheet}!${l.row},${l.column}`).filter(
      (k) => seen.has(k) || !seen.add(k),
    );
    expect(doubles).toEqual([]);
    expect(TEMPLATE_LABELS.every((l) => l.text.trim().length > 0)).toBe(true);
  });

  test("left of every block row, past the blocks beside it, is a row label", () => {
    const unlabelled: string[] = [];
    for (const [name, p] of placements) {
      for (let row = p.top; row < p.top + p.rows; row++) {
        let column = p.left - 1;
        while (column >= 0 && blockAt(p.sheet, row, column)) column--;
        if (labelAt(p.sheet, row, column)?.style !== "rowLabel") unlabelled.push(`${name} row ${row - p.top}`);
      }
    }
    expect(unlabelled).toEqual([]);
  });

  test("above every block column, past the blocks stacked with it, is a column label or the block's title", () => {
    const bad: string[] = [];
    for (const [name, p] of placements) {
      for (let c = p.left; c < p.left + p.columns; c++) {
        let row = p.top - 1;
        while (row >= 0 && blockAt(p.sheet, row, c)) row--;
        const label = labelAt(p.sheet, row, c);
        const isHeading = label?.style === "columnLabel" || label?.style === "blockTitle";
        // A block title may span several columns: it sits above the block's first column.
        const titleSpans = !label && labelAt(p.sheet, row, p.left)?.style === "blockTitle";
        if (!isHeading && !titleSpans) bad.push(`${name} column ${c - p.left}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("each previous-year block sits on its block's rows, to its right, with the same shape", () => {
    for (const spec of CONTRACT.filter((s) => s.previousYear)) {
      const py = TEMPLATE_LAYOUT.get(spec.name)!;
      const current = TEMPLATE_LAYOUT.get(spec.base)!;
      expect({ name: spec.name, sheet: py.sheet, top: py.top }).toEqual({
        name: spec.name,
        sheet: current.sheet,
        top: current.top,
      });
      expect(py.left).toBeGreaterThan(current.left + current.columns);
    }
  });

  test("every block carries an Enter / Calculated title naming the year where there is a twin", () => {
    const titles = TEMPLATE_LABELS.filter((l) => l.style === "blockTitle").map((l) => l.text);
    expect(titles).toEqual(
      expect.arrayContaining(["Enter (reporting year)", "Enter (previous year)", "Calculated (reporting year)"]),
    );
  });

  test("one sheet layout per area, in order, wide enough for every block and label, frozen above the first block", () => {
    expect(SHEET_LAYOUTS.map((s) => s.sheet)).toEqual([...AREAS]);
    for (const sheet of SHEET_LAYOUTS) {
      const blocks = placements.filter(([, p]) => p.sheet === sheet.sheet).map(([, p]) => p);
      const labels = TEMPLATE_LABELS.filter((l) => l.sheet === sheet.sheet);
      const lastColumn = Math.max(...blocks.map((p) => p.left + p.columns - 1), ...labels.map((l) => l.column));
      expect(sheet.columnWidths.length).toBeGreaterThan(lastColumn);
      expect(sheet.rowCount).toBeGreaterThan(
        Math.max(...blocks.map((p) => p.top + p.rows - 1), ...labels.map((l) => l.row)),
      );
      for (const p of blocks) {
        expect(p.top).toBeGreaterThanOrEqual(sheet.frozenRows);
        expect(p.left).toBeGreaterThanOrEqual(sheet.frozenColumns);
      }
    }
  });

  test("types no defined name: every name comes from the contract", () => {
    const source = readFileSync(join(__dirname, "..", "..", "scripts", "template", "layout.ts"), "utf8");
    expect(source).not.toMatch(/WRES_/);
  });
});
