/**
 * Create report in Excel, on the fake workbook: the "WRES charts" sheet rebuilt (a read and a
 * write), then the .docx offered as a download; on Mac, where the webview ignores downloads,
 * the pane's page opened in the system's browser instead.
 */

import { fakeFromFile } from "../../../scripts/fake-excel/fixtures";
import { CHARTS_SHEET_NAME } from "../../../src/workbook/office/charts-sheet";
import { checkSample } from "../sample";
import { errorOf, serviceOn, valueOf } from "./excel-service-support";

const REPORT = "Northmoor-Valley-NHS-Foundation-Trust-WRES-2025.docx";

test("rebuilds the charts sheet in two syncs, then offers the .docx of the results shown", async () => {
  const book = fakeFromFile();
  const saveFile = jest.fn();
  const delivery = valueOf(
    await serviceOn(book, { saveFile, platform: () => "PC" }).createReport(checkSample(), "docx"),
  );
  expect(book.syncs).toHaveLength(2);
  // The sample is a 1.1 workbook with earlier years: RLs, representation, and the series.
  expect(book.findSheet(CHARTS_SHEET_NAME)?.charts).toHaveLength(3);
  expect(delivery).toEqual({
    delivered: "downloaded",
    fileName: REPORT,
    draft: "DRAFT: 4 errors", // the sample as validated has 4 errors
    notices: ['The "WRES charts" sheet was rebuilt: 3 Excel charts of the outputs, to copy into your own papers.'],
  });
  expect(saveFile).toHaveBeenCalledTimes(1);
  const [blob, name] = saveFile.mock.calls[0] as [Blob, string];
  expect(name).toBe(REPORT);
  expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
});

test('a user\'s own "WRES charts" sheet: left alone, said so, and the report is still offered', async () => {
  const book = fakeFromFile();
  book.sheet(CHARTS_SHEET_NAME).cells.set("A1", { value: "mine" });
  const saveFile = jest.fn();
  const delivery = valueOf(await serviceOn(book, { saveFile }).createReport(checkSample(), "html"));
  expect(delivery.notices).toEqual([
    'The "WRES charts" sheet was not rebuilt: the workbook already has a sheet named "WRES charts" that the add-in did not make, and the add-in never deletes a sheet of yours. Rename that sheet, then Create report again to have the charts.',
  ]);
  expect(book.findSheet(CHARTS_SHEET_NAME)?.cells.get("A1")?.value).toBe("mine");
  expect(saveFile).toHaveBeenCalledWith(expect.any(Blob), REPORT.replace(/docx$/, "html"));
});

test("Excel on Mac: the pane's page opens in the system's browser (no download attempted)", async () => {
  const book = fakeFromFile();
  const saveFile = jest.fn();
  const openBrowserWindow = jest.fn(() => true);
  const service = serviceOn(book, {
    saveFile,
    platform: () => "Mac",
    openBrowserWindow,
    baseUrl: () => "https://wres.example.nhs.uk/addin/taskpane.html?_host_Info=Excel$Mac#x",
  });
  const delivery = valueOf(await service.createReport(checkSample(), "docx"));
  expect(openBrowserWindow).toHaveBeenCalledWith("https://wres.example.nhs.uk/addin/taskpane.html");
  expect(saveFile).not.toHaveBeenCalled();
  expect(delivery.delivered).toBe("browser");
  expect(delivery.notices[1]).toMatch(/^Excel on Mac does not let add-ins save files, so the WRES page has opened/);
  expect(book.findSheet(CHARTS_SHEET_NAME)?.charts).toHaveLength(3); // the charts sheet is rebuilt there too
});

test("Excel on Mac without a way to open the browser: says what to do instead", async () => {
  const service = serviceOn(fakeFromFile(), {
    platform: () => "Mac",
    openBrowserWindow: () => false,
    baseUrl: () => "https://wres.example.nhs.uk/addin/taskpane.html",
  });
  const error = errorOf(await service.createReport(checkSample(), "docx"));
  expect(error.message).toBe("Excel on Mac does not let add-ins save files, so the report cannot be downloaded here.");
  expect(error.advice).toContain("https://wres.example.nhs.uk/addin/taskpane.html");
  expect(error.advice).toMatch(
    /The "WRES charts" sheet was rebuilt: 3 Excel charts of the outputs, to copy into your own papers\.$/,
  );
});

test("a report that cannot be offered still says what became of the charts sheet", async () => {
  const book = fakeFromFile();
  const saveFile = jest.fn(() => {
    throw new Error("downloads are blocked");
  });
  const error = errorOf(await serviceOn(book, { saveFile, platform: () => "PC" }).createReport(checkSample(), "docx"));
  expect(error.message).toBe("The report could not be offered as a download (downloads are blocked).");
  expect(error.advice).toBe(
    'Allow downloads for this page, then choose Create report again. The "WRES charts" sheet was rebuilt: 3 Excel charts of the outputs, to copy into your own papers.',
  );
  expect(book.findSheet(CHARTS_SHEET_NAME)?.charts).toHaveLength(3);
});

test("the service says where Create report opens the browser instead of offering a file: Excel on Mac only", () => {
  expect(serviceOn(fakeFromFile(), { platform: () => "Mac" }).reportOpensInBrowser()).toBe(true);
  expect(serviceOn(fakeFromFile(), { platform: () => "PC" }).reportOpensInBrowser()).toBe(false);
  expect(serviceOn(fakeFromFile(), { platform: () => "OfficeOnline" }).reportOpensInBrowser()).toBe(false);
});
