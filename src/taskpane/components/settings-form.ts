/**
 * The settings form's text fields and their checking. Thresholds are typed in the units the
 * results use (points, per cent); the settings hold fractions. Each field is checked by the
 * domain's `resolveSettings` on its own, so its message shows beside it, in words, and the whole
 * form once more.
 */

import { goalShareFromText, resolveSettings, type Settings } from "../../wres/settings";
import { SETTING_KEYS, SETTING_UNITS, type NumberSetting } from "./wording";

export type { NumberSetting };

/** What the user typed, field by field (the band is two fields). */
export type SettingsFormValues = { readonly rlBandLower: string; readonly rlBandUpper: string } & {
  readonly [K in NumberSetting]: string;
};

export const NUMBER_SETTINGS = SETTING_KEYS.filter((k): k is NumberSetting => k !== "rlBand");

/** Points and per cent are hundredths of the fraction the settings hold. */
const scaleOf = (key: NumberSetting): number => (SETTING_UNITS[key] === "count" ? 1 : 100);

/** 0.03 × 100 is 3.0000000000000004: twelve significant digits say what was meant. */
const shown = (n: number): string => String(Number(n.toPrecision(12)));

export function formValuesOf(settings: Settings): SettingsFormValues {
  const values: Record<string, string> = {
    rlBandLower: shown(settings.rlBand[0]),
    rlBandUpper: shown(settings.rlBand[1]),
  };
  for (const key of NUMBER_SETTINGS) {
    const value = settings[key];
    values[key] = value === "workforce" ? value : shown(value * scaleOf(key));
  }
  return values as SettingsFormValues;
}

/** Blank is not 0 (as `Number("")` would have it): it is not a number. */
function parseNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text.trim());
}

/** What to type instead, in the field's own units (the domain's sentences name its internal keys). */
const PROBLEM_WORDS: Record<keyof Settings, string> = {
  rlBand: "Enter a lower bound above 0 and below 1, and an upper bound above 1, such as 0.80 to 1.25.",
  smallNumber: "Enter a count of 0 or more, such as 10.",
  unknownShare: "Enter a percentage above 0 and below 100, such as 10.",
  minPopulation: "Enter a count of 0 or more, such as 20.",
  surveyGap: "Enter a number of points, 0 or more, such as 3.",
  boardGap: "Enter a number of points, 0 or more, such as 5.",
  bandGap: "Enter a number of points, 0 or more, such as 5.",
  headcountTolerance: "Enter a percentage of 0 or more, such as 5.",
  confidence: "Enter a percentage above 0 and below 100, such as 95.",
  goalShare: 'Enter "workforce", or a percentage above 0 and at most 100, such as 19.',
};

/** "workforce", or a percentage typed as the results show it (19 for 19.0%) made a fraction. */
function goalSharePercent(text: string): unknown {
  const share = goalShareFromText(text);
  return typeof share === "number" ? share / 100 : share;
}

export interface SettingsFormReading {
  /** The settings to save, or null while any field has a problem. */
  readonly settings: Settings | null;
  readonly problems: Partial<Record<keyof Settings, string>>;
}

export function readSettingsForm(values: SettingsFormValues): SettingsFormReading {
  const overrides: Record<keyof Settings, unknown> = {
    rlBand: [parseNumber(values.rlBandLower), parseNumber(values.rlBandUpper)],
  } as Record<keyof Settings, unknown>;
  for (const key of NUMBER_SETTINGS)
    overrides[key] = key === "goalShare" ? goalSharePercent(values[key]) : parseNumber(values[key]) / scaleOf(key);

  const problems: Partial<Record<keyof Settings, string>> = {};
  for (const key of SETTING_KEYS) {
    const one = resolveSettings({ [key]: overrides[key] });
    if (!one.ok) problems[key] = PROBLEM_WORDS[key];
  }
  const all = resolveSettings(overrides);
  return { settings: all.ok && Object.keys(problems).length === 0 ? all.settings : null, problems };
}
