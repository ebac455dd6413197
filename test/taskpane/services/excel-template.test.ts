/// <reference types="office-js" />
/**
 * Insert template where Excel cannot insert (iPad), and where it breaks the template's names
 * while inserting; the template as a file on Mac, whose webview does nothing with a download link.
 */

import { readFileSync } from "node:fs";
import { templateNames } from "../../../src/wres";
import { DONE } from "../../../src/taskpane/wres-service";
import * as xlsx from "../../../src/workbook/xlsx";
import { FakeOfficeError, FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { formulaOf, insertsTemplate, TEMPLATE_PATH } from "../../../scripts/fake-excel/fixtures";
import { errorOf, serviceOn } from "./excel-service-support";

const TEMPLATE_BYTES = new Uint8Array(readFileSync(TEMPLATE_PATH));
/** The template served with the pane, and the .xlsx reader (the pane loads it on demand; here it is at hand). */
const TEMPLATE_HOST = {
  fetchBytes: () => Promise.resolve(TEMPLATE_BYTES),
  loadXlsxReader: () => Promise.resolve(xlsx),
};

/** A blank workbook into which inserting the template leaves these names as `#REF!`. */
function bookBreakingNames(broken: readonly string[]): FakeWorkbook {
  const book = new FakeWorkbook();
  book.sheet("Sheet1");
  insertsTemplate(book);
  const insert = book.onInsertWorksheets!;
  book.onInsertWorksheets = (target, base64) => {
    insert(target, base64);
    for (const n of target.names.filter((x) => broken.includes(x.name))) {
      target.names.splice(target.names.indexOf(n), 1, { name: n.name, formula: "=#REF!" });
    }
  };
  return book;
}

describe("Insert template", () => {
  it("is not offered on iPad, which reports ExcelApi 1.13 but cannot insert sheets", () => {
    expect(serviceOn(new FakeWorkbook(), { platform: () => "iOS" }).canInsertTemplate()).toBe(false);
    expect(serviceOn(new FakeWorkbook(), { platform: () => "OfficeOnline" }).canInsertTemplate()).toBe(true);
  });

  it("re-creates, from the template's own definitions, the names Excel left as #REF!", async () => {
    const broken = ["WRES_I2_RL", "WRES_OrgCode"];
    const book = bookBreakingNames(broken);
    const service = serviceOn(book, TEMPLATE_HOST);
    expect(await service.insertTemplate()).toEqual(DONE);
    const template = new FakeWorkbook();
    insertsTemplate(template);
    template.onInsertWorksheets!(template, "");
    for (const name of broken) expect(formulaOf(book, name)).toBe(formulaOf(template, name));
    // In the template's order.
    expect(book.writes.filter((w) => w.kind === "add-name").map((w) => "name" in w && w.name)).toEqual([
      "WRES_OrgCode",
      "WRES_I2_RL",
    ]);
    // Insert and re-read, the names listed, re-created and re-read.
    expect(book.syncs).toHaveLength(3);
    expect(templateNames().every((n) => book.findName(n))).toBe(true);
  });

  it("says which names are still broken and offers the file when Excel refuses to re-create them", async () => {
    const book = bookBreakingNames(["WRES_I2_RL"]);
    book.faults.addName = new FakeOfficeError("InvalidArgument", "The name cannot be added.");
    const error = errorOf(await serviceOn(book, TEMPLATE_HOST).insertTemplate());
    expect(error.message).toBe(
      "The template's sheets were inserted, but Excel broke these names and they could not be re-created: WRES_I2_RL.",
    );
    expect(error.advice).toContain("Download the WRES template");
  });
});

describe("The template as a file", () => {
  it("opens in the system browser on Mac, at its absolute URL", () => {
    const opened: string[] = [];
    const service = serviceOn(new FakeWorkbook(), {
      platform: () => "Mac",
      baseUrl: () => "https://wres.example.nhs.uk/pane/taskpane.html",
      openBrowserWindow: (url) => {
        opened.push(url);
        return true;
      },
    });
    expect(service.openTemplateInBrowser()).toBe(true);
    expect(opened).toEqual(["https://wres.example.nhs.uk/pane/assets/wres-template.xlsx"]);
  });

  it("is left to the download link elsewhere, or where the host has no browser window", () => {
    const open = jest.fn(() => true);
    const base = { baseUrl: () => "https://x.example/taskpane.html", openBrowserWindow: open };
    expect(serviceOn(new FakeWorkbook(), { ...base, platform: () => "PC" }).openTemplateInBrowser()).toBe(false);
    expect(
      serviceOn(new FakeWorkbook(), {
        ...base,
        platform: () => "Mac",
        openBrowserWindow: () => false,
      }).openTemplateInBrowser(),
    ).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
