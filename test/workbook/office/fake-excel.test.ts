/// <reference types="office-js" />
/**
 * The fake is strict where Excel is documented to throw, and where Excel's behaviour is not
 * documented: these tests keep it so (a lenient fake lets adapter tests pass by assumption).
 */

import { FakeOfficeError, FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";

function sample(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.sheet("Data").cells.set("A1", { value: 1 });
  book.sheet("Other");
  book.define("One", "=Data!$A$1");
  book.define("Sum", "=1+1");
  book.define("Two", "=Data!$A$1,Data!$B$2");
  book.define("Gone", "=#REF!");
  return book;
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "resolved";
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : String(e);
  }
};

describe("the strict fake Excel", () => {
  it.each([
    ["getOffsetRange above row 1", (r: Excel.Range) => r.getOffsetRange(-1, 0)],
    ["getCell left of column A", (r: Excel.Range) => r.getCell(0, -1)],
    ["getResizedRange to no rows", (r: Excel.Range) => r.getResizedRange(-1, 0)],
    ["getCell below the grid", (r: Excel.Range) => r.getEntireColumn().getLastRow().getCell(1, 0)],
  ])("fails the sync on %s (outside the worksheet grid)", async (_label, derive) => {
    const code = await codeOf(
      sample().run(async (context) => {
        derive(context.workbook.names.getItem("One").getRange()).load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("derives ranges as Excel does: entire rows and columns, cells, bounding rectangles", async () => {
    await sample().run(async (context) => {
      const one = context.workbook.names.getItem("One").getRange();
      const b3 = one.getCell(2, 1);
      const box = b3.getBoundingRect(one.getEntireRow().getCell(0, 0)).load("address");
      const column = one.getEntireColumn().getLastRow().load("address");
      const wide = b3.getEntireRow().getCell(0, 0).getResizedRange(1, 2).getOffsetRange(1, 0).load("address");
      await context.sync();
      expect(box.address).toBe("Data!A1:B3");
      expect(column.address).toBe("Data!A1048576");
      expect(wide.address).toBe("Data!A4:C5");
    });
  });

  it("throws PropertyNotLoaded for a property of a collection's item that was not loaded", async () => {
    const book = sample();
    await book.run(async (context) => {
      const names = context.workbook.names.load("items/name");
      await context.sync();
      expect(names.items[0].name).toBe("One");
      expect(() => names.items[0].formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it.each(["Sum", "Two", "Gone", "Missing"])("fails the sync on getRange() of %s", async (name) => {
    const book = sample();
    const code = await codeOf(
      book.run(async (context) => {
        context.workbook.names.getItem(name).getRange().load("address");
        await context.sync();
      }),
    );
    expect(code).not.toBe("resolved");
  });

  it("gives a null range for a name of another type, as documented, and refuses methods on null objects", async () => {
    const book = sample();
    await book.run(async (context) => {
      const range = context.workbook.names.getItem("Sum").getRangeOrNullObject();
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
    const code = await codeOf(
      book.run(async (context) => {
        context.workbook.names.getItemOrNullObject("Missing").getRangeOrNullObject();
        await context.sync();
      }),
    );
    expect(code).toBe("FakeUndocumented");
  });

  it("refuses to delete a very hidden sheet or the last visible one, and to activate a hidden one", async () => {
    const book = sample();
    book.sheet("Other").visibility = "VeryHidden";
    const attempt = (command: (context: Excel.RequestContext) => void) =>
      codeOf(
        book.run(async (context) => {
          command(context);
          await context.sync();
        }),
      );
    expect(await attempt((c) => c.workbook.worksheets.getItem("Other").delete())).toBe("InvalidOperation");
    expect(await attempt((c) => c.workbook.worksheets.getItem("Data").delete())).toBe("InvalidOperation");
    expect(await attempt((c) => c.workbook.worksheets.getItem("Other").activate())).toBe("InvalidOperation");
    expect(book.sheets).toHaveLength(2);
  });

  it("refuses writes to a protected sheet and writes of the wrong shape", async () => {
    const book = sample();
    const write = (values: unknown[][]) =>
      codeOf(
        book.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1, 1).values = values;
          await context.sync();
        }),
      );
    expect(await write([[1, 2]])).toBe("InvalidArgument");
    book.sheet("Data").protected = true;
    expect(await write([[5]])).toBe("AccessDenied");
    expect(book.cell("Data", 0, 0).value).toBe(1);
  });

  it.each([
    ["partial", 2],
    ["atomic", 1],
  ] as const)("keeps, when a command fails in %s mode, what Excel would (B1 = %i)", async (mode, expected) => {
    const book = sample();
    book.failureMode = mode;
    book.sheet("Data").cells.set("B1", { value: 1 });
    const code = await codeOf(
      book.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRangeByIndexes(0, 1, 1, 1).values = [[2]];
        sheet.getRangeByIndexes(0, 1, 1, 1).values = [[3, 4]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(book.cell("Data", 0, 1).value).toBe(expected);
  });
});
