/**
 * The printable page with its charts in real Chromium (jsdom, in page-accessibility.test.ts,
 * cannot judge colour contrast or SVG): axe-core finds no violation of any impact, colour
 * contrast included, and the page loads nothing under its own Content-Security-Policy. Skipped
 * without /usr/bin/chromium; the run then ends with a line naming the package to install.
 */

import axe from "axe-core";
import type { Browser } from "playwright-core";
import { buildReport } from "../../src/report/build-report";
import { renderHtml } from "../../src/report/html";
import { reportCharts } from "../../src/report/report-charts";
import { launchChromium } from "../../scripts/pane-browser.cjs";
import { TEST_PROGRAMS } from "../helpers/test-programs.cjs";
import { checkSample } from "../taskpane/sample";

const describeInChromium = TEST_PROGRAMS.chromium.find() === null ? describe.skip : describe;

describeInChromium("the sample's printable page in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("axe-core finds no violation of any impact, contrast included, with the eighteen charts inline", async () => {
    const html = renderHtml(buildReport(checkSample(), { charts: reportCharts() }));
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: "load" });
    expect(await page.locator("svg[role=img]").count()).toBe(18);
    // axe is evaluated through the DevTools protocol: the page itself forbids every script.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        resultTypes: ["violations"],
      });
      return results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    });
    expect(violations).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
