#!/usr/bin/env node
// The `wres` command: runs the compiled CLI (npm run build:cli, done by `npm install`).
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  console.error(
    "wres: the command is not built yet; run `npm install` (or `npm run build:cli`) in " + path.dirname(__dirname),
  );
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
