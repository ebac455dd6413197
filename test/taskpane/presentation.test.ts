/** The components' pure helpers: grouping flags, the settings form, wording, and the theme choice. */

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { flagGroupOf, groupFlags } from "../../src/taskpane/components/flag-groups";
import { formValuesOf, readSettingsForm } from "../../src/taskpane/components/settings-form";
import { isDarkTheme, luminance, pickTheme } from "../../src/taskpane/components/theme";
import { settingsUsedText } from "../../src/taskpane/components/wording";
import { formatInterval, formatRl } from "../../src/wres/format";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkSample } from "./sample";

describe("flag groups", () => {
  const check = checkSample();

  test("group sizes are the sample's: 4 errors, 6 warnings, 19 gaps, 2 notes (its planted problems and findings)", () => {
    const groups = groupFlags(check.flags);
    const size = (id: string) => groups.find((g) => g.id === id)?.count ?? 0;
    expect({
      errors: size("errors"),
      warnings: size("warnings"),
      gaps: size("gaps"),
      info: size("information"),
    }).toEqual({ errors: 4, warnings: 6, gaps: 19, info: 2 });
    expect(groups.map((g) => g.title)).toEqual(["Errors", "Warnings", "Gaps", "Information"]);
  });

  test("a gap code is a gap whatever its severity, as countFlags counts it", () => {
    const flag = { code: "GAP_RL", severity: "error", indicator: "I2", name: null, cell: null, message: "" } as const;
    expect(flagGroupOf(flag)).toBe("gaps");
  });

  test("within a group, indicators are in order, workbook-wide flags first", () => {
    const flags = [
      { code: "MISSING_VALUE", severity: "error", indicator: "I9", name: null, cell: null, message: "a" },
      { code: "MISSING_NAME", severity: "error", indicator: null, name: null, cell: null, message: "b" },
      { code: "MISSING_VALUE", severity: "error", indicator: "I2", name: null, cell: null, message: "c" },
    ] as const;
    expect(groupFlags(flags)[0].byIndicator.map((g) => g.indicator)).toEqual([null, "I2", "I9"]);
  });

  test("the rows judged under-represented are the domain's UNDER_REPRESENTED_BAND rows", () => {
    const rows = check.indicators.I1.rows.filter((r) => r.underRepresented);
    // The sample's 11: non-clinical Bands 4 to 8c and Other, clinical Bands 8a to 8c.
    expect(rows.length).toBe(11);
    const has = (block: string, label: string) => rows.some((r) => r.block === block && r.label === label);
    expect(has("NonClinical", "Band 8a")).toBe(true);
    expect(has("Clinical", "Band 8a")).toBe(true);
    expect(has("NonClinical", "Band 1")).toBe(false);
  });
});

describe("settings form", () => {
  test("the defaults read back as the defaults", () => {
    expect(readSettingsForm(formValuesOf(DEFAULT_SETTINGS))).toEqual({ settings: DEFAULT_SETTINGS, problems: {} });
  });

  test("each field's problem is the domain's sentence, on that field only", () => {
    const values = { ...formValuesOf(DEFAULT_SETTINGS), boardGap: "-1", unknownShare: "1.5" };
    const reading = readSettingsForm(values);
    expect(reading.settings).toBeNull();
    expect(reading.problems).toEqual({
      boardGap: "boardGap must be a number of 0 or more.",
      unknownShare: "unknownShare must lie between 0 and 1.",
    });
  });

  test("a blank field is not read as 0", () => {
    const reading = readSettingsForm({ ...formValuesOf(DEFAULT_SETTINGS), smallNumber: "  " });
    expect(reading.problems.smallNumber).toBe("smallNumber must be a number of 0 or more.");
  });

  test("the band is checked as a pair", () => {
    const reading = readSettingsForm({ ...formValuesOf(DEFAULT_SETTINGS), rlBandLower: "0.9", rlBandUpper: "0.95" });
    expect(reading.problems.rlBand).toMatch(/^rlBand must be two positive numbers/);
    const ok = readSettingsForm({ ...formValuesOf(DEFAULT_SETTINGS), rlBandLower: " 0.75 ", rlBandUpper: "1.33" });
    expect(ok.settings?.rlBand).toEqual([0.75, 1.33]);
  });
});

describe("wording", () => {
  test("the interval says the confidence level it was computed at", () => {
    expect(formatInterval([1.37, 1.86], formatRl, 0.95)).toBe("95% CI 1.37 to 1.86");
    expect(formatInterval([1.4, 1.8], formatRl, 0.9)).toBe("90% CI 1.40 to 1.80");
  });

  test("flag messages read without their cell, starting with a capital or a figure", () => {
    for (const f of checkSample().flags) {
      if (f.cell) expect(f.message).not.toContain(f.cell);
      expect(f.message).toMatch(/^[A-Z0-9]/);
    }
  });

  test("the settings used are named when they differ from the defaults", () => {
    expect(settingsUsedText(DEFAULT_SETTINGS)).toBe("the default thresholds");
    expect(settingsUsedText({ ...DEFAULT_SETTINGS, rlBand: [0.8, 1.3], surveyGap: 0.05 })).toBe(
      "custom thresholds: Relative likelihood band 0.80–1.30, Survey gap 0.05 (others at their defaults)",
    );
  });
});

describe("theme", () => {
  test("Office's own flag wins, then its body background, then the system", () => {
    expect(isDarkTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, false)).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" }, false)).toBe(true); // Black
    expect(isDarkTheme({ bodyBackgroundColor: "#444444" }, false)).toBe(true); // Dark Gray
    expect(isDarkTheme({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe(false); // White, whatever the system
    expect(isDarkTheme({ bodyBackgroundColor: "not a colour" }, true)).toBe(true);
    expect(isDarkTheme(null, true)).toBe(true);
    expect(isDarkTheme(undefined, false)).toBe(false);
  });

  test("picks Fluent's web themes", () => {
    expect(pickTheme(null, true)).toBe(webDarkTheme);
    expect(pickTheme({ bodyBackgroundColor: "#fff" }, true)).toBe(webLightTheme);
  });

  test("luminance of hex colours", () => {
    expect(luminance("#000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("rgb(0,0,0)")).toBeNull();
  });
});
