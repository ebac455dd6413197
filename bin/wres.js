#!/usr/bin/env node
// The `wres` command: runs the compiled CLI (npm run build:cli, done by `npm install`). `wres check`
// runs in a node started again with V8 flags that suit it (dist-cli/cli/relaunch.js says why).
"use strict";
const path = require("path");
const fs = require("fs");
const dist = path.join(__dirname, "..", "dist-cli", "cli");
const entry = path.join(dist, "main.js");
if (!fs.existsSync(entry)) {
  console.error(
    "wres: the command is not built yet; run `npm install` (or `npm run build:cli`) in " + path.dirname(__dirname),
  );
  process.exit(2);
}

async function run(argv) {
  const { relaunch, relaunchNodeArgs } = require(path.join(dist, "relaunch.js"));
  const nodeArgs = relaunchNodeArgs(argv, process.execArgv);
  const status = nodeArgs === null ? null : await relaunch(nodeArgs, __filename, argv);
  if (status !== null) return status;
  // The checking threads start loading while the command itself loads (check-pool.ts prestartChecks).
  if (argv[0] === "check") require(path.join(dist, "check-pool.js")).prestartChecks();
  return require(entry).main(argv);
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
