/**
 * The task pane page's security policy and where it gets office.js: one place, used by
 * webpack.config.js and checked by the tests.
 *
 * The Content-Security-Policy (a <meta> in taskpane.html) allows nothing beyond the page's own
 * origin and office.js:
 * - scripts: the page's own bundle, and office.js with the host scripts it loads from its own
 *   folder: Microsoft's CDN in production, the same origin (/office-js/, from
 *   @microsoft/office-js) in development and tests. No inline script, no eval.
 * - styles: Fluent UI's Griffel renderer (and FluentProvider's theme) put rules into EMPTY
 *   <style> elements through CSSOM insertRule, which CSP does not police; the empty elements
 *   themselves are allowed by the hash of the empty string, so no 'unsafe-inline' is needed.
 * - connect: the page's origin only (the sample and template workbooks); in development also
 *   the dev server's live-reload socket. office.js's own telemetry is therefore blocked.
 * - frame-ancestors cannot be set from a <meta> element (browsers ignore it there): the server
 *   that hosts the pane in production must send it as a header, allowing the Office hosts
 *   (OFFICE_FRAME_ANCESTORS). The dev server sends it Report-Only, so a missing host shows as a
 *   console warning instead of a blank pane in Excel on the web.
 */

const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN_URL = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
/** Where development builds serve node_modules/@microsoft/office-js/dist (the whole folder: office.js loads its host scripts from beside itself). */
const OFFICE_JS_LOCAL_DIR = "office-js";
/** sha256 of "": allows Griffel's empty <style> elements, and nothing written inside a <style> element. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
/** The pages that frame the pane in Excel on the web and Microsoft 365 (for the production frame-ancestors header). */
const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
];

/** office.js's URL as the page loads it (relative in development, so a static copy of dist/ works under any path). */
function officeJsUrl(production) {
  return production ? OFFICE_JS_CDN_URL : `${OFFICE_JS_LOCAL_DIR}/office.js`;
}

/** The page's policy; `devServerPort` adds the live-reload socket when the dev server serves the page. */
function contentSecurityPolicy({ production, devServerPort = null }) {
  const scripts = production ? ["'self'", OFFICE_JS_CDN_ORIGIN] : ["'self'"];
  const connect = ["'self'"];
  if (devServerPort !== null) connect.push(`ws://localhost:${devServerPort}`, `wss://localhost:${devServerPort}`);
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

const FRAME_ANCESTORS_HEADER = `frame-ancestors ${OFFICE_FRAME_ANCESTORS.join(" ")}`;

module.exports = {
  OFFICE_JS_CDN_ORIGIN,
  OFFICE_JS_CDN_URL,
  OFFICE_JS_LOCAL_DIR,
  OFFICE_FRAME_ANCESTORS,
  FRAME_ANCESTORS_HEADER,
  contentSecurityPolicy,
  officeJsUrl,
};
