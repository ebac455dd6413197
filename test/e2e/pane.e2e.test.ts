/**
 * The built task pane (dist/, as `npm run build` makes it) in real Chromium with the real
 * office.js: served from 127.0.0.1, office.js answered from @microsoft/office-js instead of
 * Microsoft's CDN, and nothing else allowed off the machine. Outside Office the pane runs in
 * file mode on the bundled sample, so what it shows is compared with what the domain computes
 * from the same file. One browser and one page for the whole file; the tests run in order.
 *
 * CI runs `npm run build` before `npm test`; without a production build in dist/ the suite
 * makes one in a temporary folder first (after changing the pane, run `npm run build` again:
 * an older dist/ is used as it is). Without /usr/bin/chromium it is skipped, and the run ends
 * with a line saying so (test/helpers/missing-programs-reporter.cjs).
 */

import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readXlsx } from "../../src/workbook/xlsx";
import { validateWorkbook, type CheckedWorkbook } from "../../src/wres/check";
import { templateNames } from "../../src/wres/contract";
import { flagGroup } from "../../src/wres/flags";
import { plural } from "../../src/wres/format";
import { routeOfficeJs, type OffOriginTraffic, type PaneServer } from "../../scripts/pane-browser.cjs";
import { patchZipEntry } from "../../scripts/xlsx-craft/xlsx-patch";
import { TEST_PROGRAMS } from "../helpers/test-programs.cjs";
import {
  backgroundLuminance,
  focused,
  openAllSections,
  pageRecords,
  pressUntilFocused,
  recordPage,
  scanWithAxe,
  sectionHeaders,
  waitForAnnouncement,
  waitForBackground,
  isOfficeJsOwn,
} from "./pane-page";
import { startPaneInChromium, type PaneInChromium } from "./pane-in-chromium";

const ROOT = path.join(__dirname, "../..");
const ARTEFACTS = path.join(ROOT, "test-results");
const SAMPLE_BYTES = readFileSync(path.join(ROOT, "assets/wres-sample.xlsx"));
const NARROW = { width: 320, height: 800 };
const WIDE = { width: 1000, height: 800 };
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The page's clock, fixed: the pane gives its day to the check as today (ACTION_OVERDUE), so the counts depend on it. */
const CLOCK = new Date(2026, 10, 22, 9, 30);
const TODAY = "2026-11-22";

/** The sample as the domain sees it on the page's day: what the pane must show. */
function sampleCheck(): CheckedWorkbook {
  const read = readXlsx(SAMPLE_BYTES, templateNames());
  if (!read.ok) throw new Error(`the sample could not be read: ${read.error}`);
  const check = validateWorkbook(read.workbook, { today: TODAY });
  if (check.kind !== "checked") throw new Error("the sample is not a WRES workbook");
  return check;
}

const describeInChromium = TEST_PROGRAMS.chromium.find() === null ? describe.skip : describe;

describeInChromium("the task pane in Chromium, with the real office.js", () => {
  let pane: PaneInChromium | undefined;
  let server: PaneServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let traffic: OffOriginTraffic;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const { flags, counts } = sampleCheck();
  // With errors the problem groups come before the indicators (issue 10, defect 3): each kind apart.
  const isIndicator = (header: string) => /^I\d · /.test(header);
  const indicatorHeaders = async () => (await sectionHeaders(page)).filter(isIndicator);
  const groupHeaders = async () => (await sectionHeaders(page)).filter((h) => !isIndicator(h));

  beforeAll(async () => {
    pane = await startPaneInChromium();
    ({ server, browser } = pane);
    context = await browser.newContext({ viewport: NARROW, locale: "en-GB" });
    traffic = await routeOfficeJs(context, server.origin);
    await recordPage(context);
    page = await context.newPage();
    await page.clock.setFixedTime(CLOCK);
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => {
      // CSP violations are checked one by one from the page's records.
      if (m.type() === "error" && !m.text().includes("Content Security Policy")) consoleErrors.push(m.text());
    });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Results" }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await pane?.close();
  });

  afterEach(async () => {
    expect(traffic.blocked).toEqual([]);
    expect(traffic.missing).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect((await pageRecords(page)).csp.filter((v) => !isOfficeJsOwn(v))).toEqual([]);
  });

  it("loads the real office.js and opens the sample in file mode, saying nothing is written back", async () => {
    expect(traffic.officeJs).toContain("/lib/1/hosted/office.js");
    const banner = page.getByRole("group").filter({ hasText: "Working on a file" });
    // The bundled sample says it is the example, a fictional trust's.
    await expect(banner.innerText()).resolves.toMatch(
      /nothing is written back[\s\S]*Example: Northmoor Valley, a fictional trust \(wres-sample\.xlsx\)\./,
    );
    await expect(
      page.getByText("Example: Northmoor Valley, a fictional trust", { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText("Nothing is written back to the file.").isVisible()).resolves.toBe(true);
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTEFACTS, "pane-light.png"), fullPage: true });
  });

  it("follows the system's dark theme, and back", async () => {
    expect(await backgroundLuminance(page, "main")).toBeGreaterThan(0.9);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await waitForBackground(page, "main", true)).toBeLessThan(0.05);
    await page.screenshot({ path: path.join(ARTEFACTS, "pane-dark.png"), fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
    expect(await waitForBackground(page, "main", false)).toBeGreaterThan(0.9);
  });

  it("is used by keyboard: Tab to Check (file mode's one button), Enter, and the outcome is announced", async () => {
    const described = [
      plural(counts.errors, "error"),
      plural(counts.warnings, "warning"),
      plural(counts.gaps, "gap"),
      plural(counts.info, "note"),
    ].join(", ");
    // In file mode Calculate and Validate only did the same: one Check, the first thing Tab reaches.
    expect(await page.getByRole("button", { name: "Calculate" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Validate only" }).count()).toBe(0);
    expect(await pressUntilFocused(page, "Tab", "Check")).toBe(1);
    let from = (await pageRecords(page)).announcements.length;
    await page.keyboard.press("Enter");
    await waitForAnnouncement(page, `Checked: ${described}`, from);
    expect(await focused(page)).toBe("H2 Results");

    await pressUntilFocused(page, "Shift+Tab", "Check");
    from = (await pageRecords(page)).announcements.length;
    await page.keyboard.press("Enter");
    await waitForAnnouncement(page, `Checked: ${described}`, from);
    expect(await focused(page)).toBe("H2 Results");
  });

  it("shows the sample's nine indicators with their figures and statuses in words", async () => {
    expect(await indicatorHeaders()).toEqual([
      "I1 · Representation by pay band 6,032 staff, 25.7% BME 11 rows under-represented",
      "I2 · Appointment from shortlisting 1.60 adverse gap",
      "I3 · Entry into the formal disciplinary process 1.32 adverse gap",
      "I4 · Non-mandatory training and CPD 1.05 within the band",
      "I5 · Harassment, bullying or abuse from patients, relatives or the public +1.2 points within the threshold",
      "I6 · Harassment, bullying or abuse from staff +3.6 points adverse gap",
      "I7 · Equal opportunities for career progression or promotion −13.8 points adverse gap",
      "I8 · Discrimination from a manager, team leader or colleague +6.9 points adverse gap",
      "I9 · Board membership compared with the workforce −11.4 points adverse gap",
    ]);
    await page.getByRole("button", { name: /^I2 · / }).click();
    await expect(
      // The panel's meaning paragraph (the Action plan section quotes the same finding further down).
      page
        .locator("p", { hasText: "White applicants were 1.60 times as likely to be appointed from shortlisting" })
        .isVisible(),
    ).resolves.toBe(true);
  });

  it("lists every flag the domain finds in the sample, with the counts", async () => {
    const countsList = page.locator('ul[aria-label^="Found "]');
    expect(await countsList.locator("li").allInnerTexts()).toEqual([
      plural(counts.errors, "error"),
      plural(counts.warnings, "warning"),
      plural(counts.gaps, "gap"),
      plural(counts.info, "note"),
    ]);
    const inGroup = (group: string) => flags.filter((f) => flagGroup(f) === group).length;
    expect(await groupHeaders()).toEqual([
      `Errors (${inGroup("errors")})`,
      `Warnings (${inGroup("warnings")})`,
      `Gaps (${inGroup("gaps")})`,
      `Information (${inGroup("information")})`,
    ]);

    await openAllSections(page);
    const problems = page.getByRole("region", { name: "Problems" });
    const shown = await problems.locator("li > span:nth-child(2)").allInnerTexts();
    expect(shown.sort()).toEqual(flags.map((f) => f.message).sort());

    const mismatch = flags.find((f) => f.code === "REPORTED_MISMATCH" && f.name === "WRES_I2_RL");
    expect(mismatch?.message).toContain("holds 1.71, but the data give 1.60");
    await expect(problems.getByText("holds 1.71, but the data give 1.60").isVisible()).resolves.toBe(true);
  });

  it("fits 320 px without horizontal scrolling, every section open, and a wider pane too", async () => {
    const scrollWidth = () => page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(await scrollWidth()).toBeLessThanOrEqual(NARROW.width);
    for (const name of ["Check", "Open workbook…", "Settings"]) {
      const box = await page.getByRole("button", { name, exact: true }).boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(NARROW.width);
    }
    await page.setViewportSize(WIDE);
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDE.width);
    expect((await indicatorHeaders())[1]).toBe("I2 · Appointment from shortlisting 1.60 adverse gap");
    await page.setViewportSize(NARROW);
  });

  it.each(["light", "dark"] as const)(
    "has no serious or critical accessibility violation (axe-core, %s theme, every section open)",
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await waitForBackground(page, "main", scheme === "dark")) < 0.5).toBe(scheme === "dark");
      const violations = await scanWithAxe(page, server.origin);
      const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
      if (minor.length > 0) console.log(`axe, ${scheme} theme, minor or moderate:\n${JSON.stringify(minor, null, 2)}`);
      expect(violations.filter((v) => !minor.includes(v))).toEqual([]);
      await page.emulateMedia({ colorScheme: "light" });
    },
  );

  it("says plainly when the opened file is not a workbook, naming it", async () => {
    const bytes = Buffer.from("Name,Band\nA. Person,5\n");
    const read = readXlsx(bytes, templateNames());
    if (read.ok) throw new Error("the reader took a text file for a workbook");
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "staff list.xlsx", mimeType: XLSX_TYPE, buffer: bytes });
    const error = page.getByRole("group").filter({ hasText: "staff list.xlsx" });
    await error.waitFor();
    // "staff list.xlsx is not an .xlsx file (it is not a zip archive)." and what to do.
    expect(await error.innerText()).toContain(`staff list.xlsx ${read.error}.`);
    expect(await error.innerText()).toContain("Open another workbook saved as .xlsx.");
    expect((await pageRecords(page)).announcements.at(-1)).toMatch(/^Error: staff list\.xlsx /);
    // The example's results are gone: none sit unlabelled under an error about another file.
    expect(await page.getByRole("heading", { name: "Results" }).count()).toBe(0);
  });

  it("says a workbook without WRES names is not a WRES workbook, and offers the template", async () => {
    const noNames = patchZipEntry(SAMPLE_BYTES, "xl/workbook.xml", (xml) =>
      xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, ""),
    );
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "budget.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from(noNames) });
    await page.getByRole("heading", { name: "budget.xlsx is not a WRES workbook" }).waitFor();
    expect((await pageRecords(page)).announcements.at(-1)).toBe("This is not a WRES workbook.");
    const offer = page.getByRole("link", { name: "Download the WRES template (.xlsx)" });
    const href = await offer.getAttribute("href");
    expect(href).toBe("assets/wres-template.xlsx");
    const status = await page.evaluate(async (url) => (await fetch(url)).status, href!);
    expect(status).toBe(200);
    // The main button is the useful one here: another workbook.
    const notWres = page.getByRole("region", { name: "Not a WRES workbook" });
    expect(await notWres.getByRole("button").allInnerTexts()).toEqual(["Open another workbook…"]);

    // And the sample again: the pane recovers.
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "wres-sample.xlsx", mimeType: XLSX_TYPE, buffer: SAMPLE_BYTES });
    await page.getByRole("heading", { name: "Results" }).waitFor();
    expect((await indicatorHeaders())[1]).toBe("I2 · Appointment from shortlisting 1.60 adverse gap");
    // From the file input there is no handle: the pane says from when the figures are, and offers to open again.
    const banner = page.getByRole("group").filter({ hasText: "Working on a file" });
    expect(await banner.innerText()).toMatch(
      /File: wres-sample\.xlsx\. The results are from the file as opened at \d\d:\d\d/,
    );
    await expect(banner.getByRole("button", { name: "Open again…" }).isVisible()).resolves.toBe(true);
  });

  it("reads a file again on every Check where the browser gives a handle (a real one, in the origin's private file system)", async () => {
    const fixed = patchZipEntry(SAMPLE_BYTES, "xl/worksheets/sheet3.xml", (xml) =>
      xml.replace('<c r="C9" s="14"><v>200</v></c>', '<c r="C9" s="14"><v>300</v></c>'),
    );
    // The browser's own picker cannot be driven here: it is answered with a real FileSystemFileHandle.
    await page.evaluate(async (bytes) => {
      const root = await navigator.storage.getDirectory();
      const handle = await root.getFileHandle("northmoor.xlsx", { create: true });
      const writable = await handle.createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
      Object.assign(window, { showOpenFilePicker: async () => [handle] });
    }, Array.from(SAMPLE_BYTES));
    await page.getByRole("button", { name: "Open workbook…", exact: true }).click();
    const banner = page.getByRole("group").filter({ hasText: "Working on a file" });
    await banner.getByText(/File: northmoor\.xlsx, read at \d\d:\d\d\. Each Check reads it again\./).waitFor();
    expect((await indicatorHeaders())[1]).toBe("I2 · Appointment from shortlisting 1.60 adverse gap");

    // The analyst fixes a cell and saves; Check shows the new figure.
    await page.evaluate(async (bytes) => {
      const root = await navigator.storage.getDirectory();
      const writable = await (await root.getFileHandle("northmoor.xlsx")).createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
    }, Array.from(fixed));
    const from = (await pageRecords(page)).announcements.length;
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.waitForFunction(
      (start) =>
        (window as unknown as { __wres: { announcements: string[] } }).__wres.announcements
          .slice(start)
          .some((a) => a.startsWith("Checked: ")),
      from,
    );
    expect((await indicatorHeaders())[1]).toBe("I2 · Appointment from shortlisting 1.07 within the band");
  });
});
