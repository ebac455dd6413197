/**
 * A worker thread of the check pool (./check-pool): it reads and checks the files the pool
 * sends, one at a time, and posts each FileReport back. The file's bytes never leave the thread.
 */

import { parentPort, workerData } from "worker_threads";
import { checkPath } from "./check-path";
import type { CheckJob, CheckReply, CheckWorkerData } from "./check-pool";

const port = parentPort;
if (!port) throw new Error("check-worker runs only as a worker thread of the check pool");
const { settings, today } = workerData as CheckWorkerData;

port.on("message", (job: CheckJob) => {
  const openAs = job.openAs ? Buffer.from(job.openAs) : job.file;
  void checkPath(job.file, settings, openAs, today).then((report) => {
    const reply: CheckReply = { index: job.index, report };
    port.postMessage(reply);
  });
});
