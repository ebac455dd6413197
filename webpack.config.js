/**
 * Builds the task pane (after Microsoft's `yo office` React template): one entry, the pane's
 * page with its Content-Security-Policy, the assets (icons, template and sample workbooks) and
 * the manifest. The .xlsx reader is imported dynamically, so it is a chunk of its own ("xlsx")
 * that only the browser version loads.
 *
 * - `webpack --mode production`: minified, content-hashed file names, office.js from Microsoft's
 *   CDN. dist/ can be served by any static file server. Its manifest keeps https://localhost:3000/
 *   (the build says so) unless WRES_ADDIN_URL is set.
 * - `webpack --mode production --env deploy` (or WRES_DEPLOY=1): the deployable build. It refuses
 *   to run unless WRES_ADDIN_URL is an https URL, e.g. https://wres.example.nhs.uk/addin/ (a
 *   missing trailing slash is added), and every URL of the manifest becomes one under it.
 * - `webpack --mode development`: readable, and office.js served from @microsoft/office-js
 *   (the whole dist folder, copied to dist/office-js/).
 * - `webpack serve --mode development`: the same, from memory on https://localhost:3000 with
 *   office-addin-dev-certs certificates, or http when none can be made (WRES_DEV_HTTP=1 asks
 *   for http outright).
 */

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");
const {
  FRAME_ANCESTORS_HEADER,
  OFFICE_JS_LOCAL_DIR,
  contentSecurityPolicy,
  officeJsUrl,
} = require("./config/taskpane-page");

const urlDev = "https://localhost:3000/";

/**
 * The bundle's language level: the oldest webview the manifest admits (ExcelApi 1.7) that can
 * run it. Trident (IE 11) and EdgeHTML (Excel 2016/2019, Microsoft 365 on old Windows 10 without
 * WebView2) cannot, whatever the level, and get legacy-guard.js's message instead. Of the rest,
 * the oldest is Safari 14's WKWebView (Excel for Mac on macOS 11); WebView2 and the browsers of
 * Excel on the web are newer. Safari 14 has every ES2020 feature and few later ones (no
 * Object.hasOwn, Array.prototype.at, class static blocks), hence ES2020, checked on the built
 * bundle by test/build/bundle-target.test.ts.
 */
const BUNDLE_TARGET = "es2020";

/** The deployment URL with its trailing slash, or null when unset; anything but https stops the build. */
function deploymentUrl(raw) {
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `WRES_ADDIN_URL is not a URL: "${raw}". Set it to where the pane is served, e.g. https://wres.example.nhs.uk/`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`WRES_ADDIN_URL must be an https URL (Office loads add-ins over https only): "${raw}".`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Where the manifest says the pane is: the deployment URL, or (local builds only) the dev server, said aloud. */
function manifestUrl({ production, deploy }) {
  const url = deploymentUrl(process.env.WRES_ADDIN_URL);
  if (url) return url;
  if (deploy) {
    throw new Error(
      "The deployable build needs WRES_ADDIN_URL, the https address the pane is served from, e.g. " +
        "WRES_ADDIN_URL=https://wres.example.nhs.uk/ npm run build:deploy",
    );
  }
  if (production) {
    console.warn(
      `\nmanifest.xml keeps ${urlDev} (a local build): for a manifest to deploy, set WRES_ADDIN_URL to the https ` +
        `address the pane is served from and run npm run build:deploy.\n`,
    );
  }
  return urlDev;
}

/** The ES5 guard that runs before the bundle (see the file), named by content hash in production like every script. */
const LEGACY_GUARD = "src/taskpane/legacy-guard.js";
function legacyGuardFile(production) {
  if (!production) return "legacy-guard.js";
  const hash = crypto.createHash("sha256").update(fs.readFileSync(LEGACY_GUARD)).digest("hex").slice(0, 8);
  return `legacy-guard.${hash}.js`;
}

/** Office caches add-in icons and may not show one served as uncacheable: a day, in the dev server as in deployment. */
const ICON_CACHE_CONTROL = "public, max-age=86400";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** Gzipped, the pane's initial JavaScript must stay under 150 KB; minified, that is roughly this. */
const INITIAL_JS_BYTES = 600 * 1024;

/** https with the Office development certificates when they can be made; http otherwise (say so). */
async function devServerTransport() {
  if (process.env.WRES_DEV_HTTP) return { type: "http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    const why = String(error && error.message ? error.message : error).split("\n")[0];
    console.warn(
      `\nNo trusted certificate for https://localhost (${why}).\n` +
        `Serving http://localhost:${port}/taskpane.html instead: fine in a browser; Excel needs https ` +
        `(run "npx office-addin-dev-certs install" where you can).\n`,
    );
    return { type: "http" };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const deploy = Boolean(env.deploy) || process.env.WRES_DEPLOY === "1";
  const urlProd = manifestUrl({ production, deploy });
  const legacyGuard = legacyGuardFile(production);
  const hashed = production ? ".[contenthash:8]" : "";

  const copies = [
    { from: "assets/*", to: "assets/[name][ext]" },
    // ES5, run before the bundle: see the file.
    { from: LEGACY_GUARD, to: legacyGuard },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (production ? content.toString().replaceAll(urlDev, urlProd) : content),
    },
  ];
  // The dev server serves office.js from node_modules; a development build on disk carries a copy.
  if (!production && !serving) copies.push({ from: officeJsDist, to: OFFICE_JS_LOCAL_DIR });

  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    // The runtime webpack writes around the modules, at the same level as the modules themselves.
    target: ["web", BUNDLE_TARGET],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Sources import with ".js" where Node's ES module rules ask for it; the file is the .ts beside it.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type-checking is `npm run typecheck`'s job; here ES modules, so webpack can split and tree-shake.
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", target: BUNDLE_TARGET },
            },
          },
        },
        {
          // Libraries that ship syntax newer than the target (tabster: class static blocks, Safari
          // 16.4+), brought down to it by the same compiler; the bundle test finds any other.
          test: /\.m?js$/,
          include: /node_modules[\\/]tabster[\\/]/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { allowJs: true, module: "esnext", moduleResolution: "bundler", target: BUNDLE_TARGET },
            },
          },
        },
      ],
    },
    plugins: [
      // The domain's use cases load as their own chunk on the first check (use-cases.lazy.ts);
      // jest, which has no dynamic import, keeps the static use-cases.ts.
      new NormalModuleReplacementPlugin(/^\.\/use-cases$/, (resource) => {
        if (/[\\/]src[\\/]taskpane[\\/]services$/.test(resource.context)) resource.request = "./use-cases.lazy";
      }),
      // The board report (its model, renderers and the docx library) loads as its own chunk on
      // the first Create report (report-maker.lazy.ts); jest keeps the static report-maker.ts.
      new NormalModuleReplacementPlugin(/^\.\/report-maker$/, (resource) => {
        if (/[\\/]src[\\/]taskpane[\\/]services$/.test(resource.context)) resource.request = "./report-maker.lazy";
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl: officeJsUrl(production),
        legacyGuard,
        contentSecurityPolicy: contentSecurityPolicy({ production, devServerPort: serving ? port : null }),
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    optimization: {
      // A chunk loaded on demand keeps its libraries (the .xlsx reader keeps fflate): one request, one "xlsx" file.
      splitChunks: { cacheGroups: { defaultVendors: false } },
    },
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: INITIAL_JS_BYTES,
      maxAssetSize: INITIAL_JS_BYTES,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: serving
      ? {
          port,
          server: await devServerTransport(),
          hot: false,
          liveReload: true,
          static: [{ directory: officeJsDist, publicPath: `/${OFFICE_JS_LOCAL_DIR}`, watch: false }],
          headers: (req) => ({
            "Content-Security-Policy-Report-Only": FRAME_ANCESTORS_HEADER,
            ...(/\/assets\/icon-\d+\.png$/.test(req.url ?? "") ? { "Cache-Control": ICON_CACHE_CONTROL } : {}),
          }),
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
