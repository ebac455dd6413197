/// <reference types="office-js" />
/**
 * A row inserted by a program that does not move defined names (issue 8, item 7), read from a
 * generated workbook by both adapters: the .xlsx reader and the Office.js reader (on the strict
 * fake Excel, still in one sync). The labels the template writes beside each block show which
 * names no longer line up; nothing is read from those blocks. Renamed labels say nothing.
 */

import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fakeFromFile } from "../../scripts/fake-excel/fixtures";
import { buildTemplate } from "../../scripts/template/build-workbook";
import type { SampleGrid, SampleValues } from "../../scripts/template/values";
import { insertRowsKeepingNames } from "../../scripts/xlsx-craft/insert-rows";
import { patchZipEntry } from "../../scripts/xlsx-craft/xlsx-patch";
import { readWorkbook } from "../../src/workbook/office";
import { readXlsx } from "../../src/workbook/xlsx";
import { templateNames, validateWorkbook, type CheckedWorkbook } from "../../src/wres";
import type { RawWorkbook } from "../../src/wres/raw";
import { validYear } from "../helpers/raw-workbook";

/** The zero-based row of Band 4 in the first table of the "Indicator 1" sheet (row 12 in Excel). */
const BAND_4_ROW = 11;

let dir: string;
let template: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "wres-aligned-"));
  template = await buildTemplate(new Map(Object.entries(validYear() as Record<string, SampleGrid>)) as SampleValues);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fromXlsx(bytes: Uint8Array): RawWorkbook {
  const result = readXlsx(bytes, templateNames());
  if (!result.ok) throw new Error(result.error);
  return result.workbook;
}

async function fromOffice(bytes: Uint8Array, file: string): Promise<{ raw: RawWorkbook; syncs: number }> {
  const path = join(dir, file);
  writeFileSync(path, bytes);
  const book = fakeFromFile(path);
  const snapshot = await book.run((context) => readWorkbook(context, templateNames()));
  return { raw: snapshot.raw, syncs: book.syncs.length };
}

function checked(raw: RawWorkbook): CheckedWorkbook {
  const r = validateWorkbook(raw);
  if (r.kind !== "checked") throw new Error("expected a WRES workbook");
  return r;
}

describe.each([
  ["the .xlsx reader", async (bytes: Uint8Array) => fromXlsx(bytes)],
  ["the Office.js reader", async (bytes: Uint8Array) => (await fromOffice(bytes, "inserted.xlsx")).raw],
])("a row inserted above Band 4 without moving the names, read by %s", (_reader, read) => {
  let r: CheckedWorkbook;
  beforeAll(async () => {
    r = checked(await read(insertRowsKeepingNames(template, "Indicator 1", BAND_4_ROW)));
  });

  const misaligned = () => r.flags.filter((f) => f.code === "MISALIGNED_NAME");

  test("the table the row went into: its row 'Band 5' is labelled 'Band 4'", () => {
    const [f, ...others] = misaligned().filter((x) => x.name === "WRES_I1_NonClinical");
    expect(others).toEqual([]);
    expect(f).toMatchObject({ severity: "error", indicator: "I1", cell: "'Indicator 1'!B8:D22" });
    expect(f.message).toMatch(
      /^Indicator 1, non-clinical \(the name WRES_I1_NonClinical\) no longer lines up with its table: its row 'Band 5' is labelled 'Band 4'\. /,
    );
  });

  test("the tables below it: each name's first row is now the header 'White'", () => {
    const [f] = misaligned().filter((x) => x.name === "WRES_I1_Clinical");
    expect(f).toMatchObject({ severity: "error", cell: "'Indicator 1'!B26:D40" });
    expect(f.message).toMatch(
      /^Indicator 1, clinical \(the name WRES_I1_Clinical\) no longer lines up with its table: its row 'Under Band 1' holds the column label 'White'\. /,
    );
    expect(misaligned().find((x) => x.name === "WRES_I1_Medical")?.cell).toBe("'Indicator 1'!B44:D47");
  });

  test("one error per block on the sheet, and none elsewhere", () => {
    const names = misaligned().map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    // The 3 input tables, their 6 outputs and the 2 workforce outputs, each with its _PY twin.
    expect(names).toHaveLength(22);
    expect(misaligned().every((f) => f.cell?.startsWith("'Indicator 1'!"))).toBe(true);
  });

  test("no figure comes from those blocks: indicator 1 is not computed, the rest is", () => {
    expect(r.indicators.I1.rows.every((row) => row.white === null && row.bme === null && row.unknown === null)).toBe(
      true,
    );
    expect(r.indicators.I1.workforce).toBeNull();
    // Indicator 2 from validYear: (100/400) / (30/200) = 1.67.
    expect(r.indicators.I2.rl).toBeCloseTo(1.6667, 4);
    expect(r.flags.filter((f) => f.name === "WRES_I1_NonClinical").map((f) => f.code)).toEqual(["MISALIGNED_NAME"]);
  });
});

describe("the Office.js reader with the labels", () => {
  test("still reads everything in one sync, and gives what the .xlsx reader gives", async () => {
    const bytes = insertRowsKeepingNames(template, "Indicator 1", BAND_4_ROW);
    const { raw, syncs } = await fromOffice(bytes, "one-sync.xlsx");
    expect(syncs).toBe(1);
    expect(raw).toEqual(fromXlsx(bytes));
  });
});

describe("labels the trust renamed", () => {
  test("say nothing: the same flags and figures as the template's labels", () => {
    const renamed = patchZipEntry(template, "xl/sharedStrings.xml", (xml) => {
      const edited = xml
        .replace(/<t([^>]*)>Band 5<\/t>/, "<t$1>AfC pay band 5</t>")
        .replace(/<t([^>]*)>White<\/t>/, "<t$1>White British</t>")
        .replace(/<t([^>]*)>Shortlisted<\/t>/, "<t$1>Shortlisted applicants</t>");
      if (edited === xml || !edited.includes("White British") || !edited.includes("AfC pay band 5"))
        throw new Error("the template's labels were not found");
      return edited;
    });
    const plain = checked(fromXlsx(template));
    const r = checked(fromXlsx(renamed));
    expect(r.flags.map((f) => f.code)).not.toContain("MISALIGNED_NAME");
    expect(r.flags).toEqual(plain.flags);
    expect(r.indicators).toEqual(plain.indicators);
  });
});
