/// <reference types="office-js" />
/**
 * The read when Excel refuses the one-sync batch: each name isolated (names and their types,
 * then ranges only for names of type Range, then each alone), scope respected, and a workbook
 * set to calculate manually recalculated first.
 */

import { templateNames } from "../../../src/wres";
import { readWorkbook } from "../../../src/workbook/office";
import type { FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { fakeFromFile, readFileRaw, redefine, SAMPLE_PATH } from "../../../scripts/fake-excel/fixtures";

const read = (book: FakeWorkbook) => book.run((context) => readWorkbook(context, templateNames()));

describe("readWorkbook when Excel refuses the one-sync read", () => {
  it("reads everything else exactly as the file reader, with the odd name in the broken-name form", async () => {
    const book = fakeFromFile();
    redefine(book, "WRES_I4_Accessed", "=1+1");
    const snapshot = await read(book);
    const expected = new Map(readFileRaw(SAMPLE_PATH).names);
    expected.set("WRES_I4_Accessed", {
      name: "WRES_I4_Accessed",
      workbook: { kind: "broken", refersTo: "1+1", reason: "is a constant, not a range" },
      sheetScoped: [],
    });
    expect(snapshot.raw.names).toEqual(expected);
    expect(book.syncs).toHaveLength(3);
  });

  it("reads a name of type Range whose formula is not one range as broken, without asking Excel for its range", async () => {
    const book = fakeFromFile();
    redefine(book, "WRES_I4_Accessed", "=OFFSET('Indicators 2-4'!$B$5,0,0,1,3)");
    const def = (await read(book)).raw.names.get("WRES_I4_Accessed")?.workbook;
    expect(def).toEqual({
      kind: "broken",
      refersTo: "OFFSET('Indicators 2-4'!$B$5,0,0,1,3)",
      reason: "is not a range reference",
    });
  });

  it("reads whole a name near the grid's last row, whose cell window the one-sync read would push off the grid", async () => {
    const book = fakeFromFile();
    book.sheet("Indicator 9").cells.set("B1048576", { value: 7 });
    redefine(book, "WRES_I9_Board", "='Indicator 9'!$B$1048576:$D$1048576");
    const def = (await read(book)).raw.names.get("WRES_I9_Board")?.workbook;
    expect(def).toMatchObject({ kind: "range", top: 1_048_575, rows: 1, columns: 3 });
    expect(def?.kind === "range" && def.cells?.[0][0]).toEqual({ type: "number", value: 7, numberFormat: "General" });
  });

  it("reports a name Excel still refuses on its own as broken, and reads the rest", async () => {
    const book = fakeFromFile();
    redefine(book, "WRES_I4_Accessed", "=1+1");
    // A range Excel refuses to give although its formula states one range (a sheet that vanished meanwhile).
    const resolve = book.resolve.bind(book);
    book.resolve = (formula) => (formula.includes("$B$16") ? null : resolve(formula));
    const snapshot = await read(book);
    expect(snapshot.raw.names.get("WRES_I2_RL")?.workbook).toEqual({
      kind: "broken",
      refersTo: "'Indicators 2-4'!$B$16",
      reason: "could not be read by Excel (InvalidArgument)",
    });
    expect(snapshot.raw.names.get("WRES_I2_Appointed")?.workbook?.kind).toBe("range");
  });
});

describe("readWorkbook's facts", () => {
  it("ignores workbook-level names that Excel on the web lists among a sheet's names (their scope says Workbook)", async () => {
    const book = fakeFromFile();
    book.webListsWorkbookNamesOnSheets = true;
    const snapshot = await read(book);
    expect(snapshot.raw).toEqual(readFileRaw(SAMPLE_PATH));
    expect(book.syncs).toHaveLength(1);
  });

  it("learns each sheet's visibility and protection and the workbook's structure protection in the same sync", async () => {
    const book = fakeFromFile();
    book.sheet("Indicator 9").visibility = "Hidden";
    book.sheet("About").protected = true;
    book.structureProtected = true;
    const snapshot = await read(book);
    expect(snapshot.sheets).toContainEqual({ name: "Indicator 9", visibility: "Hidden", protected: false });
    expect(snapshot.sheets).toContainEqual({ name: "About", visibility: "Visible", protected: true });
    expect(snapshot.structureProtected).toBe(true);
    expect(snapshot.recalculated).toBe(false);
    expect(book.syncs).toHaveLength(1);
  });

  it("recalculates first, then reads again, when Excel is set to calculate manually", async () => {
    const book = fakeFromFile();
    book.calculationMode = "Manual";
    const snapshot = await read(book);
    expect(snapshot.recalculated).toBe(true);
    expect(book.writes).toEqual([{ kind: "calculate", calculationType: "Recalculate" }]);
    expect(book.syncs).toHaveLength(2);
  });
});
