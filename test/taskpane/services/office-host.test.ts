/// <reference types="office-js" />
/**
 * The service on Office's own globals (Excel.run, Office.context.requirements), mocked with
 * office-addin-mock as `yo office` projects do: Go to cell is one batch with one sync that
 * activates the sheet and selects the range, and Insert template asks for ExcelApi 1.13.
 */

import { OfficeMockObject } from "office-addin-mock";
import { ExcelWresService } from "../../../src/taskpane/services/excel-wres-service";
import { DONE } from "../../../src/taskpane/wres-service";

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

function mockOffice(supported: boolean, delayForCellEdit = false) {
  const calls: string[] = [];
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: (sheet: string) => ({
          activate: () => calls.push(`activate ${sheet}`),
          getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => ({
            select: () => calls.push(`select ${top},${left} ${rows}x${columns}`),
          }),
        }),
      },
    },
  });
  const sync = jest.spyOn(context, "sync");
  const runOptions: unknown[] = [];
  g.Excel = new OfficeMockObject({
    run: async (...args: unknown[]) => {
      // Excel.run(batch) or Excel.run(options, batch).
      runOptions.push(args.length > 1 ? args[0] : undefined);
      return (args[args.length - 1] as (c: unknown) => Promise<unknown>)(context);
    },
  });
  g.Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && ((supported && version === "1.13") || (delayForCellEdit && version === "1.11")),
      },
    },
  });
  return { calls, sync, runOptions };
}

describe("ExcelWresService on Office's globals", () => {
  it("goes to a cell in one sync", async () => {
    const office = mockOffice(true);
    expect(await new ExcelWresService().goToCell("'Indicators 2-4'!D7:F7")).toEqual(DONE);
    expect(office.calls).toEqual(["activate Indicators 2-4", "select 6,3 1x3"]);
    expect(office.sync).toHaveBeenCalledTimes(1);
  });

  it("asks Excel to wait for a cell edit to finish where the host supports it (ExcelApi 1.11), and not elsewhere", async () => {
    const office = mockOffice(true, true);
    await new ExcelWresService().goToCell("'Indicators 2-4'!D7");
    expect(office.runOptions).toEqual([{ delayForCellEdit: true }]);
    const older = mockOffice(true, false);
    await new ExcelWresService().goToCell("'Indicators 2-4'!D7");
    expect(older.runOptions).toEqual([undefined]);
  });

  it("offers to insert the template only where ExcelApi 1.13 is supported", () => {
    mockOffice(true);
    expect(new ExcelWresService().canInsertTemplate()).toBe(true);
    mockOffice(false);
    expect(new ExcelWresService().canInsertTemplate()).toBe(false);
  });
});
