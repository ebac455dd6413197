/// <reference types="office-js" />
import { canInsertWorksheets, insertWorksheets, toBase64 } from "../../../src/workbook/office";
import { FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";

describe("inserting a workbook's sheets (Office.js adapter)", () => {
  it("sends the file as base64 in one sync", async () => {
    const book = new FakeWorkbook();
    await book.run((context) => insertWorksheets(context, new Uint8Array([80, 75, 3, 4])));
    expect(book.writes).toEqual([{ kind: "insert-worksheets", base64: "UEsDBA==" }]);
    expect(book.syncs).toHaveLength(1);
  });

  it("encodes files larger than one chunk (32 KiB) whole", () => {
    // 0x8000 + 3 = 32771 bytes of 0xFF: 10923 groups of three, each "////"; the last two bytes give "//8=".
    const bytes = new Uint8Array(0x8000 + 3).fill(0xff);
    const base64 = toBase64(bytes);
    expect(base64).toHaveLength(4 * 10924);
    expect(base64.slice(0, 8)).toBe("////////");
    expect(base64.slice(-4)).toBe("//8=");
    expect(base64.slice(0, -4)).toMatch(/^(\/\/\/\/)+$/);
  });

  it("asks Office for ExcelApi 1.13, where insertWorksheetsFromBase64 arrived", () => {
    const asked: string[] = [];
    const session = {
      isSetSupported: (name: string, version: string) => {
        asked.push(`${name} ${version}`);
        return true;
      },
    };
    expect(canInsertWorksheets(session)).toBe(true);
    expect(asked).toEqual(["ExcelApi 1.13"]);
  });
});
