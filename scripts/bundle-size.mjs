#!/usr/bin/env node
/**
 * The pane's JavaScript as a browser downloads it, gzipped: the initial chunks (the scripts
 * dist/taskpane.html loads, office.js excepted) and each chunk loaded later (the .xlsx reader, the charts,
 * the board report).
 * Run after `npm run build`.
 *
 *   node scripts/bundle-size.mjs [dist] [--json] [--max-initial-kb=150]
 *
 * With --max-initial-kb it exits 1 when the initial JavaScript is larger (KB = 1,000 bytes).
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith("--")) ?? "dist");
const json = args.includes("--json");
const limitArg = args.find((a) => a.startsWith("--max-initial-kb="));
const maxInitialKb = limitArg ? Number(limitArg.split("=")[1]) : null;

const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
/** Local scripts of the page (office.js, from the CDN or /office-js/, is Microsoft's and not counted). */
const initialFiles = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
  .map((m) => m[1])
  .filter((src) => !/^[a-z]+:\/\//i.test(src) && !src.includes("office-js/"))
  .map((src) => src.replace(/^\.?\//, ""));
const allFiles = readdirSync(dist).filter((f) => f.endsWith(".js") && statSync(path.join(dist, f)).isFile());
const laterFiles = allFiles.filter((f) => !initialFiles.includes(f));

const measure = (file) => {
  const bytes = readFileSync(path.join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
};
const initial = initialFiles.map(measure);
const later = laterFiles.map(measure);
const initialGzipBytes = initial.reduce((sum, f) => sum + f.gzipBytes, 0);
const report = {
  initial,
  initialGzipBytes,
  later,
  xlsxGzipBytes: later.filter((f) => f.file.startsWith("xlsx")).reduce((sum, f) => sum + f.gzipBytes, 0),
  chartsGzipBytes: later.filter((f) => f.file.startsWith("charts")).reduce((sum, f) => sum + f.gzipBytes, 0),
  // The board report's chunk (its model, renderers and the docx library), loaded by the first Create report.
  reportGzipBytes: later.filter((f) => /^report\./.test(f.file)).reduce((sum, f) => sum + f.gzipBytes, 0),
};

const kb = (n) => (n / 1000).toFixed(1).padStart(7);
if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log("Initial JavaScript (taskpane.html)      minified   gzipped (KB)");
  for (const f of initial) console.log(`  ${f.file.padEnd(36)} ${kb(f.bytes)}   ${kb(f.gzipBytes)}`);
  console.log(`  ${"total".padEnd(36)} ${" ".repeat(7)}   ${kb(initialGzipBytes)}`);
  console.log("Loaded later");
  for (const f of later) console.log(`  ${f.file.padEnd(36)} ${kb(f.bytes)}   ${kb(f.gzipBytes)}`);
}
if (maxInitialKb !== null && initialGzipBytes > maxInitialKb * 1000) {
  console.error(`Initial JavaScript is ${kb(initialGzipBytes).trim()} KB gzipped, over the ${maxInitialKb} KB budget.`);
  process.exitCode = 1;
}
