/**
 * Re-packs a zip so the same parts always give the same bytes: ExcelJS (through JSZip) stamps
 * every entry with the current time, which would make each regeneration a new file.
 */

import { unzipSync, zipSync, type Zippable } from "fflate";

/**
 * A fixed entry time. Built from local components because zip (DOS) times are local: fflate
 * reads them back with the local-time getters, so this stays 2025-01-01 00:00 in every time zone.
 */
const ENTRY_TIME = new Date(2025, 0, 1, 0, 0, 0);

export function stableZip(zip: Uint8Array): Uint8Array {
  const parts = unzipSync(zip);
  const files: Zippable = {};
  for (const [path, data] of Object.entries(parts)) files[path] = [data, { mtime: ENTRY_TIME }];
  return zipSync(files, { level: 6 });
}
