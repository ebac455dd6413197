/**
 * A formula saved without its result, as ExcelJS or openpyxl save one (issue 8): the .xlsx
 * reader hands it over as a formula with no value, and the command flags it at its cell instead
 * of reading it as blank and falling back to the indicator 1 workforce.
 */

import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cellAddress } from "../../src/wres/a1";
import { buildTemplate } from "../../scripts/template/build-workbook";
import { TEMPLATE_LAYOUT } from "../../scripts/template/layout";
import type { SampleGrid, SampleValues } from "../../scripts/template/values";
import { patchZipEntry } from "../../scripts/xlsx-craft/xlsx-patch";
import { validYear } from "../helpers/raw-workbook";
import { assertCommandBuilt, wres } from "../helpers/run-wres";

let dir: string;
const headcount = TEMPLATE_LAYOUT.get("WRES_I3_Headcount")!;
/** The headcount cells as A1 references on their sheet, e.g. "D12". */
const refs = [0, 1, 2].map((c) => cellAddress(headcount.sheet, headcount.top, headcount.left + c).split("!")[1]);

beforeAll(async () => {
  assertCommandBuilt();
  dir = mkdtempSync(join(tmpdir(), "wres-formula-"));
  const values: SampleValues = new Map(Object.entries(validYear() as Record<string, SampleGrid>));
  const sheetPart = "xl/worksheets/sheet3.xml"; // "Indicators 2-4", the template's third sheet
  const bytes = patchZipEntry(await buildTemplate(values), sheetPart, (xml) => {
    let patched = xml;
    for (const ref of refs) {
      // <c r="D12" s="5"><v>740</v></c> → <c r="D12" s="5"><f>SUM(1,2)</f></c>: a formula, no cached value.
      const cell = new RegExp(`<c r="${ref}"([^>]*)>.*?</c>`);
      if (!cell.test(patched)) throw new Error(`no cell ${ref} in ${sheetPart}`);
      patched = patched.replace(cell, `<c r="${ref}"$1><f>SUM(1,2)</f></c>`);
    }
    return patched;
  });
  writeFileSync(join(dir, "unsaved-formulas.xlsx"), bytes);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("each such cell is an error at its cell; RL3 is withheld, not computed from the workforce", () => {
  const run = wres("check", join(dir, "unsaved-formulas.xlsx"), "--json");
  expect(run.status).toBe(1);
  const file = JSON.parse(run.stdout).files[0];
  const flagged = file.flags.filter((f: { code: string }) => f.code === "FORMULA_WITHOUT_RESULT");
  expect(flagged.map((f: { severity: string; cell: string }) => [f.severity, f.cell])).toEqual(
    [0, 1, 2].map((c) => ["error", cellAddress(headcount.sheet, headcount.top, headcount.left + c)]),
  );
  expect(file.flags.map((f: { code: string }) => f.code)).not.toContain("HEADCOUNT_FROM_WORKFORCE");
  expect(file.indicators.I3).toMatchObject({ rl: null, status: "not-computable", headcountSource: "input" });
  // The rest is still read: RL2 = (100/400) / (30/200).
  expect(file.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
});
