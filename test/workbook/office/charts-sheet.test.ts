/// <reference types="office-js" />
/**
 * The "WRES charts" sheet on the strict fake Excel: made, rebuilt (only its own sheet deleted),
 * other sheets untouched, a user's own sheet of that name refused, two syncs.
 */

import { FakeOfficeError, FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { fakeFromFile } from "../../../scripts/fake-excel/fixtures";
import {
  CHARTS_SHEET_MARK,
  CHARTS_SHEET_NAME,
  CHARTS_SHEET_TITLE,
  rebuildChartsSheet,
  type ChartsSheetRequest,
} from "../../../src/workbook/office/charts-sheet";

const NO_HISTORY: ChartsSheetRequest = { rlBand: [0.8, 1.25], history: false };
const WITH_HISTORY: ChartsSheetRequest = { rlBand: [0.8, 1.25], history: true };

const rebuild = (book: FakeWorkbook, request: ChartsSheetRequest = NO_HISTORY) =>
  book.run((context) => rebuildChartsSheet(context, request));

/** Every sheet but the charts sheet, with its cells, as a comparable value. */
function otherSheets(book: FakeWorkbook) {
  return book.sheets
    .filter((s) => s.name !== CHARTS_SHEET_NAME)
    .map((s) => ({ name: s.name, cells: [...s.cells.entries()], charts: s.charts?.length ?? 0 }));
}

const chartsSheet = (book: FakeWorkbook) => book.findSheet(CHARTS_SHEET_NAME)!;
const formulaAt = (book: FakeWorkbook, ref: string) => chartsSheet(book).cells.get(ref)?.formula;

test("made on the sample: three tables of formulas over the output names, each with its chart, in two syncs", async () => {
  const book = fakeFromFile();
  const before = otherSheets(book);
  await expect(rebuild(book)).resolves.toEqual({ built: true, charts: 2 });
  expect(book.syncs).toHaveLength(2); // the read (is the sheet the add-in's?), then the write

  const sheet = chartsSheet(book);
  expect(sheet.cells.get("A1")?.value).toBe(CHARTS_SHEET_TITLE);
  expect(book.findName(CHARTS_SHEET_MARK)?.formula).toBe("='WRES charts'!$A$1");
  // The RL table: A3:D6, the figures bound to the names, a blank output shown as #N/A (left out), never 0.
  expect(sheet.cells.get("B3")?.value).toBe("Relative likelihood");
  expect(formulaAt(book, "B4")).toBe("=IF(ISNUMBER(WRES_I2_RL),WRES_I2_RL,NA())");
  expect(formulaAt(book, "B6")).toBe("=IF(ISNUMBER(WRES_I4_RL),WRES_I4_RL,NA())");
  expect(sheet.cells.get("C4")?.value).toBe(0.8);
  expect(sheet.cells.get("D4")?.value).toBe(1.25);
  expect(sheet.cells.get("B4")?.numberFormat).toBe("0.00");

  const [rl, representation] = sheet.charts!;
  expect(rl).toMatchObject({ type: "ColumnClustered", source: "'WRES charts'!B3:D6", seriesBy: "Columns" });
  expect(rl.title).toMatch(/against the band 0\.80 to 1\.25/);
  expect(rl.series.map((s) => [s.name, s.values, s.xAxisValues, s.chartType])).toEqual([
    ["'WRES charts'!B3", "'WRES charts'!B4:B6", "'WRES charts'!A4:A6", "ColumnClustered"],
    ["'WRES charts'!C3", "'WRES charts'!C4:C6", "'WRES charts'!A4:A6", "Line"],
    ["'WRES charts'!D3", "'WRES charts'!D4:D6", "'WRES charts'!A4:A6", "Line"],
  ]);
  // BME % by band (15 Agenda for Change rows) against the workforce's BME %, drawn as a line.
  expect(representation.source).toBe("'WRES charts'!B21:D36");
  expect(sheet.cells.get("A22")?.value).toBe("Under Band 1");
  expect(formulaAt(book, "B23")).toBe(
    "=IF(ISNUMBER(INDEX(WRES_I1_NonClinical_Pct,2,2)),INDEX(WRES_I1_NonClinical_Pct,2,2),NA())",
  );
  expect(formulaAt(book, "D36")).toBe(
    "=IF(ISNUMBER(INDEX(WRES_Workforce_Pct,1,2)),INDEX(WRES_Workforce_Pct,1,2),NA())",
  );
  expect(representation.series.map((s) => s.chartType)).toEqual(["ColumnClustered", "ColumnClustered", "Line"]);
  expect(otherSheets(book)).toEqual(before);
});

test("with earlier years (template 1.1) a third chart: the RL series, history rows then last year and this year", async () => {
  const book = fakeFromFile();
  await expect(rebuild(book, WITH_HISTORY)).resolves.toEqual({ built: true, charts: 3 });
  const series = chartsSheet(book).charts![2];
  expect(series).toMatchObject({ type: "Line", source: "'WRES charts'!B39:D46" });
  expect(formulaAt(book, "C40")).toBe("=IF(ISNUMBER(INDEX(WRES_History,1,4)),INDEX(WRES_History,1,4),NA())");
  expect(formulaAt(book, "A45")).toBe('=TEXT(WRES_ReportingYear-1,"0")');
  expect(formulaAt(book, "B45")).toBe("=IF(ISNUMBER(WRES_I2_RL_PY),WRES_I2_RL_PY,NA())");
  expect(formulaAt(book, "B46")).toBe("=IF(ISNUMBER(WRES_I2_RL),WRES_I2_RL,NA())");
});

test("rebuilt: its own sheet is deleted and made again, with the mark, and nothing else is touched", async () => {
  const book = fakeFromFile();
  await rebuild(book, WITH_HISTORY);
  const before = otherSheets(book);
  chartsSheet(book).cells.set("Z99", { value: "left by someone" });
  book.writes.length = 0;
  book.syncs.length = 0;

  await expect(rebuild(book)).resolves.toEqual({ built: true, charts: 2 });
  expect(book.syncs).toHaveLength(2);
  const structural = book.writes.filter(
    (w) => w.kind !== "values" && w.kind !== "numberFormat" && w.kind !== "formulas",
  );
  expect(structural.slice(0, 4)).toEqual([
    { kind: "delete-sheet", sheet: CHARTS_SHEET_NAME },
    { kind: "delete-name", name: CHARTS_SHEET_MARK },
    { kind: "add-sheet", sheet: CHARTS_SHEET_NAME },
    { kind: "add-name", name: CHARTS_SHEET_MARK, formula: "='WRES charts'!$A$1" },
  ]);
  expect(book.writes.filter((w) => w.kind === "delete-sheet")).toHaveLength(1);
  expect(chartsSheet(book).cells.has("Z99")).toBe(false);
  expect(chartsSheet(book).charts).toHaveLength(2);
  expect(book.sheets.filter((s) => s.name === CHARTS_SHEET_NAME)).toHaveLength(1);
  expect(otherSheets(book)).toEqual(before);
});

test('a user\'s own sheet named "WRES charts" (no mark) is refused and left as it is', async () => {
  const book = fakeFromFile();
  book.sheet("wres CHARTS").cells.set("A1", { value: "my notes" });
  const sheetsBefore = book.sheets.map((s) => s.name);
  const result = await rebuild(book);
  expect(result).toEqual({
    built: false,
    usersSheet: true,
    reason:
      'the workbook already has a sheet named "wres CHARTS" that the add-in did not make, and the add-in never deletes a sheet of yours',
  });
  expect(book.syncs).toHaveLength(1);
  expect(book.writes).toEqual([]);
  expect(book.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  expect(book.findSheet(CHARTS_SHEET_NAME)?.cells.get("A1")?.value).toBe("my notes");
});

test("the mark pointing elsewhere (the add-in's sheet renamed, a new one of the user's) is refused too", async () => {
  const book = fakeFromFile();
  await rebuild(book);
  // The user renames the add-in's sheet (Excel moves the name with it), then makes their own "WRES charts".
  chartsSheet(book);
  const ours = book.findSheet(CHARTS_SHEET_NAME)!;
  book.sheets[book.sheets.indexOf(ours)] = { ...ours, name: "Charts kept" };
  book.names.splice(book.names.indexOf(book.findName(CHARTS_SHEET_MARK)!), 1, {
    name: CHARTS_SHEET_MARK,
    formula: "='Charts kept'!$A$1",
  });
  book.sheet(CHARTS_SHEET_NAME).cells.set("B2", { value: 42 });
  book.writes.length = 0;

  const result = await rebuild(book);
  expect(result).toMatchObject({ built: false, usersSheet: true });
  expect(book.writes).toEqual([]);
  expect(book.findSheet("Charts kept")?.charts).toHaveLength(2);
});

test("a stale mark (its sheet deleted by the user) is replaced when the sheet is made again", async () => {
  const book = fakeFromFile();
  book.define(CHARTS_SHEET_MARK, "=#REF!");
  await expect(rebuild(book)).resolves.toEqual({ built: true, charts: 2 });
  expect(book.names.filter((n) => n.name === CHARTS_SHEET_MARK)).toEqual([
    { name: CHARTS_SHEET_MARK, formula: "='WRES charts'!$A$1" },
  ]);
});

test("a protected workbook structure: not attempted, said why", async () => {
  const book = fakeFromFile();
  book.structureProtected = true;
  await expect(rebuild(book)).resolves.toEqual({
    built: false,
    usersSheet: false,
    reason: "the workbook's structure is protected, so no sheet can be added or deleted",
  });
  expect(book.writes).toEqual([]);
});

test("Excel refusing the write is said with its code, never thrown", async () => {
  const book = fakeFromFile();
  let syncs = 0;
  const result = await book.run(async (context) => {
    const sync = context.sync.bind(context);
    // The second sync (the write) fails, as a busy Excel fails it.
    context.sync = (() => {
      syncs++;
      if (syncs === 2) book.failNextSync = new FakeOfficeError("GeneralException", "Excel is busy.");
      return sync();
    }) as typeof context.sync;
    return rebuildChartsSheet(context, NO_HISTORY);
  });
  expect(result).toEqual({ built: false, usersSheet: false, reason: "Excel refused it (GeneralException)" });
});
