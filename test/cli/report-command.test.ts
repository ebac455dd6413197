/**
 * `wres report`, the built command run as a user runs it, on the bundled sample (4 errors, so
 * only a draft) and a clean workbook: the refusal without --draft, the default file name, never
 * writing over a file or the workbook, the one-sentence message for a file it cannot read, and
 * the figures of the Word document and of the page, which are those `wres check --json` gives,
 * formatted by the shared formatter.
 */

import { createHash } from "crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { IndicatorsReport } from "../../src/wres/report";
import { assertCommandBuilt, ROOT, wres, wresIn } from "../helpers/run-wres";
import { docxText, headlineFigures, htmlText, rlFigures, rlsAsPercentages } from "../report/support";

// Each .docx run draws 18 charts in WebAssembly: seconds on a busy two-core machine. A hang is
// still caught; no speed is asserted.
jest.setTimeout(120_000);

const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");
const DEFAULT_NAME = "Northmoor-Valley-NHS-Foundation-Trust-WRES-2025.docx";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

let dir: string;
let sampleJson: IndicatorsReport;

beforeAll(() => {
  assertCommandBuilt();
  const run = wres("check", SAMPLE, "--json");
  sampleJson = JSON.parse(run.stdout).files[0].indicators;
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wres-report-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a workbook with errors", () => {
  test("is refused without --draft (exit 1), naming the count, and nothing is written", () => {
    const run = wresIn(dir, "report", SAMPLE);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `wres: ${SAMPLE} has 4 errors, so it makes no report for the board: correct them (wres check ${SAMPLE} lists them), or add --draft for a draft marked "DRAFT: 4 errors".\n`,
    );
    expect(run.stdout).toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });

  test("with --draft makes <organisation>-WRES-<year>.docx in the current folder, marked DRAFT: 4 errors", () => {
    const run = wresIn(dir, "report", SAMPLE, "--draft");
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout).toBe(`Wrote the draft report (DRAFT: 4 errors) to ${DEFAULT_NAME}\n`);
    expect(readdirSync(dir)).toEqual([DEFAULT_NAME]);
    const { body, headers, footers } = docxText(readFileSync(join(dir, DEFAULT_NAME)));
    for (const text of [body, ...headers, ...footers]) expect(text).toContain("DRAFT: 4 errors");
  });
});

describe("the figures of the report are the checked ones", () => {
  test("the Word document holds every headline figure of `wres check --json`, formatted by format.ts; no RL is followed by %", () => {
    const out = join(dir, "board.docx");
    expect(wres("report", SAMPLE, "--draft", "-o", out).status).toBe(0);
    const { body } = docxText(readFileSync(out));
    const figures = headlineFigures(sampleJson);
    expect(figures).toEqual(
      expect.arrayContaining(["6,032", "25.7%", "1.60", "1.37", "1.86", "+3.6 points", "−11.4 points"]),
    );
    expect(figures.filter((f) => !body.includes(f))).toEqual([]);
    expect(rlsAsPercentages(body, rlFigures(sampleJson))).toEqual([]);
    expect(body).toContain("Relative likelihood: 1.60");
  });

  test("-o FILE.html writes one self-contained page with the same figures", () => {
    const out = join(dir, "board.html");
    const run = wres("report", SAMPLE, "--draft", "-o", out);
    expect(run.status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|url\(|@import/i);
    expect(html).toContain('<p class="draft" role="note">DRAFT: 4 errors</p>');
    const text = htmlText(html);
    expect(headlineFigures(sampleJson).filter((f) => !text.includes(f))).toEqual([]);
    expect(rlsAsPercentages(text, rlFigures(sampleJson))).toEqual([]);
  });
});

describe("never writes over a file", () => {
  test("an existing output is left as it was (exit 2)", () => {
    const out = join(dir, "board.docx");
    writeFileSync(out, "the board's own paper");
    const before = sha(out);
    const run = wres("report", SAMPLE, "--draft", "-o", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `wres: ${out} already exists; choose another name with -o (a report never writes over a file).\n`,
    );
    expect(sha(out)).toBe(before);
  });

  test("the default name, made a second time, is refused and the first report kept", () => {
    expect(wresIn(dir, "report", SAMPLE, "--draft").status).toBe(0);
    const before = sha(join(dir, DEFAULT_NAME));
    const again = wresIn(dir, "report", SAMPLE, "--draft");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${DEFAULT_NAME} already exists`);
    expect(sha(join(dir, DEFAULT_NAME))).toBe(before);
  });

  test("-o naming the workbook, or any name that is not .docx or .html, is refused before anything is read (exit 2)", () => {
    const book = join(dir, "return.xlsx");
    copyFileSync(SAMPLE, book);
    const before = sha(book);
    const run = wres("report", book, "--draft", "-o", book);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`wres: -o ${book}: give a .docx or an .html file name.\n`);
    expect(sha(book)).toBe(before);
    expect(wres("report", book, "--draft", "-o", join(dir, "report.pdf")).status).toBe(2);
    expect(readdirSync(dir)).toEqual(["return.xlsx"]);
  });

  test("a workbook saved under a .docx name is not its own report", () => {
    const book = join(dir, "return.docx");
    copyFileSync(SAMPLE, book);
    const before = sha(book);
    const run = wres("report", book, "--draft", "-o", book);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`wres: -o ${book} is the workbook itself; a report never writes over it.\n`);
    expect(sha(book)).toBe(before);
  });
});

describe("a file that cannot be read", () => {
  test("gives the usual one sentence (exit 2) and writes nothing", () => {
    const notes = join(dir, "notes.xlsx");
    writeFileSync(notes, "just some text");
    const run = wresIn(dir, "report", notes);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^wres: ${notes.replace(/[.]/g, "\\.")} .+\\.$`)),
      "",
    ]);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(readdirSync(dir)).toEqual(["notes.xlsx"]);
  });

  test("a missing file does not exist", () => {
    const run = wresIn(dir, "report", join(dir, "missing.xlsx"));
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 2,
      stderr: `wres: ${join(dir, "missing.xlsx")} does not exist.\n`,
    });
  });
});

describe("wres check is as it was", () => {
  test("still prints its summary and exits 1 on the sample's errors", () => {
    const run = wres("check", SAMPLE);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("RL 1.60  (95% CI 1.37 to 1.86, significant)  ADVERSE GAP");
    expect(existsSync(join(ROOT, DEFAULT_NAME))).toBe(false);
  });
});
