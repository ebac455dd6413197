/// <reference types="office-js" />
/**
 * The action plan's draft written into a live workbook (the strict fake Excel): only the drafted
 * rows' Indicator and Finding, only into rows empty when read; every cell a person typed stays
 * exactly as it was, whether Calculate or "Draft the action plan" writes. Run through the pane's
 * Excel service, as the pane runs them, and through the adapter on its own.
 */

import { actionPlanDraftOutput, calculateWorkbook, DEFAULT_SETTINGS, templateNames } from "../../../src/wres";
import { DraftWriteRefused, readWorkbook, writeActionPlanDraft, writeCheck } from "../../../src/workbook/office";
import type { FakeCell, FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { fakeFromFile } from "../../../scripts/fake-excel/fixtures";
import { checked, errorOf, serviceOn } from "../../taskpane/services/excel-service-support";

// WRES_ActionPlan in the template and the sample: 'Action plan'!$B$4:$H$33, 30 rows × 7 columns.
const SHEET = "Action plan";
const TOP = 3;
const LEFT = 1;
const ROWS = 30;
const COLUMNS = 7;

/** Every cell of the block: its value and number format, row by row. */
function planCells(book: FakeWorkbook): Pick<FakeCell, "value" | "numberFormat">[][] {
  return Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => {
      const { value, numberFormat } = book.cell(SHEET, TOP + r, LEFT + c);
      return { value: value === "" ? null : value, numberFormat };
    }),
  );
}

function setCell(book: FakeWorkbook, row: number, column: number, value: string | number | null): void {
  const sheet = book.sheet(SHEET);
  const key = `${"BCDEFGH"[column]}${TOP + row + 1}`;
  sheet.cells.set(key, { value, numberFormat: sheet.cells.get(key)?.numberFormat ?? "General" });
}

function clearRow(book: FakeWorkbook, row: number): void {
  for (let c = 0; c < COLUMNS; c++) setCell(book, row, c, null);
}

/** The plan's writes (values and number formats) the add-in made. */
const planWrites = (book: FakeWorkbook) =>
  book.writes.filter((w) => "address" in w && w.address.startsWith(`'${SHEET}'!`) && w.kind !== "select");

function forget(book: FakeWorkbook): void {
  book.syncs.length = 0;
  book.writes.length = 0;
}

// The sample's adverse findings of indicators 6 and 9, as the domain words them.
const I6_FINDING =
  "Indicator 6: 24.1% of BME staff and 20.5% of White staff experienced harassment, bullying or abuse from staff: a gap of +3.6 points.";
const I9_FINDING =
  "Indicator 9: The BME share of total board is 11.4 points below the BME share of the workforce. The BME share of voting members is 7.5 points below the BME share of the workforce. The BME share of executive members is 11.4 points below the BME share of the workforce.";

/**
 * The sample's half-written plan with two of its rows cleared (the I9 row, 5, and the I4 row, 6)
 * and two rows typed only in part: row 10 holds only a Lead, row 12 only a Measure of success.
 * Without a row now: I6 (never had one) and I9. Empty rows from the top: 5, 6, 9, 11, 13…
 */
function partlyTypedPlan(): FakeWorkbook {
  const book = fakeFromFile();
  clearRow(book, 4);
  clearRow(book, 5);
  setCell(book, 9, 3, "Head of EDI");
  setCell(book, 11, 6, "Fewer formal cases");
  return book;
}

describe("Draft the action plan (Excel service on the fake Excel)", () => {
  it("drafts I6 and I9 into the first two empty rows, Indicator and Finding only; no typed cell changes", async () => {
    const book = partlyTypedPlan();
    const before = planCells(book);
    forget(book);

    const outcome = checked(await serviceOn(book).draftActionPlan(DEFAULT_SETTINGS));

    const expected = before.map((row) => row.map((cell) => ({ ...cell })));
    expected[4][0] = { value: "I6", numberFormat: "@" };
    expected[4][1] = { value: I6_FINDING, numberFormat: "@" };
    expected[5][0] = { value: "I9", numberFormat: "@" };
    expected[5][1] = { value: I9_FINDING, numberFormat: "@" };
    expect(planCells(book)).toEqual(expected);
    // Rows 10 and 12 (a Lead alone, a Measure alone) are exactly as typed.
    expect(planCells(book)[9][3].value).toBe("Head of EDI");
    expect(planCells(book)[11][6].value).toBe("Fewer formal cases");

    // Exactly two 1×2 ranges, each its format then its values, and nothing else anywhere.
    expect(planWrites(book)).toEqual([
      { kind: "numberFormat", address: `'${SHEET}'!B8:C8`, data: [["@", "@"]] },
      { kind: "values", address: `'${SHEET}'!B8:C8`, data: [["I6", I6_FINDING]] },
      { kind: "numberFormat", address: `'${SHEET}'!B9:C9`, data: [["@", "@"]] },
      { kind: "values", address: `'${SHEET}'!B9:C9`, data: [["I9", I9_FINDING]] },
    ]);
    expect(book.writes).toHaveLength(4);
    // Read, write, read again.
    expect(book.syncs).toHaveLength(3);

    expect(outcome.written).toBe(false);
    expect(outcome.notices).toEqual([
      "Drafted 2 rows of the action plan: fill in the lead, the action and the due date.",
    ]);
    // Checked again: both findings now have a row (not yet covered: no action, lead or due date).
    const findings = outcome.check.beyond.actionPlan!.findings;
    expect(findings.find((f) => f.indicator === "I6")).toMatchObject({ covered: false, rowCell: `'${SHEET}'!B8` });
    expect(findings.find((f) => f.indicator === "I9")).toMatchObject({ covered: false, rowCell: `'${SHEET}'!B9` });
  });

  it("drafts nothing the second time: every finding has a row", async () => {
    const book = partlyTypedPlan();
    checked(await serviceOn(book).draftActionPlan(DEFAULT_SETTINGS));
    const after = planCells(book);
    forget(book);
    const outcome = checked(await serviceOn(book).draftActionPlan(DEFAULT_SETTINGS));
    expect(outcome.notices).toEqual([
      "Every adverse finding already has a row in the action plan, so nothing was drafted.",
    ]);
    expect(book.writes).toEqual([]);
    expect(planCells(book)).toEqual(after);
  });

  it("refuses a full plan with the domain's sentence and writes nothing", async () => {
    const book = fakeFromFile();
    // Rows 9–30 each hold only a Lead: no empty row is left for I6.
    for (let r = 8; r < ROWS; r++) setCell(book, r, 3, `Lead ${r + 1}`);
    const before = planCells(book);
    forget(book);

    const error = errorOf(await serviceOn(book).draftActionPlan(DEFAULT_SETTINGS));
    expect(error.message).toBe(
      "1 finding (I6) needs a row, but the action plan has no empty row, so nothing was drafted. Rows a person typed in are never written over: clear rows no longer needed, or extend the action plan downwards (insert rows above its last row), then draft again.",
    );
    expect(error.advice).toBe("Nothing in the workbook was changed.");
    expect(book.writes).toEqual([]);
    expect(book.syncs).toHaveLength(1);
    expect(planCells(book)).toEqual(before);
  });

  it("refuses a protected Action plan sheet before writing anything", async () => {
    const book = partlyTypedPlan();
    book.sheet(SHEET).protected = true;
    forget(book);
    const error = errorOf(await serviceOn(book).draftActionPlan(DEFAULT_SETTINGS));
    expect(error.message).toBe(
      'The sheet "Action plan" is protected, so Excel would refuse the results there: nothing was written.',
    );
    expect(book.writes).toEqual([]);
  });
});

describe("Calculate and the action plan (Excel service on the fake Excel)", () => {
  it("writes nothing into a plan a person has typed in, and stays two syncs", async () => {
    const book = partlyTypedPlan();
    const before = planCells(book);
    forget(book);
    const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));
    expect(outcome.written).toBe(true);
    expect(planCells(book)).toEqual(before);
    expect(planWrites(book)).toEqual([]);
    expect(book.syncs).toHaveLength(2);
    expect(outcome.notices ?? []).not.toContainEqual(expect.stringMatching(/^Drafted/));
  });

  it("drafts a wholly empty plan in the same two syncs: rows 1–7, Indicator and Finding only", async () => {
    const book = fakeFromFile();
    for (let r = 0; r < ROWS; r++) clearRow(book, r);
    const before = planCells(book);
    forget(book);

    const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));

    expect(book.syncs).toHaveLength(2);
    expect(outcome.notices?.[0]).toBe(
      "Drafted 7 rows of the action plan: fill in the lead, the action and the due date.",
    );
    const after = planCells(book);
    // The sample's seven adverse findings, in indicator order, into rows 1–7.
    expect(after.slice(0, 7).map((row) => row[0].value)).toEqual(["I1", "I2", "I3", "I6", "I7", "I8", "I9"]);
    expect(after[3][1].value).toBe(I6_FINDING);
    expect(after[6][1].value).toBe(I9_FINDING);
    // Every other cell of the block is as it was (empty, its format untouched).
    after.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (r < 7 && c < 2) expect(cell).toEqual({ value: expect.any(String), numberFormat: "@" });
        else expect(cell).toEqual(before[r][c]);
      }),
    );
    // The results are of the plan as written: each finding has its drafted row (none covered yet),
    // and the flags say the rows lack an action, a lead or a due date.
    const findings = outcome.check.beyond.actionPlan!.findings;
    expect(findings.map((f) => [f.indicator, f.covered, f.rowCell])).toEqual(
      ["I1", "I2", "I3", "I6", "I7", "I8", "I9"].map((id, i) => [id, false, `'${SHEET}'!B${4 + i}`]),
    );
    const missing = outcome.check.flags.filter((f) => f.code === "ACTION_MISSING");
    expect(missing).toHaveLength(7);
    expect(missing.every((f) => f.message.endsWith("(its rows lack one of them)."))).toBe(true);
    // Seven 1×2 writes (format, values), never a write of the whole block.
    const writes = planWrites(book);
    expect(writes).toHaveLength(14);
    expect(writes.map((w) => ("address" in w ? w.address : ""))).toEqual(
      [4, 5, 6, 7, 8, 9, 10].flatMap((n) => [`'${SHEET}'!B${n}:C${n}`, `'${SHEET}'!B${n}:C${n}`]),
    );
  });
});

describe("the adapter's own guard (write-action-plan.ts)", () => {
  /** The partly typed plan, read; and a draft block aimed at row 10, which holds only a Lead. */
  async function readAndAimAtTypedRow(book: FakeWorkbook) {
    const snapshot = await book.run((context) => readWorkbook(context, templateNames()));
    const block = actionPlanDraftOutput([{ row: 9, indicator: "I6", finding: "A finding" }], ROWS);
    forget(book);
    return { snapshot, block };
  }
  const TYPED_ROW =
    "Row 10 of the action plan is not empty ('Action plan'!E13 holds something), and a row a person typed in is never written over, so nothing of the action plan was written. Check again, then draft.";

  it("refuses to draft into a row that held anything when read, queueing nothing", async () => {
    const book = partlyTypedPlan();
    const { snapshot, block } = await readAndAimAtTypedRow(book);
    const before = planCells(book);
    const write = book.run((context) => writeActionPlanDraft(context, block, snapshot.raw));
    await expect(write).rejects.toThrow(DraftWriteRefused);
    await expect(write).rejects.toThrow(TYPED_ROW);
    expect(book.syncs).toEqual([]);
    expect(book.writes).toEqual([]);
    expect(planCells(book)).toEqual(before);
  });

  it("refuses the same in Calculate's write: nothing at all is written, no output either", async () => {
    const book = partlyTypedPlan();
    const { snapshot, block } = await readAndAimAtTypedRow(book);
    const check = calculateWorkbook(snapshot.raw);
    if (check.kind !== "checked") throw new Error("expected a WRES workbook");
    const write = book.run((context) =>
      writeCheck(context, {
        outputs: [...check.outputs, block],
        flags: check.flags,
        sheets: snapshot.sheets,
        structureProtected: snapshot.structureProtected,
        store: new Map(),
        read: snapshot.raw,
      }),
    );
    await expect(write).rejects.toThrow(TYPED_ROW);
    expect(book.syncs).toEqual([]);
    expect(book.writes).toEqual([]);
  });

  it("refuses a draft when the write was given no read to check it against", async () => {
    const book = partlyTypedPlan();
    const { snapshot, block } = await readAndAimAtTypedRow(book);
    const write = book.run((context) =>
      writeCheck(context, {
        outputs: [block],
        flags: [],
        sheets: snapshot.sheets,
        structureProtected: false,
        store: new Map(),
      }),
    );
    await expect(write).rejects.toThrow(
      "The action plan (the name WRES_ActionPlan) could not be read as one range just before writing, so nothing of it was written. Check again, then draft.",
    );
    expect(book.writes).toEqual([]);
  });
});
