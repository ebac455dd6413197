/**
 * Reviewer mode: the built `wres check` pointed at a folder of synthetic returns
 * (scripts/synthetic-returns), as a regional team would run it. Every planted problem is
 * found in its file and cell; clean returns raise no error; each unreadable file (corrupt,
 * truncated, zip bomb, not the template, encrypted, empty, oversized) is one row with its
 * sentence; the exit codes; the HTML report is self-contained and escaped; the CSV neutralises
 * formulas and keeps numbers as numbers; the order is stable.
 */

import { createHash } from "crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assertCommandBuilt, wres, type Run } from "../helpers/run-wres";
import { csvField } from "../../src/cli/csv";
import type { Flag } from "../../src/wres/flags";
import { generateReturns, type PlantedReturn, type ReturnsManifest } from "../../scripts/synthetic-returns/generate";
import { HOSTILE_NAMES } from "../../scripts/synthetic-returns/organisations";

interface JsonFile {
  file: string;
  status: "ok" | "unreadable";
  error?: string;
  organisation?: string | null;
  flags?: Flag[];
}

/** RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

/** The order `wres check` finds files in: each folder's entries sorted by name, recursively. */
function walkSorted(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? walkSorted(join(dir, e.name)) : e.name.endsWith(".xlsx") ? [join(dir, e.name)] : [],
    );
}

let work: string;
let folder: string;
let manifest: ReturnsManifest;
let run: Run;
let files: JsonFile[];
let csv: string[][];
let report: string;

const reportOf = (r: PlantedReturn): JsonFile => {
  const found = files.filter((f) => f.file === join(folder, r.file));
  expect(found).toHaveLength(1);
  return found[0];
};
const returnsOf = (...kinds: PlantedReturn["kind"][]) => manifest.returns.filter((r) => kinds.includes(r.kind));
const pathsOf = (returns: readonly PlantedReturn[]) => returns.map((r) => join(folder, r.file));

beforeAll(async () => {
  assertCommandBuilt();
  work = mkdtempSync(join(tmpdir(), "wres-folder-"));
  folder = join(work, "returns");
  manifest = await generateReturns(folder, { count: 30, seed: 20251122 });
  run = wres("check", folder, "--json", "--csv", join(work, "returns.csv"), "--report", join(work, "report.html"));
  files = JSON.parse(run.stdout).files;
  csv = parseCsv(readFileSync(join(work, "returns.csv"), "utf8"));
  report = readFileSync(join(work, "report.html"), "utf8");
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("wres check on a folder of returns", () => {
  test("the generated folder holds every kind of return", () => {
    const kinds = new Set(manifest.returns.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(["broken", "clean", "mis-computed", "partial", "unreadable"]);
  });

  test("exit 2 (some files are unreadable); one entry per file, nothing on stderr when piped", () => {
    expect(run.status).toBe(2);
    expect(files).toHaveLength(manifest.returns.length);
    expect(run.stderr).toBe("");
  });

  test("every planted problem is found in its file, name and cell", () => {
    const readable = manifest.returns.filter((r) => r.kind !== "unreadable");
    const planted = readable.flatMap((r) => r.expected.map((e) => ({ file: r.file, ...e })));
    expect(planted.length).toBeGreaterThanOrEqual(10);
    const missed = planted.filter(({ file, code, name, cell }) => {
      const flags = reportOf(manifest.returns.find((r) => r.file === file)!).flags ?? [];
      return !flags.some((f) => f.code === code && f.name === name && f.cell === cell);
    });
    expect(missed).toEqual([]);
  });

  test("mis-computed outputs are REPORTED_MISMATCH; a value that agrees as displayed (1.5 for 1.504) is not", () => {
    for (const r of returnsOf("mis-computed")) {
      const flags = reportOf(r).flags!;
      const mismatches = flags.filter((f) => f.code === "REPORTED_MISMATCH").map((f) => f.cell);
      expect(mismatches.sort()).toEqual(r.expected.map((e) => e.cell).sort());
      for (const a of r.absent) expect(flags.filter((f) => f.code === a.code && f.cell === a.cell)).toEqual([]);
    }
    expect(returnsOf("mis-computed").flatMap((r) => r.absent).length).toBeGreaterThan(0);
  });

  test("clean returns raise no error flag", () => {
    for (const r of returnsOf("clean")) {
      const f = reportOf(r);
      expect({ file: r.file, status: f.status, errors: f.flags!.filter((x) => x.severity === "error") }).toEqual({
        file: r.file,
        status: "ok",
        errors: [],
      });
    }
  });

  test("each unreadable file is one row with one plain sentence naming it; the others are still checked", () => {
    const unreadable = returnsOf("unreadable");
    expect(unreadable.map((r) => r.unreadable)).toHaveLength(7);
    for (const r of unreadable) {
      const f = reportOf(r);
      expect(f.status).toBe("unreadable");
      expect(f.error!.startsWith(`${join(folder, r.file)} `)).toBe(true);
      expect(f.error).toContain(r.unreadable);
      expect(f.error!.split("\n")).toHaveLength(1);
      expect(f.error!.endsWith(".")).toBe(true);
    }
    const bomb = unreadable.find((r) => r.why.includes("inflates"))!;
    expect(reportOf(bomb).error).toMatch(
      /expands to more than 100 MB when unzipped; refused as a possible zip bomb\.$/,
    );
    expect(files.filter((f) => f.status === "ok")).toHaveLength(manifest.returns.length - unreadable.length);
  });

  test("results come in the order the files were found, the same on every run", () => {
    expect(files.map((f) => f.file)).toEqual(walkSorted(folder));
    const again = JSON.parse(wres("check", folder, "--json").stdout).files;
    expect(JSON.stringify(again)).toBe(JSON.stringify(files));
  });
});

describe("exit codes", () => {
  test("1 when every file is readable and some have errors", () => {
    const paths = pathsOf(returnsOf("clean", "mis-computed", "partial"));
    expect(paths.length).toBeGreaterThan(2); // checked by the worker pool
    expect(wres("check", ...paths, "--json").status).toBe(1);
  });

  test("0 when every file is clean", () => {
    const paths = pathsOf(returnsOf("clean"));
    expect(paths.length).toBeGreaterThan(2);
    expect(wres("check", ...paths, "--json").status).toBe(0);
  });
});

describe("--report", () => {
  test("one self-contained page: no external script, style, font, image or link", () => {
    expect(report.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(report).not.toMatch(/\ssrc\s*=/i);
    expect(report).not.toMatch(/<script[^>]*\ssrc/i);
    expect(report).not.toMatch(/<link\b/i);
    expect(report).not.toMatch(/@import|url\(/i);
    const hrefs = [...report.matchAll(/\shref\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith("#"))).toEqual([]);
    expect(report.match(/<script\b/g)).toHaveLength(1);
    expect(report).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
  });

  test("its policy allows exactly the page's own style sheet and script, by their hashes", () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(report)![1].replace(/&#39;/g, "'");
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(report)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(report)![1];
    expect(policy.split("; ")).toEqual(
      expect.arrayContaining(["default-src 'none'", `style-src ${hash(style)}`, `script-src ${hash(script)}`]),
    );
  });

  test("an organisation named with a <script> element appears only escaped", () => {
    const planted = HOSTILE_NAMES[0].name;
    expect(planted).toContain("<script>alert(1)</script>");
    expect(report).not.toContain("<script>alert(1)");
    expect(report).not.toContain("alert(1)</script>");
    expect(report).toContain("Hillside &lt;script&gt;alert(1)&lt;/script&gt; NHS Trust");
    for (const { name } of HOSTILE_NAMES.slice(1)) {
      expect(report).toContain(name.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
    }
  });

  test("a table of every return with status badges in words, each organisation's flags, the RL distributions", () => {
    const rows = report.slice(report.indexOf('<table class="returns">'), report.indexOf("</table>"));
    expect(rows.match(/<tr[\s>]/g)).toHaveLength(manifest.returns.length + 1);
    expect(rows).toContain("▲</span> adverse</span>");
    expect(rows).toContain("●</span> within</span>");
    expect(rows).toContain('<span class="badge unreadable">');
    expect(report.match(/<details id="return-\d+">/g)).toHaveLength(files.filter((f) => f.status === "ok").length);
    for (const id of ["RL2", "RL3", "RL4"]) expect(report).toContain(`<figcaption id="strip-${id}">`);
    expect(report.match(/<svg class="strip"/g)).toHaveLength(3);
    expect(report).toContain("0.80–1.25: within the band");
    const miscomputed = returnsOf("mis-computed")[0];
    expect(report).toContain(miscomputed.expected[0].cell!.replace(/'/g, "&#39;"));
  });
});

describe("--csv", () => {
  const column = (row: string[], name: string) => row[csv[0].indexOf(name)];
  const rowOf = (r: PlantedReturn) => csv.find((row) => row[0] === join(folder, r.file))!;

  test("one row per file, with the count of mismatches and the flag codes", () => {
    expect(csv).toHaveLength(manifest.returns.length + 1);
    expect(csv[0]).toEqual(expect.arrayContaining(["organisation", "errors", "reported_mismatches", "flag_codes"]));
    for (const r of returnsOf("mis-computed")) {
      expect(Number(column(rowOf(r), "reported_mismatches"))).toBe(r.expected.length);
      expect(column(rowOf(r), "flag_codes").split(" ")).toContain("REPORTED_MISMATCH");
    }
  });

  test("organisation names that a spreadsheet would run are neutralised; numbers stay numbers", () => {
    const names = returnsOf("clean").map((r) => [r.organisation, column(rowOf(r), "organisation")]);
    const written = Object.fromEntries(names);
    expect(written['=HYPERLINK("http://evil.example/","Open")']).toBe(`'=HYPERLINK("http://evil.example/","Open")`);
    expect(written["-0.05"]).toBe("'-0.05");
    expect(written["@SUM(1+1)*cmd|' /C calc'!A0"]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    const negatives = csv.slice(1).flatMap((row) => ["I9_total", "I5_gap", "I7_gap"].map((c) => column(row, c)));
    const negativeNumbers = negatives.filter((v) => v.startsWith("-"));
    expect(negativeNumbers.length).toBeGreaterThan(0);
    for (const v of negativeNumbers) expect(Number.isFinite(Number(v))).toBe(true);
    expect(negatives.filter((v) => v.startsWith("'"))).toEqual([]);
  });

  test("csvField: text is prefixed whatever it looks like, a number never", () => {
    expect(csvField("-0.05")).toBe("'-0.05");
    expect(csvField(-0.05)).toBe("-0.05");
    expect(csvField("+44 1234")).toBe("'+44 1234");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("Northmoor, Valley")).toBe('"Northmoor, Valley"');
  });
});
