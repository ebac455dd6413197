/**
 * The report page's own style sheet and script, inline so the page is one self-contained file,
 * and the Content-Security-Policy that allows exactly these two and nothing else: no external
 * resource can load, and no script but this one can run, even if some text escaped escaping.
 */

import { createHash } from "crypto";
import { trustedMarkup, type Html } from "./html";

export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #1b1f23; --muted: #5a6270; --line: #d0d5dc; --band: #e3efe4;
  --adverse: #a4161a; --reverse: #5b2a86; --within: #1f5f3a; --favourable: #1d4e89; --nc: #5a6270; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
  margin: 0 auto; padding: 1.5rem; max-width: 100rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.meta, .hint { color: var(--muted); font-size: .9rem; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.totals strong { font-size: 1.3rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f4f6f8; font-size: .85rem; white-space: nowrap; }
thead th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
thead th[aria-sort="ascending"] button::after { content: " \\2191"; }
thead th[aria-sort="descending"] button::after { content: " \\2193"; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.returns td:first-child { min-width: 18rem; }
td .file { color: var(--muted); font-size: .8rem; word-break: break-all; }
tr.unreadable td { background: #fbf3f3; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; line-height: 1.2; padding: .05rem .35rem;
  border: 1.5px solid currentColor; margin-left: .25rem; white-space: nowrap; }
.badge.adverse { color: var(--adverse); border-radius: 0; }
.badge.reverse { color: var(--reverse); border-radius: 0; border-style: double; border-width: 3px; }
.badge.within { color: var(--within); border-radius: 1rem; }
.badge.favourable { color: var(--favourable); border-radius: 1rem; }
.badge.not-computable { color: var(--nc); border-style: dashed; border-radius: .25rem; }
.badge.error { color: var(--adverse); }
.badge.warning { color: #7a4b00; }
.badge.info { color: var(--nc); }
.badge.unreadable { color: var(--adverse); border-style: dotted; }
.count-error { color: var(--adverse); font-weight: 700; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.strip { width: 100%; max-width: 60rem; height: auto; display: block; }
svg.strip .band { fill: var(--band); }
svg.strip .band-label, svg.strip .tick { font-size: 11px; fill: var(--muted); }
svg.strip .axis, svg.strip .one { stroke: var(--muted); }
svg.strip .one { stroke-dasharray: 3 3; }
svg.strip .within { fill: var(--within); fill-opacity: .55; }
svg.strip .adverse { fill: var(--adverse); }
svg.strip .reverse { fill: var(--reverse); }
svg.strip a:focus path, svg.strip a:hover path { stroke: var(--ink); stroke-width: 2; }
details { border-bottom: 1px solid var(--line); padding: .3rem 0; }
details summary { cursor: pointer; }
details table { margin: .4rem 0 .6rem 1rem; font-size: .9rem; }
details td.cell { white-space: nowrap; }
ul.unreadable-files li { margin: .2rem 0; }
code { font-size: .9em; }
@media print { thead th { position: static; } details { break-inside: avoid; } }
`;

/** Sorting the returns table by any column (blanks last); opening an organisation's flags when linked to. */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var table = document.querySelector("table.returns");
  if (table) {
    var body = table.tBodies[0];
    var headings = table.querySelectorAll("thead th");
    var compare = function (a, b) {
      if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
      var x = Number(a), y = Number(b);
      return isNaN(x) || isNaN(y) ? a.localeCompare(b) : x - y;
    };
    Array.prototype.forEach.call(headings, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headings, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var key = function (row) { return row.cells[column].getAttribute("data-sort") || ""; };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var ka = key(a), kb = key(b);
          if (ka === "" || kb === "") return compare(ka, kb);
          return ascending ? compare(ka, kb) : compare(kb, ka);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  var openLinked = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") target.open = true;
  };
  window.addEventListener("hashchange", openLinked);
  openLinked();
})();
`;

/** The page's <style> and <script> elements, holding exactly the text the policy's hashes are taken from. */
export const STYLE_ELEMENT: Html = trustedMarkup(`<style>${REPORT_STYLE}</style>`);
export const SCRIPT_ELEMENT: Html = trustedMarkup(`<script>${REPORT_SCRIPT}</script>`);

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(REPORT_STYLE)}`,
  `script-src ${sha256(REPORT_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
