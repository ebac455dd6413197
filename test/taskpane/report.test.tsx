/** @jest-environment jsdom */
/**
 * Create report in the pane: the button appears with results, asks the format (and, for a
 * workbook with errors, whether to make a draft), and the file service downloads the same .docx
 * or page `wres report` writes, made from the results shown.
 */

import { checkSample, fakeService, renderPane, SAMPLE_BYTES, type FakeService } from "./support";
import { screen, waitFor, within } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { FileWresService } from "../../src/taskpane/services/file-wres-service";
import type { SaveFile } from "../../src/taskpane/services/report-download";
import { success, type CheckedWorkbook } from "../../src/taskpane/wres-service";
import { docxText } from "../report/support";

const SAMPLE_ORGANISATION = "Northmoor Valley NHS Foundation Trust";
const SAMPLE_REPORT = "Northmoor-Valley-NHS-Foundation-Trust-WRES-2025";

/** The sample as validated, with `errors` errors: the pane's results of a workbook that has some. */
function withErrors(errors: number): CheckedWorkbook {
  const check = checkSample();
  return { ...check, counts: { ...check.counts, errors } };
}

interface Saved {
  readonly blob: Blob;
  readonly fileName: string;
}

/** A file-mode pane whose Create report is the real file service's, saving into `saved`. */
function paneWithRealReports(check: CheckedWorkbook): { service: FakeService; saved: Saved[] } {
  const saved: Saved[] = [];
  const save: SaveFile = (blob, fileName) => saved.push({ blob, fileName });
  const real = new FileWresService(undefined, () => Promise.resolve(SAMPLE_BYTES), undefined, save);
  const service = fakeService("file");
  service.validate.mockResolvedValue(success({ kind: "checked", check, written: false, fileName: "wres-sample.xlsx" }));
  service.createReport.mockImplementation((c, format) => real.createReport(c, format));
  return { service, saved };
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader reads one). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

test("no Create report before there are results; then it opens its question, which Cancel closes making nothing", async () => {
  const service = fakeService("excel");
  const { user } = renderPane(service);
  expect(screen.queryByRole("button", { name: "Create report…" })).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Validate only" }));
  const button = await screen.findByRole("button", { name: "Create report…" });
  await user.click(button);
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByRole("radio", { name: /Word document \(\.docx\)/ })).toBeChecked();
  expect(within(dialog).getByText(/rebuilds the "WRES charts" sheet/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(service.createReport).not.toHaveBeenCalled();
  // Focus goes back to the button, where the keyboard user was.
  await waitFor(() => expect(screen.getByRole("button", { name: "Create report…" })).toHaveFocus());
});

test("Excel on Mac: the question asks no format and no draft, says the WRES page opens in the browser, and opens it", async () => {
  const service = fakeService("excel");
  service.reportOpensInBrowser.mockReturnValue(true);
  service.validate.mockResolvedValue(
    success({ kind: "checked", check: withErrors(3), written: false, fileName: null }),
  );
  const { user } = renderPane(service);
  await user.click(screen.getByRole("button", { name: "Validate only" }));
  await user.click(await screen.findByRole("button", { name: "Create report…" }));
  const dialog = await screen.findByRole("dialog", { name: "Create the board report" });
  expect(within(dialog).queryByRole("radio")).not.toBeInTheDocument();
  expect(within(dialog).queryByText(/draft/i)).not.toBeInTheDocument();
  expect(
    within(dialog).getByText(/Excel on Mac does not let add-ins save files, so the WRES page opens in your browser/),
  ).toBeInTheDocument();
  await user.click(within(dialog).getByRole("button", { name: "Open the WRES page" }));
  await waitFor(() => expect(service.createReport).toHaveBeenCalledTimes(1));
});

test("a workbook without errors: Create report downloads the .docx, which holds the organisation and the I2 figure", async () => {
  const { service, saved } = paneWithRealReports(withErrors(0));
  const { user } = renderPane(service);
  await user.click(await screen.findByRole("button", { name: "Create report…" }));
  const dialog = await screen.findByRole("dialog", { name: "Create the board report" });
  expect(within(dialog).queryByText(/draft/i)).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole("button", { name: "Create report" }));

  await waitFor(() => expect(saved).toHaveLength(1));
  expect(service.createReport).toHaveBeenCalledWith(expect.objectContaining({ counts: expect.anything() }), "docx");
  expect(saved[0].fileName).toBe(`${SAMPLE_REPORT}.docx`);
  expect(saved[0].blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const bytes = await bytesOf(saved[0].blob);
  expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip, as every .docx is
  const documentXml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  expect(documentXml).toContain(SAMPLE_ORGANISATION);
  const { body, headers } = docxText(bytes);
  // The summary row of indicator 2: the sample's relative likelihood, 1.60 (not a percentage).
  expect(body).toContain("2. Appointment from shortlisting\n1.60\nadverse gap");
  expect(body).not.toMatch(/1\.60\s*%/);
  expect(headers.join(" ")).not.toContain("DRAFT");
  const notice = await screen.findByText(new RegExp(`The report ${SAMPLE_REPORT}\\.docx was made`));
  expect(notice).toBeInTheDocument();
});

test("a workbook with 3 errors asks first; confirming makes the draft, marked on every page", async () => {
  const { service, saved } = paneWithRealReports(withErrors(3));
  const { user } = renderPane(service);
  await user.click(await screen.findByRole("button", { name: "Create report…" }));
  const dialog = await screen.findByRole("dialog", { name: "The workbook has 3 errors: make a draft?" });
  expect(within(dialog).getByText(/marked “DRAFT: 3 errors” on every page/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole("button", { name: "Make a draft" }));

  await waitFor(() => expect(saved).toHaveLength(1));
  const { headers, footers } = docxText(await bytesOf(saved[0].blob));
  expect(headers.join("\n")).toContain("DRAFT: 3 errors");
  expect(footers.join("\n")).toContain("DRAFT: 3 errors");
  expect(
    await screen.findByText(new RegExp(`^The draft report \\(DRAFT: 3 errors\\) ${SAMPLE_REPORT}\\.docx was made`)),
  ).toBeInTheDocument();
});

test("a workbook with errors: Cancel makes no draft", async () => {
  const { service, saved } = paneWithRealReports(withErrors(2));
  const { user } = renderPane(service);
  await user.click(await screen.findByRole("button", { name: "Create report…" }));
  const dialog = await screen.findByRole("dialog", { name: "The workbook has 2 errors: make a draft?" });
  await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(service.createReport).not.toHaveBeenCalled();
  expect(saved).toHaveLength(0);
});

test("the web page format downloads the printable page, named as the command names it", async () => {
  const { service, saved } = paneWithRealReports(withErrors(0));
  const { user } = renderPane(service);
  await user.click(await screen.findByRole("button", { name: "Create report…" }));
  const dialog = await screen.findByRole("dialog");
  await user.click(within(dialog).getByRole("radio", { name: "Web page to print (.html)" }));
  await user.click(within(dialog).getByRole("button", { name: "Create report" }));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0].fileName).toBe(`${SAMPLE_REPORT}.html`);
  const html = new TextDecoder().decode(await bytesOf(saved[0].blob));
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain(SAMPLE_ORGANISATION);
});

test("a report that cannot be offered says why and what to do, and the results stay", async () => {
  const service = fakeService("file");
  service.createReport.mockResolvedValue({
    ok: false,
    error: { message: "The report module could not be loaded (offline).", advice: "Check the connection." },
  });
  const { user } = renderPane(service);
  await user.click(await screen.findByRole("button", { name: "Create report…" }));
  // The sample as validated has 4 errors: the report would be a draft.
  await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Make a draft" }));
  expect(await screen.findByText("The report module could not be loaded (offline).")).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "Results" })).toBeInTheDocument();
});
