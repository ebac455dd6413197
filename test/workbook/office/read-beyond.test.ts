/// <reference types="office-js" />
/**
 * Template 1.1's blocks through the Office adapter: the action plan's text and date cells read
 * as the .xlsx reader reads them, and an action plan the trust extended beyond the window of an
 * ordinary name (100 rows) read in full, still in one sync.
 */

import { templateNames } from "../../../src/wres";
import { readWorkbook as readInputs } from "../../../src/wres/read";
import { readWorkbook } from "../../../src/workbook/office";
import { absoluteRange, fakeFromFile, redefine } from "../../../scripts/fake-excel/fixtures";
import { excelSerial } from "../../../scripts/template/sample-beyond";

const A = "WRES_ActionPlan";

describe("the action plan through the Office adapter", () => {
  it("reads the sample's action plan as dates, text and statuses, in one sync", async () => {
    const book = fakeFromFile();
    const snapshot = await book.run((context) => readWorkbook(context, templateNames()));
    expect(book.syncs).toHaveLength(1);
    const plan = readInputs(snapshot.raw).inputs.beyond.actionPlan!;
    expect(plan.map((r) => [r.indicator, r.due])).toEqual([
      ["I2", "2026-03-31"],
      ["I3", "2027-03-31"],
      ["I7", "2027-06-30"],
      ["I7", null],
      ["I9", "2026-09-30"],
      ["I4", "2026-12-31"],
      ["I1", "2027-03-31"],
      ["I8", null],
    ]);
  });

  it("reads an action plan extended to 150 rows in full, in one sync, with a flag naming Action 150", async () => {
    const book = fakeFromFile();
    // The template's plan starts at 'Action plan'!B4; the trust inserted 120 rows inside it.
    redefine(book, A, `=${absoluteRange("Action plan", 3, 1, 150, 7)}`);
    const sheet = book.sheet("Action plan");
    sheet.cells.set("B153", { value: "I10", numberFormat: "@" });
    sheet.cells.set("D153", { value: "Mentoring", numberFormat: "@" });
    sheet.cells.set("F153", { value: excelSerial("2027-01-31"), numberFormat: "d mmm yyyy" });
    sheet.cells.set("B152", { value: "I5", numberFormat: "@" });
    sheet.cells.set("F152", { value: "31/01/2027", numberFormat: "@" });
    const snapshot = await book.run((context) => readWorkbook(context, templateNames()));
    expect(book.syncs).toHaveLength(1);
    const definition = snapshot.raw.names.get(A)!.workbook;
    expect(definition).toMatchObject({ kind: "range", rows: 150, columns: 7 });
    const read = readInputs(snapshot.raw);
    const plan = read.inputs.beyond.actionPlan!;
    expect(plan.slice(-2).map((r) => [r.row, r.indicator, r.action, r.due])).toEqual([
      [148, "I5", "", "2027-01-31"],
      [149, null, "Mentoring", "2027-01-31"],
    ]);
    expect(read.flags.filter((f) => f.name === A).map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        "INVALID_VALUE",
        "'Action plan'!B153",
        'Action plan: Action 150, Indicator is "I10", which is not an indicator; enter one of I1 to I9.',
      ],
    ]);
  });
});
