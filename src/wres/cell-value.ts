/**
 * One input cell → a typed value or a data flag (wres.md "Data checks"): text, logicals and
 * error values where a number belongs, negative or fractional counts, percentages out of range.
 */

import { MAX_COUNT, type CellKind } from "./contract";
import type { FlagCode, Severity } from "./flags";
import { showNumber } from "./format";
import type { RawCell } from "./raw";

export type CellReading =
  | { readonly status: "empty" }
  | { readonly status: "ok"; readonly value: number | string; readonly notice?: CellProblem }
  | { readonly status: "invalid"; readonly problem: CellProblem };

export interface CellProblem {
  readonly code: FlagCode;
  readonly severity: Severity;
  /** Completes "<the cell in words> …", e.g. "is -3; a count cannot be negative". */
  readonly says: string;
}

const invalid = (code: FlagCode, says: string): CellReading => ({
  status: "invalid",
  problem: { code, severity: "error", says },
});

function notNumber(cell: Exclude<RawCell, { type: "number" }>): CellReading {
  switch (cell.type) {
    case "error":
      return invalid("ERROR_VALUE", `holds the error ${cell.value} instead of a number`);
    case "boolean":
      return invalid("NOT_A_NUMBER", `holds the logical value ${cell.value ? "TRUE" : "FALSE"} instead of a number`);
    case "empty":
    case "string": {
      const text = cell.value ?? "";
      const looksNumeric = /^\s*[-+]?(\d+[\d,]*)(\.\d+)?\s*%?\s*$/.test(text);
      // "2 843" typed with a space (often a non-breaking or thin one) between the digits.
      const spacedNumber = /^\s*[-+]?\d[\d,]*(\s+\d[\d,]*)+(\.\d+)?\s*%?\s*$/.test(text);
      return invalid(
        "NOT_A_NUMBER",
        looksNumeric
          ? `holds "${text}" as text, not a number; re-enter it as a number`
          : spacedNumber
            ? `holds "${text}", a number with a space in it, so it is text, not a number; retype it without the space`
            : `holds the text "${text}" instead of a number`,
      );
    }
  }
}

/** Whitespace-only text counts as empty: a person sees nothing there. */
function isBlank(cell: RawCell): boolean {
  return cell.type === "empty" || (cell.type === "string" && cell.value.trim() === "");
}

/** A formula saved by a program that does not calculate: it has no value, and is not blank either. */
const FORMULA_WITHOUT_RESULT: CellProblem = {
  code: "FORMULA_WITHOUT_RESULT",
  severity: "error",
  says: "holds a formula whose result was never saved (the program that wrote the file does not calculate); open the file in Excel or LibreOffice and save it, so that its result is stored",
};

export function readCell(kind: CellKind, cell: RawCell): CellReading {
  if (cell.type === "empty" && cell.formula) return { status: "invalid", problem: FORMULA_WITHOUT_RESULT };
  if (isBlank(cell)) return { status: "empty" };
  if (cell.type === "number" && !Number.isFinite(cell.value)) return invalid("INVALID_VALUE", "is not a finite number");
  switch (kind) {
    case "count":
      return readCount(cell);
    case "percent":
    case "rate":
      return readPercent(cell);
    case "year":
      return readYear(cell);
    case "text":
      return readText(cell);
    case "orgCode":
      return readOrgCode(cell);
    case "version":
      return readVersion(cell);
    case "gap":
    case "ratio":
      return cell.type === "number" ? { status: "ok", value: cell.value } : notNumber(cell);
    case "date":
    case "indicatorCode":
    case "actionStatus":
      // Read with their own rules (read-beyond.ts); as cells they are text or a number.
      return readText(cell);
  }
}

function readCount(cell: RawCell): CellReading {
  if (cell.type !== "number") return notNumber(cell);
  const n = cell.value;
  if (n < 0) return invalid("NEGATIVE", `is ${showNumber(n)}; a count cannot be negative`);
  if (!Number.isInteger(n)) return invalid("NOT_WHOLE", `is ${showNumber(n)}; a count must be a whole number`);
  if (n > MAX_COUNT) {
    return invalid(
      "INVALID_VALUE",
      `is ${showNumber(n)}; a count cannot be more than ${showNumber(MAX_COUNT)}, so no figure is computed from it`,
    );
  }
  return { status: "ok", value: n };
}

function readPercent(cell: RawCell): CellReading {
  if (cell.type !== "number") return notNumber(cell);
  const n = cell.value;
  if (n < 0 || n > 100) {
    return invalid(
      "PCT_OUT_OF_RANGE",
      // 1e308 × 100 is Infinity: no "(Infinity%)" in a message.
      `is ${showNumber(n)}${Number.isFinite(n * 100) ? ` (${showNumber(n * 100)}%)` : ""}; a percentage must lie between 0% and 100%`,
    );
  }
  if (n > 1) {
    return {
      status: "ok",
      value: n / 100,
      notice: {
        code: "PCT_AS_WHOLE_NUMBER",
        severity: "warning",
        says: `holds ${showNumber(n)}, read as ${showNumber(n)}%; enter it as ${showNumber(n)}% (${showNumber(n / 100)}) to clear this notice`,
      },
    };
  }
  return { status: "ok", value: n };
}

function readYear(cell: RawCell): CellReading {
  if (cell.type !== "number") return notNumber(cell);
  const n = cell.value;
  if (!Number.isInteger(n) || n < 2000 || n > 2100) {
    return invalid("INVALID_VALUE", `is ${showNumber(n)}; a year must be a whole number such as 2025`);
  }
  return { status: "ok", value: n };
}

function readText(cell: RawCell): CellReading {
  switch (cell.type) {
    case "string":
      return { status: "ok", value: cell.value.trim() };
    case "number":
      return { status: "ok", value: showNumber(cell.value) };
    case "error":
      return invalid("ERROR_VALUE", `holds the error ${cell.value} instead of text`);
    case "boolean":
      return invalid("INVALID_VALUE", `holds the logical value ${cell.value ? "TRUE" : "FALSE"} instead of text`);
    case "empty":
      return { status: "empty" };
  }
}

function readOrgCode(cell: RawCell): CellReading {
  const text = readText(cell);
  if (text.status !== "ok") return text;
  const code = String(text.value).toUpperCase();
  return /^[A-Z0-9]{3,5}$/.test(code)
    ? { status: "ok", value: code }
    : invalid("INVALID_VALUE", `is "${String(text.value)}"; an ODS code is 3 to 5 letters or digits`);
}

/** The template version as text: the number 1 reads as "1.0"; whether it names a version is judged in read.ts. */
function readVersion(cell: RawCell): CellReading {
  if (cell.type !== "number") return readText(cell);
  return { status: "ok", value: Number.isInteger(cell.value) ? cell.value.toFixed(1) : String(cell.value) };
}
