/**
 * Checks many files in parallel on worker threads, one file per worker at a time, and returns
 * the reports in the order the files were given, whatever order they finish in.
 *
 * Each worker reads its files itself, so no file's bytes pass through (or stay in) the main
 * thread; only the small FileReport comes back. A worker that crashes, runs out of its memory
 * allowance or takes too long costs only the file it was on: that file becomes one
 * `unreadable` entry ("could not be checked: …"), a fresh worker takes the rest, and the run
 * always ends.
 */

import { statSync } from "fs";
import { availableParallelism } from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { Settings } from "../wres/settings";
import type * as CheckPathModule from "./check-path";
import { couldNotBeChecked, type FileReport } from "./file-report";

export interface CheckWorkerData {
  readonly settings: Settings;
}
export interface CheckJob {
  readonly index: number;
  readonly file: string;
}
export interface CheckReply {
  readonly index: number;
  readonly report: FileReport;
}

export interface PoolOptions {
  readonly settings: Settings;
  /** Worker threads to start at most; by default the machine's available parallelism. */
  readonly threads?: number;
  /** The compiled worker script (tests substitute their own). */
  readonly workerScript?: string;
  /** A file that takes longer than this is reported as not checked and its worker replaced. */
  readonly fileTimeoutMs?: number;
  /** Called after each file, for a progress display. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Up to this many files, starting threads costs more than it saves: check them in this thread. */
export const INLINE_UP_TO = 2;
/** Far beyond any return (a 50 MB file reads in about a second); only a stuck check gets here. */
const DEFAULT_FILE_TIMEOUT_MS = 60_000;
/**
 * A worker's heap allowance. The reader bounds what it inflates (200 MB in all, DEFAULT_XLSX_LIMITS),
 * which fits; should anything else run away, the worker is stopped and the process carries on.
 */
const WORKER_HEAP_MB = 1024;

export async function checkFiles(files: readonly string[], options: PoolOptions): Promise<FileReport[]> {
  if (files.length <= INLINE_UP_TO) return checkInline(files, options);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  return new CheckPool(files, options, threads).run();
}

async function checkInline(files: readonly string[], options: PoolOptions): Promise<FileReport[]> {
  // Required here, not imported at the top: a run on worker threads never loads the domain and
  // the reader in this thread, so the workers start sooner.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkPath } = require("./check-path") as typeof CheckPathModule;
  const reports: FileReport[] = [];
  for (const file of files) {
    reports.push(await checkPath(file, options.settings));
    options.onProgress?.(reports.length, files.length);
  }
  return reports;
}

const seconds = (ms: number): string => `${ms / 1000} second${ms === 1000 ? "" : "s"}`;

class CheckPool {
  private readonly reports: (FileReport | undefined)[];
  private readonly script: string;
  private readonly timeoutMs: number;
  /** Indices of the files in the order they are handed out: largest first. */
  private readonly order: readonly number[];
  private next = 0;
  private done = 0;
  private finished: (reports: FileReport[]) => void = () => undefined;

  constructor(
    private readonly files: readonly string[],
    private readonly options: PoolOptions,
    private readonly threads: number,
  ) {
    this.reports = new Array<FileReport | undefined>(files.length);
    this.script = options.workerScript ?? path.join(__dirname, "check-worker.js");
    this.timeoutMs = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
    this.order = largestFirst(files);
  }

  run(): Promise<FileReport[]> {
    return new Promise((resolve) => {
      this.finished = resolve;
      for (let i = 0; i < this.threads; i++) this.startWorker();
    });
  }

  private record(index: number, report: FileReport): void {
    if (this.reports[index]) return;
    this.reports[index] = report;
    this.done++;
    this.options.onProgress?.(this.done, this.files.length);
    if (this.done === this.files.length) this.finished(this.reports as FileReport[]);
  }

  private startWorker(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.script, {
        workerData: { settings: this.options.settings } satisfies CheckWorkerData,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
    } catch (e) {
      // No worker can start (e.g. the script is missing): every file not yet given out says so.
      while (this.next < this.files.length) this.fail(this.order[this.next++], e);
      return;
    }
    let job: number | null = null;
    let timer: NodeJS.Timeout | undefined;

    const settle = (report: (index: number) => FileReport): void => {
      if (job === null) return;
      clearTimeout(timer);
      const index = job;
      job = null;
      this.record(index, report(index));
    };
    const giveNext = (): void => {
      if (this.next >= this.files.length) {
        void worker.terminate();
        return;
      }
      job = this.order[this.next++];
      const message: CheckJob = { index: job, file: this.files[job] };
      worker.postMessage(message);
      timer = setTimeout(() => {
        settle((i) => couldNotBeChecked(this.files[i], `it took longer than ${seconds(this.timeoutMs)}`));
        void worker.terminate();
      }, this.timeoutMs);
    };

    worker.on("message", (reply: CheckReply) => {
      if (reply.index !== job) return; // a late answer after a timeout
      settle(() => reply.report);
      giveNext();
    });
    worker.on("error", (e: Error & { code?: string }) => {
      const why = e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "it needed more memory than a check is allowed" : e;
      settle((i) => couldNotBeChecked(this.files[i], why));
    });
    worker.on("exit", (code) => {
      settle((i) => couldNotBeChecked(this.files[i], `the checking thread stopped unexpectedly (exit code ${code})`));
      if (this.next < this.files.length) this.startWorker();
    });
    giveNext();
  }

  private fail(index: number, why: unknown): void {
    this.record(index, couldNotBeChecked(this.files[index], why));
  }
}

/**
 * The files' indices, largest file first: the slow ones (a big workbook, a zip bomb refused
 * after inflating up to its limit) start early instead of leaving one thread busy at the end
 * while the others wait. Reports still come back in the order the files were given.
 */
function largestFirst(files: readonly string[]): number[] {
  const size = files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0; // the check itself will say what is wrong with it
    }
  });
  return files.map((_, i) => i).sort((a, b) => size[b] - size[a] || a - b);
}
