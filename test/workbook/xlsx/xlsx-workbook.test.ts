import { UnreadableWorkbookError, XlsxWorkbook } from "../../../src/workbook/xlsx";
import type { WorkbookPort } from "../../../src/workbook/port";
import { rangeOf, valuesWorkbook } from "./fixtures";

describe("XlsxWorkbook: the workbook port over .xlsx bytes", () => {
  it("reads names through the port", async () => {
    const port: WorkbookPort = new XlsxWorkbook(await valuesWorkbook());
    const workbook = await port.readNames(["WRES_Count", "WRES_Missing"]);
    expect(workbook.wresNameCount).toBe(2);
    expect(rangeOf(workbook, "WRES_Count").cells).toEqual([[{ type: "number", value: 42, numberFormat: "General" }]]);
    expect(workbook.names.get("WRES_Missing")?.workbook).toBeNull();
  });

  it("rejects with the reason when the file cannot be read", async () => {
    const port = new XlsxWorkbook(new Uint8Array([0, 1, 2, 3, 4]));
    const failure = port.readNames(["WRES_Count"]);
    await expect(failure).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(failure).rejects.toThrow("is not an .xlsx file (it is not a zip archive)");
  });

  it("never writes", async () => {
    const port = new XlsxWorkbook(await valuesWorkbook());
    await expect(port.writeOutputs([{ name: "WRES_I2_RL", values: [[1.2]], numberFormat: "0.00" }])).rejects.toThrow(
      "never writes files",
    );
  });
});
