/**
 * The report as one self-contained, printable HTML page: A4 print styles inline, no script, no
 * external resource of any kind (the page's policy forbids loading one), and every string escaped
 * by the `markup` tag of src/cli/html.ts, the project's one home of HTML escaping. A draft
 * carries "DRAFT: n errors" at the top of the screen and of every printed page.
 */

import { markup, trustedMarkup, type Html } from "../cli/html";
import type { ReportBlock, ReportChart, ReportDocument, ReportSection, ReportTable } from "./model";

/** Nothing may load: styles are inline, charts are inline SVG, and no script runs at all. */
export const REPORT_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1b1f23; --muted: #4d5562; --line: #c9ced6; --head: #eef1f4; --draft: #a4161a; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0 auto; padding: 1.5rem; max-width: 52rem; }
h1 { font-size: 22pt; margin: 0 0 .2rem; }
.organisation { font-size: 15pt; margin: 0 0 .6rem; }
h2 { font-size: 15pt; margin: 1.8rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .15rem; }
h3 { font-size: 12.5pt; margin: 1.2rem 0 .4rem; }
p { margin: .35rem 0; }
.lead { font-weight: 600; }
.note, .subtitle { color: var(--muted); font-size: 10pt; }
.draft { color: var(--draft); font-weight: 700; border: 2px solid var(--draft); padding: .2rem .5rem; margin: 0 0 1rem; display: inline-block; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .8rem; font-size: 10pt; }
caption { text-align: left; font-weight: 600; padding-bottom: .2rem; }
th, td { border: 1px solid var(--line); padding: .2rem .4rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody th { font-weight: 400; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
figure { margin: .6rem 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 10pt; color: var(--muted); }
.chart-data summary { font-size: 10pt; color: var(--muted); cursor: pointer; }
@media print { .chart-data { display: none; } }
@page { size: A4; margin: 22mm 18mm 18mm; }
@media print {
  body { padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  table, dl { break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

/** A CSS string literal: quotes, backslashes and "<" escaped, so that it can close neither the string nor the style element. */
const cssString = (text: string): string => `"${text.replace(/[\\"<]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** The draft line in the top margin of every printed page (the banner above the title is on the first page only). */
const draftPageStyle = (draft: string): string =>
  `@page { @top-center { content: ${cssString(draft)}; color: #a4161a; font: 700 11pt Arial, sans-serif; } }\n`;

function tableHtml(t: ReportTable): Html {
  const cls = (i: number) => (t.columns[i]?.numeric ? "num" : null);
  return markup`<table>
<caption>${t.caption}</caption>
<thead><tr>${t.columns.map((c) => markup`<th scope="col"${c.numeric ? markup` class="num"` : ""}>${c.header}</th>`)}</tr></thead>
<tbody>
${t.rows.map(
  (row) =>
    markup`<tr>${row.map((cell, i) =>
      i === 0
        ? markup`<th scope="row">${cell}</th>`
        : cls(i)
          ? markup`<td class="num">${cell}</td>`
          : markup`<td>${cell}</td>`,
    )}</tr>
`,
)}</tbody>
</table>
`;
}

function chartHtml(chart: ReportChart): Html {
  const data = chart.text.table;
  // The SVG is made by this program's chart module, never from workbook text unescaped. Its data
  // follow, folded away on screen, for a reader who wants the figures behind the picture.
  return markup`<figure>
${trustedMarkup(chart.svg)}
<figcaption>${chart.title}: ${chart.text.caption}</figcaption>
<details class="chart-data"><summary>The chart's figures</summary>
${tableHtml({
  caption: chart.title,
  columns: data.columns.map((header, i) => ({ header, numeric: i > 0 })),
  rows: data.rows.map((r) => [r.header, ...r.cells]),
})}</details>
</figure>
`;
}

function blockHtml(block: ReportBlock): Html {
  switch (block.kind) {
    case "paragraph":
      return block.tone ? markup`<p class="${block.tone}">${block.text}</p>\n` : markup`<p>${block.text}</p>\n`;
    case "facts":
      return markup`<dl>${block.facts.map((f) => markup`<dt>${f.label}</dt><dd>${f.text}</dd>`)}</dl>\n`;
    case "list":
      return markup`<ul>${block.items.map((item) => markup`<li>${item}</li>`)}</ul>\n`;
    case "table":
      return tableHtml(block.table);
    case "chart":
      return chartHtml(block.chart);
  }
}

function sectionHtml(s: ReportSection, level: 2 | 3): Html {
  const heading = level === 2 ? markup`<h2 id="${s.id}">${s.heading}</h2>` : markup`<h3 id="${s.id}">${s.heading}</h3>`;
  return markup`<section aria-labelledby="${s.id}">
${heading}
${s.blocks.map(blockHtml)}${s.subsections.map((sub) => sectionHtml(sub, 3))}</section>
`;
}

export function renderHtml(doc: ReportDocument): string {
  const [first, ...rest] = doc.subtitle;
  return markup`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_PAGE_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="description" content="${doc.subject}">
<title>${doc.draft ? `${doc.draft} – ` : ""}${doc.title}: ${doc.organisation}</title>
<style>${trustedMarkup(STYLE + (doc.draft ? draftPageStyle(doc.draft) : ""))}</style>
</head>
<body>
<header>
${doc.draft ? markup`<p class="draft" role="note">${doc.draft}</p>\n` : ""}<h1>${doc.title}</h1>
<p class="organisation">${doc.organisation}</p>
<p class="subtitle">${first}</p>
${rest.map((line) => markup`<p class="subtitle">${line}</p>\n`)}</header>
<main>
${doc.sections.map((s) => sectionHtml(s, 2))}</main>
</body>
</html>
`.text;
}
