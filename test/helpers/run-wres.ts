/** Runs the built `wres` command (bin/wres.js → dist-cli) as a user would, for the command's tests. */

import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "wres.js");

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function wres(...args: string[]): Run {
  return wresIn(ROOT, ...args);
}

/** The command run in the folder `cwd`, where it writes its default outputs. */
export function wresIn(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Fails with what to do when the command has not been compiled (npm test compiles it first). */
export function assertCommandBuilt(): void {
  if (!existsSync(join(ROOT, "dist-cli", "cli", "main.js"))) {
    throw new Error("The command is not built: run `npm run build:cli` (npm test does it first).");
  }
}
