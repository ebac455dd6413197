/**
 * Reads a zip archive's central directory (the table of contents at its end) without
 * inflating anything, so that only the few parts a check needs are ever decompressed.
 */

import { FAULT } from "./fault";

export interface ZipEntry {
  /** The path as stored, with `/` separators and no leading slash. */
  readonly path: string;
  /** 0 = stored, 8 = deflate; anything else is not written by spreadsheet software. */
  readonly method: number;
  readonly encrypted: boolean;
  /** Sizes as the directory declares them; the inflater never relies on them. */
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** The CRC-32 of the uncompressed data, as the directory declares it. */
  readonly crc32: number;
  readonly localHeaderOffset: number;
  /** Where the next entry's local header (or the directory) starts: the entry's data cannot reach past it. */
  readonly limit: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;

const pathDecoder = new TextDecoder("utf-8");

/**
 * The archive's entries by lower-case path (part names are case-insensitive), or null when
 * the bytes hold no end-of-directory record at all (not a zip, or cut off before its end).
 * Throws a truncation fault when the record is there but the directory it points to is not.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const endRecord = findEndRecord(bytes);
  if (endRecord < 0) return null;
  let count = u16(bytes, endRecord + 10);
  let size = u32(bytes, endRecord + 12);
  let offset = u32(bytes, endRecord + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = readZip64End(bytes, endRecord);
    if (zip64) ({ count, size, offset } = zip64);
  }
  if (offset + size > bytes.length) throw FAULT.truncated();

  const entries = new Map<string, ZipEntry>();
  const headerOffsets: number[] = [offset];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY) throw FAULT.truncated();
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw FAULT.truncated();
    const sizes = withZip64Sizes(bytes, at + 46 + nameLength, extraLength, {
      uncompressedSize: u32(bytes, at + 24),
      compressedSize: u32(bytes, at + 20),
      localHeaderOffset: u32(bytes, at + 42),
    });
    const path = normalisePath(pathDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    const key = path.toLowerCase();
    headerOffsets.push(sizes.localHeaderOffset);
    if (!entries.has(key)) {
      const method = u16(bytes, at + 10);
      const crc32 = u32(bytes, at + 16);
      entries.set(key, { path, method, encrypted: (flags & FLAG_ENCRYPTED) !== 0, crc32, ...sizes, limit: 0 });
    }
    at = next;
  }
  return withLimits(entries, headerOffsets);
}

/** Each entry's limit: the nearest local header or directory after its own header. */
function withLimits(entries: Map<string, ZipEntry>, headerOffsets: number[]): Map<string, ZipEntry> {
  const sorted = Float64Array.from(headerOffsets).sort();
  for (const [key, entry] of entries) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid] <= entry.localHeaderOffset) low = mid + 1;
      else high = mid;
    }
    entries.set(key, { ...entry, limit: low < sorted.length ? sorted[low] : Infinity });
  }
  return entries;
}

/** The stored (possibly compressed) bytes of an entry, a view into `bytes`. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || u32(bytes, header) !== LOCAL_HEADER) throw FAULT.truncated();
  const start = header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw FAULT.truncated();
  if (end > entry.limit) throw FAULT.damagedEntry(entry.path, "is larger than the space it has in the zip archive");
  return bytes.subarray(start, end);
}

/** Searches backwards, since the record ends the file but may be followed by a comment. */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === END_OF_DIRECTORY) {
      if (at + END_RECORD_SIZE + u16(bytes, at + 20) <= bytes.length) return at;
    }
  }
  return -1;
}

function readZip64End(bytes: Uint8Array, endRecord: number): { count: number; size: number; offset: number } | null {
  const locator = endRecord - 20;
  if (locator < 0 || u32(bytes, locator) !== ZIP64_END_LOCATOR) return null;
  const record = u64(bytes, locator + 8);
  if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_END_OF_DIRECTORY) throw FAULT.truncated();
  return { count: u64(bytes, record + 32), size: u64(bytes, record + 40), offset: u64(bytes, record + 48) };
}

interface EntrySizes {
  readonly uncompressedSize: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/** Zip64 keeps each 32-bit field that overflowed (0xFFFFFFFF) in an extra field, in this order. */
function withZip64Sizes(bytes: Uint8Array, extraStart: number, extraLength: number, sizes: EntrySizes): EntrySizes {
  const overflowed = (n: number) => n === 0xffffffff;
  if (
    !overflowed(sizes.uncompressedSize) &&
    !overflowed(sizes.compressedSize) &&
    !overflowed(sizes.localHeaderOffset)
  ) {
    return sizes;
  }
  const extraEnd = extraStart + extraLength;
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== ZIP64_EXTRA_FIELD) continue;
    let field = at + 4;
    const take = (declared: number) => {
      if (!overflowed(declared) || field + 8 > extraEnd) return declared;
      const value = u64(bytes, field);
      field += 8;
      return value;
    };
    const uncompressedSize = take(sizes.uncompressedSize);
    const compressedSize = take(sizes.compressedSize);
    const localHeaderOffset = take(sizes.localHeaderOffset);
    return { uncompressedSize, compressedSize, localHeaderOffset };
  }
  return sizes;
}

/** Some writers store `\` separators or a leading `/`; part names use neither. */
function normalisePath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\/+/, "");
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Exact up to 2^53, far beyond any size we accept. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
}
