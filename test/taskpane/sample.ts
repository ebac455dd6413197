/** The bundled sample, read and checked by the real reader and domain: the results every pane test shows. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckedWorkbook, PaneOutcome } from "../../src/taskpane/wres-service";
import { readXlsx } from "../../src/workbook/xlsx";
import { calculateWorkbook, validateWorkbook } from "../../src/wres/check";
import type { OverwriteConflict } from "../../src/wres/overwrite";
import { templateNames } from "../../src/wres/contract";
import { DEFAULT_SETTINGS, type Settings } from "../../src/wres/settings";

export const SAMPLE_FILE_NAME = "wres-sample.xlsx";
export const SAMPLE_BYTES = new Uint8Array(readFileSync(join(__dirname, "../../assets", SAMPLE_FILE_NAME)));

const checked = new Map<string, CheckedWorkbook>();

/** The sample, read and checked by the real reader and domain with these settings (once per settings). */
export function checkSample(settings: Settings = DEFAULT_SETTINGS): CheckedWorkbook {
  const key = JSON.stringify(settings);
  const known = checked.get(key);
  if (known) return known;
  const read = readXlsx(SAMPLE_BYTES, templateNames());
  if (!read.ok) throw new Error(`the sample could not be read: ${read.error}`);
  const check = validateWorkbook(read.workbook, {
    settings,
    checkedAt: "2025-07-01T09:30:00Z",
    checkedBy: "wres test",
  });
  if (check.kind !== "checked") throw new Error(check.message);
  checked.set(key, check);
  return check;
}

/** The output cells of the sample that Calculate would ask about before replacing them. */
export function sampleConflicts(): readonly OverwriteConflict[] {
  const read = readXlsx(SAMPLE_BYTES, templateNames());
  if (!read.ok) throw new Error(`the sample could not be read: ${read.error}`);
  const calculated = calculateWorkbook(read.workbook);
  if (calculated.kind !== "checked") throw new Error(calculated.message);
  return calculated.conflicts;
}

/** A checked outcome as the service gives it. */
export function checkedOutcome(
  settings: Settings = DEFAULT_SETTINGS,
  written = false,
  fileName: string | null = null,
): PaneOutcome {
  return { kind: "checked", check: checkSample(settings), written, fileName };
}
