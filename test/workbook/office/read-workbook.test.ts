/// <reference types="office-js" />
import { validateWorkbook, CONTRACT, templateNames, type Flag } from "../../../src/wres";
import { readWorkbook } from "../../../src/workbook/office";
import { FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import {
  fakeFromFile,
  formulaOf,
  readFileRaw,
  redefine,
  SAMPLE_PATH,
  TEMPLATE_PATH,
} from "../../../scripts/fake-excel/fixtures";

const NAMES = templateNames();

async function read(book: FakeWorkbook, names: readonly string[] = NAMES, keys: readonly string[] = []) {
  return book.run((context) => readWorkbook(context, names, keys));
}

function flagsFor(flags: readonly Flag[], name: string): Flag[] {
  return flags.filter((f) => f.name === name);
}

async function flagsAfterRead(book: FakeWorkbook): Promise<readonly Flag[]> {
  const check = validateWorkbook((await read(book)).raw);
  if (check.kind !== "checked") throw new Error("expected a WRES workbook");
  return check.flags;
}

describe("readWorkbook (Office.js adapter)", () => {
  it.each([
    ["the sample", SAMPLE_PATH],
    ["the blank template", TEMPLATE_PATH],
  ])("reads %s exactly as the .xlsx reader reads the same workbook", async (_label, file) => {
    const snapshot = await read(fakeFromFile(file));
    expect(snapshot.raw).toEqual(readFileRaw(file));
  });

  it("reads every template name in one sync", async () => {
    const book = fakeFromFile();
    await read(book);
    expect(book.syncs).toHaveLength(1);
  });

  it.each([1, 5, NAMES.length])("uses one sync whatever the number of names (%i)", async (count) => {
    const book = fakeFromFile();
    const snapshot = await read(book, NAMES.slice(0, count));
    expect(book.syncs).toHaveLength(1);
    expect(snapshot.raw.names.size).toBe(count);
  });

  it("lists the sheets and the stored values in the same sync", async () => {
    const book = fakeFromFile();
    book.settings.set("WRES.lastWritten", '{"WRES_I2_RL":[[1.5]]}');
    const snapshot = await read(book, NAMES, ["WRES.lastWritten", "WRES.absent"]);
    expect(book.syncs).toHaveLength(1);
    expect(snapshot.sheetNames).toEqual([
      "About",
      "Indicator 1",
      "Indicators 2-4",
      "Indicators 5-8",
      "Indicator 9",
      "Earlier years",
      "Action plan",
      "Goals",
    ]);
    expect(snapshot.stored).toEqual(new Map([["WRES.lastWritten", '{"WRES_I2_RL":[[1.5]]}']]));
  });

  it("gives a missing name no definition, which the domain flags", async () => {
    const book = fakeFromFile();
    redefine(book, "WRES_I2_Appointed", null);
    const snapshot = await read(book);
    expect(snapshot.raw.names.get("WRES_I2_Appointed")).toEqual({
      name: "WRES_I2_Appointed",
      workbook: null,
      sheetScoped: [],
    });
    expect(snapshot.raw.wresNameCount).toBe(CONTRACT.length - 1);
    expect(flagsFor(await flagsAfterRead(book), "WRES_I2_Appointed")).toMatchObject([
      { code: "MISSING_NAME", severity: "error" },
    ]);
  });

  it("reads a #REF! name as broken, with the .xlsx reader's reason", async () => {
    const book = fakeFromFile();
    redefine(book, "WRES_I3_Entered", "='Indicators 2-4'!#REF!");
    const snapshot = await read(book);
    expect(snapshot.raw.names.get("WRES_I3_Entered")?.workbook).toEqual({
      kind: "broken",
      refersTo: "'Indicators 2-4'!#REF!",
      reason: "refers to #REF! (its cells were deleted)",
    });
    const [flag] = flagsFor(await flagsAfterRead(book), "WRES_I3_Entered");
    expect(flag).toMatchObject({ code: "BROKEN_NAME", severity: "error" });
    expect(flag.message).toContain("refers to #REF!");
  });

  it.each([
    ["a constant", "=42", "is a constant, not a range"],
    [
      "several areas",
      "='Indicators 2-4'!$B$5:$D$5,'Indicators 2-4'!$B$7:$D$7",
      "refers to several areas, not one range",
    ],
    ["a missing sheet", "=Gone!$A$1:$C$1", "refers to a sheet that does not exist (Gone)"],
  ])("reads a name that is %s as broken", async (_label, formula, reason) => {
    const book = fakeFromFile();
    redefine(book, "WRES_I4_Accessed", formula);
    const snapshot = await read(book);
    expect(snapshot.raw.names.get("WRES_I4_Accessed")?.workbook).toEqual({
      kind: "broken",
      refersTo: formula.slice(1),
      reason,
    });
  });

  it("reads a block of the wrong shape with its cells, and the domain flags it", async () => {
    const book = fakeFromFile();
    const formula = formulaOf(book, "WRES_I2_Shortlisted").replace(/:\$D\$(\d+)$/, ":$C$$$1");
    redefine(book, "WRES_I2_Shortlisted", formula);
    const def = (await read(book)).raw.names.get("WRES_I2_Shortlisted")?.workbook;
    expect(def).toMatchObject({ kind: "range", rows: 1, columns: 2 });
    expect(def?.kind === "range" && def.cells?.[0]).toHaveLength(2);
    expect(flagsFor(await flagsAfterRead(book), "WRES_I2_Shortlisted")).toMatchObject([{ code: "WRONG_SHAPE" }]);
  });

  it("reads the labels beside a block on a sheet's first row in the same one sync: there is no row above", async () => {
    const book = fakeFromFile();
    book.sheet("Indicators 2-4").cells.set("A1", { value: "Shortlisted" });
    book.sheet("Indicators 2-4").cells.set("B1", { value: 400 });
    redefine(book, "WRES_I2_Shortlisted", "='Indicators 2-4'!$B$1:$D$1");
    const def = (await read(book)).raw.names.get("WRES_I2_Shortlisted")?.workbook;
    expect(book.syncs).toHaveLength(1);
    expect(def).toMatchObject({ kind: "range", top: 0, surroundings: { left: [["Shortlisted"]], above: null } });
  });

  it("reads the labels beside a block: the nearest text to its left and the row above it", async () => {
    const book = fakeFromFile();
    const def = (await read(book)).raw.names.get("WRES_I2_Likelihood_PY")?.workbook;
    // 'Indicators 2-4'!G13:H13, its twin's label in F13 beside the reporting year's cells in A13:C13.
    expect(def).toMatchObject({
      kind: "range",
      surroundings: {
        left: [["Likelihood", null, null, null, null, "Likelihood"]],
        above: ["White %", "BME %"],
      },
    });
  });

  it("does not load the cells of a name that covers whole columns", async () => {
    const book = fakeFromFile();
    redefine(book, "WRES_I9_Board", "='Indicator 9'!$B:$D");
    const def = (await read(book)).raw.names.get("WRES_I9_Board")?.workbook;
    expect(def).toMatchObject({ kind: "range", top: 0, rows: 1_048_576, columns: 3, cells: null });
    expect(book.syncs).toHaveLength(1);
    expect(flagsFor(await flagsAfterRead(book), "WRES_I9_Board")).toMatchObject([{ code: "WRONG_SHAPE" }]);
  });

  it("reads a name that exists only on one sheet as sheet-scoped, flagged as an error", async () => {
    const book = fakeFromFile();
    const formula = formulaOf(book, "WRES_OrgCode");
    redefine(book, "WRES_OrgCode", null);
    book.sheet("About").names.push({ name: "WRES_OrgCode", formula });
    const snapshot = await read(book);
    expect(snapshot.raw.names.get("WRES_OrgCode")).toEqual({
      name: "WRES_OrgCode",
      workbook: null,
      sheetScoped: [{ sheet: "About", refersTo: formula.slice(1) }],
    });
    expect(snapshot.raw.wresNameCount).toBe(CONTRACT.length);
    expect(flagsFor(await flagsAfterRead(book), "WRES_OrgCode")).toMatchObject([
      { code: "SHEET_SCOPED_NAME", severity: "error" },
    ]);
  });

  it("reads a sheet-scoped name that shadows the workbook one, flagged as a warning", async () => {
    const book = fakeFromFile();
    book.sheet("Indicator 9").names.push({ name: "wres_i9_board", formula: "='Indicator 9'!$H$1:$J$5" });
    const snapshot = await read(book);
    expect(snapshot.raw.names.get("WRES_I9_Board")?.sheetScoped).toEqual([
      { sheet: "Indicator 9", refersTo: "'Indicator 9'!$H$1:$J$5" },
    ]);
    expect(snapshot.raw.names.get("WRES_I9_Board")?.workbook?.kind).toBe("range");
    const scoped = flagsFor(await flagsAfterRead(book), "WRES_I9_Board").filter((f) => f.code === "SHEET_SCOPED_NAME");
    expect(scoped).toMatchObject([{ severity: "warning" }]);
  });

  it("counts no WRES names in a workbook without them, so the domain says it is not WRES", async () => {
    const book = new FakeWorkbook();
    book.sheet("Sheet1");
    book.define("Budget", "=Sheet1!$A$1");
    const snapshot = await read(book);
    expect(snapshot.raw.wresNameCount).toBe(0);
    expect(validateWorkbook(snapshot.raw).kind).toBe("not-wres");
    // Two: the one-sync read is refused as soon as a name is missing (it no longer relies on
    // undocumented null-object chaining), then the names are read on their own.
    expect(book.syncs).toHaveLength(2);
  });
});
