// Preloaded by the benchmarks (`node --require scripts/usage-probe.cjs …`): when the process
// exits, writes its peak resident memory and the CPU time it used to stderr, as
// "usage-probe peak-rss-kb=N cpu-ms=N". getrusage counts the whole process, so worker threads
// are included; the line is written once per process, by the main thread (workers inherit the
// --require and skip it). A node started again by `wres check` (src/cli/relaunch.ts) keeps the
// --require, so it writes its own line: the benchmark adds them up.
"use strict";
const { isMainThread } = require("node:worker_threads");

if (isMainThread) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    process.stderr.write(`\nusage-probe peak-rss-kb=${usage.maxRSS} cpu-ms=${cpuMs}\n`);
  });
}
