#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png): a bar chart of three white bars on
 * an NHS-blue rounded square. Plain Node: shapes are sampled 8 × 8 per pixel for smooth edges and
 * the PNG is written with zlib. Run again only to change the design; the PNGs are committed.
 */

import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import { URL } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8;

/** The design in unit coordinates (0–1, y down): a rounded square, and bars standing on a common baseline. */
const CORNER = 0.18;
const BARS = [
  { x0: 0.2, x1: 0.34, top: 0.52 },
  { x0: 0.43, x1: 0.57, top: 0.33 },
  { x0: 0.66, x1: 0.8, top: 0.2 },
];
const BASELINE = 0.8;

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

const insideBar = (x, y) => BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= BASELINE);

/** RGBA rows of one size. */
function draw(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideBar(x, y)) bar++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const white = square ? bar / square : 0;
      const rgb = BLUE.map((b, i) => Math.round(b + (WHITE[i] - b) * white));
      row.set([...rgb, Math.round((255 * square) / n)], 1 + px * 4);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(draw(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
  writeFileSync(file, png(size));
  console.log(`assets/icon-${size}.png`);
}
