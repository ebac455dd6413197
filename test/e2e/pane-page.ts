/**
 * What the browser tests ask of the pane's page: the live region's announcements and the
 * Content-Security-Policy violations (recorded from the first script on), keyboard focus,
 * the sections' headers, the background's luminance, an axe-core scan, and which CSP
 * violations are office.js's own.
 */

import axe from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { luminance } from "../../src/taskpane/components/theme";

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  /** The script that caused it, when the browser knows. */
  readonly source: string;
}

/**
 * office.js's own doings outside Office, which the page's CSP blocks as it should: its hidden
 * telemetry frame, and the inline style it sets on that frame. Anything else is the pane's.
 */
export function isOfficeJsOwn(v: CspViolation): boolean {
  if (v.source.startsWith("https://appsforoffice.microsoft.com/")) return true;
  return URL.canParse(v.blocked) && new URL(v.blocked).hostname.endsWith(".oaspapps.com");
}

/** Recorded in the page by `recordPage`. */
export interface PageRecords {
  /** The text of the pane's live region after each change, in order. */
  readonly announcements: string[];
  readonly csp: CspViolation[];
}

type RecordingWindow = Window & { __wres: PageRecords };

/** The pane's own live region (Fluent's MessageBar keeps another, outside <main>). */
const LIVE_REGION = 'main [role="status"][aria-live="polite"]';

/** Records, in every page of the context, each live-region text and each CSP violation. */
export async function recordPage(context: BrowserContext): Promise<void> {
  await context.addInitScript((selector: string) => {
    const records: PageRecords = { announcements: [], csp: [] };
    (window as unknown as RecordingWindow).__wres = records;
    document.addEventListener("securitypolicyviolation", (e) =>
      records.csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
    // Every change is kept, repeats included: a second "Validated: …" is a new announcement.
    new MutationObserver((mutations) => {
      const region = document.querySelector(selector);
      if (region && mutations.some((m) => region.contains(m.target))) {
        records.announcements.push(region.textContent ?? "");
      }
    }).observe(document, { childList: true, characterData: true, subtree: true });
  }, LIVE_REGION);
}

export function pageRecords(page: Page): Promise<PageRecords> {
  return page.evaluate(() => (window as unknown as RecordingWindow).__wres);
}

/** Waits until the live region has said `text` since announcement number `from`. */
export async function waitForAnnouncement(page: Page, text: string, from: number): Promise<void> {
  await page.waitForFunction(
    ([expected, start]) => (window as unknown as RecordingWindow).__wres.announcements.slice(start).includes(expected),
    [text, from] as const,
  );
}

/** The focused element's tag and text, e.g. "BUTTON Calculate". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${(el.textContent ?? "").trim()}` : "";
  });
}

/** Presses `key` until the button named `name` has focus; resolves with the number of presses. */
export async function pressUntilFocused(page: Page, key: "Tab" | "Shift+Tab", name: string, max = 15) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if ((await focused(page)) === `BUTTON ${name}`) return presses;
  }
  throw new Error(`${key} pressed ${max} times never reached the button "${name}"`);
}

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The text of every section header (indicators, then problem groups), as laid out, on one line each. */
export async function sectionHeaders(page: Page): Promise<string[]> {
  const texts = await page.locator("[data-disclosure] > h3 > button").allInnerTexts();
  return texts.map(oneLine);
}

/** Opens every closed section (indicators and problem groups), so that everything is on the page. */
export async function openAllSections(page: Page): Promise<void> {
  const closed = page.locator('[data-disclosure] button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** WCAG relative luminance of what is painted behind `selector`: the first ancestor with an opaque background. */
export async function backgroundLuminance(page: Page, selector: string): Promise<number> {
  const rgb = await page.locator(selector).evaluate((start) => {
    for (let el: Element | null = start; el; el = el.parentElement) {
      const colour = getComputedStyle(el).backgroundColor;
      const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      if (a === 1) return [r, g, b];
    }
    return [255, 255, 255]; // the canvas: white unless a color-scheme says otherwise
  });
  const hex = `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
  const value = luminance(hex);
  if (value === null) throw new Error(`not a colour: ${hex}`);
  return value;
}

/**
 * Waits until what is painted behind `selector` is dark (luminance below 0.5) or light, and the
 * colour transitions the switch started (Fluent's buttons have them) have ended; resolves with
 * the luminance.
 */
export async function waitForBackground(page: Page, selector: string, dark: boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await backgroundLuminance(page, selector);
    if (value < 0.5 === dark || Date.now() > deadline) {
      // Transitions only: a running spinner's animation never finishes.
      await page.evaluate(() =>
        Promise.all(document.getAnimations().flatMap((a) => (a instanceof CSSTransition ? [a.finished] : []))),
      );
      return value;
    }
    await page.waitForTimeout(50);
  }
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core on the page as it is. The page's CSP allows scripts from its own origin only, so
 * axe is served from that origin (a route the test answers) rather than injected inline: the
 * page is scanned with the very policy it ships with, not with the CSP bypassed. The script
 * element is added here rather than by Playwright's addScriptTag, which takes any CSP
 * violation meanwhile for its own (office.js's blocked telemetry frame comes at any moment).
 */
export async function scanWithAxe(page: Page, origin: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) {
    const url = `${origin}/__e2e__/axe.min.js`;
    await page.route(url, (route) => route.fulfill({ contentType: "text/javascript", body: axe.source }));
    await page.evaluate(
      (src) =>
        new Promise<void>((resolve, reject) => {
          const script = document.createElement("script");
          script.src = src;
          script.onload = () => resolve();
          script.onerror = () => reject(new Error(`axe-core could not be loaded from ${src}`));
          document.head.append(script);
        }),
      url,
    );
  }
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}
