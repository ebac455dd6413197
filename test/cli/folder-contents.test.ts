/**
 * Issue 8, folders: whatever a folder holds — a subfolder the user may not read, a path longer
 * than the system allows, links (to a workbook, to /dev/zero, to nowhere), a FIFO, a name that
 * is not UTF-8, .xlsm returns, spreadsheets in other formats — the run reports every readable
 * return, gives everything else one row saying what it is, and `--json` stays one document.
 */

import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assertCommandBuilt, ROOT, type Run } from "../helpers/run-wres";

const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");
const BIN = join(ROOT, "bin", "wres.js");
/** Root may read anything: the command then runs as `nobody`, so that permissions mean something. */
const AS_NOBODY = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];

let work: string;
let folder: string;
const at = (...parts: string[]) => join(folder, ...parts);

function wres(...args: string[]): Run {
  const [command, ...prefix] = AS_NOBODY.length > 0 ? AS_NOBODY : [process.execPath];
  const argv = AS_NOBODY.length > 0 ? [...prefix, process.execPath, BIN, ...args] : [BIN, ...args];
  const r = spawnSync(command, argv, { encoding: "utf8", cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Creates folders nested deeper than PATH_MAX (4,096 bytes) by going down one step at a time. */
function makeDeepFolder(base: string): string {
  const step = "d".repeat(200);
  const cwd = process.cwd();
  try {
    process.chdir(base);
    for (let i = 0; i < 25; i++) {
      mkdirSync(step);
      process.chdir(step);
    }
    copyFileSync(SAMPLE, "deep.xlsx");
  } finally {
    process.chdir(cwd);
  }
  return join(base, step);
}

beforeAll(() => {
  assertCommandBuilt();
  work = mkdtempSync(join(tmpdir(), "wres-folder-contents-"));
  chmodSync(work, 0o755);
  folder = join(work, "returns");
  mkdirSync(folder);
  copyFileSync(SAMPLE, at("a-good.xlsx"));
  copyFileSync(SAMPLE, at("b-macro.xlsm"));
  symlinkSync(at("a-good.xlsx"), at("c-link.xlsx"));
  symlinkSync("/dev/zero", at("d-zero.xlsx"));
  symlinkSync(at("nowhere.xlsx"), at("e-broken.xlsx"));
  spawnSync("mkfifo", [at("f-fifo.xlsx")]);
  writeFileSync(Buffer.from(at("g-caf\xe9.xlsx"), "latin1"), readFileSync(SAMPLE));
  writeFileSync(at("h-old.xls"), "");
  writeFileSync(at("i-binary.xlsb"), "");
  writeFileSync(at("j-open.ods"), "");
  writeFileSync(at("k-apple.numbers"), "");
  writeFileSync(at("l-data.csv"), "a,b\n");
  writeFileSync(at("m-notes.txt"), "not a spreadsheet at all, so not listed");
  writeFileSync(at("~$a-good.xlsx"), "Excel's lock file");
  mkdirSync(at("n-private"));
  copyFileSync(SAMPLE, at("n-private", "hidden.xlsx"));
  chmodSync(at("n-private"), 0o000);
  mkdirSync(at("o-deep"));
  makeDeepFolder(at("o-deep"));
  chmodSync(folder, 0o755);
});

afterAll(() => {
  chmodSync(at("n-private"), 0o755);
  spawnSync("rm", ["-rf", work]); // fs.rmSync cannot reach below PATH_MAX
});

describe("wres check on a folder holding more than returns", () => {
  let run: Run;
  let files: { file: string; status: string; error?: string }[];
  beforeAll(() => {
    run = wres("check", folder, "--json");
    files = JSON.parse(run.stdout).files;
  }, 60_000);

  test("the run ends with one JSON document, exit 2 and nothing on stderr", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(2);
    expect(files.length).toBeGreaterThan(10);
  });

  test("every readable return is checked: a copy, an .xlsm, a link to one, a Latin-1 name", () => {
    const ok = files.filter((f) => f.status === "ok").map((f) => f.file);
    expect(ok).toEqual([at("a-good.xlsx"), at("b-macro.xlsm"), at("c-link.xlsx"), at("g-café.xlsx")]);
  });

  test("everything else is one row saying what it is and what to do, in the folder's order", () => {
    const rows = files.filter((f) => f.status === "unreadable").map((f) => f.error);
    const deep = at("o-deep", "d".repeat(200));
    expect(rows[0]).toBe(
      `${at("d-zero.xlsx")} is not a regular file (it is a device, a pipe or a socket), so it cannot be a workbook.`,
    );
    expect(rows.slice(1, 10)).toEqual([
      `${at("e-broken.xlsx")} is a link to a file that does not exist.`,
      `${at("f-fifo.xlsx")} is not a regular file (it is a device, a pipe or a socket), so it cannot be a workbook.`,
      `${at("h-old.xls")} is an old-style .xls file; save it as .xlsx.`,
      `${at("i-binary.xlsb")} is an .xlsb binary workbook; save it as .xlsx.`,
      `${at("j-open.ods")} is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx.`,
      `${at("k-apple.numbers")} is an Apple Numbers file, not an Excel workbook; export it as .xlsx.`,
      `${at("l-data.csv")} is a CSV file, not an Excel workbook; open it in Excel and save it as .xlsx.`,
      `${at("n-private")} is a folder that cannot be read (permission denied).`,
      expect.stringMatching(/ is a folder that cannot be read \(its path is longer than the system allows\)\.$/),
    ]);
    expect(rows[9]?.startsWith(deep)).toBe(true);
    expect(rows).toHaveLength(10);
  });

  test("the readable summary lists the same rows, and a FIFO given by name does not block", () => {
    // A FIFO read would block for ever: the test's time-out is the guard, not a speed target.
    const fifo = wres("check", at("f-fifo.xlsx"), at("d-zero.xlsx"));
    expect(fifo.status).toBe(2);
    expect(fifo.stdout).toContain(`${at("f-fifo.xlsx")} is not a regular file`);
    expect(fifo.stdout).toContain(`${at("d-zero.xlsx")} is not a regular file`);
  }, 30_000);
});

describe("wres check follows links to folders, each folder once", () => {
  let tree: string;
  let outside: string;
  beforeAll(() => {
    // tree/a/one.xlsx; tree/b/two.xlsx; tree/b/up → tree (a loop); tree/c-inside → tree/a;
    // tree/d-outside → outside/three.xlsx; tree/e-again → outside (a second link to it).
    tree = join(work, "linked");
    outside = join(work, "outside");
    mkdirSync(join(tree, "a"), { recursive: true });
    mkdirSync(join(tree, "b"));
    mkdirSync(outside);
    copyFileSync(SAMPLE, join(tree, "a", "one.xlsx"));
    copyFileSync(SAMPLE, join(tree, "b", "two.xlsx"));
    copyFileSync(SAMPLE, join(outside, "three.xlsx"));
    symlinkSync(tree, join(tree, "b", "up"));
    symlinkSync(join(tree, "a"), join(tree, "c-inside"));
    symlinkSync(outside, join(tree, "d-outside"));
    symlinkSync(outside, join(tree, "e-again"));
  });

  test("a loop ends, a folder inside is not checked twice, a folder outside is checked, --json is one document", () => {
    const run = wres("check", tree, "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1); // the sample return has error flags; every file was read
    const files: { file: string; status: string }[] = JSON.parse(run.stdout).files;
    expect(files.map((f) => [f.file, f.status])).toEqual([
      [join(tree, "a", "one.xlsx"), "ok"],
      [join(tree, "b", "two.xlsx"), "ok"],
      [join(tree, "d-outside", "three.xlsx"), "ok"],
    ]);
  }, 40_000);

  test("a folder given through a link is searched once, and the link back up the tree is followed once", () => {
    const given = join(tree, "b", "up", "b");
    const run = wres("check", given, "--json");
    const files: { file: string }[] = JSON.parse(run.stdout).files;
    expect(files.map((f) => f.file)).toEqual([
      join(given, "two.xlsx"),
      join(given, "up", "a", "one.xlsx"),
      join(given, "up", "d-outside", "three.xlsx"),
    ]);
  }, 40_000);
});
