/**
 * The two renderers of the report model, read back: the Word document (its headings and their
 * styles, header rows, document properties, the draft line in every header and footer, a
 * chart's alt text) and the printable page (no external resource, escaped text, the draft line
 * on every printed page). Both hold every headline figure as the shared formatter gives it.
 */

import { strFromU8, unzipSync } from "fflate";
import { buildReport, outline } from "../../src/report/build-report";
import { renderDocx } from "../../src/report/docx";
import { renderHtml } from "../../src/report/html";
import type { ChartProvider, ReportChart } from "../../src/report/model";
import { reportCharts } from "../../src/report/report-charts";
import { findChartFont, nodeChartRasteriser } from "../../src/cli/chart-fonts";
import { CHART_SCALE } from "../../src/report/chart-image";
import { indicatorChart, seriesChart } from "../../src/charts";
import { INDICATOR_IDS } from "../../src/wres/contract";
import type { CheckedWorkbook } from "../../src/wres/check";
import { validYear } from "../helpers/raw-workbook";
import { checkSample } from "../taskpane/sample";
import { check } from "../wres/support";
import {
  decode,
  docxAltTexts,
  docxHeadings,
  docxParts,
  docxText,
  headlineFigures,
  htmlText,
  rlFigures,
  rlsAsPercentages,
  seriesFigures,
  seriesRlFigures,
} from "./support";

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

const chart = (png?: Uint8Array): ReportChart => ({
  title: "Relative likelihood 2",
  text: {
    caption: "RL2 is 1.60, above the band 0.80–1.25.",
    table: { columns: ["Year", "RL"], rows: [{ header: "2025", cells: ["1.60"] }] },
  },
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200" role="img"><rect width="400" height="200" fill="#eee"/></svg>',
  width: 400,
  height: 200,
  png,
});
const chartsFor = (png?: Uint8Array): ChartProvider => ({ indicator: (id) => (id === "I2" ? chart(png) : null) });

describe("the Word document of the sample (a draft)", () => {
  const checked = checkSample();
  const doc = buildReport(checked, { charts: chartsFor(PNG) });
  let bytes: Uint8Array;
  let parts: Record<string, string>;

  beforeAll(async () => {
    bytes = await renderDocx(doc, "wres test");
    parts = docxParts(bytes);
  });

  test("real headings: the title, then Heading 1 and Heading 2 in the model's order", () => {
    expect(docxHeadings(bytes)).toEqual([
      ["Title", "WRES report 2025"],
      ...outline(doc).map((h): [string, string] => [`Heading${h.level}`, h.heading]),
    ]);
  });

  test("every table has a header row that repeats on each page", () => {
    const xml = parts["word/document.xml"];
    const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
    const headerRows = xml.match(/<w:tblHeader\/>/g)?.length ?? 0;
    const modelTables = JSON.stringify(doc).match(/"kind":"table"/g)?.length;
    // Summary, clusters, three staff groups, errors, warnings, information, settings; and, the
    // sample being a 1.1 workbook, the nine series, the goals and the action plan.
    expect(modelTables).toBe(20);
    expect({ tables, headerRows }).toEqual({ tables: 20, headerRows: 20 });
  });

  test("the document properties hold the title, the organisation and the year", () => {
    const core = parts["docProps/core.xml"];
    expect(core).toContain("<dc:title>WRES report 2025 (DRAFT: 4 errors)</dc:title>");
    expect(core).toContain(
      "<dc:subject>Workforce Race Equality Standard report, Northmoor Valley NHS Foundation Trust (RNV), reporting year 2025</dc:subject>",
    );
    expect(core).toContain("<dc:creator>wres test</dc:creator>");
  });

  test("DRAFT: 4 errors in the header and the footer of every page, and above the title", () => {
    const { body, headers, footers } = docxText(bytes);
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const text of [...headers, ...footers]) expect(text).toContain("DRAFT: 4 errors");
    expect(body.split("\n")[0]).toBe("DRAFT: 4 errors");
  });

  test("a chart is a picture (SVG with its PNG) whose alt text is its text equivalent", () => {
    const xml = parts["word/document.xml"];
    expect(xml).toMatch(/<wp:docPr [^>]*descr="RL2 is 1.60, above the band 0.80–1.25."/);
    // The picture is two media: the SVG and the PNG Word shows where SVG is not supported.
    expect(parts["word/_rels/document.xml.rels"].match(/media\/[^"]+\.(svg|png)"/g)).toHaveLength(2);
  });

  test("every headline figure is in the text as the shared formatter gives it, and no RL is followed by %", () => {
    const { body } = docxText(bytes);
    for (const figure of headlineFigures(checked.indicators))
      expect({ figure, found: body.includes(figure) }).toEqual({ figure, found: true });
    expect(rlsAsPercentages(body, rlFigures(checked.indicators))).toEqual([]);
  });
});

describe("the Word document without a chart's PNG", () => {
  test("shows the chart's text equivalent in its place", async () => {
    const bytes = await renderDocx(buildReport(checkSample(), { charts: chartsFor(undefined) }));
    const { body } = docxText(bytes);
    expect(body).toContain("Relative likelihood 2: RL2 is 1.60, above the band 0.80–1.25.");
    expect(docxParts(bytes)["word/document.xml"]).not.toContain("<wp:docPr");
  });
});

describe("the Word document of a clean workbook", () => {
  test("carries no draft line anywhere", async () => {
    const bytes = await renderDocx(buildReport(check(validYear())));
    const { body, headers, footers } = docxText(bytes);
    expect([body, ...headers, ...footers].join("\n")).not.toContain("DRAFT");
    expect(docxParts(bytes)["docProps/core.xml"]).toContain("<dc:title>WRES report 2025</dc:title>");
  });
});

describe("the printable page", () => {
  const checked = checkSample();
  const hostile: CheckedWorkbook = {
    ...checked,
    meta: { ...checked.meta, organisation: '<script>alert("x")</script> & <img src=http://evil.example/x>' },
  };
  const html = renderHtml(buildReport(hostile, { charts: chartsFor(PNG) }));

  test("loads nothing from outside: no script, link, image or frame, no src or href, no url() or @import", () => {
    const page = renderHtml(buildReport(checked, { charts: chartsFor(PNG) }));
    const tags = [...page.matchAll(/<([a-zA-Z][\w-]*)((?:\s[^>]*)?)>/g)];
    expect(tags.length).toBeGreaterThan(100);
    expect(
      tags.map((t) => t[1].toLowerCase()).filter((name) => /^(script|link|img|iframe|object|embed|base)$/.test(name)),
    ).toEqual([]);
    expect(tags.filter((t) => /\s(src|href|xlink:href|srcset|action)\s*=/i.test(t[2]))).toEqual([]);
    expect(page).not.toMatch(/url\(|@import/i);
    // The one web address is the SVG namespace, a name and never fetched.
    expect([...page.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0])).toEqual(["http://www.w3.org/2000/svg"]);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
  });

  test("workbook text is escaped, never markup", () => {
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=http://evil.example/x&gt;",
    );
  });

  test("headings h2 and h3 in the model's order, A4 print styles, and the draft line on every printed page", () => {
    const headings = [...html.matchAll(/<h([23]) id="[^"]+">([^<]*)<\/h[23]>/g)].map((m) => [
      Number(m[1]) - 1,
      decode(m[2]),
    ]);
    expect(headings).toEqual(outline(buildReport(checked)).map((h) => [h.level, h.heading]));
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain('@page { @top-center { content: "DRAFT: 4 errors";');
    expect(html).toContain('<p class="draft" role="note">DRAFT: 4 errors</p>');
  });

  test("every headline figure is in the text as the shared formatter gives it, and no RL is followed by %", () => {
    const text = htmlText(renderHtml(buildReport(checked)));
    for (const figure of headlineFigures(checked.indicators))
      expect({ figure, found: text.includes(figure) }).toEqual({ figure, found: true });
    expect(rlsAsPercentages(text, rlFigures(checked.indicators))).toEqual([]);
  });

  test("a clean workbook's page has no draft line", () => {
    expect(renderHtml(buildReport(check(validYear())))).not.toContain("DRAFT");
  });
});

describe("a workbook with nothing filled in (a draft of errors)", () => {
  const empty = check({});
  const doc = buildReport(empty);

  test("still makes both documents, saying what cannot be computed, never NaN or Infinity", async () => {
    expect(empty.counts.errors).toBeGreaterThan(0);
    expect(doc.draft).toBe(`DRAFT: ${empty.counts.errors} errors`);
    const { body } = docxText(await renderDocx(doc));
    const page = htmlText(renderHtml(doc));
    for (const text of [body, page]) {
      expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
      expect(text).toContain("Not computable:");
    }
  });
});

/** A PNG's size in pixels, from its IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

// The PNG needs a font on the machine (WebAssembly sees no system fonts); without one the command
// falls back to the text equivalent, which the tests above cover.
const describeWithFont = findChartFont() ? describe : describe.skip;

describeWithFont("the sample's report with the chart module's charts", () => {
  const checked = checkSample();
  // Each section's chart, then its series' chart (the sample is a 1.1 workbook with six years).
  const captions = INDICATOR_IDS.flatMap((id) => [
    indicatorChart(id, checked.indicators, checked.settings)!.text.caption,
    seriesChart(id, checked.beyond.series![id], checked.settings)!.text.caption,
  ]);
  let bytes: Uint8Array;
  let parts: Record<string, string>;

  beforeAll(async () => {
    const rasterise = await nodeChartRasteriser();
    if (typeof rasterise === "string") throw new Error(rasterise);
    bytes = await renderDocx(buildReport(checked, { charts: reportCharts(rasterise) }));
    parts = docxParts(bytes);
  }, 120_000);

  test("Word: each indicator's section has its chart and its series' chart, whose alt texts are the charts' own captions", () => {
    expect(captions).toHaveLength(18);
    expect(docxAltTexts(bytes)).toEqual(captions);
    expect(captions[2]).toContain("1.60");
    expect(captions[3]).toContain("2020");
  });

  test("Word: each chart is its SVG with a PNG drawn at twice its size", () => {
    const media = Object.keys(unzipSync(bytes)).filter((n) => n.startsWith("word/media/"));
    expect(media.filter((n) => n.endsWith(".svg"))).toHaveLength(18);
    const pngs = media.filter((n) => n.endsWith(".png"));
    expect(pngs).toHaveLength(18);
    const files = unzipSync(bytes);
    const svgs = media.filter((n) => n.endsWith(".svg")).map((n) => strFromU8(files[n]));
    const svgWidths = svgs.map((svg) => Number(/viewBox="0 0 (\d+)/.exec(svg)![1])).sort((a, b) => a - b);
    const pngWidths = pngs.map((n) => pngSize(files[n]).width).sort((a, b) => a - b);
    expect(pngWidths).toEqual(svgWidths.map((w) => w * CHART_SCALE));
    expect(parts["word/document.xml"].match(/<wp:docPr /g)).toHaveLength(18);
  });

  test("no RL is followed by % anywhere: the text, the alt texts, the series", () => {
    const { body } = docxText(bytes);
    const rls = [...rlFigures(checked.indicators), ...seriesRlFigures(checked.beyond.series)];
    expect(rlsAsPercentages([body, ...docxAltTexts(bytes)].join("\n"), rls)).toEqual([]);
    for (const figure of [...headlineFigures(checked.indicators), ...seriesFigures(checked.beyond.series)])
      expect({ figure, found: body.includes(figure) }).toEqual({ figure, found: true });
  });

  test("the page inlines each chart's SVG, named by its caption, with its figures as a table", () => {
    const page = renderHtml(buildReport(checked, { charts: reportCharts() }));
    const labels = [...page.matchAll(/<svg [^>]*aria-label="([^"]*)"/g)].map((m) => decode(m[1]));
    expect(labels).toEqual(captions);
    // Each with its figures as a table, folded away under the picture.
    expect(page.match(/<details class="chart-data"><summary>The chart's figures<\/summary>\n<table>/g)).toHaveLength(
      18,
    );
    expect(rlsAsPercentages(htmlText(page) + labels.join("\n"), rlFigures(checked.indicators))).toEqual([]);
  });
});
