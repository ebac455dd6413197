/** Settings from the command line: `--settings FILE.json` and `--set key=value` (repeatable). */

import { promises as fs } from "fs";
import { goalShareFromText, resolveSettings, type Settings } from "../wres/settings";

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problem: string };

function parseValue(key: string, text: string): unknown {
  if (key === "rlBand") return text.split(",").map((x) => Number(x.trim()));
  if (key === "goalShare") return goalShareFromText(text);
  return text.trim() === "" ? NaN : Number(text);
}

export async function settingsFromOptions(file: string | undefined, pairs: readonly string[]): Promise<SettingsResult> {
  let overrides: Record<string, unknown> = {};
  if (file) {
    try {
      overrides = JSON.parse(await fs.readFile(file, "utf8"));
    } catch (e) {
      return { ok: false, problem: `the settings file ${file} could not be read as JSON (${(e as Error).message})` };
    }
    if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
      return { ok: false, problem: `the settings file ${file} must hold one JSON object` };
    }
  }
  for (const pair of pairs) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(pair);
    if (!m) return { ok: false, problem: `--set takes key=value, not "${pair}"` };
    overrides[m[1]] = parseValue(m[1], m[2]);
  }
  const r = resolveSettings(overrides);
  return r.ok ? r : { ok: false, problem: r.problems.join(" ") };
}
