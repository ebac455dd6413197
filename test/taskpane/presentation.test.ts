/** The components' pure helpers: grouping flags, the settings form, wording, and the theme choice. */

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { flagGroupOf, groupFlags } from "../../src/taskpane/components/flag-groups";
import { formValuesOf, readSettingsForm } from "../../src/taskpane/components/settings-form";
import { isDarkTheme, luminance, pickTheme } from "../../src/taskpane/components/theme";
import { settingsUsedText, withoutCellPrefix } from "../../src/taskpane/components/wording";
import { formatInterval, formatRl } from "../../src/wres/display";
import { countFlags } from "../../src/wres/flags";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkSample } from "./sample";

describe("flag groups", () => {
  const check = checkSample();

  test("group sizes equal the domain's counts for the sample", () => {
    const groups = groupFlags(check.flags);
    const size = (id: string) => groups.find((g) => g.id === id)?.count ?? 0;
    expect({
      errors: size("errors"),
      warnings: size("warnings"),
      gaps: size("gaps"),
      info: size("information"),
    }).toEqual(countFlags(check.flags));
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
    expect(rows.length).toBe(check.flags.filter((f) => f.code === "UNDER_REPRESENTED_BAND").length);
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
    expect(formatInterval([1.37, 1.86], formatRl)).toBe("95% CI 1.37 to 1.86");
    expect(formatInterval([1.4, 1.8], formatRl, 0.9)).toBe("90% CI 1.40 to 1.80");
  });

  test("a message's leading cell is dropped only when it is exactly the flag's cell, and the rest starts with a capital", () => {
    expect(withoutCellPrefix("'Indicator 1'!H12: Band 4 is …", "'Indicator 1'!H12")).toBe("Band 4 is …");
    expect(withoutCellPrefix("'Indicators 2-4'!C27: only 9 BME staff …", "'Indicators 2-4'!C27")).toBe(
      "Only 9 BME staff …",
    );
    expect(withoutCellPrefix("'Indicator 1'!H12 (WRES_X) holds 1", "'Indicator 1'!H12")).toBe(
      "'Indicator 1'!H12 (WRES_X) holds 1",
    );
    expect(withoutCellPrefix("No cell here.", null)).toBe("No cell here.");
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
