/**
 * The .xlsx reader says which date system a workbook counts from (`<workbookPr date1904="1"/>`),
 * so that a Due date stored as a serial reads as the day Excel shows.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { patchZipEntry } from "../../../scripts/xlsx-craft/xlsx-patch";
import { readXlsx } from "../../../src/workbook/xlsx";
import { templateNames } from "../../../src/wres/contract";
import { readWorkbook } from "../../../src/wres/read";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "assets", "wres-sample.xlsx")));

function withWorkbookPr(attributes: string): Uint8Array {
  return patchZipEntry(SAMPLE, "xl/workbook.xml", (xml) =>
    xml.replace(/<workbookPr[^>]*\/>/, "").replace(/(<workbook\b[^>]*>)/, `$1<workbookPr ${attributes}/>`),
  );
}

function read(bytes: Uint8Array) {
  const result = readXlsx(bytes, templateNames());
  if (!result.ok) throw new Error(result.error);
  return result.workbook;
}

describe("the workbook's date system", () => {
  test("the sample counts from 1900: no date1904, and its first action is due 31 March 2026", () => {
    const raw = read(SAMPLE);
    expect(raw.date1904).toBeUndefined();
    expect(readWorkbook(raw).inputs.beyond.actionPlan?.[0].due).toBe("2026-03-31");
  });

  test.each(['date1904="1"', 'date1904="true"'])("%s: the same serial is 1,462 days later", (attributes) => {
    const raw = read(withWorkbookPr(attributes));
    expect(raw.date1904).toBe(true);
    expect(readWorkbook(raw).inputs.beyond.actionPlan?.[0].due).toBe("2030-04-01");
  });

  test('date1904="0" is the 1900 system', () => {
    expect(read(withWorkbookPr('date1904="0"')).date1904).toBeUndefined();
  });
});
