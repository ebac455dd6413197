/**
 * Presentation only: how the pane words and marks what the domain decided. Nothing here judges
 * a WRES figure; statuses, meanings and flags all come from `src/wres`.
 */

import { formatRl } from "../../wres/format";
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

export function settingValueText(key: keyof Settings, settings: Settings): string {
  if (key === "rlBand") return `${formatRl(settings.rlBand[0])}–${formatRl(settings.rlBand[1])}`;
  return String(settings[key]);
}

function sameSetting(key: keyof Settings, a: Settings, b: Settings): boolean {
  return key === "rlBand" ? a.rlBand[0] === b.rlBand[0] && a.rlBand[1] === b.rlBand[1] : a[key] === b[key];
}

/** The settings that differ from the defaults, e.g. ["Survey gap 0.04"]; empty when all are defaults. */
export function changedSettings(settings: Settings): string[] {
  return SETTING_KEYS.filter((k) => !sameSetting(k, settings, DEFAULT_SETTINGS)).map(
    (k) => `${SETTING_LABELS[k]} ${settingValueText(k, settings)}`,
  );
}

/** "the default thresholds" or "custom thresholds: Survey gap 0.04 (others at their defaults)". */
export function settingsUsedText(settings: Settings): string {
  const changed = changedSettings(settings);
  return changed.length === 0
    ? "the default thresholds"
    : `custom thresholds: ${changed.join(", ")}${changed.length < SETTING_KEYS.length ? " (others at their defaults)" : ""}`;
}

export function sameSettings(a: Settings, b: Settings): boolean {
  return SETTING_KEYS.every((k) => sameSetting(k, a, b));
}
