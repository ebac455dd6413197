/** A1-style cell references, as Excel writes them. */

/** Zero-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → zero-based column index (A → 0, AA → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as a reference prefix: quoted when it is not a plain identifier. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** `D7` for zero-based row 6, column 3. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** `'Indicators 2-4'!D7` */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${cellRef(row, column)}`;
}

/** `'Indicators 2-4'!$D$7:$F$7` (a single cell has no colon), as a defined name refers to it. */
export function absoluteRange(sheet: string, top: number, left: number, rows: number, columns: number): string {
  const a = `$${columnLetters(left)}$${top + 1}`;
  const b = `$${columnLetters(left + columns - 1)}$${top + rows}`;
  return `${quoteSheet(sheet)}!${rows === 1 && columns === 1 ? a : `${a}:${b}`}`;
}

/** `'Indicators 2-4'!D7:F7` */
export function rangeAddress(sheet: string, top: number, left: number, rows: number, columns: number): string {
  const a = cellRef(top, left);
  const b = cellRef(top + rows - 1, left + columns - 1);
  return `${quoteSheet(sheet)}!${rows === 1 && columns === 1 ? a : `${a}:${b}`}`;
}

export interface ParsedReference {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * Parses a defined name's formula when it is one rectangular range on one sheet
 * (`Sheet!$A$1:$C$3`, `'My sheet'!A1`, `Sheet!$A:$C`, `Sheet!$1:$2`), else returns a reason
 * it is not (`#REF!`, a constant, several areas, a formula).
 */
export function parseRangeReference(formula: string): ParsedReference | { readonly reason: string } {
  const f = formula.trim().replace(/^=/, "");
  if (f.includes("#REF!")) return { reason: "refers to #REF! (its cells were deleted)" };
  let sheet: string;
  let rest: string;
  if (f.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/.exec(f);
    if (!m) return { reason: "is not a range reference" };
    sheet = m[1].replace(/''/g, "'");
    rest = m[2];
  } else {
    const m = /^([^!'"(),\s]+)!(.*)$/.exec(f);
    if (!m) {
      return /^("|[-+]?\d|TRUE$|FALSE$|\{)/i.test(f)
        ? { reason: "is a constant, not a range" }
        : { reason: "is not a range reference" };
    }
    sheet = m[1];
    rest = m[2];
  }
  const cell = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(rest);
  if (cell) {
    const c1 = columnIndex(cell[1]);
    const r1 = Number(cell[2]) - 1;
    const c2 = cell[3] ? columnIndex(cell[3]) : c1;
    const r2 = cell[4] ? Number(cell[4]) - 1 : r1;
    if (r1 < 0 || r2 < 0 || c1 >= MAX_COLUMNS || c2 >= MAX_COLUMNS || r1 >= MAX_ROWS || r2 >= MAX_ROWS) {
      return { reason: "is not a valid cell reference" };
    }
    return rect(sheet, r1, c1, r2, c2);
  }
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(rest);
  if (cols) return rect(sheet, 0, columnIndex(cols[1]), MAX_ROWS - 1, columnIndex(cols[2]));
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(rest);
  if (rows) return rect(sheet, Number(rows[1]) - 1, 0, Number(rows[2]) - 1, MAX_COLUMNS - 1);
  if (rest.includes(",")) return { reason: "refers to several areas, not one range" };
  return { reason: "is not a range reference" };
}

function rect(sheet: string, r1: number, c1: number, r2: number, c2: number): ParsedReference {
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { sheet, top, left, rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}
