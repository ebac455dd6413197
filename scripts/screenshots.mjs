#!/usr/bin/env node
/**
 * The docs' screenshots of the task pane on the bundled sample, light and dark:
 * docs/screenshots/pane-light.png and pane-dark.png, at a task pane's usual size (350 × 900 CSS
 * pixels, drawn at twice that for sharp text), and pane-charts-light.png and pane-charts-dark.png:
 * the same pane 350 px wide with indicators 2 and 6 open, showing their charts; pane-history.png:
 * indicator 2 open on its figure year by year (template 1.1's history); pane-goals.png:
 * indicator 1 open on its aspirational goals (the chart and the table); and pane-action-plan.png:
 * the Action plan section, each adverse finding and whether an action covers it; all three light.
 *
 *   node scripts/screenshots.mjs [--no-build]
 *
 * Builds the pane first (production, as `npm run build` does) unless --no-build, then serves
 * dist/ and opens it in headless Chromium exactly as the browser tests do (scripts/pane-browser.cjs:
 * office.js from @microsoft/office-js, nothing fetched from the internet). The clock is fixed so
 * that the "Checked …" line, and so the images, change only when the pane does.
 */

import { mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { DIST, buildPane, isProductionBuild, launchChromium, routeOfficeJs, servePane } = require("./pane-browser.cjs");

const ROOT = path.dirname(DIST);
const OUT = path.join(ROOT, "docs", "screenshots");
const VIEWPORT = { width: 350, height: 900 };
const CHECKED_AT = new Date("2025-07-01T09:30:00");
/** The charts' shots: taller, so that two open indicators (each with its figure year by year) fit. */
const CHARTS_VIEWPORT = { width: 350, height: 1700 };
/** The indicators opened for the charts' shots: a relative likelihood and a survey gap. */
const CHART_SECTIONS = ["I2", "I6"];

/**
 * One shot: the pane opened on the sample with the results shown, `prepare` run on the page
 * (opening indicators, scrolling), then docs/screenshots/`name`.png. Fails if the page asked
 * for anything off its own origin.
 */
async function shot(browser, origin, { name, viewport = VIEWPORT, colorScheme = "light" }, prepare = async () => {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, colorScheme, locale: "en-GB" });
  try {
    const traffic = await routeOfficeJs(context, origin);
    const page = await context.newPage();
    await page.clock.setFixedTime(CHECKED_AT);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Results" }).waitFor();
    await prepare(page);
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file, animations: "disabled" });
    if (traffic.blocked.length > 0) throw new Error(`The page asked for ${traffic.blocked.join(", ")}`);
    console.log(`${path.relative(ROOT, file)}  ${(statSync(file).size / 1000).toFixed(0)} KB`);
  } finally {
    await context.close();
  }
}

/** Opens indicator `id` and waits for its chart `chart` (its own, its series, or the goals). */
async function openIndicator(page, id, chart) {
  await page.getByRole("button", { name: new RegExp(`^${id} · `) }).click();
  await page.locator(`[data-chart="${chart}"] svg`).waitFor();
}

/** Scrolls so that the element of `role` named `name` is at the top. */
async function scrollToTop(page, role, name) {
  await page.getByRole(role, { name }).evaluate((el) => el.scrollIntoView({ block: "start" }));
}

async function main() {
  if (!process.argv.includes("--no-build")) {
    console.log("Building the pane (production)…");
    await buildPane(DIST);
  } else if (!isProductionBuild(DIST)) {
    throw new Error("dist/ holds no production build: run npm run build, or drop --no-build.");
  }
  mkdirSync(OUT, { recursive: true });
  const server = await servePane(DIST);
  const browser = await launchChromium();
  try {
    const origin = server.origin;
    for (const colorScheme of ["light", "dark"]) {
      await shot(browser, origin, { name: `pane-${colorScheme}`, colorScheme });
      await shot(
        browser,
        origin,
        { name: `pane-charts-${colorScheme}`, viewport: CHARTS_VIEWPORT, colorScheme },
        async (page) => {
          for (const id of CHART_SECTIONS) await openIndicator(page, id, id);
          await scrollToTop(page, "button", new RegExp(`^${CHART_SECTIONS[0]} · `));
        },
      );
    }
    // Template 1.1: indicator 2 with its RL over the years; indicator 1's aspirational goals; the
    // Action plan section as the results show it (file mode: coverage shown, nothing to draft with).
    await shot(browser, origin, { name: "pane-history" }, async (page) => {
      await openIndicator(page, "I2", "I2-series");
      await scrollToTop(page, "button", /^I2 · /);
    });
    await shot(browser, origin, { name: "pane-goals" }, async (page) => {
      await openIndicator(page, "I1", "goals");
      await scrollToTop(page, "heading", /^Aspirational goals for /);
    });
    await shot(browser, origin, { name: "pane-action-plan" }, (page) => scrollToTop(page, "heading", "Action plan"));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
