/**
 * Text appended piece by piece to a temporary file and later copied out in one go, so that
 * output as large as every return's flags grows on disk, not in memory. Where no temporary file
 * can be made, the text is held in memory instead: the output is the same either way.
 */

import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const COPY_CHUNK_BYTES = 1024 * 1024;
const PENDING_CHARS = 256 * 1024;

export class Spool {
  private readonly dir: string | null = null;
  private fd: number | null = null;
  private readonly held: string[] = [];
  /** Text appended and not yet written to the file. */
  private readonly pending: string[] = [];
  private pendingChars = 0;

  /** `folder` is where the temporary file goes (the system's, unless a test says otherwise). */
  constructor(folder: string = tmpdir()) {
    try {
      this.dir = mkdtempSync(path.join(folder, "wres-"));
      this.fd = openSync(path.join(this.dir, "spool"), "w+");
    } catch {
      this.dispose(); // held in memory instead
    }
  }

  append(text: string): void {
    if (this.fd === null) {
      this.held.push(text);
      return;
    }
    // Gathered into writes of about PENDING_CHARS: one write per return cost more than making its text.
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= PENDING_CHARS) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(""), "utf8");
    this.pending.length = 0;
    this.pendingChars = 0;
    for (let written = 0; written < bytes.length;) written += writeSync(this.fd, bytes, written);
  }

  /** Writes everything appended so far to the open file `to`, in order. */
  copyTo(to: number): void {
    if (this.fd === null) {
      for (const text of this.held) writeSync(to, text);
      return;
    }
    this.flush();
    const chunk = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
    for (let at = 0, n; (n = readSync(this.fd, chunk, 0, chunk.length, at)) > 0; at += n) {
      for (let written = 0; written < n;) written += writeSync(to, chunk, written, n - written);
    }
  }

  /** Removes the temporary file. */
  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
