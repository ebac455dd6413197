/**
 * Writes zip archives byte by byte, so that tests can build what no honest zip writer
 * produces: headers that lie about sizes, and deflate streams that expand enormously.
 */

import { deflateSync, strToU8, unzipSync } from "fflate";

export interface CraftedEntry {
  readonly path: string;
  /** The bytes as stored in the archive: already deflated when method is 8. */
  readonly stored: Uint8Array;
  /** 0 stored, 8 deflate; tests may set others. */
  readonly method: number;
  /** General-purpose bit flags (bit 0: the entry is encrypted). */
  readonly flags?: number;
  /** The uncompressed size the headers declare (a zip bomb declares a small one). */
  readonly declaredSize: number;
  readonly crc: number;
  /** The compressed size the headers declare, when it should differ from the stored bytes' length. */
  readonly declaredCompressedSize?: number;
}

export function deflatedEntry(path: string, content: string | Uint8Array): CraftedEntry {
  const data = typeof content === "string" ? strToU8(content) : content;
  return { path, stored: deflateSync(data), method: 8, declaredSize: data.length, crc: crc32(data) };
}

/** Every entry of an existing archive, re-deflated. */
export function craftedEntriesOf(bytes: Uint8Array): CraftedEntry[] {
  return Object.entries(unzipSync(bytes)).map(([path, data]) => deflatedEntry(path, data));
}

/** A zip archive of the entries, in order, with a central directory and end record. */
export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.path);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, e.flags ?? 0, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.declaredCompressedSize ?? e.stored.length, true);
    local.setUint32(22, e.declaredSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, e.stored);

    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, e.flags ?? 0, true);
    central.setUint16(10, e.method, true);
    central.setUint32(16, e.crc, true);
    central.setUint32(20, e.declaredCompressedSize ?? e.stored.length, true);
    central.setUint32(24, e.declaredSize, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    directory.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + e.stored.length;
  }
  const directorySize = directory.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return concatBytes([...chunks, ...directory, new Uint8Array(end.buffer)]);
}

/**
 * A raw deflate stream that inflates to `size` spaces: one literal, then length-258 /
 * distance-1 copies in fixed Huffman codes (13 bits per 258 bytes, about 1:160). 300 MB
 * takes under 2 MB and a few milliseconds to build, without ever holding 300 MB.
 */
export function deflatedSpaces(size: number): Uint8Array {
  const copies = Math.floor((size - 1) / 258);
  const tail = size - 1 - copies * 258; // 0–257 further literal spaces
  const bits = new BitWriter(Math.ceil((3 + 8 + copies * 13 + tail * 8 + 7) / 8) + 1);
  bits.write(1, 1); // BFINAL
  bits.write(1, 2); // BTYPE = 01, fixed Huffman
  const space = () => bits.writeCode(0x30 + 0x20, 8); // literals 0–143: 8-bit codes from 0x30
  space();
  for (let i = 0; i < copies; i++) {
    bits.writeCode(0xc0 + 5, 8); // length symbol 285 = 258 bytes, no extra bits
    bits.writeCode(0, 5); // distance code 0 = distance 1
  }
  for (let i = 0; i < tail; i++) space();
  bits.writeCode(0, 7); // end of block (symbol 256)
  return bits.bytes();
}

class BitWriter {
  private readonly out: Uint8Array;
  private at = 0;
  private pending = 0;
  private pendingBits = 0;

  constructor(capacity: number) {
    this.out = new Uint8Array(capacity);
  }

  /** Writes a value least significant bit first (header fields, extra bits). */
  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >> i) & 1);
  }

  /** Writes a Huffman code most significant bit first, as deflate requires. */
  writeCode(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((code >> i) & 1);
  }

  bytes(): Uint8Array {
    if (this.pendingBits > 0) this.out[this.at++] = this.pending;
    return this.out.subarray(0, this.at);
  }

  private bit(b: number): void {
    this.pending |= b << this.pendingBits;
    if (++this.pendingBits === 8) {
      this.out[this.at++] = this.pending;
      this.pending = 0;
      this.pendingBits = 0;
    }
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
