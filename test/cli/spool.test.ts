/** The report's flags are set aside on disk as the reports come in and copied out whole, in order. */

import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Spool } from "../../src/cli/spool";

const PIECES = [
  "<details>Northmoor — café ✓</details>\n",
  "",
  "x".repeat(3 * 1024 * 1024 + 7),
  "Ünïcødé at the end 🙂",
];

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "wres-spool-test-"));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function copied(spool: Spool): string {
  const out = join(work, "out.txt");
  const fd = openSync(out, "w");
  try {
    spool.copyTo(fd);
  } finally {
    closeSync(fd);
  }
  return readFileSync(out, "utf8");
}

test("copies every piece in order, multi-byte text and pieces larger than a copy chunk intact", () => {
  const spool = new Spool();
  for (const piece of PIECES) spool.append(piece);
  expect(copied(spool)).toBe(PIECES.join(""));
  spool.dispose();
});

test("uses a temporary file that dispose removes", () => {
  const spool = new Spool(work);
  spool.append("a");
  expect(readdirSync(work)).toHaveLength(1);
  spool.dispose();
  expect(readdirSync(work)).toHaveLength(0);
});

test("holds the text in memory when no temporary file can be made, with the same result", () => {
  const spool = new Spool(join(work, "no-such-folder"));
  for (const piece of PIECES) spool.append(piece);
  expect(readdirSync(work)).toHaveLength(0);
  expect(copied(spool)).toBe(PIECES.join(""));
  spool.dispose();
});

test("writes to its file as it goes, a few hundred KB at a time, so that memory does not grow with the report", () => {
  const spool = new Spool(work);
  for (let i = 0; i < 1000; i++) spool.append(`${String(i).padStart(4, "0")}${"y".repeat(1020)}`);
  const [folder] = readdirSync(work);
  const onDisk = readFileSync(join(work, folder, "spool"), "utf8");
  expect(onDisk.length).toBeGreaterThan(700 * 1024);
  expect(onDisk.startsWith("0000y")).toBe(true);
  expect(copied(spool)).toBe(
    Array.from({ length: 1000 }, (_, i) => `${String(i).padStart(4, "0")}${"y".repeat(1020)}`).join(""),
  );
  spool.dispose();
});
