/** Who checked and when, for the summary line the add-in writes ("Checked 2026-11-22 14:03 by WRES add-in 0.1.0: …"). */

import packageJson from "../../../package.json";
import type { CalculateOptions } from "../../wres/check";
import type { WrittenValues } from "../../wres/overwrite";
import type { Settings } from "../../wres/settings";

export const CHECKED_BY = `WRES add-in ${packageJson.version}`;

const two = (n: number): string => String(n).padStart(2, "0");

/** The local date as ISO 8601 ("2026-11-22"): the day the person checking sees on their clock. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The local date and time as ISO 8601 without a zone ("2026-11-22T14:03"): what the person checking sees on their clock. */
export function localTimestamp(date: Date): string {
  return `${localDate(date)}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * The options of one check by the pane, stamped with this add-in and the time (`now`), and given
 * that time's day as today, against which actions past their Due date are flagged (ACTION_OVERDUE):
 * the domain reads no clock.
 */
export function paneCheckOptions(settings: Settings, now: Date, lastWritten: WrittenValues = {}): CalculateOptions {
  return { settings, checkedAt: localTimestamp(now), checkedBy: CHECKED_BY, lastWritten, today: localDate(now) };
}
