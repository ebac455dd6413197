/**
 * The settings form's text fields and their checking: each field is checked by the domain's
 * `resolveSettings` on its own, so its message shows beside it, and the whole form once more.
 */

import { goalShareFromText, resolveSettings, type Settings } from "../../wres/settings";
import { SETTING_KEYS } from "./wording";

export type NumberSetting = Exclude<keyof Settings, "rlBand">;

/** What the user typed, field by field (the band is two fields). */
export type SettingsFormValues = { readonly rlBandLower: string; readonly rlBandUpper: string } & {
  readonly [K in NumberSetting]: string;
};

export const NUMBER_SETTINGS = SETTING_KEYS.filter((k): k is NumberSetting => k !== "rlBand");

export function formValuesOf(settings: Settings): SettingsFormValues {
  const values: Record<string, string> = {
    rlBandLower: String(settings.rlBand[0]),
    rlBandUpper: String(settings.rlBand[1]),
  };
  for (const key of NUMBER_SETTINGS) values[key] = String(settings[key]);
  return values as SettingsFormValues;
}

/** Blank is not 0 (as `Number("")` would have it): it is not a number. */
function parseNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text.trim());
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
    overrides[key] = key === "goalShare" ? goalShareFromText(values[key]) : parseNumber(values[key]);

  const problems: Partial<Record<keyof Settings, string>> = {};
  for (const key of SETTING_KEYS) {
    const one = resolveSettings({ [key]: overrides[key] });
    if (!one.ok) problems[key] = one.problems.join(" ");
  }
  const all = resolveSettings(overrides);
  return { settings: all.ok && Object.keys(problems).length === 0 ? all.settings : null, problems };
}
