/**
 * How the template looks: fills, fonts and borders per label style and per block treatment,
 * and the data validation of each kind of input cell. Pure data in ExcelJS's shapes.
 */

import type { Alignment, Border, Borders, DataValidation, Fill, Font } from "exceljs";
import { ACTION_STATUSES } from "../../src/wres/beyond-inputs";
import { INDICATOR_IDS, kindAt, NUMBER_FORMATS, type CellKind, type NameSpec } from "../../src/wres/contract";
import { treatmentOf, type BlockTreatment, type LabelStyle } from "./layout";

export interface CellLook {
  readonly font?: Partial<Font>;
  readonly fill?: Fill;
  readonly border?: Partial<Borders>;
  readonly alignment?: Partial<Alignment>;
  readonly numFmt?: string;
}

function solid(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** Light yellow = type here; grey = the add-in writes here (the text "Enter"/"Calculated" above says the same). */
const INPUT_FILL = solid("FFFFF2CC");
const OUTPUT_FILL = solid("FFE7E6E6");
const FIXED_FILL = solid("FFF2F2F2");

const THIN: Partial<Border> = { style: "thin", color: { argb: "FFA6A6A6" } };
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const UNDERLINE: Partial<Borders> = { bottom: { style: "thin", color: { argb: "FF595959" } } };

const DARK_BLUE = { argb: "FF1F3864" };

export const LABEL_LOOKS: Record<LabelStyle, CellLook> = {
  sheetTitle: { font: { bold: true, size: 14, color: DARK_BLUE } },
  key: { font: { italic: true, color: { argb: "FF595959" } } },
  yearHeader: { font: { bold: true, size: 12, color: DARK_BLUE } },
  sectionTitle: { font: { bold: true, size: 12 } },
  blockTitle: { font: { bold: true, color: { argb: "FF404040" } } },
  caption: { font: { bold: true }, border: UNDERLINE },
  columnLabel: { font: { bold: true }, border: UNDERLINE, alignment: { horizontal: "center" } },
  rowLabel: {},
  heading: { font: { bold: true, size: 12 } },
  prose: {},
  legendInput: { fill: INPUT_FILL, border: BOX, font: { bold: true }, alignment: { horizontal: "center" } },
  legendOutput: { fill: OUTPUT_FILL, border: BOX, font: { bold: true }, alignment: { horizontal: "center" } },
};

const TREATMENT_FILLS: Record<BlockTreatment, Fill> = { input: INPUT_FILL, output: OUTPUT_FILL, fixed: FIXED_FILL };

const TEXTUAL: ReadonlySet<CellKind> = new Set<CellKind>([
  "text",
  "orgCode",
  "version",
  "indicatorCode",
  "actionStatus",
]);

/** The look of a block's cells in one column: its fill by treatment and its number format by the column's kind. */
export function blockLook(spec: NameSpec, column = 0): CellLook {
  const kind = kindAt(spec, column);
  // Sentences in a table (an action, its finding) wrap within their column, read from the top.
  const wraps = kind === "text" && spec.columnKinds !== undefined;
  return {
    fill: TREATMENT_FILLS[treatmentOf(spec)],
    border: BOX,
    numFmt: NUMBER_FORMATS[kind],
    alignment: wraps
      ? { horizontal: "left", vertical: "top", wrapText: true }
      : { horizontal: TEXTUAL.has(kind) ? "left" : "right" },
  };
}

type Rule = Omit<DataValidation, "prompt" | "promptTitle">;

const RULES: Partial<Record<CellKind, Rule>> = {
  count: {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    errorTitle: "Whole number needed",
    error: "Enter a whole number of 0 or more (a count of people).",
  },
  percent: {
    type: "decimal",
    operator: "between",
    formulae: [0, 1],
    errorTitle: "Percentage needed",
    error: "Enter a percentage between 0% and 100%, e.g. 45% (or 0.45).",
  },
  year: {
    type: "whole",
    operator: "between",
    formulae: [2000, 2100],
    errorTitle: "Year needed",
    error: "Enter a year between 2000 and 2100, e.g. 2025.",
  },
  ratio: {
    type: "decimal",
    operator: "greaterThan",
    formulae: [0],
    errorTitle: "Relative likelihood needed",
    error: "Enter a relative likelihood as a plain number above 0, e.g. 1.25.",
  },
  gap: {
    type: "decimal",
    operator: "between",
    formulae: [-1, 1],
    errorTitle: "Gap needed",
    error: "Enter the gap as a percentage between -100% and 100%, e.g. -4.3% (or -0.043).",
  },
  date: {
    type: "date",
    operator: "between",
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
    errorTitle: "Date needed",
    error: "Enter the date the action is due, e.g. 31/03/2026.",
  },
  indicatorCode: {
    type: "list",
    formulae: [`"${INDICATOR_IDS.join(",")}"`],
    errorTitle: "Indicator needed",
    error: "Choose the indicator the action is for: I1 to I9.",
  },
  actionStatus: {
    type: "list",
    formulae: [`"${ACTION_STATUSES.join(",")}"`],
    errorTitle: "Status needed",
    error: `Choose a status: ${ACTION_STATUSES.join(", ")}.`,
  },
  orgCode: {
    type: "textLength",
    operator: "between",
    formulae: [3, 5],
    errorTitle: "ODS code needed",
    error: "Enter the organisation's ODS code: 3 to 5 letters or digits.",
  },
};

/** The validation of an input block's cells in one column, or null where any value is acceptable (names, the version, an action's text). */
export function validationFor(spec: NameSpec, column = 0): DataValidation | null {
  if (treatmentOf(spec) !== "input") return null;
  const rule = RULES[kindAt(spec, column)];
  if (!rule) return null;
  return {
    ...rule,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    showInputMessage: true,
    promptTitle: spec.previousYear
      ? "Previous year"
      : spec.since === "1.0"
        ? "Reporting year"
        : spec.columns.length > 1
          ? `${spec.area}: ${spec.columns[column]}`
          : spec.area,
    prompt: spec.description, // Excel shows this when the cell is selected (at most 255 characters)
  };
}
