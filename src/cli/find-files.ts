/** Expands the paths given to `wres check` into files: a folder is searched recursively for .xlsx files. */

import { promises as fs } from "fs";
import * as path from "path";

export type FoundPath =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "missing"; readonly path: string; readonly problem: string };

/** Excel's lock files (`~$Book.xlsx`) are not workbooks. */
const isWorkbookName = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith("~$");

export async function findFiles(paths: readonly string[]): Promise<FoundPath[]> {
  const out: FoundPath[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      out.push({ kind: "missing", path: given, problem: "does not exist" });
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walk(given);
      if (found.length === 0)
        out.push({ kind: "missing", path: given, problem: "is a folder with no .xlsx files in it" });
      out.push(...found.map((p) => ({ kind: "file" as const, path: p })));
    } else {
      out.push({ kind: "file", path: given });
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    else if (e.isFile() && isWorkbookName(e.name)) files.push(p);
  }
  return files;
}
