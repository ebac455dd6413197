/**
 * Issue 10's analyst defects in the built pane, in real Chromium (file mode, as pane.e2e.test.ts
 * sets it up): the errors within the first screen and a few Tabs away, a blank template said in a
 * few lines, focus back on Settings when the panel closes, reflow at 200 % zoom (160 CSS px), and
 * axe-core finding nothing, whatever the impact, in every state the pane can be in.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { routeOfficeJs, type PaneServer } from "../../scripts/pane-browser.cjs";
import { patchZipEntry } from "../../scripts/xlsx-craft/xlsx-patch";
import { TEST_PROGRAMS } from "../helpers/test-programs.cjs";
import { focused, openAllSections, scanWithAxe, type AxeViolation } from "./pane-page";
import { startPaneInChromium, type PaneInChromium } from "./pane-in-chromium";

const ROOT = path.join(__dirname, "../..");
const SAMPLE_BYTES = readFileSync(path.join(ROOT, "assets/wres-sample.xlsx"));
const TEMPLATE_BYTES = readFileSync(path.join(ROOT, "assets/wres-template.xlsx"));
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FIRST_SCREEN = { width: 320, height: 720 };
/** A 320 × 720 pane at 200 % zoom. */
const ZOOMED = { width: 160, height: 360 };

const describeInChromium = TEST_PROGRAMS.chromium.find() === null ? describe.skip : describe;

describeInChromium("the pane as an analyst uses it, in Chromium", () => {
  let pane: PaneInChromium | undefined;
  let server: PaneServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    pane = await startPaneInChromium();
    ({ server, browser } = pane);
    context = await browser.newContext({ viewport: FIRST_SCREEN, locale: "en-GB" });
    await routeOfficeJs(context, server.origin);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Results" }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await pane?.close();
  });

  async function open(name: string, bytes: Uint8Array, heading: string | RegExp = "Results"): Promise<void> {
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
    await page.getByRole("heading", { name: heading }).waitFor();
  }

  /** Every axe violation, whatever its impact; `state` names the state in the failure. */
  async function violations(state: string): Promise<{ state: string; found: AxeViolation[] }> {
    // Scanned once still: a drawer fading in or out is not the contrast anyone reads.
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
    );
    await page.waitForTimeout(300);
    // axe reports an aria-labelledby naming a missing id (the message bars' fault) only with
    // some versions: the references are checked here too, every one of them.
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll("[aria-labelledby], [aria-describedby]")].flatMap((el) =>
        ["aria-labelledby", "aria-describedby"].flatMap((attr) =>
          (el.getAttribute(attr) ?? "")
            .split(/\s+/)
            .filter((id) => id && !document.getElementById(id))
            .map((id) => `${el.tagName} ${attr}="${id}"`),
        ),
      ),
    );
    const missingIds: AxeViolation[] = dangling.length
      ? [{ id: "aria-valid-attr-value", impact: "critical", help: "ARIA references a missing id", targets: dangling }]
      : [];
    return { state, found: [...missingIds, ...(await scanWithAxe(page, server.origin))] };
  }

  const settingsDialog = () => page.getByRole("dialog");
  async function openSettings(): Promise<void> {
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await settingsDialog().getByRole("button", { name: "Save" }).waitFor();
  }

  it("shows the errors, or the way to them, on the first screen; a count's button moves focus to its group", async () => {
    const count = page.getByRole("button", { name: /^\d+ errors?$/ });
    const box = await count.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(FIRST_SCREEN.height);
    // From the top of the page: the toolbar's buttons, then the counts.
    await page.locator("body").focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let tabs = 0;
    while (!(await count.evaluate((el) => el === document.activeElement)) && tabs < 20) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(6);
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatch(/^BUTTON Errors \(\d+\)$/);
    // The errors come before the indicators when there are any.
    const headings = await page.locator("h2").allInnerTexts();
    expect(headings.indexOf("Problems")).toBeGreaterThan(0);
    expect(headings.indexOf("Problems")).toBeLessThan(headings.indexOf("Indicators"));
  });

  it("says a blank template in a few lines, starting with Indicator 1", async () => {
    await open("wres-template.xlsx", TEMPLATE_BYTES);
    await expect(page.getByText("This template is empty: start with Indicator 1").isVisible()).resolves.toBe(true);
    const errors = page.getByRole("button", { name: /^Errors \(\d+\)$/ });
    const panel = page.locator(`#${await errors.getAttribute("aria-controls")}`);
    const lines = await panel.locator(":scope > div > ul > li").allInnerTexts();
    expect(lines.length).toBeLessThan(20);
    expect(lines.some((l) => l.includes("Indicator 1, non-clinical: 45 cells empty"))).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThan(4000);
  });

  it.each(["Escape", "Close settings", "Cancel", "Save"])(
    "gives focus back to Settings when %s closes it",
    async (how) => {
      await openSettings();
      if (how === "Escape") await page.keyboard.press("Escape");
      else await settingsDialog().getByRole("button", { name: how, exact: true }).click();
      await settingsDialog().waitFor({ state: "detached" });
      await page.waitForFunction(() => document.activeElement?.textContent?.trim() === "Settings");
      expect(await focused(page)).toBe("BUTTON Settings");
    },
  );

  it("reflows at 200 % zoom (160 CSS px): nothing scrolls sideways, no label broken mid-word", async () => {
    await open("wres-sample.xlsx", SAMPLE_BYTES);
    await page.setViewportSize(ZOOMED);
    await openAllSections(page);
    const overflow = () =>
      page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
    let widths = await overflow();
    // What sticks out, named, so that a failure says where.
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .filter(
          (el) =>
            ![...el.children].some((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5),
        )
        .slice(0, 5)
        .map((el) => `${el.tagName}.${el.className} ${(el.textContent ?? "").slice(0, 30)}`),
    );
    expect(sticking).toEqual([]);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
    // A word of a row or column header laid out on two lines is broken mid-word.
    const broken = await page.evaluate(() => {
      const found: string[] = [];
      for (const th of document.querySelectorAll("th")) {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          // A line may end after a hyphen ("under-" / "represented"): that is no broken word.
          for (const match of text.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(match[0]);
          }
        }
      }
      return found;
    });
    expect(broken).toEqual([]);

    await openSettings();
    widths = await overflow();
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
    const dialogWidth = await settingsDialog().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(dialogWidth.scroll).toBeLessThanOrEqual(dialogWidth.client);
    const footer = await settingsDialog()
      .getByRole("button", { name: "Save" })
      .evaluate((b) => {
        const bar = b.parentElement!.getBoundingClientRect();
        return bar.height;
      });
    expect(footer).toBeLessThanOrEqual(ZOOMED.height / 4);
    await page.keyboard.press("Escape");
    await settingsDialog().waitFor({ state: "detached" });
    await page.setViewportSize(FIRST_SCREEN);
  });

  it("has no accessibility violation of any impact in any state (axe-core)", async () => {
    const scans: { state: string; found: AxeViolation[] }[] = [];
    await open("wres-sample.xlsx", SAMPLE_BYTES);
    // The whole page is scanned: the Action plan section (its findings and coverage) among the results.
    await page.getByRole("heading", { name: "Action plan" }).waitFor();
    scans.push(await violations("results"));
    await openAllSections(page);
    scans.push(await violations("results and problems open"));

    await openSettings();
    scans.push(await violations("Settings open"));
    await settingsDialog().getByRole("button", { name: "Save" }).click();
    await settingsDialog().waitFor({ state: "detached" });
    await page.getByText("Settings saved").first().waitFor();
    scans.push(await violations("after Save"));

    // A setting changed and saved: the results are out of date, greyed and labelled, with Check again.
    await openSettings();
    await settingsDialog().getByRole("textbox", { name: "Survey gap" }).fill("5");
    await settingsDialog().getByRole("button", { name: "Save" }).click();
    await settingsDialog().waitFor({ state: "detached" });
    await page.getByText("Out of date: settings changed.").waitFor();
    await page.locator("[data-out-of-date]").waitFor();
    scans.push(await violations("results out of date after Save"));

    await open("wres-template.xlsx", TEMPLATE_BYTES);
    await openAllSections(page);
    scans.push(await violations("blank template, every group open"));

    // The version cell says 2.0 (re-pointing the name elsewhere is now MISALIGNED_NAME instead).
    const unknownVersion = patchZipEntry(SAMPLE_BYTES, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace('<c r="B7" s="5" t="s"><v>5</v></c>', '<c r="B7" s="5" t="inlineStr"><is><t>2.0</t></is></c>'),
    );
    await open("version.xlsx", unknownVersion);
    await page.getByText("The template version was not recognised").waitFor();
    scans.push(await violations("template version not recognised"));

    const noNames = patchZipEntry(SAMPLE_BYTES, "xl/workbook.xml", (xml) =>
      xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, ""),
    );
    await open("budget.xlsx", noNames, "budget.xlsx is not a WRES workbook");
    scans.push(await violations("not a WRES workbook"));

    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "staff list.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from("Name,Band\n") });
    await page.getByRole("group").filter({ hasText: "staff list.xlsx" }).waitFor();
    scans.push(await violations("error bar"));

    expect(scans.filter((s) => s.found.length > 0)).toEqual([]);
  }, 120_000);
});
