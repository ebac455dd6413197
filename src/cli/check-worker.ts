/**
 * A worker thread of the check pool (./check-pool): it reads and checks the files the pool
 * sends, one at a time in the order they came (the pool queues the next one ahead), saying when
 * it starts on each (for its time limit) and posting its FileReport back. The file's bytes never
 * leave the thread.
 */

import { parentPort, workerData } from "worker_threads";
import { checkPath } from "./check-path";
import type { CheckJob, CheckReply, CheckStarted, CheckWorkerData } from "./check-pool";

if (!parentPort) throw new Error("check-worker runs only as a worker thread of the check pool");
const port = parentPort;
/** The run's settings: given as workerData, or as the first message to a worker started early (prestartChecks). */
let setup = workerData as CheckWorkerData | null;

const queue: CheckJob[] = [];
let checking = false;

/** Checks the next queued file, then the one after, until the queue is empty. */
function checkNext(): void {
  const job = queue.shift();
  checking = job !== undefined;
  if (!job) return;
  const started: CheckStarted = { index: job.index, started: true };
  port.postMessage(started);
  const openAs = job.openAs ? Buffer.from(job.openAs) : job.file;
  const { settings, today } = setup!;
  void checkPath(job.file, settings, openAs, today).then((report) => {
    const reply: CheckReply = { index: job.index, report };
    port.postMessage(reply);
    checkNext();
  });
}

port.on("message", (message: CheckJob | CheckWorkerData) => {
  if (setup === null) {
    setup = message as CheckWorkerData;
    return;
  }
  queue.push(message as CheckJob);
  if (!checking) checkNext();
});
