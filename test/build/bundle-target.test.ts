/**
 * The built pane against the oldest webview the manifest admits that can run it (Safari 14.1;
 * BUNDLE_TARGET in webpack.config.js): every script parses as ES2020, calls no built-in newer than
 * Safari 14.1 (no polyfills: the code uses what that webview has), and the guard that runs first
 * in the engines that cannot (Internet Explorer 11, the old Edge) is ES5.
 * Uses dist/ from `npm run build` when there is one, else builds into a temporary folder.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "acorn";
import { DIST, buildPane, isProductionBuild } from "../../scripts/pane-browser.cjs";

/** Built-ins newer than Safari 14.1, as the minified bundle names them. */
const TOO_NEW: Readonly<Record<string, RegExp>> = {
  "Object.hasOwn": /\bObject\.hasOwn\(/,
  structuredClone: /\bstructuredClone\(/,
  "Array.prototype.findLastIndex": /\.findLastIndex\(/,
  "Array.prototype.toSorted": /\.toSorted\(/,
  "Array.prototype.toReversed": /\.toReversed\(/,
  "Object.groupBy": /\bObject\.groupBy\(/,
  "Promise.withResolvers": /\bPromise\.withResolvers\(/,
  "Array.fromAsync": /\bArray\.fromAsync\(/,
  "String.prototype.at": /["'`]\.at\(/,
};

let dir: string;
let built: string | null = null;
let scripts: Map<string, string>;

beforeAll(async () => {
  dir = DIST;
  if (!isProductionBuild(DIST)) {
    built = mkdtempSync(path.join(os.tmpdir(), "wres-target-"));
    dir = await buildPane(built, { sourceMaps: false });
  }
  scripts = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]),
  );
}, 240_000);

afterAll(() => {
  if (built) rmSync(built, { recursive: true, force: true });
});

describe("the built pane's language level", () => {
  it("parses as ES2020, every script (libraries included)", () => {
    expect(scripts.size).toBeGreaterThan(2);
    const failures = [...scripts].flatMap(([file, code]) => {
      try {
        parse(code, { ecmaVersion: 2020 });
        return [];
      } catch (e) {
        return [`${file}: ${(e as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it("calls no built-in newer than the target", () => {
    const called = Object.entries(TOO_NEW)
      .filter(([, pattern]) => [...scripts.values()].some((code) => pattern.test(code)))
      .map(([name]) => name);
    expect(called).toEqual([]);
  });

  it("runs the guard first, in ES5", () => {
    const guardFile = [...scripts.keys()].find((f) => /^legacy-guard\.[0-9a-f]{8}\.js$/.test(f));
    expect(guardFile).toBeDefined();
    const guard = scripts.get(guardFile!);
    expect(() => parse(guard!, { ecmaVersion: 5 })).not.toThrow();
    const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
    // The minified page drops attribute quotes. The bundle is deferred, so the guard (a plain
    // script at the end of the body) runs before it.
    expect(html).toContain(`<script src=${guardFile}></script></body>`);
    expect(html).toMatch(/<script defer(="defer")? src="?taskpane\.[0-9a-f]+\.js"?><\/script>/);
  });
});
