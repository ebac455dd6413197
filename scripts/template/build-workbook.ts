/**
 * Writes the WRES template workbook from the contract and the layout: workbook-scoped names,
 * labels, input/output styling, number formats, validation and, optionally, values (the sample).
 * Output is byte-stable: the same inputs always give the same file.
 */

import ExcelJS from "exceljs";
import { absoluteRange } from "../../src/wres/a1";
import { CONTRACT, TEMPLATE_VERSION, specOf, type NameSpec } from "../../src/wres/contract";
import { LABEL_LOOKS, blockLook, validationFor, type CellLook } from "./cell-styles";
import { SHEET_LAYOUTS, TEMPLATE_LABELS, TEMPLATE_LAYOUT, type BlockPlacement } from "./layout";
import { stableZip } from "./stable-zip";
import type { SampleGrid, SampleValues } from "./values";

/** Fixed document properties, so regenerating gives the same docProps. */
const AUTHOR = "WRES template generator";
const DOCUMENT_DATE = new Date(Date.UTC(2025, 0, 1));

/**
 * The template, blank or filled with `values` (name → grid of the block's exact shape). The
 * template version is written unless `values` gives one (fixtures may test other versions).
 */
export async function buildTemplate(values: SampleValues = new Map()): Promise<Uint8Array> {
  checkValues(values);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = AUTHOR;
  workbook.lastModifiedBy = AUTHOR;
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;

  for (const sheet of SHEET_LAYOUTS) {
    const worksheet = workbook.addWorksheet(sheet.sheet, {
      views:
        sheet.frozenRows || sheet.frozenColumns
          ? [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
          : [{}],
    });
    sheet.columnWidths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  }

  for (const label of TEMPLATE_LABELS) {
    const cell = workbook.getWorksheet(label.sheet)!.getCell(label.row + 1, label.column + 1);
    cell.value = label.text;
    applyLook(cell, LABEL_LOOKS[label.style]);
  }

  for (const spec of CONTRACT) {
    const placement = TEMPLATE_LAYOUT.get(spec.name)!;
    writeBlock(workbook.getWorksheet(placement.sheet)!, spec, placement, valuesOf(spec, values));
    workbook.definedNames.add(
      absoluteRange(placement.sheet, placement.top, placement.left, placement.rows, placement.columns),
      spec.name,
    );
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return stableZip(new Uint8Array(buffer));
}

function valuesOf(spec: NameSpec, values: SampleValues): SampleGrid | undefined {
  if (values.has(spec.name)) return values.get(spec.name);
  return spec.kind === "version" ? [[TEMPLATE_VERSION]] : undefined;
}

function writeBlock(
  worksheet: ExcelJS.Worksheet,
  spec: NameSpec,
  at: BlockPlacement,
  grid: SampleGrid | undefined,
): void {
  const looks = Array.from({ length: at.columns }, (_, c) => blockLook(spec, c));
  const validations = Array.from({ length: at.columns }, (_, c) => validationFor(spec, c));
  for (let r = 0; r < at.rows; r++) {
    for (let c = 0; c < at.columns; c++) {
      const cell = worksheet.getCell(at.top + r + 1, at.left + c + 1);
      applyLook(cell, looks[c]);
      const validation = validations[c];
      if (validation) cell.dataValidation = validation;
      const value = grid?.[r][c] ?? null;
      if (value !== null) cell.value = value;
    }
  }
}

function applyLook(cell: ExcelJS.Cell, look: CellLook): void {
  // Fresh objects per cell: ExcelJS shares style objects by reference between cells.
  if (look.font) cell.font = { ...look.font };
  if (look.fill) cell.fill = { ...look.fill };
  if (look.border) cell.border = { ...look.border };
  if (look.alignment) cell.alignment = { ...look.alignment };
  if (look.numFmt) cell.numFmt = look.numFmt;
}

/** Every value belongs to a template name and has its block's exact shape; a mistake here is a bug in the caller. */
function checkValues(values: SampleValues): void {
  for (const [name, grid] of values) {
    const spec = specOf(name);
    const fits = grid.length === spec.rows.length && grid.every((row) => row.length === spec.columns.length);
    if (!fits) throw new Error(`Values for ${name} must be ${spec.rows.length}×${spec.columns.length}.`);
  }
}
