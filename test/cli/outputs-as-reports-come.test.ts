/**
 * `wres check` keeps no file's report until the end (issue 8: a folder of 3,000 returns must stay
 * under 500 MB): the summary, the CSV and the report are made as the reports come in, and the
 * report's flags are set aside in a temporary file that the run removes.
 */

import { spawn, spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assertCommandBuilt, ROOT } from "../helpers/run-wres";

const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");
const BIN = join(ROOT, "bin", "wres.js");

let work: string;
let spoolDir: string;
const at = (...parts: string[]) => join(work, ...parts);

function wres(...args: string[]) {
  const env = { ...process.env, NO_COLOR: "1", TMPDIR: spoolDir };
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT, env });
}

beforeAll(() => {
  assertCommandBuilt();
  work = mkdtempSync(join(tmpdir(), "wres-outputs-"));
  spoolDir = at("tmp");
  mkdirSync(spoolDir);
  mkdirSync(at("none"));
  writeFileSync(at("none", "a.xlsx"), "not a workbook");
  writeFileSync(at("none", "b.xlsx"), "");
  mkdirSync(at("mixed"));
  copyFileSync(SAMPLE, at("mixed", "a.xlsx"));
  writeFileSync(at("mixed", "b.xlsx"), "");
  copyFileSync(SAMPLE, at("mixed", "c.xlsx"));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

test("a report where no file could be read says so, lists both, and leaves no temporary file", () => {
  const run = wres("check", at("none"), "--report", at("none.html"), "--csv", at("none.csv"));
  expect(run.status).toBe(2);
  const page = readFileSync(at("none.html"), "utf8");
  expect(page).toContain("<li><strong>2</strong> files</li><li><strong>0</strong> checked</li>");
  expect(page).toContain("<h2>Flags by organisation</h2>\n<p>No return could be checked.</p></section>\n");
  expect(page.match(/<li id="return-\d">/g)).toEqual(['<li id="return-1">', '<li id="return-2">']);
  expect(readFileSync(at("none.csv"), "utf8").split("\r\n")).toHaveLength(4); // header, 2 rows, ""
  expect(readdirSync(spoolDir)).toEqual([]);
});

test("the flags of each checked return appear once, in the order found, between the table and the unreadable files", () => {
  const run = wres("check", at("mixed"), "--report", at("mixed.html"));
  expect(run.status).toBe(2);
  const page = readFileSync(at("mixed.html"), "utf8");
  const entries = [...page.matchAll(/<details id="(return-\d)">/g)].map((m) => m[1]);
  expect(entries).toEqual(["return-1", "return-3"]);
  const flags = page.indexOf('<section id="flags">');
  expect(page.indexOf('<details id="return-1">')).toBeGreaterThan(flags);
  expect(page.indexOf('<section id="unreadable">')).toBeGreaterThan(page.indexOf('<details id="return-3">'));
  expect(page.endsWith("</body>\n</html>\n")).toBe(true);
  expect(readdirSync(spoolDir)).toEqual([]);
  // The summary is the same, file by file, one blank line between two files.
  const parts = run.stdout.split("\n\n");
  expect(parts).toHaveLength(3);
  expect(parts[0].startsWith(`${at("mixed", "a.xlsx")} — `)).toBe(true);
  expect(parts[1]).toMatch(new RegExp(`^✗ ${at("mixed", "b.xlsx").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} `));
  expect(parts[2].startsWith(`${at("mixed", "c.xlsx")} — `)).toBe(true);
  expect(run.stdout.endsWith("\n")).toBe(true);
});

test("a reader that stops early (`| head -1`) ends the summary quietly; the CSV is still written", async () => {
  const child = spawn(process.execPath, [BIN, "check", at("mixed"), "--csv", at("early.csv")], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1", TMPDIR: spoolDir },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.once("data", () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).toBe("");
  expect(status).toBe(2);
  expect(readFileSync(at("early.csv"), "utf8").split("\r\n")).toHaveLength(5); // header, 3 rows, ""
}, 30_000);

test("the summary's intervals are at the confidence the settings give, as in the JSON", () => {
  const text = wres("check", SAMPLE, "--set", "confidence=0.9").stdout;
  const ci = JSON.parse(wres("check", SAMPLE, "--set", "confidence=0.9", "--json").stdout).files[0].indicators.I2.ci;
  expect(text).toContain(`(90% CI ${ci[0].toFixed(2)} to ${ci[1].toFixed(2)}, significant)`);
  expect(text).not.toContain("95% CI");
});
