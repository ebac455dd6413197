/**
 * `wres check` runs in a node started again with V8 flags (src/cli/relaunch.ts):
 * which commands are started again, that the child really runs under the flag, and that exit
 * statuses and signals pass through the parent as if there were one process.
 */

import { spawn, spawnSync, type ChildProcess } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assertCommandBuilt, ROOT } from "../helpers/run-wres";
import { CHECK_V8_FLAGS, relaunchNodeArgs } from "../../src/cli/relaunch";

const BIN = join(ROOT, "bin", "wres.js");
const SAMPLE = join(ROOT, "assets", "wres-sample.xlsx");

let work: string;
let probe: string;
let log: string;

beforeAll(() => {
  assertCommandBuilt();
  work = mkdtempSync(join(tmpdir(), "wres-relaunch-"));
  log = join(work, "processes.log");
  probe = join(work, "probe.cjs");
  // Preloaded into every node of the run (the --require is passed on): each main thread writes
  // "pid parent-pid options"; under WRES_TEST_HOLD the child then waits, to be signalled.
  writeFileSync(
    probe,
    `const { isMainThread } = require("worker_threads");
     if (isMainThread) {
       require("fs").appendFileSync(${JSON.stringify(log)}, [process.pid, process.ppid, ...process.execArgv].join(" ") + "\\n");
       if (process.env.WRES_TEST_HOLD && process.execArgv.includes("--single-threaded-gc")) {
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30000);
       }
     }`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => rmSync(log, { force: true }));

const processes = () =>
  existsSync(log)
    ? readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .map((line) => {
          const [pid, ppid, ...options] = line.split(" ");
          return { pid: Number(pid), ppid: Number(ppid), options };
        })
    : [];

function start(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; ended: Promise<Ended> } {
  const child = spawn(process.execPath, ["--require", probe, BIN, ...args], {
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  const ended = new Promise<Ended>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, ended };
}
interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("which runs are started again", () => {
  test("check is, keeping this node's options and adding the flag", () => {
    expect(CHECK_V8_FLAGS).toEqual([
      "--single-threaded-gc",
      "--no-concurrent-recompilation",
      "--max-inlined-bytecode-size-cumulative=460",
      "--always-sparkplug",
    ]);
    expect(relaunchNodeArgs(["check", "returns/"], [])).toEqual(CHECK_V8_FLAGS);
    expect(relaunchNodeArgs(["check", "a.xlsx", "--json"], ["--require", "probe.cjs"])).toEqual([
      "--require",
      "probe.cjs",
      ...CHECK_V8_FLAGS,
    ]);
  });

  test("not a check already under the flag, other commands, or a run under a debugger", () => {
    expect(relaunchNodeArgs(["check", "a.xlsx"], [...CHECK_V8_FLAGS])).toBeNull();
    // Only when all are there: one alone is started again with all.
    expect(relaunchNodeArgs(["check", "a.xlsx"], ["--single-threaded-gc"])).toEqual([
      "--single-threaded-gc",
      ...CHECK_V8_FLAGS,
    ]);
    expect(relaunchNodeArgs(["report", "a.xlsx"], [])).toBeNull();
    expect(relaunchNodeArgs(["template"], [])).toBeNull();
    expect(relaunchNodeArgs(["--version"], [])).toBeNull();
    expect(relaunchNodeArgs([], [])).toBeNull();
    expect(relaunchNodeArgs(["check", "a.xlsx"], ["--inspect-brk"])).toBeNull();
  });
});

test("wres check: the check runs in a child node under the flags, and its status is the command's", async () => {
  const { ended } = start(["check", SAMPLE, join(work, "missing.xlsx"), "--json"]);
  const run = await ended;
  expect(run.code).toBe(2); // a file that does not exist is unreadable: exit 2 (cli.md)
  const doc = JSON.parse(run.stdout) as { files: { status: string }[] };
  expect(doc.files.map((f) => f.status)).toEqual(["ok", "unreadable"]);
  const [parent, child] = processes();
  expect(parent.options).toEqual(["--require", probe]);
  expect(child.options).toEqual(["--require", probe, ...CHECK_V8_FLAGS]);
  expect(child.ppid).toBe(parent.pid);
}, 30_000);

test("wres template runs in the one process", async () => {
  const run = await start(["template", "-o", join(work, "blank.xlsx")]).ended;
  expect(run.code).toBe(0);
  expect(processes()).toHaveLength(1);
}, 30_000);

test("a signal to wres reaches the check, and wres ends by it", async () => {
  const { child, ended } = start(["check", SAMPLE], { WRES_TEST_HOLD: "1" });
  await until(() => processes().length === 2);
  const checking = processes()[1].pid;
  child.kill("SIGTERM");
  const run = await ended;
  expect(run.signal).toBe("SIGTERM");
  await until(() => !alive(checking));
}, 30_000);

test("a check killed from outside makes wres say so and exit 2", async () => {
  const { ended } = start(["check", SAMPLE], { WRES_TEST_HOLD: "1" });
  await until(() => processes().length === 2);
  process.kill(processes()[1].pid, "SIGKILL");
  const run = await ended;
  expect(run.code).toBe(2);
  expect(run.stderr).toBe("wres: the check was stopped by the system (SIGKILL) before it finished.\n");
}, 30_000);

test("a node that refuses the flags leaves the command to run in this process", () => {
  // Node exits 9 on an option it does not know; relaunch then answers null, not that status.
  // Run in a node of its own, so that node's complaint is caught here, not shown in the test run.
  const relaunchJs = join(ROOT, "dist-cli", "cli", "relaunch.js");
  const run = spawnSync(
    process.execPath,
    [
      "-e",
      `require(${JSON.stringify(relaunchJs)}).relaunch(["--no-such-v8-flag-for-wres"], ${JSON.stringify(BIN)}, ["--version"]).then((s) => process.stdout.write(String(s)))`,
    ],
    { encoding: "utf8" },
  );
  expect(run.stdout).toBe("null");
  expect(run.stderr).toContain("bad option: --no-such-v8-flag-for-wres");
}, 30_000);
