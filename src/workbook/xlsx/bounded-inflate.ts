/**
 * Decompresses zip entries while counting what comes out, so that a zip bomb is refused
 * after at most a few MB beyond a limit, whatever sizes its headers declare.
 */

import { Inflate, inflateSync } from "fflate";
import { crc32 } from "./crc32";
import { FAULT, XlsxFault } from "./fault";
import { RATIO_CHECK_FROM_BYTES, type XlsxLimits } from "./limits";
import { entryData, type ZipEntry } from "./zip-directory";

/** Deflate cannot expand data more than about 1032-fold; a little margin on top. */
const DEFLATE_MAX_EXPANSION = 1040;
/** Streaming step: one step can produce at most about 16 MB. */
const STREAM_STEP_BYTES = 16 * 1024;

/** The inflated bytes of one archive, shared by all the entries read from it. */
export class InflateBudget {
  private spentBytes = 0;

  constructor(readonly limits: XlsxLimits) {}

  /** What one more entry may still produce. */
  get entryAllowance(): number {
    return Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.spentBytes);
  }

  /** Throws once an entry's output so far breaks a limit. */
  check(entryBytes: number, compressedBytesRead: number): void {
    if (entryBytes > this.limits.maxEntryBytes) throw FAULT.bomb(this.limits.maxEntryBytes);
    if (this.spentBytes + entryBytes > this.limits.maxTotalBytes) throw FAULT.bomb(this.limits.maxTotalBytes);
    if (entryBytes > RATIO_CHECK_FROM_BYTES && entryBytes > compressedBytesRead * this.limits.maxRatio) {
      throw FAULT.bombRatio(this.limits.maxRatio);
    }
  }

  spend(entryBytes: number): void {
    this.spentBytes += entryBytes;
  }
}

/**
 * The uncompressed bytes of an entry, within the budget, checked against the size and CRC-32
 * the directory declares: a flipped byte or a patched entry is refused, never read.
 */
export function inflateEntry(archive: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.encrypted) throw FAULT.encrypted();
  if (entry.uncompressedSize > budget.limits.maxEntryBytes) throw FAULT.bomb(budget.limits.maxEntryBytes);
  if (entry.uncompressedSize > budget.entryAllowance) throw FAULT.bomb(budget.limits.maxTotalBytes);
  const data = entryData(archive, entry);
  let output: Uint8Array;
  if (entry.method === 0) output = data;
  else if (entry.method === 8) output = inflateWithin(data, entry, budget);
  else throw FAULT.unsupportedCompression(entry.method);
  budget.check(output.length, data.length);
  budget.spend(output.length);
  if (output.length !== entry.uncompressedSize) throw sizeMismatch(entry, output.length);
  if (crc32(output) !== entry.crc32)
    throw FAULT.damagedEntry(entry.path, "fails its CRC-32 check (its data are altered)");
  return output;
}

function sizeMismatch(entry: ZipEntry, size: number): XlsxFault {
  return FAULT.damagedEntry(entry.path, `holds ${size} bytes where the zip archive declares ${entry.uncompressedSize}`);
}

function inflateWithin(data: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const declaredSize = entry.uncompressedSize;
  try {
    // Small enough that even the worst case fits the budget: inflate in one go (the usual case),
    // into a buffer of the declared size, which spares fflate growing its own as it goes.
    if (data.length * DEFLATE_MAX_EXPANSION <= budget.entryAllowance) {
      if (declaredSize > 0) {
        // One byte over: fflate fills the buffer and stops, so a full buffer means the header lied.
        const out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) });
        if (out.length <= declaredSize) return out;
      }
      return inflateSync(data);
    }
    return inflateInSteps(data, entry, budget);
  } catch (e) {
    if (e instanceof XlsxFault) throw e;
    throw FAULT.truncated(); // fflate: invalid block, unexpected end of data…
  }
}

/**
 * Inflates step by step, checking the budget after each step. Output beyond the declared size
 * is only counted, never kept: the entry is refused either way (a bomb, or a size that does not
 * match), so a lying header costs no memory.
 */
function inflateInSteps(data: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    budget.check(produced, consumed);
    if (chunk.length > 0 && produced <= entry.uncompressedSize) chunks.push(chunk);
  });
  do {
    const step = data.subarray(consumed, consumed + STREAM_STEP_BYTES);
    consumed += step.length;
    inflater.push(step, consumed >= data.length);
  } while (consumed < data.length);
  if (produced > entry.uncompressedSize) throw sizeMismatch(entry, produced);
  return concatenate(chunks, produced);
}

function concatenate(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
