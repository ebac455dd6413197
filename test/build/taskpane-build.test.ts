/**
 * The production build of the pane, made in-process with the project's own webpack config (into
 * a temporary folder, without source maps to save time): its page carries the
 * Content-Security-Policy and loads office.js from Microsoft's CDN only, its scripts come from
 * its own origin, and the .xlsx reader is a chunk of its own that the page does not load.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Configuration, Stats } from "webpack";

const ROOT = path.join(__dirname, "../..");
const load = createRequire(path.join(ROOT, "package.json"));
const webpack = load("webpack") as (config: Configuration, done: (error: Error | null, stats?: Stats) => void) => void;
const configure = load("./webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<Configuration>;
const page = load("./config/taskpane-page.js") as {
  OFFICE_JS_CDN_URL: string;
  contentSecurityPolicy: (options: { production: boolean }) => string;
};

let out: string;
let html: string;
let files: string[];

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "wres-pane-"));
  const config = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: out };
  config.devtool = false;
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  expect(stats.hasErrors() ? stats.toString("errors-only") : "").toBe("");
  html = readFileSync(path.join(out, "taskpane.html"), "utf8");
  files = readdirSync(out);
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const scriptSources = (): string[] => [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);

describe("the production build of the pane", () => {
  it("carries the Content-Security-Policy", () => {
    const csp = /<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(page.contentSecurityPolicy({ production: true }));
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("loads office.js from Microsoft's CDN only, first, and everything else from its own origin", () => {
    const sources = scriptSources();
    expect(sources[0]).toBe(page.OFFICE_JS_CDN_URL);
    expect(sources.slice(1).every((src) => !/^[a-z]+:|^\/\//i.test(src))).toBe(true);
    expect(files).not.toContain("office-js");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
  });

  it("keeps the .xlsx reader out of what the page loads", () => {
    const xlsx = files.filter((f) => /^xlsx\.[0-9a-f]{8}\.js$/.test(f));
    expect(xlsx).toHaveLength(1);
    expect(scriptSources().some((src) => src.includes("xlsx"))).toBe(false);
    const initial = scriptSources()
      .slice(1)
      .map((src) => readFileSync(path.join(out, src), "utf8"))
      .join("\n");
    // The reader's own messages live only in its chunk.
    expect(initial).not.toContain("is not an .xlsx file (it is not a zip archive)");
    expect(readFileSync(path.join(out, xlsx[0]), "utf8")).toContain("is not an .xlsx file (it is not a zip archive)");
  });

  it("names its scripts by content hash and ships the workbooks, icons and manifest", () => {
    expect(scriptSources().slice(1)).toEqual([
      expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/),
      // The ES5 guard for Internet Explorer and the old Edge (issue 9), run before the bundle.
      expect.stringMatching(/^legacy-guard\.[0-9a-f]{8}\.js$/),
    ]);
    expect(readdirSync(path.join(out, "assets")).sort()).toEqual(
      expect.arrayContaining(["icon-16.png", "icon-80.png", "wres-sample.xlsx", "wres-template.xlsx"]),
    );
    expect(files).toContain("manifest.xml");
  });
});
