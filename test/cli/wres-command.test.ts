/**
 * The built `wres` command (bin/wres.js → dist-cli) run as a user runs it, on real .xlsx files
 * generated for the test: good, sample, partly filled, broken names, wrong shapes, text in
 * number cells, and files that are not workbooks at all.
 */

import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assertCommandBuilt, ROOT, wres, type Run } from "../helpers/run-wres";
import { absoluteRange, cellAddress } from "../../src/wres/a1";
import type { IndicatorsReport } from "../../src/wres/report";
import { buildTemplate } from "../../scripts/template/build-workbook";
import { TEMPLATE_LAYOUT } from "../../scripts/template/layout";
import type { SampleGrid, SampleValues } from "../../scripts/template/values";
import { SAMPLE_PROBLEMS } from "../../scripts/template/sample";
import { removeDefinedName, setDefinedName } from "../../scripts/xlsx-craft/xlsx-patch";
import { validYear } from "../helpers/raw-workbook";

const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");

interface JsonFlag {
  code: string;
  severity: string;
  name: string | null;
  cell: string | null;
  message: string;
}
type JsonFile = {
  file: string;
  status: string;
  error?: string;
  indicators: IndicatorsReport;
  flags: JsonFlag[];
  organisation: string;
};

function json(...args: string[]): { run: Run; files: JsonFile[]; doc: Record<string, unknown> } {
  const run = wres("check", ...args, "--json");
  const doc = JSON.parse(run.stdout);
  return { run, files: doc.files, doc };
}

const at = (name: string, r = 0, c = 0): string => {
  const p = TEMPLATE_LAYOUT.get(name)!;
  return cellAddress(p.sheet, p.top + r, p.left + c);
};

function values(overrides: Record<string, SampleGrid | undefined> = {}): SampleValues {
  const base = validYear() as Record<string, SampleGrid>;
  const merged: Record<string, SampleGrid | undefined> = { ...base, ...overrides };
  return new Map(Object.entries(merged).filter((e): e is [string, SampleGrid] => e[1] !== undefined));
}

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  assertCommandBuilt();
  dir = mkdtempSync(join(tmpdir(), "wres-cli-"));
  writeFileSync(file("good.xlsx"), await buildTemplate(values()));
  writeFileSync(
    file("partly-filled.xlsx"),
    await buildTemplate(values({ WRES_I2_Appointed: undefined, WRES_I8_Pct: [[0.06, null]] })),
  );
  writeFileSync(
    file("text-in-numbers.xlsx"),
    await buildTemplate(
      values({
        WRES_I2_Shortlisted: [["400", 200, 10]],
        WRES_I3_Entered: [[20, -3, 1]],
        WRES_I4_Accessed: [[370, 100.5, 10]],
      }),
    ),
  );
  let broken = await buildTemplate(values());
  broken = removeDefinedName(broken, "WRES_I2_RL");
  broken = setDefinedName(broken, { name: "WRES_I3_Entered", refersTo: "#REF!" });
  const shortlisted = TEMPLATE_LAYOUT.get("WRES_I2_Shortlisted")!;
  broken = setDefinedName(broken, {
    name: "WRES_I2_Shortlisted",
    refersTo: absoluteRange(shortlisted.sheet, shortlisted.top, shortlisted.left, 1, 2),
  });
  broken = setDefinedName(broken, {
    name: "WRES_I4_Accessed",
    refersTo: "'Indicators 2-4'!$Z$1:$AB$1",
    localSheetId: 2,
  });
  writeFileSync(file("broken-names.xlsx"), broken);
  writeFileSync(
    file("organisation-formula.xlsx"),
    await buildTemplate(values({ WRES_Organisation: [['=HYPERLINK("http://x")']] })),
  );

  mkdirSync(file("bad"));
  writeFileSync(file("bad/notes.xlsx"), "These are meeting notes, not a workbook.\n");
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(new Uint8Array(Buffer.from("EncryptedPackage", "utf16le")), 1024);
  writeFileSync(file("bad/encrypted.xlsx"), ole);
  const sample = readFileSync(SAMPLE);
  writeFileSync(file("bad/truncated.xlsx"), sample.subarray(0, Math.floor(sample.length / 2)));
  let plain = await buildTemplate(values());
  for (const spec of TEMPLATE_LAYOUT.keys()) plain = removeDefinedName(plain, spec);
  writeFileSync(file("bad/no-names.xlsx"), plain);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("wres check on a good workbook", () => {
  test("exit 0, every indicator computed from the counts", () => {
    const { run, files } = json(file("good.xlsx"));
    expect(run.status).toBe(0);
    const f = files[0];
    expect(f.status).toBe("ok");
    expect(f.organisation).toBe("Test Trust");
    // (100/400) / (30/200) = 0.25 / 0.15
    expect(f.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
    expect(f.indicators.I2.status).toBe("adverse");
    // (12/210) / (20/740)
    expect(f.indicators.I3.rl).toBeCloseTo(12 / 210 / (20 / 740), 12);
    expect(f.indicators.I1.workforce).toEqual({ white: 740, bme: 210, unknown: 50 });
    expect(f.flags.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("the readable summary shows values, statuses in words and flags with cells", () => {
    const run = wres("check", file("good.xlsx"));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("RL 1.67");
    expect(run.stdout).toContain("ADVERSE GAP");
    expect(run.stdout).toContain(`${at("WRES_I2_RL")}: White applicants were 1.67 times as likely`);
  });

  test("thresholds can be changed and the JSON says which were used", () => {
    const { run, files, doc } = json(file("good.xlsx"), "--set", "rlBand=0.5,2");
    expect(run.status).toBe(0);
    expect((doc.settings as { rlBand: number[] }).rlBand).toEqual([0.5, 2]);
    expect(files[0].indicators.I2.status).toBe("within");
    const bad = wres("check", file("good.xlsx"), "--set", "rlBand=2,3");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^wres: rlBand must be/);
  });

  test("the file is never modified", () => {
    const hash = () =>
      createHash("sha256")
        .update(readFileSync(file("good.xlsx")))
        .digest("hex");
    const before = hash();
    wres("check", file("good.xlsx"), "--json");
    expect(hash()).toBe(before);
  });
});

describe("wres check on the bundled sample", () => {
  const { run, files } = (() => {
    let cached: ReturnType<typeof json> | null = null;
    return {
      get run() {
        return (cached ??= json(SAMPLE)).run;
      },
      get files() {
        return (cached ??= json(SAMPLE)).files;
      },
    };
  })();

  test("exit 1: the sample has deliberate errors", () => {
    expect(run.status).toBe(1);
  });

  test("numbers agree with hand calculation", () => {
    const i = files[0].indicators;
    expect(i.I1.workforce).toEqual({ white: 4307, bme: 1548, unknown: 177 });
    expect(i.I2.rl).toBeCloseTo(480 / 2400 / (200 / 1600), 12); // 0.2 / 0.125 = 1.6
    expect(i.I3.rl).toBeCloseTo(9 / 1548 / (19 / 4307), 12); // 1.3179
    expect(i.I4.rl).toBeCloseTo(1585 / 3962 / (545 / 1424), 12); // 1.0453
    expect(i.I6.gap).toBeCloseTo(0.241 - 0.205, 12);
    expect(i.I9.total).toBeCloseTo(2 / 14 - 1548 / 6032, 12);
  });

  test("every deliberate problem is a flag at its cell", () => {
    const flags = files[0].flags;
    for (const p of SAMPLE_PROBLEMS) {
      const matching = flags.filter((f) => f.code === p.code && f.name === p.name);
      expect({ problem: `${p.code} ${p.name}`, found: matching.length > 0 }).toEqual({
        problem: `${p.code} ${p.name}`,
        found: true,
      });
      if (p.row !== null && p.column !== null) {
        expect(matching.map((f) => f.cell)).toContain(at(p.name, p.row, p.column));
      }
    }
    const mismatch = flags.find((f) => f.code === "REPORTED_MISMATCH")!;
    expect(mismatch.message).toContain("holds 1.71, but the data give 1.60");
  });
});

describe("problems in the data", () => {
  test("a partly filled workbook: missing values named by cell, the rest still computed", () => {
    const { run, files } = json(file("partly-filled.xlsx"));
    expect(run.status).toBe(1);
    const f = files[0];
    const missing = f.flags.filter((x) => x.code === "MISSING_VALUE").map((x) => x.cell);
    expect(missing).toEqual(
      expect.arrayContaining([at("WRES_I2_Appointed", 0, 0), at("WRES_I2_Appointed", 0, 1), at("WRES_I8_Pct", 0, 1)]),
    );
    expect(f.indicators.I2.rl).toBeNull();
    expect(f.indicators.I2.status).toBe("not-computable");
    expect(f.indicators.I8.gap).toBeNull();
    expect(f.indicators.I3.rl).toBeCloseTo(12 / 210 / (20 / 740), 12);
  });

  test("text, negative and fractional counts are flagged, never used", () => {
    const { run, files } = json(file("text-in-numbers.xlsx"));
    expect(run.status).toBe(1);
    const byCode = (code: string) => files[0].flags.filter((x) => x.code === code).map((x) => x.cell);
    expect(byCode("NOT_A_NUMBER")).toContain(at("WRES_I2_Shortlisted", 0, 0));
    expect(byCode("NEGATIVE")).toContain(at("WRES_I3_Entered", 0, 1));
    expect(byCode("NOT_WHOLE")).toContain(at("WRES_I4_Accessed", 0, 1));
    expect(files[0].indicators.I2.rl).toBeNull();
    expect(files[0].indicators.I3.rl).toBeNull();
  });

  test("broken, missing, wrongly shaped and sheet-scoped names are template faults", () => {
    const { run, files } = json(file("broken-names.xlsx"));
    expect(run.status).toBe(1);
    const codes = files[0].flags.map((x) => `${x.code} ${x.name ?? ""}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "MISSING_NAME WRES_I2_RL",
        "BROKEN_NAME WRES_I3_Entered",
        "WRONG_SHAPE WRES_I2_Shortlisted",
        "SHEET_SCOPED_NAME WRES_I4_Accessed",
      ]),
    );
    expect(files[0].indicators.I2.rl).toBeNull();
    expect(files[0].indicators.I4.rl).not.toBeNull();
  });
});

describe("files that cannot be read", () => {
  test("each is one unreadable entry with a plain sentence; the others are still checked; exit 2", () => {
    const { run, files } = json(file("bad"), file("good.xlsx"), file("does-not-exist.xlsx"));
    expect(run.status).toBe(2);
    const byFile = Object.fromEntries(files.map((f) => [f.file.replace(dir, ""), f]));
    expect(byFile["/good.xlsx"].status).toBe("ok");
    expect(byFile["/bad/notes.xlsx"].error).toBe(
      `${file("bad/notes.xlsx")} is a text file (such as a CSV export), not an Excel workbook; open it in Excel and save it as .xlsx.`,
    );
    expect(byFile["/bad/encrypted.xlsx"].error).toMatch(/is password-protected \(encrypted\)/);
    expect(byFile["/bad/truncated.xlsx"].error).toMatch(/is damaged or truncated/);
    expect(byFile["/bad/no-names.xlsx"].error).toMatch(/has no WRES names/);
    expect(byFile["/does-not-exist.xlsx"].error).toMatch(/does not exist\.$/);
    for (const f of files.filter((x) => x.status === "unreadable")) {
      expect(f.error!.split("\n")).toHaveLength(1);
    }
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test("the readable summary says the same, one line each", () => {
    const run = wres("check", file("bad/notes.xlsx"));
    expect(run.status).toBe(2);
    expect(run.stdout.trim()).toBe(
      `✗ ${file("bad/notes.xlsx")} is a text file (such as a CSV export), not an Excel workbook; open it in Excel and save it as .xlsx.`,
    );
  });
});

describe("--csv", () => {
  test("one row per file; formulas neutralised, numbers kept", () => {
    const out = file("out.csv");
    const run = wres(
      "check",
      file("good.xlsx"),
      file("organisation-formula.xlsx"),
      file("bad/notes.xlsx"),
      "--csv",
      out,
    );
    expect(run.status).toBe(2);
    const lines = readFileSync(out, "utf8").trim().split("\r\n");
    expect(lines).toHaveLength(4);
    const header = lines[0].split(",");
    const row = (i: number) => Object.fromEntries(lines[i].split(",").map((v, k) => [header[k], v]));
    expect(Number(row(1).I2_rl)).toBeCloseTo(5 / 3, 12);
    expect(Number(row(1).I9_total)).toBeCloseTo(2 / 12 - 0.21, 12);
    expect(row(1).I9_total.startsWith("-")).toBe(true);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row(3).status).toBe("unreadable");
  });
});

describe("outputs never write over a workbook", () => {
  test("--csv or --report naming an .xlsx file is a usage error, and the workbook is untouched", () => {
    const before = readFileSync(file("good.xlsx"));
    const run = wres("check", SAMPLE, "--csv", file("good.xlsx"));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`wres: --csv ${file("good.xlsx")} would write over a workbook; give a .csv file name.\n`);
    expect(wres("check", SAMPLE, "--report", file("good.xlsx")).status).toBe(2);
    expect(readFileSync(file("good.xlsx")).equals(before)).toBe(true);
    expect(wres("check", SAMPLE, "--csv", file("same.out"), "--report", file("same.out")).stderr).toContain(
      "name the same file",
    );
  });
});

describe("wres template, --version, --help and usage errors", () => {
  test("template writes the bundled blank template and refuses to overwrite", () => {
    const out = file("blank.xlsx");
    expect(wres("template", "-o", out).status).toBe(0);
    expect(readFileSync(out).equals(readFileSync(join(ROOT, "assets", "wres-template.xlsx")))).toBe(true);
    const again = wres("template", "-o", out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already exists");
  });

  test("--version prints the package version; --help lists the commands; a bad option is exit 2", () => {
    const version = wres("--version");
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const help = wres("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/check \[options\] <paths\.\.\.>/);
    expect(wres("check", "--bogus", SAMPLE).status).toBe(2);
    expect(wres().status).toBe(2);
  });
});
