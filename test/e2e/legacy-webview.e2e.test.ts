/**
 * The built pane in an engine too old for it: Excel 2016/2019 run add-ins in Internet Explorer
 * 11 or the old Edge (EdgeHTML). Chromium stands in for them with their user agents: the ES5
 * guard (legacy-guard.js) must replace "Loading the WRES add-in…" with a plain message, and the
 * bundle must not start. With a current user agent the pane starts as usual.
 */

import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { CHROMIUM_PATH, routeOfficeJs, type PaneServer } from "../../scripts/pane-browser.cjs";
import { startPaneInChromium, type PaneInChromium } from "./pane-in-chromium";

const AGENTS = {
  "Internet Explorer 11 (Excel 2016/2019)":
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko",
  "the old Edge (EdgeHTML 18)":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
};
const MESSAGE = /old browser engine \(Internet Explorer or the old Edge\)/;

const describeInChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

describeInChromium("the pane in a webview too old for it", () => {
  let pane: PaneInChromium | undefined;
  let server: PaneServer;
  let browser: Browser;

  beforeAll(async () => {
    pane = await startPaneInChromium();
    ({ server, browser } = pane);
  }, 240_000);

  afterAll(async () => {
    await pane?.close();
  });

  async function openWith(userAgent?: string) {
    const context = await browser.newContext({ userAgent, locale: "en-GB" });
    await routeOfficeJs(context, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    return { context, page };
  }

  it.each(Object.entries(AGENTS))("says plainly that %s cannot run the add-in", async (_label, agent) => {
    const { context, page } = await openWith(agent);
    const alert = page.getByRole("alert");
    await expect(alert.innerText()).resolves.toMatch(MESSAGE);
    // The bundle saw the guard's flag and did not start: no pane, and no "Loading…" left behind.
    await page.waitForLoadState("networkidle");
    // (Outside Excel the pane's first button is Check, which would be there had it started.)
    await expect(page.getByRole("button", { name: "Check", exact: true }).count()).resolves.toBe(0);
    await expect(page.getByText("Loading the WRES add-in").count()).resolves.toBe(0);
    await context.close();
  });

  it("starts the pane as usual in a current engine", async () => {
    const { context, page } = await openWith();
    await page.getByRole("heading", { name: "Results" }).waitFor();
    await expect(page.getByRole("button", { name: "Check", exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText(MESSAGE).count()).resolves.toBe(0);
    await context.close();
  });
});
