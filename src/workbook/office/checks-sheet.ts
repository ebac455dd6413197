/**
 * The "WRES checks" worksheet as a table: a header, then one row per flag with a link to its
 * cell. Pure: the write step puts these rows into a fresh sheet.
 */

import type { Flag } from "../../wres/flags";

export const CHECKS_SHEET_NAME = "WRES checks";

/** The text columns, then the Cell column of links. */
export const CHECKS_TEXT_HEADER = ["Severity", "Code", "Indicator", "Name", "Message"] as const;
export const CHECKS_LINK_HEADER = "Cell";

/** One row of the sheet: the text columns, and the link formula for the Cell column ("" when there is no cell). */
export interface ChecksRow {
  readonly text: readonly string[];
  readonly link: string;
}

/** A formula string literal: inner quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `=HYPERLINK("#'Indicators 2-4'!D7","'Indicators 2-4'!D7")`: a link that selects the cell in this workbook. */
export function cellLink(address: string): string {
  return `=HYPERLINK(${quoted(`#${address}`)},${quoted(address)})`;
}

export function checksRows(flags: readonly Flag[]): ChecksRow[] {
  if (flags.length === 0) return [{ text: ["", "", "", "", "Nothing to report: no problems or findings."], link: "" }];
  return flags.map((f) => ({
    text: [f.severity, f.code, f.indicator ?? "", f.name ?? "", f.message],
    link: f.cell ? cellLink(f.cell) : "",
  }));
}
