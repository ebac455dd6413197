/**
 * What the add-in keeps in the workbook itself, as JSON text under two keys of Excel's per-add-in
 * document settings (`workbook.settings`): the thresholds, so a reviewer opening the workbook sees
 * what its author used, and the values Calculate last wrote, so that anything else found in an
 * output cell is asked about before it is replaced.
 */

import type { OutputBlock } from "../../wres/outputs";
import type { WrittenValues } from "../../wres/overwrite";
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from "../../wres/settings";

export const SETTINGS_KEY = "WRES.settings";
export const LAST_WRITTEN_KEY = "WRES.lastWritten";

function parseJson(stored: unknown): unknown {
  if (typeof stored !== "string") return stored;
  try {
    return JSON.parse(stored);
  } catch {
    return undefined;
  }
}

/** The stored thresholds, the defaults when none are stored; throws when what is stored is not valid. */
export function settingsFromStore(stored: unknown): Settings {
  if (stored === undefined || stored === null) return DEFAULT_SETTINGS;
  const value = parseJson(stored);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error("the thresholds stored in this workbook are not readable");
  }
  const resolved = resolveSettings(value as Record<string, unknown>);
  if (!resolved.ok)
    throw new Error(`the thresholds stored in this workbook are not valid: ${resolved.problems.join(" ")}`);
  return resolved.settings;
}

export function settingsForStore(settings: Settings): string {
  return JSON.stringify(settings);
}

const isCellValue = (v: unknown): boolean => v === null || typeof v === "string" || typeof v === "number";

/** What Calculate last wrote; nothing (so every filled output cell is asked about) when absent or unreadable. */
export function writtenValuesFromStore(stored: unknown): WrittenValues {
  const value = parseJson(stored);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const written: Record<string, (number | string | null)[][]> = {};
  for (const [name, rows] of Object.entries(value)) {
    if (Array.isArray(rows) && rows.every((row) => Array.isArray(row) && row.every(isCellValue))) {
      written[name] = rows as (number | string | null)[][];
    }
  }
  return written;
}

export function writtenValuesForStore(blocks: readonly OutputBlock[]): string {
  return JSON.stringify(Object.fromEntries(blocks.map((b) => [b.name, b.values])));
}
