/**
 * The committed workbooks are generated output: regenerate them in memory and compare every
 * zip part byte for byte (the generator is byte-stable), so a change to the contract, the
 * layout or the sample cannot ship with stale assets.
 */

import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { contractMarkdown } from "../../scripts/template/contract-doc";
import { CONTRACT_DOC } from "../../scripts/template/generate";
import { buildTemplate } from "../../scripts/template/build-workbook";
import { SAMPLE_VALUES } from "../../scripts/template/sample";
import { SAMPLE_PATH, TEMPLATE_PATH, readAsset, zipParts } from "./support";

const FIX = "run npm run template and commit assets/ and docs/";

function differences(fresh: Uint8Array, committed: Uint8Array): string[] {
  const a = zipParts(fresh);
  const b = zipParts(committed);
  const out: string[] = [];
  for (const part of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!a[part]) out.push(`${part} is in the committed file only`);
    else if (!b[part]) out.push(`${part} is missing from the committed file`);
    else if (Buffer.compare(Buffer.from(a[part]), Buffer.from(b[part])) !== 0) out.push(`${part} differs`);
  }
  return out;
}

describe.each([
  ["template", TEMPLATE_PATH, () => buildTemplate()],
  ["sample", SAMPLE_PATH, () => buildTemplate(SAMPLE_VALUES)],
])("the committed %s workbook", (_kind, path, build) => {
  const file = relative(process.cwd(), path);

  test("exists", () => {
    if (!existsSync(path)) throw new Error(`${file} is missing: ${FIX}.`);
  });

  test("is what the generator makes now", async () => {
    if (!existsSync(path)) return; // reported above
    const found = differences(await build(), readAsset(path));
    if (found.length) throw new Error(`${file} is out of date (${found.join("; ")}): ${FIX}.`);
  });
});

test("generating twice gives the same bytes", async () => {
  const [a, b] = [await buildTemplate(SAMPLE_VALUES), await buildTemplate(SAMPLE_VALUES)];
  expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
});

describe("the committed contract documentation", () => {
  test("is what the generator makes now", () => {
    const path = join(__dirname, "..", "..", CONTRACT_DOC);
    const committed = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (committed !== contractMarkdown()) throw new Error(`${CONTRACT_DOC} is out of date: ${FIX}.`);
  });
});
