#!/usr/bin/env node
/**
 * npm start: serves the pane (the dev server compiles it) on https://localhost:3000 and, where
 * office-addin-debugging can (Windows, macOS), sideloads manifest.xml into desktop Excel.
 * Elsewhere it serves the pane and says how to use it. Ctrl+C stops; `npm stop` also
 * unregisters a sideloaded add-in.
 */

import { spawn } from "node:child_process";

const port = process.env.npm_package_config_dev_server_port ?? "3000";
const url = `https://localhost:${port}/taskpane.html`;
const canSideload = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  // Through the shell so npm/npx resolve on Windows too; the arguments are fixed strings.
  const child = spawn(command, args, { stdio: "inherit", shell: true });
  const stop = () => child.kill("SIGINT");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (canSideload) {
  // Starts `npm run dev-server` itself, waits for the port, then opens Excel with the add-in.
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(`
Desktop Excel cannot be started from ${process.platform}, so nothing is sideloaded. The pane is
served at ${url} (or http://, if no trusted certificate could be made; see below).

  • Excel on the web: open a workbook, then Insert → Add-ins → Upload My Add-in, and upload
    manifest.xml. Excel needs https with a trusted certificate: run
    "npx office-addin-dev-certs install" once on a machine where that can be done.
  • Any browser: open the URL above. The pane checks the bundled sample workbook and any .xlsx
    you open or drop on it, exactly as in Excel, and writes nothing back.

Stop with Ctrl+C.
`);
  run("npm", ["run", "dev-server"]);
}
