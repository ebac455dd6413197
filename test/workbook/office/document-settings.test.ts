/// <reference types="office-js" />
import { queueSettingRead, readDocumentSetting, storedValue, writeDocumentSetting } from "../../../src/workbook/office";
import { FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";

describe("the add-in's values in the document (Office.js adapter)", () => {
  it("writes a value under its key and reads it back, one sync each", async () => {
    const book = new FakeWorkbook();
    await book.run((context) => writeDocumentSetting(context, "WRES.settings", '{"smallNumber":5}'));
    expect(book.writes).toEqual([{ kind: "setting", key: "WRES.settings", value: '{"smallNumber":5}' }]);
    expect(await book.run((context) => readDocumentSetting(context, "WRES.settings"))).toBe('{"smallNumber":5}');
    expect(book.syncs).toHaveLength(2);
  });

  it("reads a key that holds nothing as undefined, not as an error", async () => {
    const book = new FakeWorkbook();
    expect(await book.run((context) => readDocumentSetting(context, "WRES.settings"))).toBeUndefined();
    expect(book.syncs).toHaveLength(1);
  });

  it("queues several reads into the caller's one sync", async () => {
    const book = new FakeWorkbook();
    book.settings.set("A", "1");
    const values = await book.run(async (context) => {
      const queued = ["A", "B"].map((key) => queueSettingRead(context, key));
      await context.sync();
      return queued.map(storedValue);
    });
    expect(values).toEqual(["1", undefined]);
    expect(book.syncs).toHaveLength(1);
  });
});
