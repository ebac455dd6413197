/**
 * @jest-environment jsdom
 *
 * The printable page under axe-core in jsdom: its structure (landmarks, headings in order, table
 * headers, language, title) has no violation. Colour contrast needs a real browser and is left
 * to the browser tests.
 */

import "../taskpane/dom-stubs";
import axe from "axe-core";
import { buildReport } from "../../src/report/build-report";
import { renderHtml } from "../../src/report/html";
import { checkSample } from "../taskpane/sample";

test("axe-core finds no violation in the sample's page (contrast aside)", async () => {
  const html = renderHtml(buildReport(checkSample()));
  // jsdom's CSS parser knows no @page margin boxes; the style sheet plays no part with contrast aside.
  const markup = html.replace(/^<!DOCTYPE html>\s*<html[^>]*>/, "").replace(/<\/html>\s*$/, "");
  document.documentElement.innerHTML = markup.replace(/<style>[\s\S]*?<\/style>/, "");
  document.documentElement.lang = "en-GB";
  const results = await axe.run(document, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  expect(results.passes.map((p) => p.id)).toEqual(
    expect.arrayContaining(["th-has-data-cells", "heading-order", "document-title"]),
  );
});
