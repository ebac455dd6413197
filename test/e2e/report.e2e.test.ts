/**
 * Create report in the built pane (dist/), in real Chromium with the real office.js, in file
 * mode on the bundled sample: the report chunk is loaded only when asked for, the question
 * (the sample has errors: "make a draft?") is keyboard-usable and axe-clean, and confirming it
 * downloads the .docx, whose text is the sample's. Run after `npm run build` (as pane.e2e.test.ts,
 * it builds into a temporary folder when dist/ holds no production build); skipped without Chromium.
 */

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { strFromU8, unzipSync } from "fflate";
import { routeOfficeJs, type OffOriginTraffic, type PaneServer } from "../../scripts/pane-browser.cjs";
import { TEST_PROGRAMS } from "../helpers/test-programs.cjs";
import { docxText } from "../report/support";
import { focused, isOfficeJsOwn, pageRecords, recordPage, scanWithAxe } from "./pane-page";
import { startPaneInChromium, type PaneInChromium } from "./pane-in-chromium";

const REPORT = "Northmoor-Valley-NHS-Foundation-Trust-WRES-2025.docx";
/** The report chunk's file, as webpack names it ("report.<hash>.js"), not the dialog's. */
const REPORT_CHUNK = /\/report\.[0-9a-f]+\.js$/;

const describeInChromium = TEST_PROGRAMS.chromium.find() === null ? describe.skip : describe;

describeInChromium("Create report in the pane, in Chromium", () => {
  let pane: PaneInChromium | undefined;
  let server: PaneServer;
  let browser: Browser;
  let page: Page;
  let traffic: OffOriginTraffic;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const downloadsDir = mkdtempSync(path.join(os.tmpdir(), "wres-e2e-downloads-"));

  beforeAll(async () => {
    pane = await startPaneInChromium();
    ({ server, browser } = pane);
    const context = await browser.newContext({
      viewport: { width: 350, height: 900 },
      locale: "en-GB",
      acceptDownloads: true,
    });
    traffic = await routeOfficeJs(context, server.origin);
    await recordPage(context);
    page = await context.newPage();
    page.on("request", (r) => requested.push(r.url()));
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Results" }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await pane?.close();
    rmSync(downloadsDir, { recursive: true, force: true });
  });

  it("loads no report code until asked; the draft question is axe-clean and reached by keyboard", async () => {
    expect(requested.filter((u) => REPORT_CHUNK.test(u))).toEqual([]);
    const button = page.getByRole("button", { name: "Create report…" });
    await button.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "The workbook has 4 errors: make a draft?" });
    await dialog.waitFor();
    await expect(dialog.getByText(/marked “DRAFT: 4 errors” on every page/).isVisible()).resolves.toBe(true);
    await expect(scanWithAxe(page, server.origin)).resolves.toEqual([]);
    // Escape cancels, and the focus is back on the button.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.waitForFunction(() => document.activeElement?.textContent?.includes("Create report"));
    await expect(focused(page)).resolves.toBe("BUTTON Create report…");
    expect(requested.filter((u) => REPORT_CHUNK.test(u))).toEqual([]);
  });

  it("confirming the draft downloads the .docx of the sample, made by the report chunk", async () => {
    await page.getByRole("button", { name: "Create report…" }).click();
    const dialog = page.getByRole("dialog", { name: "The workbook has 4 errors: make a draft?" });
    await dialog.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      dialog.getByRole("button", { name: "Make a draft" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(REPORT);
    const saved = path.join(downloadsDir, REPORT);
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    const parts = unzipSync(bytes);
    const documentXml = strFromU8(parts["word/document.xml"]);
    // The charts as the command puts them: each SVG with a PNG drawn (here by the browser's canvas)
    // at twice the 640 px chart width, 9 indicators and 9 series in the sample.
    const pngWidths = Object.entries(parts)
      .filter(([name]) => /^word\/media\/.*\.png$/.test(name))
      .map(([, png]) => new DataView(png.buffer, png.byteOffset).getUint32(16));
    expect(pngWidths).toEqual(Array(18).fill(1280));
    expect(Object.keys(parts).filter((name) => /^word\/media\/.*\.svg$/.test(name))).toHaveLength(18);
    expect(documentXml).toContain("Northmoor Valley NHS Foundation Trust");
    const { body, headers } = docxText(bytes);
    expect(body).toContain("2. Appointment from shortlisting\n1.60\nadverse gap");
    expect(headers.join("\n")).toContain("DRAFT: 4 errors");
    expect(requested.filter((u) => REPORT_CHUNK.test(u))).toHaveLength(1);
    await expect(
      page.getByText(`The draft report (DRAFT: 4 errors) ${REPORT} was made and offered as a download`).isVisible(),
    ).resolves.toBe(true);
    expect(traffic.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect((await pageRecords(page)).csp.filter((v) => !isOfficeJsOwn(v))).toEqual([]);
  }, 120_000);
});
