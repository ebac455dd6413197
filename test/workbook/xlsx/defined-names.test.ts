import { removeDefinedName, setDefinedName, listDefinedNames } from "../../../scripts/xlsx-craft/xlsx-patch";
import { nameOf, rangeOf, readOk, valuesWorkbook } from "./fixtures";

/** valuesWorkbook plus the awkward definitions ExcelJS cannot write. */
async function namesWorkbook(): Promise<Uint8Array> {
  let bytes = await valuesWorkbook();
  const add = (name: string, refersTo: string, localSheetId?: number, hidden?: boolean) => {
    bytes = setDefinedName(bytes, { name, refersTo, localSheetId, hidden });
  };
  add("WRES_Count", "Other!$C$3", 1); // shadows the workbook-scoped WRES_Count on sheet "Other"
  add("wres_count", "'Indicators 2-4'!$B$3", 0); // the same name in other case, on the first sheet
  add("WRES_SheetOnly", "Other!$A$1", 1);
  add("WRES_Ref", "#REF!");
  add("WRES_RefCells", "'Indicators 2-4'!#REF!");
  add("WRES_Constant", "1.0");
  add("WRES_Text", '"hello"');
  add("WRES_TwoAreas", "'Indicators 2-4'!$B$2,'Indicators 2-4'!$B$4");
  add("WRES_Formula", "SUM(Other!$A$1:$A$3)");
  add("WRES_Gone", "'Deleted sheet'!$A$1:$C$1");
  add("WRES_External", "[1]Sheet1!$A$1");
  add("WRES_Columns", "Other!$A:$C");
  add("WRES_Big", "Other!$A$1:$Z$1000");
  add("WRES_JustEnough", "Other!$A$1:$J$1000");
  add("WRES_Hidden", "Other!$C$3", undefined, true);
  add("WRES_CaseSheet", "OTHER!$C$3");
  add("Unrelated", "Other!$A$1");
  add("_xlnm.Print_Area", "Other!$A$1:$C$3", 1);
  add("_xlnm._FilterDatabase", "'Indicators 2-4'!$B$2:$B$18", 0, true);
  return bytes;
}

describe("readXlsx: defined names", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await namesWorkbook();
  });

  it("counts every WRES_ name in any scope, and no built-in _xlnm. name", () => {
    // WRES_Count, WRES_Values (ExcelJS) + 16 WRES_ names added above, 2 of them sheet-scoped copies.
    expect(listDefinedNames(bytes)).toHaveLength(21);
    expect(readOk(bytes, []).wresNameCount).toBe(18);
  });

  it("returns an entry for every requested name, keyed as requested", () => {
    const wb = readOk(bytes, ["WRES_Count", "WRES_Missing", "wres_values"]);
    expect([...wb.names.keys()]).toEqual(["WRES_Count", "WRES_Missing", "wres_values"]);
    expect(nameOf(wb, "WRES_Missing")).toEqual({ name: "WRES_Missing", workbook: null, sheetScoped: [] });
    expect(rangeOf(wb, "wres_values")).toMatchObject({ refersTo: "'Indicators 2-4'!$B$2:$B$18", rows: 17 });
  });

  it("reports sheet-scoped definitions of the name beside the workbook-scoped one, with their sheets", () => {
    const count = nameOf(readOk(bytes, ["WRES_Count"]), "WRES_Count");
    expect(count.workbook).toMatchObject({ kind: "range", refersTo: "'Indicators 2-4'!$B$2", sheet: "Indicators 2-4" });
    expect(count.sheetScoped).toEqual([
      { sheet: "Other", refersTo: "Other!$C$3" },
      { sheet: "Indicators 2-4", refersTo: "'Indicators 2-4'!$B$3" },
    ]);
  });

  it("reports a name that exists only sheet-scoped with no workbook definition", () => {
    expect(nameOf(readOk(bytes, ["WRES_SheetOnly"]), "WRES_SheetOnly")).toEqual({
      name: "WRES_SheetOnly",
      workbook: null,
      sheetScoped: [{ sheet: "Other", refersTo: "Other!$A$1" }],
    });
  });

  it.each([
    ["WRES_Ref", "#REF!", "refers to #REF! (its cells were deleted)"],
    ["WRES_RefCells", "'Indicators 2-4'!#REF!", "refers to #REF! (its cells were deleted)"],
    ["WRES_Constant", "1.0", "is a constant, not a range"],
    ["WRES_Text", '"hello"', "is a constant, not a range"],
    ["WRES_TwoAreas", "'Indicators 2-4'!$B$2,'Indicators 2-4'!$B$4", "refers to several areas, not one range"],
    ["WRES_Formula", "SUM(Other!$A$1:$A$3)", "is not a range reference"],
    ["WRES_Gone", "'Deleted sheet'!$A$1:$C$1", "refers to a sheet that does not exist (Deleted sheet)"],
    ["WRES_External", "[1]Sheet1!$A$1", "refers to another workbook"],
  ])("reports %s (%s) as broken: %s", (name, refersTo, reason) => {
    expect(nameOf(readOk(bytes, [name]), name).workbook).toEqual({ kind: "broken", refersTo, reason });
  });

  it("gives the shape but not the cells of a range too large to be a template block", () => {
    const wb = readOk(bytes, ["WRES_Columns", "WRES_Big", "WRES_JustEnough"]);
    expect(rangeOf(wb, "WRES_Columns")).toMatchObject({
      sheet: "Other",
      top: 0,
      left: 0,
      rows: 1_048_576,
      columns: 3,
      cells: null,
    });
    expect(rangeOf(wb, "WRES_Big")).toMatchObject({ rows: 1000, columns: 26, cells: null });
    const justEnough = rangeOf(wb, "WRES_JustEnough"); // exactly 10,000 cells
    expect(justEnough.cells).toHaveLength(1000);
    expect(justEnough.cells?.[0]).toHaveLength(10);
    expect(justEnough.cells?.[2][2]).toEqual({ type: "number", value: 7, numberFormat: "General" });
    expect(justEnough.cells?.[0][0]).toEqual({ type: "string", value: "other sheet", numberFormat: "General" });
  });

  it("reads hidden names, and matches sheet names case-insensitively", () => {
    const wb = readOk(bytes, ["WRES_Hidden", "WRES_CaseSheet"]);
    expect(rangeOf(wb, "WRES_Hidden").cells).toEqual([[{ type: "number", value: 7, numberFormat: "General" }]]);
    expect(rangeOf(wb, "WRES_CaseSheet")).toMatchObject({ refersTo: "OTHER!$C$3", sheet: "Other", top: 2, left: 2 });
  });

  it("follows the helper's edits: replacing and removing definitions by scope", () => {
    let edited = setDefinedName(bytes, { name: "WRES_Count", refersTo: "Other!$A$1" });
    edited = removeDefinedName(edited, "WRES_Count", 1);
    const count = nameOf(readOk(edited, ["WRES_Count"]), "WRES_Count");
    expect(count.workbook).toMatchObject({ refersTo: "Other!$A$1", sheet: "Other" });
    expect(count.sheetScoped).toEqual([{ sheet: "Indicators 2-4", refersTo: "'Indicators 2-4'!$B$3" }]);

    const none = removeDefinedName(bytes, "WRES_Count");
    expect(nameOf(readOk(none, ["WRES_Count"]), "WRES_Count")).toEqual({
      name: "WRES_Count",
      workbook: null,
      sheetScoped: [],
    });
    expect(readOk(none, []).wresNameCount).toBe(15);
  });

  it("reads a workbook without any defined names", async () => {
    let bare = await valuesWorkbook();
    bare = removeDefinedName(removeDefinedName(bare, "WRES_Count"), "WRES_Values");
    expect(listDefinedNames(bare)).toEqual([]);
    const wb = readOk(bare, ["WRES_Count"]);
    expect(wb.wresNameCount).toBe(0);
    expect(nameOf(wb, "WRES_Count").workbook).toBeNull();
  });
});
