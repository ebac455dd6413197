// Benchmark of reviewer mode (npm run bench:folder, also run by npm run bench): generate 250
// synthetic returns, then time the built `wres check DIR --json --csv --report` against the
// bare load of the same files in one process, with ExcelJS and with this project's reader.
// Prints the figures with their targets and PASS/FAIL; exits 0 whatever they are (benchmarks
// report, tests judge). Exits 1 only if the benchmark itself cannot run.
//
// Each measurement is a child process, run RUNS times in turn (check, reader, ExcelJS) so that
// load from other processes on the machine falls on all three alike. Wall time is that of the
// whole child process, start-up included; the figures are the median and the best of the runs
// (other processes only ever add time). Peak memory and CPU time are the child's getrusage
// maxRSS and user + system time (all its threads), printed at exit by scripts/usage-probe.cjs.
// `wres check` starts node again (src/cli/relaunch.ts), which keeps the --require: each of the
// two processes prints its own line, and the figures are their sums (for memory, an upper bound).
//
// A last run checks a folder of WRES_BENCH_LARGE_FOLDER returns (the 250 copied over and over,
// default 3,000) once and prints its peak memory: it must stay under 500 MB whatever the count.
//
// Environment: WRES_BENCH_RETURNS (default 250), WRES_BENCH_RUNS (default 5: on a shared virtual
// machine one run's wall time varies by 10 % or more, so fewer runs make a median that flips
// around the targets; 0 runs only the large folder), WRES_BENCH_SEED (1), WRES_BENCH_LARGE_FOLDER
// (default 3000; 0 leaves the run out).

import { spawn, spawnSync } from "node:child_process";
import { closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const COUNT = Number(process.env.WRES_BENCH_RETURNS ?? 250);
const RUNS = Number(process.env.WRES_BENCH_RUNS ?? 5);
const SEED = Number(process.env.WRES_BENCH_SEED ?? 1);
const LARGE_FOLDER = Number(process.env.WRES_BENCH_LARGE_FOLDER ?? 3000);
/** Goals of issue 8 (on two cores): the full check within one serial bare read by this project's reader, and half an ExcelJS load. */
const TARGET_RATIO = { reader: 1.0, exceljs: 0.5 };
const TARGET_PEAK_MB = 500;

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const GENERATOR = join(ROOT, "node_modules", ".cache", "wres-tools", "scripts", "make-returns.js");
const USAGE_PROBE = join(ROOT, "scripts", "usage-probe.cjs");

function build() {
  for (const project of ["tsconfig.cli.json", "tsconfig.tools.json"]) {
    const r = spawnSync(process.execPath, [TSC, "-p", project], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) throw new Error(`tsc -p ${project} failed`);
  }
}

function generate(dir) {
  const r = spawnSync(process.execPath, [GENERATOR, dir, "--count", String(COUNT), "--seed", String(SEED)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`generating the returns failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Runs `node --require usage-probe args…`; resolves with wall time, CPU time, peak memory and stdout. */
function measure(args, work, label) {
  const outFile = join(work, `${label}.out`);
  const errFile = join(work, `${label}.err`);
  const out = openSync(outFile, "w");
  const err = openSync(errFile, "w");
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", USAGE_PROBE, ...args], {
      cwd: ROOT,
      stdio: ["ignore", out, err],
    });
    child.on("error", reject);
    child.on("close", (status) => {
      const seconds = (performance.now() - started) / 1000;
      closeSync(out);
      closeSync(err);
      const stderr = readFileSync(errFile, "utf8");
      const usages = [...stderr.matchAll(/usage-probe peak-rss-kb=(\d+) cpu-ms=(\d+)/g)];
      if (usages.length === 0) {
        return reject(new Error(`${label} printed no usage (exit ${status}): ${stderr.slice(0, 500)}`));
      }
      const sum = (group) => usages.reduce((total, usage) => total + Number(usage[group]), 0);
      const [peakMb, cpuSeconds] = [sum(1) / 1024, sum(2) / 1000];
      resolve({ status, seconds, cpuSeconds, peakMb, stdout: readFileSync(outFile, "utf8") });
    });
  });
}

/** A fixed amount of pure computation, run on a worker thread. */
const SPIN = `let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 31 + i) % 1000003; require("node:worker_threads").parentPort.postMessage(x);`;

async function spin(threads) {
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(SPIN, { eval: true });
          worker.on("message", () => void worker.terminate().then(resolve));
          worker.on("error", reject);
        }),
    ),
  );
  return performance.now() - started;
}

/**
 * How much faster two threads get through twice the work than one thread through it once: 2.0
 * on two idle cores, nearer 1.0 when other processes (or virtual machines) hold the second core.
 */
async function parallelSpeedup() {
  const one = await spin(1);
  const two = await spin(2);
  return (2 * one) / two;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (xs) => Math.min(...xs);
const verdict = (ok) => (ok ? "PASS" : "FAIL");
const pad = (s, n) => String(s).padEnd(n);
const s2 = (x) => `${x.toFixed(2)} s`;

async function main() {
  const cores = availableParallelism();
  console.log("Reviewer mode: wres check on a folder of returns");
  console.log(
    `  machine: ${cores} cores (os.availableParallelism), Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`,
  );
  build();
  const speedupBefore = await parallelSpeedup();
  const work = mkdtempSync(join(tmpdir(), "wres-bench-"));
  try {
    const dir = join(work, "returns");
    const t = performance.now();
    const generated = generate(dir);
    console.log(`  returns: ${generated.replace(/^Wrote /, "").replace(dir, "a temporary folder")}`);
    console.log(`           (generation ${((performance.now() - t) / 1000).toFixed(1)} s, not part of any figure)`);

    const bin = join(ROOT, "bin", "wres.js");
    const loader = join(ROOT, "scripts", "load-returns.mjs");
    const check = [bin, "check", dir, "--json", "--csv", join(work, "out.csv"), "--report", join(work, "out.html")];
    if (RUNS === 0) {
      if (LARGE_FOLDER > 0) await largeFolder(dir, work);
      return;
    }
    const runs = { check: [], reader: [], exceljs: [] };
    for (let i = 0; i < RUNS; i++) {
      const c = await measure(check, work, "check");
      if (c.status !== 2)
        throw new Error(`wres check exited ${c.status}; the folder holds unreadable files, so 2 is expected`);
      if (JSON.parse(c.stdout).files.length !== COUNT) throw new Error("wres check did not report every file");
      runs.check.push(c);
      for (const library of ["reader", "exceljs"]) {
        const r = await measure([loader, library, dir], work, library);
        if (r.status !== 0) throw new Error(`the bare load with ${library} failed (exit ${r.status})`);
        runs[library].push({ ...r, result: JSON.parse(r.stdout) });
      }
    }

    const wall = (k) => runs[k].map((r) => r.seconds);
    const cpu = (k) => median(runs[k].map((r) => r.cpuSeconds));
    const peak = (k) => Math.max(...runs[k].map((r) => r.peakMb));
    const times = (k) => `${pad(s2(median(wall(k))), 8)} best ${pad(s2(best(wall(k))), 8)} CPU ${pad(s2(cpu(k)), 8)}`;
    console.log(`\n  (wall time: median and best of ${RUNS} runs; CPU: user + system time of all threads, median)`);
    console.log(`  full check: wres check DIR --json --csv FILE --report FILE`);
    console.log(`    wall time          ${times("check")}`);
    console.log(
      `    files per second   ${(COUNT / median(wall("check"))).toFixed(1)} (best ${(COUNT / best(wall("check"))).toFixed(1)})`,
    );
    const peakOk = peak("check") < TARGET_PEAK_MB;
    console.log(
      `    peak memory        ${peak("check").toFixed(0)} MB  target < ${TARGET_PEAK_MB} MB  ${verdict(peakOk)}`,
    );

    console.log(`\n  bare load: every file read and loaded one after another in one process, nothing checked`);
    const names = { exceljs: "ExcelJS workbook.xlsx.load", reader: "this project's readXlsx" };
    for (const k of ["exceljs", "reader"]) {
      const last = runs[k][runs[k].length - 1].result;
      const slowest = `${last.slowest.file.replace(dir + "/", "")} ${s2(last.slowest.ms / 1000)}`;
      console.log(`    ${pad(names[k], 28)} ${times(k)} peak ${peak(k).toFixed(0)} MB`);
      console.log(`    ${pad("", 28)} ${last.failures} of ${last.files} files failed to load; slowest ${slowest}`);
    }

    console.log(`\n  ratio full check ÷ bare load (on two cores; this machine has ${cores})`);
    for (const k of ["exceljs", "reader"]) {
      const ofMedians = median(wall("check")) / median(wall(k));
      const ofBests = best(wall("check")) / best(wall(k));
      const target = TARGET_RATIO[k];
      console.log(
        `    vs ${pad(names[k], 28)} target ≤ ${target.toFixed(2)}  median ${ofMedians.toFixed(2)} ${verdict(ofMedians <= target)}   ` +
          `best ${ofBests.toFixed(2)} ${verdict(ofBests <= target)}   CPU ${(cpu("check") / cpu(k)).toFixed(2)}`,
      );
    }
    if (LARGE_FOLDER > 0) await largeFolder(dir, work);
    const speedup = [speedupBefore, await parallelSpeedup()].map((x) => `${x.toFixed(2)}×`).join(" before, ");
    console.log(`\n  parallel speed-up this machine gave two threads of pure computation: ${speedup} after`);
    console.log(`  (2.00× on two idle cores; other processes holding a core slow the parallel check most)`);
    console.log(`  load average ${loadavg()[0].toFixed(1)} at the end`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A copy of a folder made of hard links: instant, and no disk space for the 50 MB files. */
function linkTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) linkTree(join(from, e.name), join(to, e.name));
    else linkSync(join(from, e.name), join(to, e.name));
  }
}

/** One full check of a folder of LARGE_FOLDER returns (copies of the generated ones): its peak memory. */
async function largeFolder(dir, work) {
  const large = join(work, "large");
  const copies = Math.ceil(LARGE_FOLDER / COUNT);
  for (let i = 0; i < copies; i++) linkTree(dir, join(large, `copy-${String(i).padStart(3, "0")}`));
  const out = (name) => join(work, name);
  const args = [
    join(ROOT, "bin", "wres.js"),
    "check",
    large,
    "--json",
    "--csv",
    out("large.csv"),
    "--report",
    out("large.html"),
  ];
  const run = await measure(args, work, "large");
  const files = JSON.parse(run.stdout).files.length;
  const jsonOnly = await measure([join(ROOT, "bin", "wres.js"), "check", large, "--json"], work, "large-json");
  console.log(`\n  a folder of ${files} returns (the ${COUNT} copied ${copies} times), checked once`);
  console.log(
    `    --json --csv --report  wall ${s2(run.seconds)}  peak memory ${run.peakMb.toFixed(0)} MB  target < ${TARGET_PEAK_MB} MB  ${verdict(run.peakMb < TARGET_PEAK_MB)}`,
  );
  console.log(
    `    --json                 wall ${s2(jsonOnly.seconds)}  peak memory ${jsonOnly.peakMb.toFixed(0)} MB  target < ${TARGET_PEAK_MB} MB  ${verdict(jsonOnly.peakMb < TARGET_PEAK_MB)}`,
  );
}

main().catch((error) => {
  console.error(`bench-folder: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
