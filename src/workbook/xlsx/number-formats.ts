/** Number format codes of cells, from the styles part (`xl/styles.xml`). */

import { isSpreadsheetElement, XmlCursor, XmlSyntaxError } from "./xml-cursor";

const GENERAL = "General";

/**
 * The formats every workbook has without declaring them (ECMA-376 Part 1, 18.8.30), with
 * ids 5–8 as Excel writes them in an English locale. Ids 27–36 and 50–81 depend on East
 * Asian locales and are not listed; they read as General.
 */
export const BUILT_IN_NUMBER_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, GENERAL],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [5, '"$"#,##0_);("$"#,##0)'],
  [6, '"$"#,##0_);[Red]("$"#,##0)'],
  [7, '"$"#,##0.00_);("$"#,##0.00)'],
  [8, '"$"#,##0.00_);[Red]("$"#,##0.00)'],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

/** Maps a cell's style index (its `s` attribute) to its number format code. */
export class NumberFormats {
  constructor(private readonly formatByStyle: readonly string[]) {}

  /** Formats for a workbook without a styles part: everything is General. */
  static readonly NONE = new NumberFormats([]);

  of(styleIndex: number): string {
    return this.formatByStyle[styleIndex] ?? GENERAL;
  }
}

/** Reads `<numFmts>` and `<cellXfs>`. Throws XmlSyntaxError. */
export function parseNumberFormats(xml: string): NumberFormats {
  const cursor = new XmlCursor(xml);
  if (!cursor.nextElement() || !isSpreadsheetElement(cursor, "styleSheet")) {
    throw new XmlSyntaxError("no <styleSheet> element");
  }
  const codes = new Map(BUILT_IN_NUMBER_FORMATS);
  /** The numFmtId of each cell format, resolved once every custom format is known. */
  const formatIds: number[] = [];
  while (cursor.nextInside(1)) {
    if (isSpreadsheetElement(cursor, "numFmts")) {
      eachChild(cursor, "numFmt", () => {
        const id = Number(cursor.attribute("numFmtId"));
        const code = cursor.attribute("formatCode");
        if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
      });
    } else if (isSpreadsheetElement(cursor, "cellXfs")) {
      eachChild(cursor, "xf", () => formatIds.push(Number(cursor.attribute("numFmtId") ?? 0)));
    } else {
      cursor.skip();
    }
  }
  cursor.finish();
  return new NumberFormats(formatIds.map((id) => codes.get(id) ?? GENERAL));
}

/** Calls `read` on each child `local` of the current element (before skipping its content). */
function eachChild(cursor: XmlCursor, local: string, read: () => void): void {
  const depth = cursor.depth;
  while (cursor.nextInside(depth)) {
    if (cursor.depth === depth + 1 && isSpreadsheetElement(cursor, local)) read();
    cursor.skip();
  }
}
