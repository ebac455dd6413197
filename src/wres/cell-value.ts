/**
 * One input cell → a typed value or a data flag (wres.md "Data checks"): text, logicals and
 * error values where a number belongs, negative or fractional counts, percentages out of range.
 */

import { MAX_COUNT, type CellKind } from "./contract";
import type { FlagCode, Severity } from "./flags";
import { MONTH_NAMES, showNumber } from "./format";
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

/** How a workbook counts its date serials: from 1900 (Windows, and Mac since Excel 2011) or from 1904. */
export interface DateSystem {
  readonly date1904: boolean;
}

const DATE_1900: DateSystem = { date1904: false };

export function readCell(kind: CellKind, cell: RawCell, dates: DateSystem = DATE_1900): CellReading {
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
      return readDate(cell, dates);
    case "indicatorCode":
    case "actionStatus":
      // Codes and statuses are text; whether they are in their list is judged in read-beyond.ts.
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

/** Dates a WRES action is plausibly due by: outside these years a "date" is a slip (45 typed in a date cell). */
const DATE_YEARS = { first: 2000, last: 2100 } as const;
const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase());

/**
 * A date cell → an ISO date (`2026-03-31`): an Excel date serial, or text the trust typed when it
 * can mean only one day (ISO `2026-03-31`, `31/03/2026` with a day above 12, `31 March 2026`).
 * `05/04/2026` could be 5 April or 4 May, so it is flagged, never guessed.
 */
function readDate(cell: RawCell, dates: DateSystem): CellReading {
  switch (cell.type) {
    case "number":
      return dateFromSerial(cell.value, dates);
    case "string":
      return dateFromText(cell.value);
    case "error":
      return invalid("ERROR_VALUE", `holds the error ${cell.value} instead of a date`);
    case "boolean":
      return invalid("INVALID_VALUE", `holds the logical value ${cell.value ? "TRUE" : "FALSE"} instead of a date`);
    case "empty":
      return { status: "empty" };
  }
}

/** 31 December 9999, Excel's last date (1900 system). */
const MAX_DATE_SERIAL = 2_958_465;

/** Days from 1970-01-01 to a serial's day. 1900 system: serial 1 is 1 January 1900, and 60 the 29 February 1900 Excel counts though it never was. */
function dateFromSerial(serial: number, dates: DateSystem): CellReading {
  const day = Math.floor(serial); // a time of day does not move the date
  // Excel's dates run from serial 1 (0 in the 1904 system) to 31 December 9999.
  if (day < (dates.date1904 ? 0 : 1) || day > MAX_DATE_SERIAL) {
    return invalid(
      "INVALID_VALUE",
      `holds the number ${showNumber(serial)}, which is not a date; enter a date such as 31/03/2026`,
    );
  }
  if (!dates.date1904 && day === 60) {
    return invalid(
      "INVALID_VALUE",
      "is 29 February 1900, a day that never was (Excel counts it); enter the date again",
    );
  }
  // 25569 = days from 30 December 1899 to 1 January 1970; serials below 60 are one day later (no false leap day).
  const fromEpoch = dates.date1904 ? day + 1462 - 25569 : day < 60 ? day + 1 - 25569 : day - 25569;
  const iso = new Date(fromEpoch * 86_400_000).toISOString().slice(0, 10);
  return inDateRange(iso, `the number ${showNumber(serial)}, which as a date is ${iso}`);
}

function inDateRange(iso: string, what: string): CellReading {
  const year = Number(iso.slice(0, 4));
  if (year < DATE_YEARS.first || year > DATE_YEARS.last) {
    return invalid("INVALID_VALUE", `holds ${what}; enter the date an action is due, such as 31/03/2026`);
  }
  return { status: "ok", value: iso };
}

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return real ? d.toISOString().slice(0, 10) : null;
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

function dateFromText(raw: string): CellReading {
  const text = raw.trim();
  const notADay = (why: string): CellReading => invalid("INVALID_VALUE", `holds "${text}", ${why}`);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  let found: string | null = null;
  if (iso) {
    found = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  } else if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3])];
    if (a <= 12 && b <= 12 && a !== b) {
      return notADay(
        `which could be ${a} ${monthName(b)} or ${b} ${monthName(a)}; enter it as a date, or as text in the form ${year}-${pad(b)}-${pad(a)} (for ${a} ${monthName(b)})`,
      );
    }
    // Day first (31/03/2026) as in the UK; month first (03/31/2026) only where the day shows it.
    found = a > 12 ? isoDate(year, b, a) : isoDate(year, a, b);
  } else if (named) {
    const month = MONTHS.indexOf(named[2].slice(0, 3).toLowerCase()) + 1;
    const spelled = month > 0 && startsMonth(named[2], month);
    found = spelled ? isoDate(Number(named[3]), month, Number(named[1])) : null;
  } else {
    return notADay("which is not a date; enter a date such as 31/03/2026");
  }
  if (found === null) return notADay("which is not a day of the calendar; enter a date such as 31/03/2026");
  return inDateRange(found, `"${text}"`);
}

function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** "Mar", "March" and "Sept" name March and September; "Marchy" names nothing. */
function startsMonth(word: string, month: number): boolean {
  const full = MONTH_NAMES[month - 1].toLowerCase();
  const w = word.toLowerCase();
  return full.startsWith(w) || (month === 9 && w === "sept");
}

const pad = (n: number): string => String(n).padStart(2, "0");
