/**
 * Presentation only: how the pane words and marks what the domain decided. Nothing here judges
 * a WRES figure; statuses, meanings and flags all come from `src/wres`.
 */

import { formatSettingValue, SETTING_UNITS } from "../../wres/format";
import type { GapStatus, RlStatus } from "../../wres/report";
import { DEFAULT_SETTINGS, type Settings } from "../../wres/settings";

/** How a status is marked: an icon and a colour, always next to its words. */
export type Tone = "good" | "adverse" | "info" | "neutral";

export const RL_TONE: Record<RlStatus, Tone> = {
  within: "good",
  adverse: "adverse",
  reverse: "info",
  "not-computable": "neutral",
};

export const GAP_TONE: Record<GapStatus, Tone> = {
  within: "good",
  adverse: "adverse",
  favourable: "info",
  "not-computable": "neutral",
};

/** Short names for the settings form and the "settings used" line (the descriptions are the domain's). */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  rlBand: "Relative likelihood band",
  smallNumber: "Small number",
  unknownShare: "Unknown ethnicity share",
  minPopulation: "Smallest population judged",
  surveyGap: "Survey gap",
  boardGap: "Board difference",
  bandGap: "Band under-representation",
  headcountTolerance: "Headcount tolerance",
  confidence: "Confidence level",
  goalShare: "Goal share",
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export type NumberSetting = Exclude<keyof Settings, "rlBand">;

/** The unit each threshold is typed and said in: format.ts's, as the results say it. */
export { SETTING_UNITS };

/** What each threshold does, in the results' words and units, for the settings form. */
export const SETTING_HINTS: Record<keyof Settings, string> = {
  rlBand: "A relative likelihood inside this band shows no adverse impact.",
  smallNumber: "An event count below this is flagged as a small number.",
  unknownShare: "A population with a larger share of Unknown ethnicity than this is flagged.",
  minPopulation: "Band rows with fewer staff than this are not judged for Unknown share or under-representation.",
  surveyGap: "An adverse survey gap of this many points or more is a gap.",
  boardGap: "A board BME share this many points or more below the workforce's is a gap.",
  bandGap: "A band whose BME share is more than this many points below the workforce's is under-represented.",
  headcountTolerance: "Indicator 3 and 4 headcounts further than this from the indicator 1 workforce are flagged.",
  confidence: "The confidence level of the intervals.",
  goalShare:
    'The BME share the aspirational goals aim for: "workforce" for the workforce BME %, or a fixed percentage such as 19.',
};

/** "0.80 to 1.25", "3.0 points", "10.0%", "20": a threshold as the results say it (format.ts, shared with the report). */
export const settingValueText = formatSettingValue;

function sameSetting(key: keyof Settings, a: Settings, b: Settings): boolean {
  return key === "rlBand" ? a.rlBand[0] === b.rlBand[0] && a.rlBand[1] === b.rlBand[1] : a[key] === b[key];
}

/** The settings that differ from the defaults, e.g. ["Survey gap 4.0 points"]; empty when all are defaults. */
export function changedSettings(settings: Settings): string[] {
  return SETTING_KEYS.filter((k) => !sameSetting(k, settings, DEFAULT_SETTINGS)).map(
    (k) => `${SETTING_LABELS[k]} ${settingValueText(k, settings)}`,
  );
}

/** "the default thresholds" or "custom thresholds: Survey gap 4.0 points (others at their defaults)". */
export function settingsUsedText(settings: Settings): string {
  const changed = changedSettings(settings);
  return changed.length === 0
    ? "the default thresholds"
    : `custom thresholds: ${changed.join(", ")}${changed.length < SETTING_KEYS.length ? " (others at their defaults)" : ""}`;
}

export function sameSettings(a: Settings, b: Settings): boolean {
  return SETTING_KEYS.every((k) => sameSetting(k, a, b));
}
