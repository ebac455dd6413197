/// <reference types="office-js" />
import { calculateWorkbook, CONTRACT, specOf, templateNames, type OutputBlock } from "../../../src/wres";
import {
  assertOutputsOnly,
  CHECKS_SHEET_NAME,
  cellLink,
  checksRows,
  readWorkbook,
  writeCheck,
} from "../../../src/workbook/office";
import type { FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { fakeFromFile, formulaOf } from "../../../scripts/fake-excel/fixtures";

type Checked = Extract<ReturnType<typeof calculateWorkbook>, { kind: "checked" }>;

/** Read, check and write as Calculate does, in one run; returns the check. */
async function calculate(book: FakeWorkbook): Promise<Checked> {
  return book.run(async (context) => {
    const snapshot = await readWorkbook(context, templateNames());
    const check = calculateWorkbook(snapshot.raw);
    if (check.kind !== "checked") throw new Error("expected a WRES workbook");
    await writeCheck(context, {
      outputs: check.outputs,
      flags: check.flags,
      sheets: snapshot.sheets,
      structureProtected: snapshot.structureProtected,
      store: new Map([["WRES.lastWritten", "{}"]]),
    });
    return check;
  });
}

/** The address Excel reports for a name's range, from its definition ("'Indicator 1'!$B$5:$D$5" → "'Indicator 1'!B5:D5"). */
function addressOfName(book: FakeWorkbook, name: string): string {
  return formulaOf(book, name).slice(1).replace(/\$/g, "");
}

describe("writeCheck (Office.js adapter)", () => {
  it("reads and writes a whole Calculate in two syncs", async () => {
    const book = fakeFromFile();
    await calculate(book);
    expect(book.syncs).toHaveLength(2);
  });

  it("writes the domain's outputs, values and number formats, only into output names", async () => {
    const book = fakeFromFile();
    const check = await calculate(book);
    const blockWrites = book.writes.filter(
      (w) => (w.kind === "values" || w.kind === "numberFormat") && !w.address.startsWith(`'${CHECKS_SHEET_NAME}'`),
    );
    const expected = check.outputs.flatMap((block: OutputBlock) => [
      {
        kind: "numberFormat",
        address: addressOfName(book, block.name),
        // Per column where a block's columns differ (WRES_Goals: counts and percentages).
        data: block.values.map((row) => row.map((_, c) => block.columnFormats?.[c] ?? block.numberFormat)),
      },
      {
        kind: "values",
        address: addressOfName(book, block.name),
        data: block.values.map((r) => r.map((v) => v ?? "")),
      },
    ]);
    expect(blockWrites).toEqual(expected);
    expect(check.outputs.every((b) => specOf(b.name).role === "output")).toBe(true);

    const inputAddresses = new Set(CONTRACT.filter((s) => s.role === "input").map((s) => addressOfName(book, s.name)));
    expect(blockWrites.filter((w) => "address" in w && inputAddresses.has(w.address))).toEqual([]);
  });

  it("leaves every input cell as it was", async () => {
    const book = fakeFromFile();
    const before = await book.run((context) =>
      readWorkbook(
        context,
        templateNames((s) => s.role === "input"),
      ),
    );
    await calculate(book);
    const after = await book.run((context) =>
      readWorkbook(
        context,
        templateNames((s) => s.role === "input"),
      ),
    );
    expect(after.raw).toEqual(before.raw);
  });

  it("replaces the WRES checks sheet's content: a header, one row per flag, a link to each flag's cell", async () => {
    const book = fakeFromFile();
    await calculate(book);
    const check = await calculate(book);
    const sheetWrites = book.writes.filter((w) => "sheet" in w && w.sheet === CHECKS_SHEET_NAME);
    // Cleared and reused, never deleted: deleting fails on a very hidden sheet or a protected structure.
    expect(sheetWrites.map((w) => w.kind)).toEqual(["add-sheet", "clear-sheet"]);

    const sheet = book.findSheet(CHECKS_SHEET_NAME);
    expect(sheet?.frozenRows).toBe(1);
    expect(book.cell(CHECKS_SHEET_NAME, 0, 0).value).toBe("Severity");
    expect(book.cell(CHECKS_SHEET_NAME, 0, 5).value).toBe("Cell");
    const firstWithCell = check.flags.findIndex((f) => f.cell !== null);
    const row = book.cell(CHECKS_SHEET_NAME, firstWithCell + 1, 5);
    expect(row.formula).toBe(cellLink(check.flags[firstWithCell].cell!));
    expect(book.cell(CHECKS_SHEET_NAME, check.flags.length, 4).value).toBe(check.flags.at(-1)?.message);
    expect(book.cell(CHECKS_SHEET_NAME, check.flags.length + 1, 4).value).toBeNull();
  });

  it("stores the values it is given in the document", async () => {
    const book = fakeFromFile();
    await calculate(book);
    expect(book.settings.get("WRES.lastWritten")).toBe("{}");
  });

  it("refuses to write an input name before anything is queued", async () => {
    const book = fakeFromFile();
    const input: OutputBlock = { name: "WRES_I2_Shortlisted", values: [[1, 2, 3]], numberFormat: "#,##0" };
    await expect(
      book.run((context) =>
        writeCheck(context, { outputs: [input], flags: [], sheets: [], structureProtected: false, store: new Map() }),
      ),
    ).rejects.toThrow("WRES_I2_Shortlisted is an input name; the add-in never writes inputs.");
    expect(book.syncs).toEqual([]);
    expect(book.writes).toEqual([]);
    expect(() => assertOutputsOnly([{ name: "NOT_A_NAME", values: [[1]], numberFormat: "0" }])).toThrow(
      "Not a template name",
    );
  });
});

describe("checksRows", () => {
  it("links within the workbook, quoting what a formula string needs", () => {
    expect(cellLink("'Indicators 2-4'!D7")).toBe(`=HYPERLINK("#'Indicators 2-4'!D7","'Indicators 2-4'!D7")`);
    expect(cellLink(`'Say "hi"'!A1`)).toBe(`=HYPERLINK("#'Say ""hi""'!A1","'Say ""hi""'!A1")`);
  });

  it("gives one row per flag, with no link where the flag has no cell", () => {
    expect(
      checksRows([
        { code: "MISSING_NAME", severity: "error", indicator: "I2", name: "WRES_I2_RL", cell: null, message: "M" },
      ]),
    ).toEqual([{ text: ["error", "MISSING_NAME", "I2", "WRES_I2_RL", "M"], link: "" }]);
    expect(checksRows([])).toHaveLength(1);
  });
});
