// npm run bench: runs every scripts/bench-*.mjs in turn (by name) and lets each print its own
// figures. A new benchmark is one new scripts/bench-NAME.mjs (add `npm run bench:NAME` for it
// alone). Exits 1 if a benchmark could not run; figures that miss their targets say FAIL but
// do not fail the run.

import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(SCRIPTS)
  .filter((name) => /^bench-.+\.mjs$/.test(name))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  const r = spawnSync(process.execPath, [join(SCRIPTS, name)], { stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.log(`=== ${name} could not run (exit ${r.status ?? r.signal})`);
  }
}
if (benches.length === 0) console.log("No benchmarks (scripts/bench-*.mjs) found.");
process.exitCode = failed ? 1 : 0;
