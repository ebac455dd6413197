/**
 * The production task pane in real Chromium, offline: shared by the browser tests
 * (test/e2e/pane.e2e.test.ts), the pane benchmark (bench-pane.mjs) and the docs' screenshots
 * (screenshots.mjs). CommonJS so that jest (ts-jest) and the .mjs scripts can both load it; its
 * types are in pane-browser.d.cts.
 *
 * - `servePane(dir)`: dist/ on http://127.0.0.1:<random port>, as any static host would serve it.
 * - `launchChromium()`: the Debian package's Chromium, headless.
 * - `routeOfficeJs(context, origin)`: the page's one external script, office.js from Microsoft's
 *   CDN, is answered from node_modules/@microsoft/office-js/dist (the whole folder: office.js
 *   loads further files from beside itself); every other request off the page's origin is
 *   aborted and recorded, so a test can fail on it and nothing ever leaves the machine.
 * - `buildPane(outDir)`: the production build, in-process with the project's webpack config.
 */

const { existsSync, readFileSync, statSync } = require("node:fs");
const { createServer } = require("node:http");
const path = require("node:path");
const { URL } = require("node:url");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM_PATH = "/usr/bin/chromium";
/** Quiet and offline: no GPU, no QUIC, and none of Chromium's own background traffic. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const { OFFICE_JS_CDN_ORIGIN, OFFICE_JS_CDN_URL } = require("../config/taskpane-page");
/** The CDN folder office.js is served from: it loads its other files relative to it. */
const OFFICE_JS_CDN_DIR = new URL(".", OFFICE_JS_CDN_URL).pathname;
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const contentType = (file) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";

/** The file under `root` that a URL path names, or null when it names none (or tries to leave root). */
function fileUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Whether `dir` holds a production build of the pane (its page loads office.js from the CDN). */
function isProductionBuild(dir = DIST) {
  const page = path.join(dir, "taskpane.html");
  return existsSync(page) && readFileSync(page, "utf8").includes(OFFICE_JS_CDN_URL);
}

/** Serves `root` read-only on 127.0.0.1 at a free port; resolves with its origin and a close(). */
function servePane(root = DIST) {
  const server = createServer((request, response) => {
    const file = fileUnder(root, new URL(request.url ?? "/", "http://localhost").pathname);
    if (request.method !== "GET" || !file) {
      response.writeHead(file ? 405 : 404).end();
      return;
    }
    response.writeHead(200, { "content-type": contentType(file), "cache-control": "no-store" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function launchChromium() {
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Answers office.js's requests from the package and aborts every other request that leaves
 * `origin`. Resolves with what was seen: `blocked` (aborted URLs), `officeJs` (files served)
 * and `missing` (files office.js asked for that the package lacks; answered 404).
 */
async function routeOfficeJs(context, origin) {
  const traffic = { blocked: [], officeJs: [], missing: [] };
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === OFFICE_JS_CDN_ORIGIN && url.pathname.startsWith(OFFICE_JS_CDN_DIR)) {
        const file = fileUnder(OFFICE_JS_DIST, url.pathname.slice(OFFICE_JS_CDN_DIR.length));
        if (file) {
          traffic.officeJs.push(url.pathname);
          await route.fulfill({ status: 200, contentType: contentType(file), body: readFileSync(file) });
        } else {
          traffic.missing.push(url.href);
          await route.fulfill({ status: 404, body: "" });
        }
        return;
      }
      traffic.blocked.push(url.href);
      await route.abort("blockedbyclient");
    },
  );
  return traffic;
}

/** The production build, made in-process into `outDir` (source maps optional, to save time). */
async function buildPane(outDir = DIST, { sourceMaps = true } = {}) {
  const webpack = require("webpack");
  const configure = require("../webpack.config.js");
  const config = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  if (!sourceMaps) config.devtool = false;
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`The pane's build failed:\n${stats.toString("errors-only")}`);
  return outDir;
}

module.exports = {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DIST,
  OFFICE_JS_DIST,
  buildPane,
  isProductionBuild,
  launchChromium,
  routeOfficeJs,
  servePane,
};
