/**
 * Issue 8, property-based: seeded mutations of the bundled sample return — bytes of the zip
 * flipped, entries' headers changed, XML rewritten (well-formed or broken), defined names
 * renamed or redefined — never make the reader throw, and it always returns either a valid
 * workbook or one plain sentence. A file is read correctly or refused: where a mutation keeps
 * the meaning (any change to zip bytes is caught or harmless; the well-formed XML rewrites
 * keep every value), what is read equals what the untouched file gives.
 */

import { readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsx, type XlsxReadResult } from "../../../src/workbook/xlsx";
import { templateNames } from "../../../src/wres/contract";
import type { RawCell, RawWorkbook } from "../../../src/wres/raw";
import { craftedEntriesOf, craftZip } from "../../../scripts/xlsx-craft/zip-craft";
import { MALFORMING, pick, seededRandom, WELL_FORMED, type Random } from "./xml-mutations";

/** A Uint8Array, not a Buffer: its slice() is a copy, so no mutation reaches the next case. */
const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "assets", "wres-sample.xlsx")));
const NAMES = templateNames();
/** Rewrites that keep every value as it was (the others add or change text). */
const KEEPS_VALUES = WELL_FORMED.filter(([name]) => name !== "entity for >");
const CELL_TYPES = new Set(["empty", "number", "string", "boolean", "error"]);

/** Throws unless the result is a valid workbook with every name, or one plain sentence. */
function assertValid(result: XlsxReadResult): void {
  if (!result.ok) {
    expect(result.error).toMatch(/^[a-z][^\n]*[^.\n]$/);
    expect(result.error.startsWith("could not be read")).toBe(false); // an exception we did not anticipate
    return;
  }
  const workbook: RawWorkbook = result.workbook;
  expect([...workbook.names.keys()]).toEqual(NAMES);
  expect(Number.isInteger(workbook.wresNameCount)).toBe(true);
  for (const name of workbook.names.values()) {
    const definition = name.workbook;
    if (definition?.kind !== "range" || definition.cells === null) continue;
    if (definition.cells.length !== definition.rows) throw new Error(`${name.name}: rows`);
    for (const row of definition.cells) {
      if (row.length !== definition.columns) throw new Error(`${name.name}: columns`);
      for (const cell of row) assertCell(cell);
    }
  }
}

function assertCell(cell: RawCell): void {
  if (!CELL_TYPES.has(cell.type)) throw new Error(`cell type ${cell.type}`);
  if (cell.type === "number" && !Number.isFinite(cell.value)) throw new Error(`non-finite number ${cell.value}`);
  if (typeof cell.numberFormat !== "string") throw new Error("no number format");
}

const asJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...(v as Map<unknown, unknown>)] : v));

type Mutation = (random: Random) => { bytes: Uint8Array; keepsValues: boolean };

const parts = unzipSync(SAMPLE);
const xmlParts = Object.keys(parts).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"));

function withPart(path: string, xml: string): Uint8Array {
  return zipSync({ ...parts, [path]: strToU8(xml) });
}

const MUTATIONS: readonly (readonly [string, Mutation])[] = [
  [
    "flip a byte anywhere",
    (random) => {
      const bytes = SAMPLE.slice();
      const at = Math.floor(random() * bytes.length);
      bytes[at] ^= 1 << Math.floor(random() * 8);
      return { bytes, keepsValues: true };
    },
  ],
  [
    "cut the file short",
    (random) => ({ bytes: SAMPLE.slice(0, Math.floor(random() * SAMPLE.length)), keepsValues: true }),
  ],
  [
    "change an entry's header",
    (random) => {
      const entries = craftedEntriesOf(SAMPLE);
      const index = Math.floor(random() * entries.length);
      const e = entries[index];
      const changed = pick(random, [
        { ...e, declaredSize: Math.floor(e.declaredSize * random() * 2) },
        { ...e, crc: Math.floor(random() * 2 ** 32) },
        { ...e, method: pick(random, [0, 1, 9, 12, 99]) },
        { ...e, flags: 1 },
        { ...e, declaredCompressedSize: Math.floor(e.stored.length * random() * 2) },
      ]);
      entries[index] = changed;
      return { bytes: craftZip(entries), keepsValues: true };
    },
  ],
  [
    "rewrite XML keeping every value",
    (random) => {
      const path = pick(random, xmlParts);
      let xml = strFromU8(parts[path]);
      for (let i = 0; i < 1 + Math.floor(random() * 3); i++) xml = pick(random, KEEPS_VALUES)[1](xml, random);
      return { bytes: withPart(path, xml), keepsValues: true };
    },
  ],
  [
    "break XML",
    (random) => {
      const path = pick(random, xmlParts);
      return { bytes: withPart(path, pick(random, MALFORMING)[1](strFromU8(parts[path]), random)), keepsValues: true };
    },
  ],
  [
    "rename or redefine a defined name",
    (random) => {
      const xml = strFromU8(parts["xl/workbook.xml"]);
      const names = [...xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)</g)];
      const [, name, refersTo] = pick(random, names);
      const replacement = pick(random, [
        `<definedName name="${name}_x">${refersTo}<`,
        `<definedName name="${name}">#REF!<`,
        `<definedName name="${name}">Nowhere!$A$1<`,
        `<definedName name="${name}">${refersTo.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + 1000000}`)}<`,
        `<definedName name="${name}" localSheetId="9">${refersTo}<`,
      ]);
      const changed = xml.replace(`<definedName name="${name}">${refersTo}<`, replacement);
      return { bytes: withPart("xl/workbook.xml", changed), keepsValues: false };
    },
  ],
];

describe("the reader on seeded mutations of the sample return", () => {
  const original = readXlsx(SAMPLE, NAMES);

  it("reads the untouched sample", () => {
    expect(original.ok).toBe(true);
    assertValid(original);
  });

  it("never throws, always answers validly, and reads correctly or refuses (300 cases)", () => {
    const random = seededRandom(8);
    const outcomes = { read: 0, refused: 0 };
    for (let i = 0; i < 300; i++) {
      const [name, mutate] = MUTATIONS[i % MUTATIONS.length];
      const { bytes, keepsValues } = mutate(random);
      let result: XlsxReadResult;
      try {
        result = readXlsx(bytes, NAMES);
      } catch (e) {
        throw new Error(`case ${i} (${name}) threw: ${String(e)}`);
      }
      try {
        assertValid(result);
        // Compared as JSON first (fast); jest's diff only when they differ.
        if (result.ok && keepsValues && asJson(result) !== asJson(original)) expect(result).toEqual(original);
      } catch (e) {
        throw new Error(`case ${i} (${name}): ${e instanceof Error ? e.message : String(e)}`);
      }
      outcomes[result.ok ? "read" : "refused"]++;
    }
    expect(outcomes.read).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  });
});
