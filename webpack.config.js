/**
 * Builds the task pane (after Microsoft's `yo office` React template): one entry, the pane's
 * page with its Content-Security-Policy, the assets (icons, template and sample workbooks) and
 * the manifest. The .xlsx reader is imported dynamically, so it is a chunk of its own ("xlsx")
 * that only the browser version loads.
 *
 * - `webpack --mode production`: minified, content-hashed file names, office.js from Microsoft's
 *   CDN; the manifest's URLs become WRES_ADDIN_URL when that is set. dist/ can be served by any
 *   static file server.
 * - `webpack --mode development`: readable, and office.js served from @microsoft/office-js
 *   (the whole dist folder, copied to dist/office-js/).
 * - `webpack serve --mode development`: the same, from memory on https://localhost:3000 with
 *   office-addin-dev-certs certificates, or http when none can be made (WRES_DEV_HTTP=1 asks
 *   for http outright).
 */

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  FRAME_ANCESTORS_HEADER,
  OFFICE_JS_LOCAL_DIR,
  contentSecurityPolicy,
  officeJsUrl,
} = require("./config/taskpane-page");

const urlDev = "https://localhost:3000/";
/** Where the production pane is hosted, e.g. https://wres.example.nhs.uk/ (the manifest keeps urlDev without it). */
const urlProd = process.env.WRES_ADDIN_URL || urlDev;
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
  const hashed = production ? ".[contenthash:8]" : "";

  const copies = [
    { from: "assets/*", to: "assets/[name][ext]" },
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
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl: officeJsUrl(production),
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
          headers: { "Content-Security-Policy-Report-Only": FRAME_ANCESTORS_HEADER },
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
