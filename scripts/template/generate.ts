/**
 * Writes assets/wres-template.xlsx (blank) and assets/wres-sample.xlsx (the fictional trust)
 * under the current directory, or under the directory given as the only argument, and the
 * contract's documentation to docs/template-contract.md beside that directory.
 * Run from the repository root after changing the contract, the layout or the sample; the
 * staleness test fails until this has been run.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildTemplate } from "./build-workbook";
import { contractMarkdown } from "./contract-doc";
import { SAMPLE_VALUES } from "./sample";

export const TEMPLATE_FILE = "wres-template.xlsx";
export const SAMPLE_FILE = "wres-sample.xlsx";
/** The generated documentation of the contract, relative to the repository root. */
export const CONTRACT_DOC = join("docs", "template-contract.md");

async function main(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const files: [string, Uint8Array][] = [
    [TEMPLATE_FILE, await buildTemplate()],
    [SAMPLE_FILE, await buildTemplate(SAMPLE_VALUES)],
  ];
  for (const [name, bytes] of files) {
    const path = join(outDir, name);
    writeFileSync(path, bytes);
    console.log(`wrote ${path} (${bytes.length} bytes)`);
  }
  const doc = join(outDir, "..", CONTRACT_DOC);
  mkdirSync(join(outDir, "..", "docs"), { recursive: true });
  writeFileSync(doc, contractMarkdown());
  console.log(`wrote ${doc}`);
}

if (require.main === module) {
  main(resolve(process.argv[2] ?? "assets")).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
