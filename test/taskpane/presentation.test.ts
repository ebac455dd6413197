/** The components' pure helpers: grouping flags, the settings form, wording, and the theme choice. */

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { flagGroupOf, groupFlags } from "../../src/taskpane/components/flag-groups";
import { formValuesOf, readSettingsForm } from "../../src/taskpane/components/settings-form";
import { isDarkTheme, luminance, pickTheme } from "../../src/taskpane/components/theme";
import { settingsUsedText } from "../../src/taskpane/components/wording";
import { formatInterval, formatRl, formatSettingValue } from "../../src/wres/format";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkSample } from "./sample";

describe("flag groups", () => {
  const check = checkSample();

  // Template 1.1's sample adds its half-written action plan: ACTION_MISSING (I6, I8) and
  // ACTION_INCOMPLETE (I7) as warnings, ACTION_GAP_CLOSED (I4) as a note, beside issue 8's PCT_AMBIGUOUS on I7's 0.588; no today, so nothing overdue.
  test("group sizes are the sample's: 4 errors, 9 warnings, 19 gaps, 3 notes (its planted problems and findings)", () => {
    const groups = groupFlags(check.flags);
    const size = (id: string) => groups.find((g) => g.id === id)?.count ?? 0;
    expect({
      errors: size("errors"),
      warnings: size("warnings"),
      gaps: size("gaps"),
      info: size("information"),
    }).toEqual({ errors: 4, warnings: 9, gaps: 19, info: 3 });
    expect(groups.map((g) => g.title)).toEqual(["Errors", "Warnings", "Gaps", "Information"]);
  });

  test("a gap code is a gap whatever its severity, as countFlags counts it", () => {
    const flag = {
      code: "GAP_RL",
      severity: "error",
      indicator: "I2",
      name: null,
      cell: null,
      where: null,
      message: "",
    } as const;
    expect(flagGroupOf(flag)).toBe("gaps");
  });

  test("within a group, indicators are in order, workbook-wide flags first", () => {
    const flags = [
      { code: "MISSING_VALUE", severity: "error", indicator: "I9", name: null, cell: null, where: null, message: "a" },
      { code: "MISSING_NAME", severity: "error", indicator: null, name: null, cell: null, where: null, message: "b" },
      { code: "MISSING_VALUE", severity: "error", indicator: "I2", name: null, cell: null, where: null, message: "c" },
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

  test("each field's problem says what to type, in its own units, on that field only", () => {
    // 1.5 is 1.5%: a valid share now that shares are typed in per cent (issue 10, defect 9).
    const values = { ...formValuesOf(DEFAULT_SETTINGS), boardGap: "-1", unknownShare: "150" };
    const reading = readSettingsForm(values);
    expect(reading.settings).toBeNull();
    expect(reading.problems).toEqual({
      boardGap: "Enter a number of points, 0 or more, such as 5.",
      unknownShare: "Enter a percentage above 0 and below 100, such as 10.",
    });
  });

  test("survey, board and band thresholds are typed in points and shares in per cent, as the results show them", () => {
    const values = formValuesOf(DEFAULT_SETTINGS);
    expect(values).toMatchObject({ surveyGap: "3", boardGap: "5", bandGap: "5", unknownShare: "10", confidence: "95" });
    expect(values).toMatchObject({ smallNumber: "10", minPopulation: "20", rlBandLower: "0.8", rlBandUpper: "1.25" });
    const reading = readSettingsForm({ ...values, surveyGap: "4", unknownShare: "12.5" });
    expect(reading.settings).toEqual({ ...DEFAULT_SETTINGS, surveyGap: 0.04, unknownShare: 0.125 });
  });

  test("a blank field is not read as 0", () => {
    const reading = readSettingsForm({ ...formValuesOf(DEFAULT_SETTINGS), smallNumber: "  " });
    expect(reading.problems.smallNumber).toBe("Enter a count of 0 or more, such as 10.");
  });

  test("the band is checked as a pair", () => {
    const reading = readSettingsForm({ ...formValuesOf(DEFAULT_SETTINGS), rlBandLower: "0.9", rlBandUpper: "0.95" });
    expect(reading.problems.rlBand).toBe(
      "Enter a lower bound above 0 and below 1, and an upper bound above 1, such as 0.80 to 1.25.",
    );
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

  test("a setting's value is said one way, in the results' units, for the pane and the report alike", () => {
    const custom = { ...DEFAULT_SETTINGS, rlBand: [0.75, 1.333] as const, surveyGap: 0.045, goalShare: 0.19 };
    expect(formatSettingValue("rlBand", DEFAULT_SETTINGS)).toBe("0.80 to 1.25");
    expect(formatSettingValue("rlBand", custom)).toBe("0.75 to 1.33");
    expect(formatSettingValue("surveyGap", custom)).toBe("4.5 points");
    expect(formatSettingValue("unknownShare", DEFAULT_SETTINGS)).toBe("10.0%");
    expect(formatSettingValue("minPopulation", DEFAULT_SETTINGS)).toBe("20");
    expect(formatSettingValue("goalShare", DEFAULT_SETTINGS)).toBe("the workforce BME %");
    expect(formatSettingValue("goalShare", custom)).toBe("19.0%");
  });

  test("the settings used are named when they differ from the defaults", () => {
    expect(settingsUsedText(DEFAULT_SETTINGS)).toBe("the default thresholds");
    expect(settingsUsedText({ ...DEFAULT_SETTINGS, rlBand: [0.8, 1.3], surveyGap: 0.05 })).toBe(
      "custom thresholds: Relative likelihood band 0.80 to 1.30, Survey gap 5.0 points (others at their defaults)",
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
