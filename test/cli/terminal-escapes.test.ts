/**
 * Workbook text never reaches the terminal raw (issue 8): an organisation name holding escape
 * sequences, written with Excel's own `_x001B_` escape, is shown escaped in the text output and
 * in the CSV; `--json` stays the exact text.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildTemplate } from "../../scripts/template/build-workbook";
import type { SampleGrid, SampleValues } from "../../scripts/template/values";
import { csvField } from "../../src/cli/csv";
import { visibleText } from "../../src/cli/visible-text";
import { validYear } from "../helpers/raw-workbook";
import { assertCommandBuilt, wres } from "../helpers/run-wres";

/** As the workbook stores it: OOXML's `_xHHHH_` escapes, which the reader decodes. */
const STORED = "North_x001B_]0;pwned_x0007_moor_x001B_[2J Trust \u202egnp.exe";
const DECODED = "North\u001b]0;pwned\u0007moor\u001b[2J Trust \u202egnp.exe";
const SHOWN = "North\\x1b]0;pwned\\x07moor\\x1b[2J Trust \\u202egnp.exe";

/** The characters that must never be printed raw, found by code (a regular expression of controls is itself linted out). */
function hidden(text: string, allowed: readonly number[] = []): string[] {
  return [...text].filter((ch) => {
    const c = ch.charCodeAt(0);
    if (allowed.includes(c)) return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  });
}
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

let dir: string;
let workbook: string;

beforeAll(async () => {
  assertCommandBuilt();
  dir = mkdtempSync(join(tmpdir(), "wres-escapes-"));
  workbook = join(dir, "hostile.xlsx");
  const values: SampleValues = new Map(
    Object.entries({
      ...validYear(),
      WRES_Organisation: [[STORED]],
      WRES_I2_Shortlisted: [["_x001B_[2J", 200, 10]],
    } as Record<string, SampleGrid>),
  );
  writeFileSync(workbook, await buildTemplate(values));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the reader decodes the stored escapes: --json holds the exact text, its controls JSON-escaped", () => {
  const run = wres("check", workbook, "--json");
  expect(JSON.parse(run.stdout).files[0].organisation).toBe(DECODED);
  expect(run.stdout).not.toContain("\u001b");
  expect(run.stdout).not.toContain("\u0007");
});

test("the text output shows every control and bidirectional override escaped", () => {
  const run = wres("check", workbook, "--no-color");
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(`hostile.xlsx — ${SHOWN} (RXX) reporting year 2025`);
  // A flag quoting a cell's text: "Indicator 2, shortlisted: White holds the text "\x1b[2J" …".
  expect(run.stdout).toContain('holds the text "\\x1b[2J" instead of a number.');
  expect(hidden(run.stdout, [TAB, LF])).toEqual([]);
});

test("the CSV shows them escaped too", () => {
  const csv = join(dir, "out.csv");
  const run = wres("check", workbook, "--csv", csv);
  expect(run.status).toBe(1);
  const text = readFileSync(csv, "utf8");
  expect(text.split("\r\n")[1]).toContain(`,${SHOWN},RXX,2025,`);
  expect(hidden(text, [TAB, LF, CR])).toEqual([]);
});

describe("visibleText", () => {
  test.each([
    ["\u001b]0;pwned\u0007", "\\x1b]0;pwned\\x07"],
    ["\u001b[2J", "\\x1b[2J"],
    ["a\u0000b\u007fc\u0085d\u009be", "a\\x00b\\x7fc\\x85d\\x9be"],
    ["line\r\nnext", "line\\x0d\\x0anext"],
    ["\u202a\u202b\u202c\u202d\u202e", "\\u202a\\u202b\\u202c\\u202d\\u202e"],
    ["\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069"],
  ])("%j is shown as %s", (raw, shown) => {
    expect(visibleText(raw)).toBe(shown);
  });

  test("ordinary text, tabs and non-Latin letters are untouched", () => {
    expect(visibleText("Café\tTrust — Ysbyty 2\u00a0843 ٣")).toBe("Café\tTrust — Ysbyty 2\u00a0843 ٣");
  });

  test("a CSV field is neutralised as a formula, then escaped", () => {
    expect(csvField("=\u001b[2J")).toBe("'=\\x1b[2J");
  });
});
