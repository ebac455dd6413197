/**
 * Checks files in parallel on worker threads, one file per worker at a time (with the next one
 * queued behind it), and returns the reports in the order the files were given, whatever order
 * they finish in. Even one file is checked on a worker, so that every check has the same time limit.
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
import { couldNotBeChecked, type FileReport } from "./file-report";

/**
 * What every check of the run needs: the worker's workerData, or for a worker started early
 * (prestartChecks, whose workerData is null), the first message it is sent.
 */
export interface CheckWorkerData {
  readonly settings: Settings;
  /** Today (YYYY-MM-DD), for overdue actions; absent: none is judged overdue. */
  readonly today?: string;
}
export interface CheckJob {
  readonly index: number;
  readonly file: string;
  /** The path's bytes when its name is not UTF-8. */
  readonly openAs?: Uint8Array;
}

/** A file to check: its path as shown, and its bytes when the name is not UTF-8 (find-files). */
export type FileToCheck = string | { readonly file: string; readonly openAs?: Uint8Array };
export interface CheckReply {
  readonly index: number;
  readonly report: FileReport;
}
/** Sent by a worker as it starts on a file: that file's time limit starts now. */
export interface CheckStarted {
  readonly index: number;
  readonly started: true;
}

export interface PoolOptions {
  readonly settings: Settings;
  /** Today (YYYY-MM-DD), passed to every check (`--today`). */
  readonly today?: string;
  /** Worker threads to start at most; by default the machine's available parallelism. */
  readonly threads?: number;
  /** The compiled worker script (tests substitute their own). */
  readonly workerScript?: string;
  /** A file that takes longer than this is reported as not checked and its worker replaced. */
  readonly fileTimeoutMs?: number;
  /** Each worker's heap allowance in MB (WORKER_HEAP_MB; tests give a small one). */
  readonly workerHeapMb?: number;
}

export interface RunOptions {
  /** Called after each file, for a progress display. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Called with each report in the order the files were given, as soon as it and every
   * report before it are in. The pool keeps no report once it has been passed on.
   */
  readonly onReport: (report: FileReport, index: number) => void;
}

export type StreamOptions = PoolOptions & RunOptions;

/** Far beyond any return (a 50 MB file reads in about a second); only a stuck check gets here. */
const DEFAULT_FILE_TIMEOUT_MS = 60_000;
/**
 * A worker's heap allowance. The reader bounds what it inflates (200 MB in all, DEFAULT_XLSX_LIMITS),
 * which fits; should anything else run away, the worker is stopped and the process carries on.
 */
const WORKER_HEAP_MB = 1024;
/**
 * A file this large may take hundreds of MB to check (a 50 MB file, the most the limits allow,
 * about 500 MB): it is heavy, like a file much larger than the others (a zip bomb of a few
 * hundred KB inflates 100 MB before it is refused). Heavy files are checked one at a time
 * across the pool, largest first, beside the others: memory is budgeted for the pool, not per
 * thread. Real returns are a few hundred KB.
 */
export const LARGE_FILE_BYTES = 5 * 1024 * 1024;
const OUTLIER_FACTOR = 4;
const OUTLIER_MIN_BYTES = 256 * 1024;
/** Files a worker holds in its queue besides the one it is checking. */
const QUEUED_AHEAD = 1;

/** Every file's report, in the order given. */
export async function checkFiles(
  targets: readonly FileToCheck[],
  options: PoolOptions & Pick<RunOptions, "onProgress">,
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  await streamChecks(targets, { ...options, onReport: (report) => reports.push(report) });
  return reports;
}

/** Checks the files, passing on each report in order (RunOptions.onReport) without keeping any. */
export async function streamChecks(targets: readonly FileToCheck[], options: StreamOptions): Promise<void> {
  if (targets.length === 0) return;
  await startChecks(options, targets.length).run(targets, options);
}

const WORKER_SCRIPT = path.join(__dirname, "check-worker.js");

/** Workers started by prestartChecks, waiting for a pool to take them; `exited` once one has stopped. */
const early: { worker: Worker; exited: boolean }[] = [];

/**
 * Starts the checking threads before the command's options are even read (bin/wres.js calls
 * this for `wres check` before it loads the command), so that they load the checking code
 * meanwhile; startChecks takes them and gives them the settings. Until then they do not keep
 * the process alive, so a run that ends before checking anything still ends.
 */
export function prestartChecks(threads: number = availableParallelism()): void {
  for (let i = 0; i < threads; i++) {
    let worker: Worker;
    try {
      worker = newWorker(WORKER_SCRIPT, null);
    } catch {
      return; // the pool will start its own, and say why if it cannot
    }
    const waiting = { worker, exited: false };
    worker.unref();
    worker.on("error", () => undefined); // seen by the pool as the exit that follows, if it takes the worker
    worker.once("exit", () => (waiting.exited = true));
    early.push(waiting);
  }
}

/**
 * `wanted`: the next worker started early that is still running, if any (the pool's own script
 * only). Not wanted: every one left is stopped.
 */
function takeEarly(script: string, wanted: boolean): Worker | undefined {
  if (script !== WORKER_SCRIPT) return undefined;
  for (let next = early.shift(); next; next = early.shift()) {
    if (next.exited) continue;
    if (wanted) return next.worker;
    void next.worker.terminate();
  }
  return undefined;
}

function newWorker(script: string, data: CheckWorkerData | null, heapMb = WORKER_HEAP_MB): Worker {
  return new Worker(script, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
}

/** Checks files on worker threads: started by startChecks, given its files once by run(). */
export interface Checks {
  run(targets: readonly FileToCheck[], options: RunOptions): Promise<void>;
  /** Stops workers still waiting for files that will not come (nothing once run() has been called). */
  close(): void;
}

/**
 * Starts the pool's workers now, before the files are known, so that each thread loads the
 * checking code while the folder is still being searched; `atMost` is how many files there can
 * be (a bound known before the search; Infinity for a folder). Workers that find nothing to
 * check stop. A pool that is started must be run, or closed, or its workers wait.
 */
export function startChecks(options: PoolOptions, atMost: number = Infinity): Checks {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), atMost));
  return new CheckPool(options, threads);
}

const seconds = (ms: number): string => `${ms / 1000} second${ms === 1000 ? "" : "s"}`;

class CheckPool implements Checks {
  private readonly script: string;
  private readonly timeoutMs: number;
  /** Indices of the files still to hand out: large ones (one at a time), and the rest. */
  private large: number[] = [];
  private small: number[] = [];
  private largeInProgress = false;
  /**
   * Workers waiting for work: for the files (until run() gives them), or for the large file in
   * progress to finish before they take the next.
   */
  private readonly waiting: (() => void)[] = [];
  /** Whether run() has given the files: until then a worker waits rather than stops. */
  private given = false;
  /** Workers started and not yet exited. */
  private live = 0;
  private done = 0;
  private finished: () => void = () => undefined;
  /** Reports in before an earlier file's, by index; `released` is the next index to pass on. */
  private readonly waitingReports = new Map<number, FileReport>();
  private released = 0;

  private files: readonly string[] = [];
  private openAs: readonly (Uint8Array | undefined)[] = [];
  private callbacks: RunOptions = { onReport: () => undefined };

  constructor(
    private readonly options: PoolOptions,
    private readonly threads: number,
  ) {
    this.script = options.workerScript ?? WORKER_SCRIPT;
    this.timeoutMs = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
    for (let i = 0; i < threads; i++) this.startWorker();
    takeEarly(this.script, false); // started early beyond what this pool needs
  }

  private get remaining(): number {
    return this.large.length + this.small.length;
  }

  /** The next file a worker may take, or null when it must wait (or nothing is left). */
  private take(): { index: number; large: boolean } | null {
    if (!this.largeInProgress && this.large.length > 0) return { index: this.large.shift()!, large: true };
    if (this.small.length > 0) return { index: this.small.shift()!, large: false };
    return null;
  }

  /** A heavy file given out is settled, or given back: the next heavy file may go. */
  private largeDone(): void {
    this.largeInProgress = false;
    for (const wake of this.waiting.splice(0)) wake();
  }

  run(targets: readonly FileToCheck[], options: RunOptions): Promise<void> {
    this.callbacks = options;
    this.files = targets.map((t) => (typeof t === "string" ? t : t.file));
    this.openAs = targets.map((t) => (typeof t === "string" ? undefined : t.openAs));
    const sizes = fileSizes(this.files.map((f, i) => this.openAs[i] ?? f));
    // The others are handed out in the order given, so that reports can be passed on as they
    // come and few wait for an earlier one.
    const heavy = heavyFrom(sizes);
    const indices = sizes.map((_, i) => i);
    this.large = indices.filter((i) => sizes[i] > heavy).sort((a, b) => sizes[b] - sizes[a] || a - b);
    this.small = indices.filter((i) => sizes[i] <= heavy);
    this.given = true;
    return new Promise((resolve) => {
      this.finished = resolve;
      if (targets.length === 0) resolve();
      // A worker that stopped before the files came (it could not load) is replaced now.
      for (let i = this.live; i < Math.min(this.threads, targets.length); i++) this.startWorker();
      for (const wake of this.waiting.splice(0)) wake();
    });
  }

  close(): void {
    if (!this.given) void this.run([], { onReport: () => undefined });
  }

  private record(index: number, report: FileReport): void {
    if (index < this.released || this.waitingReports.has(index)) return;
    this.waitingReports.set(index, report);
    this.done++;
    this.callbacks.onProgress?.(this.done, this.files.length);
    // Passed on in order; only reports that finished before an earlier file wait here.
    for (let next = this.waitingReports.get(this.released); next; next = this.waitingReports.get(this.released)) {
      this.waitingReports.delete(this.released);
      this.callbacks.onReport(next, this.released++);
    }
    if (this.done === this.files.length) this.finished();
  }

  /**
   * Starts a worker and keeps it supplied: besides the file it is checking, it holds the next
   * one in its queue (QUEUED_AHEAD), so that it never sits idle while its report travels to this
   * thread and the next file travels back. The time limit runs for the file at the head of its
   * queue, from when the worker says it started on it (CheckStarted); until then, from when
   * the file became the head, so that a worker that never starts is stopped too.
   */
  private startWorker(): void {
    const data: CheckWorkerData = { settings: this.options.settings, today: this.options.today };
    let worker: Worker;
    try {
      const started = takeEarly(this.script, true);
      if (started) {
        started.ref();
        started.postMessage(data); // its first message: it was started without them
      }
      worker = started ?? newWorker(this.script, data, this.options.workerHeapMb);
    } catch (e) {
      // No worker can start (e.g. the script is missing): every file not yet given out says so
      // (run() tries again when the files come, if none could start before).
      for (const index of [...this.large.splice(0), ...this.small.splice(0)]) this.fail(index, e);
      for (const wake of this.waiting.splice(0)) wake();
      return;
    }
    /** The files given to this worker, in the order it checks them: the first is in progress. */
    const jobs: { index: number; large: boolean }[] = [];
    /** Once the worker has failed, it is given nothing more. */
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;

    const startTimer = (): void => {
      clearTimeout(timer);
      if (jobs.length === 0) return;
      timer = setTimeout(() => {
        stop((i) => couldNotBeChecked(this.files[i], `it took longer than ${seconds(this.timeoutMs)}`));
        void worker.terminate();
      }, this.timeoutMs);
    };
    /** The file in progress is done: the next one in the queue is now in progress, under its own time limit. */
    const finishHead = (): number => {
      const head = jobs.shift()!;
      if (head.large) this.largeDone();
      startTimer();
      return head.index;
    };
    /** The worker failed on the file in progress: that file says why; the files queued behind it go back to the pool. */
    const stop = (why: (index: number) => FileReport): void => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      const head = jobs.shift();
      for (const queued of jobs.splice(0).reverse()) {
        if (queued.large) {
          this.large.unshift(queued.index);
          this.largeDone();
        } else {
          this.small.unshift(queued.index);
        }
      }
      if (head?.large) this.largeDone();
      if (head) this.record(head.index, why(head.index));
    };
    const supply = (): void => {
      // Nothing waits behind a heavy file: a file queued there would hold back its report, and
      // with it every later report, for as long as the heavy file takes.
      while (!stopped && jobs.length <= QUEUED_AHEAD && !jobs[0]?.large) {
        const next = this.take();
        if (next === null) break;
        if (next.large) this.largeInProgress = true;
        jobs.push(next);
        const message: CheckJob = { index: next.index, file: this.files[next.index], openAs: this.openAs[next.index] };
        worker.postMessage(message);
        if (jobs.length === 1) startTimer();
      }
      if (jobs.length > 0 || stopped) return;
      if (this.given && this.remaining === 0) void worker.terminate();
      else this.waiting.push(supply);
    };

    worker.on("message", (reply: CheckReply | CheckStarted) => {
      if (stopped || reply.index !== jobs[0]?.index) return; // a late answer after a timeout
      if ("started" in reply) {
        startTimer(); // the time the thread took to start, or to finish the file before, does not count
        return;
      }
      const index = finishHead();
      // More work is sent before this report is passed on, so the outputs never keep the worker waiting.
      supply();
      this.record(index, reply.report);
    });
    // What stopped the worker is said when it has exited: only then are the reports it posted
    // before it failed all in (an error arrives on a channel of its own, and can overtake them).
    let failure: unknown = null;
    worker.on("error", (e: Error & { code?: string }) => {
      failure = e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "it needed more memory than a check is allowed" : e;
    });
    this.live++;
    worker.on("exit", (code) => {
      this.live--;
      const why = failure ?? `the checking thread stopped unexpectedly (exit code ${code})`;
      stop((i) => couldNotBeChecked(this.files[i], why));
      if (this.remaining > 0) this.startWorker();
    });
    supply();
  }

  private fail(index: number, why: unknown): void {
    this.record(index, couldNotBeChecked(this.files[index], why));
  }
}

/** The size above which a file is heavy: LARGE_FILE_BYTES, or much larger than the median. */
function heavyFrom(sizes: readonly number[]): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  return Math.min(LARGE_FILE_BYTES, Math.max(OUTLIER_MIN_BYTES, OUTLIER_FACTOR * sorted[sorted.length >> 1]));
}

/** The files' sizes (0 for a file that cannot be found: its check will say why). */
function fileSizes(files: readonly (string | Uint8Array)[]): number[] {
  return files.map((f) => {
    try {
      return statSync(typeof f === "string" ? f : Buffer.from(f)).size;
    } catch {
      return 0; // the check itself will say what is wrong with it
    }
  });
}
