/**
 * The charts in the built pane, in real Chromium (as pane.e2e.test.ts, whose setup this
 * follows): each indicator's chart drawn as an SVG image named by the caption the chart module
 * writes for the sample, inside the pane at 320 px and still inside it at 160 px, in the
 * theme's colours, in system colours under forced colours, its data a table, and nothing axe
 * finds serious; with template 1.1's charts (each figure year by year, the goals) as well.
 * Screenshots in test-results/charts-*.png. Skipped without Chromium.
 */

import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { goalsChart, indicatorChart, seriesChart } from "../../src/charts";
import { readXlsx } from "../../src/workbook/xlsx";
import { validateWorkbook, type CheckedWorkbook } from "../../src/wres/check";
import { INDICATOR_IDS, templateNames } from "../../src/wres/contract";
import { routeOfficeJs, type PaneServer } from "../../scripts/pane-browser.cjs";
import { TEST_PROGRAMS } from "../helpers/test-programs.cjs";
import { openAllSections, scanWithAxe, waitForBackground } from "./pane-page";
import { startPaneInChromium, type PaneInChromium } from "./pane-in-chromium";

const ROOT = path.join(__dirname, "../..");
const ARTEFACTS = path.join(ROOT, "test-results");

function sampleCheck(): CheckedWorkbook {
  const read = readXlsx(readFileSync(path.join(ROOT, "assets/wres-sample.xlsx")), templateNames());
  if (!read.ok) throw new Error(`the sample could not be read: ${read.error}`);
  const check = validateWorkbook(read.workbook);
  if (check.kind !== "checked") throw new Error("the sample is not a WRES workbook");
  return check;
}

const describeInChromium = TEST_PROGRAMS.chromium.find() === null ? describe.skip : describe;

/** The painted fill of the first element of `selector`, and what CSS colour `reference` computes to there. */
async function fillAndReference(page: Page, selector: string, reference: string): Promise<[string, string]> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, colour) => {
      const probe = document.createElement("span");
      probe.style.color = colour;
      (el.closest("[data-chart]") ?? document.body).append(probe);
      const expected = getComputedStyle(probe).color;
      probe.remove();
      return [getComputedStyle(el).fill, expected];
    }, reference);
}

describeInChromium("the charts in the built pane, in Chromium", () => {
  let pane: PaneInChromium | undefined;
  let server: PaneServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const check = sampleCheck();
  // Template 1.1: each indicator's figure year by year (the sample has four earlier years), and the goals.
  const seriesCharts = INDICATOR_IDS.flatMap((id) => {
    const spec = check.beyond.series && seriesChart(id, check.beyond.series[id], check.settings);
    return spec ? [{ id, spec }] : [];
  });
  const goals = check.beyond.goals ? goalsChart(check.beyond.goals) : null;
  const chartCount = INDICATOR_IDS.length + seriesCharts.length + (goals ? 1 : 0);

  beforeAll(async () => {
    pane = await startPaneInChromium();
    ({ server, browser } = pane);
    context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: "en-GB" });
    await routeOfficeJs(context, server.origin);
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Results" }).waitFor();
    await openAllSections(page);
    await page
      .locator("svg.wres-chart")
      .nth(chartCount - 1)
      .waitFor();
  }, 240_000);

  afterAll(async () => {
    await pane?.close();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it("draws each indicator's chart as an image named by the chart module's caption", async () => {
    for (const id of INDICATOR_IDS) {
      const caption = indicatorChart(id, check.indicators, check.settings)!.text.caption;
      const image = page.locator(`[data-chart="${id}"] svg`);
      expect(await image.getAttribute("role")).toBe("img");
      await expect(page.getByRole("img", { name: caption, exact: true }).count()).resolves.toBe(1);
    }
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.locator('[data-chart="I2"]').screenshot({ path: path.join(ARTEFACTS, "charts-rl-light.png") });
  }, 60_000);

  it("draws each figure year by year, and the goals, as images named by their captions", async () => {
    expect(seriesCharts.map((c) => c.id)).toEqual(INDICATOR_IDS);
    expect(goals).not.toBeNull();
    for (const { id, spec } of seriesCharts) {
      expect(await page.locator(`[data-chart="${id}-series"] svg`).getAttribute("role")).toBe("img");
      await expect(page.getByRole("img", { name: spec.text.caption, exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.getByRole("img", { name: goals!.text.caption, exact: true }).count()).resolves.toBe(1);
    mkdirSync(ARTEFACTS, { recursive: true });
    await page
      .locator('[data-chart="I2-series"]')
      .screenshot({ path: path.join(ARTEFACTS, "charts-series-light.png") });
    await page.locator('[data-chart="goals"]').screenshot({ path: path.join(ARTEFACTS, "charts-goals-light.png") });
  }, 60_000);

  it("fits the pane at 320 px and reflows at 160 px (200 % zoom of 320): drawn at the panel's width, nothing wider", async () => {
    for (const width of [320, 160]) {
      await page.setViewportSize({ width, height: 800 });
      const rights = await page
        .locator("svg.wres-chart")
        .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right));
      expect(rights).toHaveLength(chartCount);
      for (const right of rights) expect(right).toBeLessThanOrEqual(width);
      // Drawn at the panel's width (reflowed, not shrunk): its text keeps its size.
      await page.waitForFunction(() =>
        [...document.querySelectorAll("svg.wres-chart")].every(
          (s) => Math.abs(Number(s.getAttribute("width")) - s.getBoundingClientRect().width) <= 1,
        ),
      );
    }
    await page.setViewportSize({ width: 320, height: 800 });
    // Redrawn at 320 before the next test reads the drawing (a redraw replaces its elements).
    await page.waitForFunction(() =>
      [...document.querySelectorAll("svg.wres-chart")].every(
        (s) => Math.abs(Number(s.getAttribute("width")) - s.getBoundingClientRect().width) <= 1,
      ),
    );
  }, 60_000);

  it("follows the theme (light and dark) and uses system colours under forced colours", async () => {
    const [lightText, lightBody] = await fillAndReference(
      page,
      ".wres-chart-text-fill",
      "var(--colorNeutralForeground1)",
    );
    expect(lightText).toBe(lightBody);
    await page.emulateMedia({ colorScheme: "dark" });
    await waitForBackground(page, "main", true);
    const [darkText, darkBody] = await fillAndReference(
      page,
      ".wres-chart-text-fill",
      "var(--colorNeutralForeground1)",
    );
    expect(darkText).toBe(darkBody);
    expect(darkText).not.toBe(lightText);
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.locator('[data-chart="I6"]').screenshot({ path: path.join(ARTEFACTS, "charts-survey-dark.png") });
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    const [forced, canvasText] = await fillAndReference(page, ".wres-chart-point-fill", "CanvasText");
    expect(forced).toBe(canvasText);
    // A hollow marker stays hollow.
    const ringFill = await page
      .locator("circle.wres-chart-point-stroke")
      .first()
      .evaluate((c) => getComputedStyle(c).fill);
    expect(ringFill).toBe("none");
    await page.emulateMedia({ colorScheme: "light", forcedColors: "none" });
  }, 60_000);

  it("shows a chart's data as a table, and axe finds nothing serious with every chart and table open", async () => {
    const i2 = page.locator('[data-chart="I2"]');
    await i2.getByText("Show the chart's data").click();
    const table = i2.getByRole("table", { name: "Appointment from shortlisting, relative likelihood: data" });
    await expect(table.isVisible()).resolves.toBe(true);
    expect(await table.getByRole("row").allInnerTexts()).toEqual([
      expect.stringMatching(/^Figure\s+Relative likelihood\s+95% CI\s+Last year\s+Status$/),
      expect.stringMatching(/^This year\s+1\.60\s+1\.37 to 1\.86\s+1\.45\s+adverse gap$/),
    ]);
    await page.locator("[data-chart] details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
    const violations = await scanWithAxe(page, server.origin);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  }, 60_000);
});
