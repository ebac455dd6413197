/**
 * The worker pool behind `wres check` on many files: reports come back in the order given,
 * and a file that fails — it vanished after the folder was searched, it is a folder, its
 * worker crashed or hung, or no worker can start at all — costs only its own row, never the run.
 * The pool runs the built worker (dist-cli); crashing workers wrap it.
 */

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { checkFiles, LARGE_FILE_BYTES, startChecks, streamChecks } from "../../src/cli/check-pool";
import { mostFiles } from "../../src/cli/find-files";
import { main, type Io } from "../../src/cli/main";
import type { FileReport } from "../../src/cli/file-report";
import { progressBar, progressLine } from "../../src/cli/progress";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";

const ROOT = join(__dirname, "..", "..");
const WORKER = join(ROOT, "dist-cli", "cli", "check-worker.js");
const CHECK_PATH = join(ROOT, "dist-cli", "cli", "check-path.js");
const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");

let dir: string;
const file = (name: string) => join(dir, name);

/**
 * A worker that behaves like the real one, except when it starts on a file whose name contains
 * `trigger` (the real worker's checkPath is wrapped: files queued behind the current one reach
 * the worker before they are started).
 */
function wrappedWorker(name: string, trigger: string, misbehave: string): string {
  const script = file(name);
  writeFileSync(
    script,
    `const checkPathModule = require(${JSON.stringify(CHECK_PATH)});
const checkPath = checkPathModule.checkPath;
checkPathModule.checkPath = (file, ...rest) => {
  if (file.includes(${JSON.stringify(trigger)})) { ${misbehave} }
  return checkPath(file, ...rest);
};
require(${JSON.stringify(WORKER)});
`,
  );
  return script;
}

const summary = (reports: readonly FileReport[]) => reports.map((r) => (r.status === "ok" ? `ok ${r.file}` : r.error));

beforeAll(() => {
  if (!existsSync(WORKER))
    throw new Error("The command is not built: run `npm run build:cli` (npm test does it first).");
  dir = mkdtempSync(join(tmpdir(), "wres-pool-"));
  for (const name of ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "crash.xlsx", "hang.xlsx"])
    copyFileSync(SAMPLE, file(name));
  mkdirSync(file("folder.xlsx"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("checkFiles", () => {
  test("reports in the order given; a vanished file and a folder are one row each", async () => {
    const given = [file("a.xlsx"), file("gone.xlsx"), file("b.xlsx"), file("folder.xlsx"), file("c.xlsx")];
    const done: number[] = [];
    const reports = await checkFiles(given, {
      settings: DEFAULT_SETTINGS,
      threads: 2,
      workerScript: WORKER,
      onProgress: (n, total) => done.push(n / total),
    });
    expect(summary(reports)).toEqual([
      `ok ${file("a.xlsx")}`,
      `${file("gone.xlsx")} no longer exists.`,
      `ok ${file("b.xlsx")}`,
      `${file("folder.xlsx")} is a folder.`,
      `ok ${file("c.xlsx")}`,
    ]);
    expect(done).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  test("a worker that crashes costs only its file; a fresh worker checks the rest", async () => {
    const worker = wrappedWorker("crashing-worker.js", "crash", 'throw new Error("simulated crash");');
    const given = ["a.xlsx", "crash.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"].map(file);
    const reports = await checkFiles(given, { settings: DEFAULT_SETTINGS, threads: 2, workerScript: worker });
    expect(summary(reports)).toEqual([
      `ok ${file("a.xlsx")}`,
      `${file("crash.xlsx")} could not be checked: simulated crash.`,
      `ok ${file("b.xlsx")}`,
      `ok ${file("c.xlsx")}`,
      `ok ${file("d.xlsx")}`,
    ]);
  });

  test("a worker that runs out of its memory allowance costs only its file, and says so", async () => {
    const greedy = wrappedWorker(
      "greedy-worker.js",
      "crash",
      "const hoard = []; for (;;) hoard.push(new Array(100000).fill(1));",
    );
    const given = ["a.xlsx", "crash.xlsx", "b.xlsx"].map(file);
    const reports = await checkFiles(given, {
      settings: DEFAULT_SETTINGS,
      threads: 1,
      workerScript: greedy,
      workerHeapMb: 32,
    });
    expect(summary(reports)).toEqual([
      `ok ${file("a.xlsx")}`,
      `${file("crash.xlsx")} could not be checked: it needed more memory than a check is allowed.`,
      `ok ${file("b.xlsx")}`,
    ]);
  }, 30_000);

  test("a worker that exits or hangs is stopped and reported, never waited for", async () => {
    const exiting = wrappedWorker("exiting-worker.js", "crash", "process.exit(7);");
    const hanging = wrappedWorker("hanging-worker.js", "hang", "for (;;) {}");
    const given = ["a.xlsx", "crash.xlsx", "b.xlsx"].map(file);
    const exited = await checkFiles(given, { settings: DEFAULT_SETTINGS, threads: 1, workerScript: exiting });
    expect(summary(exited)[1]).toBe(
      `${file("crash.xlsx")} could not be checked: the checking thread stopped unexpectedly (exit code 7).`,
    );
    expect(summary(exited)[2]).toBe(`ok ${file("b.xlsx")}`);

    const hung = await checkFiles(["a.xlsx", "hang.xlsx", "b.xlsx"].map(file), {
      settings: DEFAULT_SETTINGS,
      threads: 2,
      workerScript: hanging,
      fileTimeoutMs: 1500,
    });
    expect(summary(hung)).toEqual([
      `ok ${file("a.xlsx")}`,
      `${file("hang.xlsx")} could not be checked: it took longer than 1.5 seconds.`,
      `ok ${file("b.xlsx")}`,
    ]);
  }, 20_000);

  test("if no worker can start, every file says so and the run still ends", async () => {
    const given = ["a.xlsx", "b.xlsx", "c.xlsx"].map(file);
    const reports = await checkFiles(given, {
      settings: DEFAULT_SETTINGS,
      workerScript: file("no-such-worker.js"),
    });
    expect(reports).toHaveLength(3);
    for (const r of reports) expect(r.status === "unreadable" && r.error).toMatch(/could not be checked: .+\.$/);
  });

  test("a single file is checked on a worker too, so a runaway check is stopped by the time limit (issue 8)", async () => {
    const hanging = wrappedWorker("hanging-worker-1.js", "hang", "for (;;) {}");
    const started = Date.now();
    const reports = await checkFiles([file("hang.xlsx")], {
      settings: DEFAULT_SETTINGS,
      workerScript: hanging,
      fileTimeoutMs: 1000,
    });
    expect(summary(reports)).toEqual([`${file("hang.xlsx")} could not be checked: it took longer than 1 second.`]);
    expect(Date.now() - started).toBeLessThan(10_000);
    const two = await checkFiles([file("a.xlsx"), file("gone.xlsx")], {
      settings: DEFAULT_SETTINGS,
      workerScript: WORKER,
    });
    expect(summary(two)).toEqual([`ok ${file("a.xlsx")}`, `${file("gone.xlsx")} no longer exists.`]);
  }, 20_000);

  test("workers started before the files are known wait for them, and a pool run with fewer files or none ends", async () => {
    // Started while the folder is still being searched: nothing is checked until run() gives the files.
    const checks = startChecks({ settings: DEFAULT_SETTINGS, threads: 2, workerScript: WORKER });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const seen: string[] = [];
    await checks.run([file("a.xlsx")], { onReport: (r) => seen.push(summary([r])[0]) });
    expect(seen).toEqual([`ok ${file("a.xlsx")}`]);
    const none: FileReport[] = [];
    await startChecks({ settings: DEFAULT_SETTINGS, threads: 2, workerScript: WORKER }).run([], {
      onReport: (r) => none.push(r),
    });
    expect(none).toEqual([]);
  });

  test("a worker that fails as it loads, before the files are known, costs each file its row and the run ends", async () => {
    const broken = file("broken-worker.js");
    writeFileSync(broken, 'throw new Error("simulated load failure");\n');
    const checks = startChecks({ settings: DEFAULT_SETTINGS, threads: 2, workerScript: broken });
    await new Promise((resolve) => setTimeout(resolve, 300)); // both have failed by now
    const reports: FileReport[] = [];
    await checks.run(["a.xlsx", "b.xlsx"].map(file), { onReport: (r) => reports.push(r) });
    expect(summary(reports)).toEqual([
      `${file("a.xlsx")} could not be checked: simulated load failure.`,
      `${file("b.xlsx")} could not be checked: simulated load failure.`,
    ]);
  });

  /** Runs a script against the built pool in a node of its own; what it prints, and how it ended. */
  function inOwnProcess(body: string): { status: number | null; signal: string | null; stdout: string } {
    const script = `const pool = require(${JSON.stringify(join(ROOT, "dist-cli", "cli", "check-pool.js"))});
const { DEFAULT_SETTINGS } = require(${JSON.stringify(join(ROOT, "dist-cli", "wres", "settings.js"))});
${body}`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 15_000 });
    return { status: run.status, signal: run.signal, stdout: run.stdout };
  }

  test("a pool closed before its files were given stops its workers, so the process can end", () => {
    // In a process of its own: workers left waiting would keep it alive until the time-out kills it.
    const run = inOwnProcess(`const checks = pool.startChecks({ settings: DEFAULT_SETTINGS, threads: 2 });
setTimeout(() => { checks.close(); console.log("closed"); }, 200);`);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("closed\n");
  }, 20_000);

  test("workers started before the options are read are given them by the pool that takes them", () => {
    // Threads are counted as they are made; I2's interval depends on the confidence: 90 % here,
    // so the default 95 % would show.
    const check = (prestart: boolean, confidence: number) =>
      inOwnProcess(`const threads = require("worker_threads"); const Made = threads.Worker; let made = 0;
threads.Worker = class extends Made { constructor(...args) { super(...args); made++; } };
${prestart ? "pool.prestartChecks(2);" : ""}
setTimeout(() => pool.checkFiles([${JSON.stringify(SAMPLE)}], { settings: { ...DEFAULT_SETTINGS, confidence: ${confidence} }, threads: 1 })
  .then(([r]) => console.log(made, JSON.stringify(r.indicators.I2.ci))), 300);`);
    const early = check(true, 0.9);
    expect(early.status).toBe(0); // the second early worker, not needed, does not keep the process alive
    const [made, ci] = early.stdout.trim().split(" ");
    expect(made).toBe("2"); // the two started early, and no third for the pool
    expect(JSON.parse(ci)).toHaveLength(2);
    expect(ci).toBe(check(false, 0.9).stdout.trim().split(" ")[1]);
    expect(ci).not.toBe(check(false, 0.95).stdout.trim().split(" ")[1]);
  }, 30_000);

  test("workers started early and never taken do not keep the process alive", () => {
    const run = inOwnProcess(`pool.prestartChecks(2); console.log("not checking after all");`);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("not checking after all\n");
  }, 20_000);

  test("how many files the paths can hold is known before the search: one per file, no bound for a folder", () => {
    expect(mostFiles([file("a.xlsx"), file("gone.xlsx")])).toBe(2);
    expect(mostFiles([file("a.xlsx"), dir])).toBe(Infinity);
    expect(mostFiles([])).toBe(0);
  });

  test("large files are checked one at a time across the pool, small ones beside them (issue 8, memory)", async () => {
    // A worker that notes when each file starts and ends, in a log shared through the file system.
    const log = file("order.log");
    const worker = file("logging-worker.js");
    writeFileSync(
      worker,
      `const { parentPort } = require("worker_threads");
const { appendFileSync } = require("fs");
parentPort.on("message", (job) => {
  appendFileSync(${JSON.stringify(log)}, "start " + require("path").basename(job.file) + "\\n");
  setTimeout(() => {
    appendFileSync(${JSON.stringify(log)}, "end " + require("path").basename(job.file) + "\\n");
    parentPort.postMessage({ index: job.index, report: { file: job.file, status: "unreadable", error: "x" } });
  }, 150);
});
`,
    );
    const big = (name: string) => {
      writeFileSync(file(name), Buffer.alloc(LARGE_FILE_BYTES + 1));
      return file(name);
    };
    const given = [big("big1.xlsx"), big("big2.xlsx"), file("a.xlsx"), file("b.xlsx")];
    await checkFiles(given, { settings: DEFAULT_SETTINGS, threads: 2, workerScript: worker });
    const events = readFileSync(log, "utf8").trim().split("\n");
    // Never two large files at once: big2 starts only after big1 has ended.
    expect(events.indexOf("start big2.xlsx")).toBeGreaterThan(events.indexOf("end big1.xlsx"));
    expect(events.indexOf("start a.xlsx")).toBeLessThan(events.indexOf("end big1.xlsx"));
    expect(events.filter((e) => e.startsWith("start"))).toHaveLength(4);

    // Nothing is sent to a worker behind a large file (its report would hold back every later
    // one): with one thread, a.xlsx reaches it only once big1 is done.
    rmSync(log);
    await checkFiles([given[0], file("a.xlsx")], { settings: DEFAULT_SETTINGS, threads: 1, workerScript: worker });
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      "start big1.xlsx",
      "end big1.xlsx",
      "start a.xlsx",
      "end a.xlsx",
    ]);
  }, 20_000);
});

describe("streamed results (issue 8, memory)", () => {
  test("streamChecks passes each report on in the order given, as soon as every earlier one is in", async () => {
    const given = ["a.xlsx", "gone.xlsx", "b.xlsx", "folder.xlsx", "c.xlsx"].map(file);
    const seen: number[] = [];
    await streamChecks(given, {
      settings: DEFAULT_SETTINGS,
      threads: 2,
      workerScript: WORKER,
      onReport: (report, index) => {
        expect(report.file).toBe(given[index]);
        seen.push(index);
      },
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  test("--json, written file by file, is the same document JSON.stringify writes whole", async () => {
    const out: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: () => undefined, isTty: false };
    await main(["check", file("gone.xlsx"), file("folder.xlsx"), file("also-gone.xlsx"), "--json"], io);
    const text = out.join("");
    expect(out.length).toBeGreaterThan(2);
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + "\n");
    expect(JSON.parse(text).files.map((f: { error: string }) => f.error)).toEqual([
      `${file("gone.xlsx")} does not exist.`,
      expect.stringMatching(/^.*folder\.xlsx is a folder with no \.xlsx files in it\.$/),
      `${file("also-gone.xlsx")} does not exist.`,
    ]);
    out.length = 0;
    await main(["check", file("gone.xlsx"), "--json"], io);
    expect(out.join("")).toBe(JSON.stringify(JSON.parse(out.join("")), null, 2) + "\n");
  });
});

describe("the progress bar", () => {
  test("says how far the check is, redraws in place and clears itself", () => {
    expect(progressLine(120, 250)).toBe("Checking ▕████████████░░░░░░░░░░░░▏ 120/250 files…");
    const written: string[] = [];
    let t = 0;
    const bar = progressBar(
      (s) => written.push(s),
      () => t,
    );
    bar.update(1, 4);
    t += 10;
    bar.update(2, 4); // too soon after the last redraw
    t += 200;
    bar.update(3, 4);
    bar.update(4, 4); // the last one is always drawn
    bar.clear();
    expect(written).toEqual([
      `\r\u001b[2K${progressLine(1, 4)}`,
      `\r\u001b[2K${progressLine(3, 4)}`,
      `\r\u001b[2K${progressLine(4, 4)}`,
      "\r\u001b[2K",
    ]);
  });

  test("wres check draws it on stderr only when stderr is a terminal and the output is not JSON", async () => {
    const run = async (errIsTty: boolean, ...args: string[]) => {
      const err: string[] = [];
      const io: Io = { out: () => undefined, err: (t) => err.push(t), isTty: false, errIsTty };
      await main(["check", file("a.xlsx"), file("b.xlsx"), ...args], io);
      return err.join("");
    };
    const drawn = await run(true);
    expect(drawn).toContain(progressLine(2, 2));
    expect(drawn.endsWith("\r\u001b[2K")).toBe(true);
    expect(await run(true, "--json")).toBe("");
    expect(await run(false)).toBe("");
  });
});
