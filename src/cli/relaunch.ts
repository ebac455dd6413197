/**
 * `wres check` runs in a node process of its own, started with four V8 flags.
 *
 * Why: the check keeps every core busy with its worker threads (check-pool), and each thread
 * compiles the reader and the domain for itself, for a run of a few hundred files at most.
 * - V8 runs its optimising compiler and much of its garbage collection on background threads,
 *   which then compete with the workers for the same cores. Told `--no-concurrent-recompilation`
 *   and `--single-threaded-gc`, V8 does that work on the thread that needs it. On two cores this
 *   took the folder check of 250 returns from 6.9 to 5.8 s of CPU and from 3.6 to 3.1 s
 *   (`npm run bench:folder`). (`--single-threaded`, which implies both, also made each worker
 *   thread take 50 ms longer to start.)
 * - Half V8's budget for inlining (`--max-inlined-bytecode-size-cumulative`, 920 by default):
 *   code that runs for a few seconds does not repay compiling large inlined graphs. The
 *   optimising compiler's time fell from 2.0 to 1.5 s and the check's CPU by about 5 %.
 * - Every function compiled to baseline machine code on its first call (`--always-sparkplug`;
 *   Sparkplug is V8's fast, non-optimising compiler) rather than interpreted for a while first:
 *   each function of the check runs only a few hundred times per thread, much of it before the
 *   optimising compiler takes over. One thread checking 124 returns: 1.87 → 1.68 s (medians of 6).
 *   (These last two change how V8 compiles, so node's cached compilation of its own code no longer
 *   applies: each thread takes about 40 ms longer to start, which the gains far outweigh.)
 * V8 takes its flags only when node starts, so bin/wres.js starts node again with them: node's
 * start-up, about 100 ms of CPU, is the price. A node that does not know a flag refuses to
 * start; the check then runs in the first process, as it would without them.
 *
 * This file is all that bin/wres.js loads before the child starts: it requires nothing else.
 */

import { spawn } from "child_process";

/** The V8 flags `wres check` runs under. */
export const CHECK_V8_FLAGS: readonly string[] = [
  "--single-threaded-gc",
  "--no-concurrent-recompilation",
  "--max-inlined-bytecode-size-cumulative=460",
  "--always-sparkplug",
];

/** Node's exit status when it does not know an option it was started with. */
const NODE_BAD_OPTION = 9;

/** Signals that end the command, passed on to the child (a terminal's Ctrl-C reaches both). */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * The node options to start `wres argv` again with, or null to run it in this process: only
 * `check` is started again, and not when it already runs under the flags or under a debugger
 * (which would not follow it into the child). This process's own options are kept.
 */
export function relaunchNodeArgs(argv: readonly string[], execArgv: readonly string[]): string[] | null {
  if (argv[0] !== "check") return null;
  if (CHECK_V8_FLAGS.every((flag) => execArgv.includes(flag))) return null;
  if (execArgv.some((option) => /^--(inspect|debug)/.test(option))) return null;
  return [...execArgv, ...CHECK_V8_FLAGS];
}

/**
 * Runs `node nodeArgs script argv` with this process's standard streams, passing on the signals
 * that end it. Resolves with the child's exit status; a child ended by one of those signals ends
 * this process by the same signal, and one killed otherwise makes it say so and exit 2.
 * Resolves null when the child could not be started or node refused the options (a node whose
 * V8 lacks a flag): the caller then runs the command here.
 */
export function relaunch(nodeArgs: readonly string[], script: string, argv: readonly string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...argv], { stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const stopForwarding = () => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    child.on("error", () => {
      stopForwarding();
      resolve(null);
    });
    child.on("exit", (code, signal) => {
      stopForwarding();
      if (signal && FORWARDED_SIGNALS.includes(signal)) {
        process.kill(process.pid, signal); // as asked: the shell sees this process end the same way
      } else if (signal) {
        // Killed from outside (the kernel's out-of-memory killer sends SIGKILL): say so plainly.
        process.stderr.write(`wres: the check was stopped by the system (${signal}) before it finished.\n`);
        resolve(2);
      } else {
        resolve(code === NODE_BAD_OPTION ? null : (code ?? 2));
      }
    });
  });
}
