/** Size limits that keep a hostile or broken file from exhausting memory or time. */

export interface XlsxLimits {
  /** Largest file accepted at all. */
  readonly maxFileBytes: number;
  /** Largest size one needed part (workbook, styles, shared strings, a sheet) may inflate to. */
  readonly maxEntryBytes: number;
  /** Largest size all needed parts together may inflate to. */
  readonly maxTotalBytes: number;
  /** Largest inflated ÷ compressed size of a part, checked once the part passes RATIO_CHECK_FROM_BYTES. */
  readonly maxRatio: number;
}

const MB = 1024 * 1024;

/**
 * A filled WRES return is a few hundred KB; these leave wide room for trusts that keep big
 * extra sheets in the same file, while refusing anything that would need gigabytes of memory.
 * - 50 MB file: far above any real return, still quick to read in full.
 * - 100 MB per part: a sheet of roughly a million populated cells.
 * - 200 MB in total: the few parts we inflate (workbook, styles, shared strings, the sheets
 *   the names point at) together.
 * - ratio 200: spreadsheet XML compresses about 5–30 times, rarely beyond 100; deflate can
 *   reach about 1000, which only crafted data does.
 */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 50 * MB,
  maxEntryBytes: 100 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
};

/** Below this output size a high ratio is harmless (a tiny empty sheet compresses very well). */
export const RATIO_CHECK_FROM_BYTES = 10 * MB;

/** `52428800` → `"50"`, `1572864` → `"1.5"`: sizes in messages, in MB of 1024 × 1024 bytes. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? String(mb) : mb < 0.1 ? mb.toPrecision(1) : String(Math.round(mb * 10) / 10);
}
