// The "bare load" the folder benchmark compares `wres check` with: every .xlsx under DIR
// (found as `wres check` finds them) read from disk and loaded one after another in this one
// process, with no checking at all. Prints one line of JSON: files, failures, milliseconds and
// the slowest file.
//
//   node scripts/load-returns.mjs exceljs DIR   ExcelJS's workbook.xlsx.load (the common library)
//   node scripts/load-returns.mjs reader DIR    this project's readXlsx of the template's names (built CLI)

import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const requireBuilt = createRequire(import.meta.url);

/**
 * Each folder's entries sorted by name, recursively, as src/cli/find-files.ts does: links to
 * folders are followed, and a folder already searched (by device and inode) is not entered again.
 */
function findWorkbooks(dir, visited = new Set()) {
  const stat = statSync(dir);
  const id = `${stat.dev}:${stat.ino}`;
  if (visited.has(id)) return [];
  visited.add(id);
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory() || (e.isSymbolicLink() && isFolder(path))) return findWorkbooks(path, visited);
      return /\.xls[xm]$/i.test(e.name) && !e.name.startsWith("~$") ? [path] : [];
    });
}

function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Each library is loaded only when measured, so neither run pays for loading the other. */
async function loaderFor(library) {
  if (library === "exceljs") {
    const { default: ExcelJS } = await import("exceljs");
    return async (bytes) => {
      await new ExcelJS.Workbook().xlsx.load(bytes);
      return true;
    };
  }
  if (library === "reader") {
    const { readXlsx } = requireBuilt("../dist-cli/workbook/xlsx/index.js");
    const { templateNames } = requireBuilt("../dist-cli/wres/contract.js");
    const names = templateNames();
    return async (bytes) => readXlsx(bytes, names).ok;
  }
  throw new Error("usage: load-returns.mjs exceljs|reader DIR");
}

const [library, dir] = process.argv.slice(2);
const load = await loaderFor(library);
const started = performance.now();
let failures = 0;
let slowest = { file: null, ms: 0 };
const files = findWorkbooks(dir);
for (const file of files) {
  const t = performance.now();
  try {
    if (!(await load(readFileSync(file)))) failures++;
  } catch {
    failures++;
  }
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { file, ms };
}
console.log(JSON.stringify({ library, files: files.length, failures, ms: performance.now() - started, slowest }));
