/// <reference types="office-js" />
/**
 * Every fault of issue 9, one scenario each on the sample workbook, against the strict fake:
 * the results appear, the faulty name is reported by name, no input cell changes, and a
 * Calculate where nothing fails stays two syncs. Write faults run under both outcomes of a failed
 * sync: real Excel's (the commands before the failing one stay applied) and all-or-nothing.
 */

import { CONTRACT, DEFAULT_SETTINGS, type Flag } from "../../../src/wres";
import { CHECKS_SHEET_NAME } from "../../../src/workbook/office";
import { LAST_WRITTEN_KEY } from "../../../src/taskpane/services/document-store";
import { RECALCULATED_NOTICE } from "../../../src/taskpane/services/excel-wres-service";
import { FakeOfficeError, type FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { fakeFromFile, formulaOf, redefine } from "../../../scripts/fake-excel/fixtures";
import { calculatedSample, checked, errorOf, serviceOn, valueOf } from "./excel-service-support";

const INPUTS = CONTRACT.filter((s) => s.role === "input").map((s) => s.name);

/** Every input cell's content, by name (a name the test broke reads as its formula). */
function inputCells(book: FakeWorkbook): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const name of INPUTS) {
    const defined = book.findName(name);
    const area = defined && book.resolve(defined.formula);
    if (!area) continue;
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.columns; c++) {
        cells[`${name}[${r},${c}]`] = book.cell(area.sheet.name, area.top + r, area.left + c);
      }
  }
  return cells;
}

/** The number Calculate wrote through a name (its first cell). */
function writtenThrough(book: FakeWorkbook, name: string): unknown {
  const area = book.resolve(formulaOf(book, name));
  if (!area) throw new Error(`${name} is not a range`);
  return book.cell(area.sheet.name, area.top, area.left).value;
}

/** Makes the first cell of WRES_I2_Appointed a formula whose cached result is stale: Excel gives the original figure once it recalculates. */
function makeAppointedStale(book: FakeWorkbook): void {
  const area = book.resolve(formulaOf(book, "WRES_I2_Appointed"))!;
  const cell = book.cell(area.sheet.name, area.top, area.left);
  const key = `${String.fromCharCode(65 + area.left)}${area.top + 1}`;
  area.sheet.cells.set(key, { ...cell, formula: "=Z8+400", value: Number(cell.value) - 40, fresh: cell.value });
}

const flagsOf = (flags: readonly Flag[], name: string) => flags.filter((f) => f.name === name).map((f) => f.code);

describe("Calculate against the faults real Excel has shown", () => {
  describe.each([
    ["a missing optional name", "WRES_I1_Medical_PY", null, "MISSING_NAME"],
    ["a formula (=1+1)", "WRES_I4_Accessed", "=1+1", "BROKEN_NAME"],
    ["a formula giving a range (OFFSET)", "WRES_I4_Accessed", "=OFFSET('Indicators 2-4'!$B$5,0,0,1,3)", "BROKEN_NAME"],
    ["several areas", "WRES_I4_Accessed", "='Indicators 2-4'!$B$5:$D$5,'Indicators 2-4'!$B$7:$D$7", "BROKEN_NAME"],
    ["#REF!", "WRES_I3_Entered", "='Indicators 2-4'!#REF!", "BROKEN_NAME"],
    ["a name of another workbook", "WRES_I3_Entered", "=[Budget.xlsx]Sheet1!$A$1:$C$1", "BROKEN_NAME"],
  ])("a name that is %s", (_label, name, formula, code) => {
    it("gives the results, flags the name by name, leaves every input as it was", async () => {
      const book = await calculatedSample();
      redefine(book, name, formula);
      const before = inputCells(book);
      const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
      expect(outcome.written).toBe(true);
      expect(flagsOf(outcome.check.flags, name)).toContain(code);
      // I2 does not depend on the broken name: its relative likelihood is still the hand-worked 1.60.
      expect(writtenThrough(book, "WRES_I2_RL")).toBe(1.6);
      expect(inputCells(book)).toEqual(before);
      expect(book.settings.get(LAST_WRITTEN_KEY)).toBeDefined();
      // The one-sync read refused, the names and their types, their ranges, then the write.
      expect(book.syncs).toHaveLength(4);
    });
  });

  it("takes exactly two syncs when nothing fails", async () => {
    const book = await calculatedSample();
    checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
    expect(book.syncs).toHaveLength(2);
  });

  it("treats as sheet-scoped only the names whose scope says so (Excel on the web lists workbook names on sheets)", async () => {
    const book = await calculatedSample();
    book.webListsWorkbookNamesOnSheets = true;
    const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
    expect(outcome.check.flags.filter((f) => f.code === "SHEET_SCOPED_NAME")).toEqual([]);
    expect(book.syncs).toHaveLength(2);
  });

  it("recalculates a workbook set to calculate manually before reading, and says so", async () => {
    const book = await calculatedSample();
    makeAppointedStale(book);
    book.calculationMode = "Manual";
    const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
    expect(writtenThrough(book, "WRES_I2_RL")).toBe(1.6);
    expect(outcome.notices).toEqual([RECALCULATED_NOTICE]);
    expect(book.writes.filter((w) => w.kind === "calculate")).toEqual([
      { kind: "calculate", calculationType: "Recalculate" },
    ]);
  });

  it("gives a different figure from the stale value when not recalculated (the fault is real)", async () => {
    const book = await calculatedSample();
    makeAppointedStale(book);
    checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));
    expect(writtenThrough(book, "WRES_I2_RL")).not.toBe(1.6);
  });

  describe.each(["partial", "atomic"] as const)("when a failed sync leaves %s changes", (mode) => {
    it("keeps the outputs and the record when freezePanes fails (Excel 2019), and says the checks sheet was not updated", async () => {
      const book = await calculatedSample();
      book.failureMode = mode;
      book.faults.freezePanes = new FakeOfficeError("GeneralException", "freezeRows failed");
      book.settings.delete(LAST_WRITTEN_KEY);
      const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));
      expect(outcome.written).toBe(true);
      expect(outcome.notices).toEqual([
        `The "${CHECKS_SHEET_NAME}" sheet was not updated (Excel refused it (GeneralException)); the results and the outputs in the workbook are.`,
      ]);
      expect(writtenThrough(book, "WRES_I2_RL")).toBe(1.6);
      expect(JSON.parse(String(book.settings.get(LAST_WRITTEN_KEY)))).toHaveProperty("WRES_I2_RL");
      // The next Calculate remembers what it wrote: it asks nothing (a conflict would answer
      // "needs-confirmation", which `checked` refuses) and writes.
      book.faults.freezePanes = undefined;
      expect(checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false)).written).toBe(true);
    });

    it("reuses a very hidden checks sheet rather than deleting it", async () => {
      const book = await calculatedSample();
      book.failureMode = mode;
      book.findSheet(CHECKS_SHEET_NAME)!.visibility = "VeryHidden";
      const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
      expect(outcome.notices).toEqual([]);
      expect(book.cell(CHECKS_SHEET_NAME, 0, 0).value).toBe("Severity");
      expect(book.writes.some((w) => w.kind === "delete-sheet")).toBe(false);
      expect(book.syncs).toHaveLength(2);
    });

    it("refuses, before writing anything, a Calculate whose outputs are on a protected sheet, naming it", async () => {
      const book = await calculatedSample();
      book.failureMode = mode;
      book.sheet("Indicators 2-4").protected = true;
      const error = errorOf(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));
      expect(error.message).toBe(
        'The sheet "Indicators 2-4" is protected, so Excel would refuse the results there: nothing was written.',
      );
      expect(error.advice).toContain("Review → Unprotect Sheet");
      expect(book.writes).toEqual([]);
      expect(book.syncs).toHaveLength(1);
    });
  });

  it("does not try to add the checks sheet in a workbook whose structure is protected, and says why", async () => {
    const book = fakeFromFile();
    book.structureProtected = true;
    const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));
    expect(outcome.notices?.[0]).toContain("the workbook's structure is protected, so no sheet can be added");
    expect(book.findSheet(CHECKS_SHEET_NAME)).toBeUndefined();
    expect(writtenThrough(book, "WRES_I2_RL")).toBe(1.6);
    expect(book.syncs).toHaveLength(2);
  });

  it("leaves a protected checks sheet alone, and says why", async () => {
    const book = await calculatedSample();
    book.findSheet(CHECKS_SHEET_NAME)!.protected = true;
    const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
    expect(outcome.notices?.[0]).toContain("(the sheet is protected)");
    expect(book.syncs).toHaveLength(2);
  });
});

describe("Go to cell against what real Excel refuses", () => {
  it.each([
    ["Hidden", 'The sheet "Indicators 2-4" is hidden, so Excel cannot show its cells.', "Unhide it"],
    ["VeryHidden", 'The sheet "Indicators 2-4" is very hidden, so Excel cannot show its cells.', "Visual Basic"],
  ] as const)("says what to do on a %s sheet", async (visibility, message, advice) => {
    const book = fakeFromFile();
    book.sheet("Indicators 2-4").visibility = visibility;
    const error = errorOf(await serviceOn(book).goToCell("'Indicators 2-4'!B16"));
    expect(error.message).toBe(message);
    expect(error.advice).toContain(advice);
    expect(book.writes).toEqual([]);
  });

  it("says to click into this workbook when another one is active", async () => {
    const book = fakeFromFile();
    book.failNextSync = new FakeOfficeError("InactiveWorkbook", "The workbook is not active.");
    const error = errorOf(await serviceOn(book).goToCell("'Indicators 2-4'!B16"));
    expect(error.advice).toBe("Click into this workbook's window, then try again.");
  });

  it("still selects a cell in one sync on a visible sheet", async () => {
    const book = fakeFromFile();
    valueOf(await serviceOn(book).goToCell("'Indicators 2-4'!B16"));
    expect(book.syncs).toHaveLength(1);
  });
});
