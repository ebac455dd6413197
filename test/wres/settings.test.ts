/** The configurable thresholds (wres.md "Judging a value (defaults, all configurable)"). */

import { DEFAULT_SETTINGS, SETTING_DESCRIPTIONS, resolveSettings, zFor } from "../../src/wres/settings";
import { validYear } from "../helpers/raw-workbook";
import { check } from "./support";

describe("the defaults are the standard's", () => {
  test("0.80–1.25, 10, 10 %, 20 staff, 3 points, 5 points, 5 points, 5 %, 95 %", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      rlBand: [0.8, 1.25],
      smallNumber: 10,
      unknownShare: 0.1,
      minPopulation: 20,
      surveyGap: 0.03,
      boardGap: 0.05,
      bandGap: 0.05,
      headcountTolerance: 0.05,
      confidence: 0.95,
      // Template 1.1's aspirational goals: the workforce BME % is the target.
      goalShare: "workforce",
    });
  });

  test("every setting is described", () => {
    expect(Object.keys(SETTING_DESCRIPTIONS).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  test("a check says which settings it used", () => {
    expect(check(validYear()).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe("resolveSettings: valid overrides", () => {
  test("nothing given: the defaults", () => {
    expect(resolveSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test("given values replace the defaults, the rest stay; undefined is ignored", () => {
    const r = resolveSettings({ rlBand: [0.9, 1.1], smallNumber: 5, surveyGap: undefined });
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, rlBand: [0.9, 1.1], smallNumber: 5 } });
  });

  test("0 is allowed where a threshold may be switched off", () => {
    const r = resolveSettings({ minPopulation: 0, surveyGap: 0 });
    expect(r.ok).toBe(true);
  });

  test("the defaults object is not changed by resolving", () => {
    resolveSettings({ rlBand: [0.5, 2], smallNumber: 3 });
    expect(DEFAULT_SETTINGS.rlBand).toEqual([0.8, 1.25]);
    expect(DEFAULT_SETTINGS.smallNumber).toBe(10);
  });
});

describe("resolveSettings: invalid overrides are refused with one sentence each", () => {
  test.each([
    [{ rlBand: [1.25, 0.8] }, "rlBand must be two positive numbers, the lower below 1 and the upper above 1."],
    [{ rlBand: [0.8] }, "rlBand must be two positive numbers, the lower below 1 and the upper above 1."],
    [{ rlBand: [0, 1.25] }, "rlBand must be two positive numbers, the lower below 1 and the upper above 1."],
    [{ rlBand: [0.8, 1] }, "rlBand must be two positive numbers, the lower below 1 and the upper above 1."],
    [{ rlBand: "0.8-1.25" }, "rlBand must be two positive numbers, the lower below 1 and the upper above 1."],
    [{ smallNumber: -1 }, "smallNumber must be a number of 0 or more."],
    [{ smallNumber: "10" }, "smallNumber must be a number of 0 or more."],
    [{ surveyGap: Number.NaN }, "surveyGap must be a number of 0 or more."],
    [{ boardGap: Number.POSITIVE_INFINITY }, "boardGap must be a number of 0 or more."],
    [{ confidence: 95 }, "confidence must lie between 0 and 1."],
    [{ confidence: 1 }, "confidence must lie between 0 and 1."],
    [{ unknownShare: 0 }, "unknownShare must lie between 0 and 1."],
    [{ colour: "red" }, '"colour" is not a setting.'],
  ])("%p → %p", (overrides, problem) => {
    expect(resolveSettings(overrides as never)).toEqual({ ok: false, problems: [problem] });
  });

  test("names inherited by every object (toString, constructor) are not settings", () => {
    expect(resolveSettings({ toString: 5 } as never)).toEqual({
      ok: false,
      problems: ['"toString" is not a setting.'],
    });
    expect(resolveSettings(JSON.parse('{"constructor": 1}'))).toEqual({
      ok: false,
      problems: ['"constructor" is not a setting.'],
    });
  });

  test("every problem is reported at once", () => {
    const r = resolveSettings({ smallNumber: -1, confidence: 2 });
    expect(r).toEqual({
      ok: false,
      problems: ["smallNumber must be a number of 0 or more.", "confidence must lie between 0 and 1."],
    });
  });
});

describe("zFor: the two-sided normal quantile", () => {
  test("95 % is exactly 1.96, as the standard states", () => {
    expect(zFor(0.95)).toBe(1.96);
  });
  test.each([
    [0.9, 1.644854],
    [0.99, 2.575829],
    [0.8, 1.281552],
    [0.999, 3.290527],
  ])("%p → %p", (confidence, z) => {
    expect(zFor(confidence)).toBeCloseTo(z, 5);
  });
});

describe("settings change results", () => {
  test("confidence 0.99 widens the RL2 interval 1.15–2.42 to 1.0235–2.7140", () => {
    const r = check(validYear(), {}, { settings: { ...DEFAULT_SETTINGS, confidence: 0.99 } });
    expect(r.indicators.I2.ci![0]).toBeCloseTo(1.023501, 4);
    expect(r.indicators.I2.ci![1]).toBeCloseTo(2.713996, 4);
  });

  test("a survey gap of 6 points: I5 (+5) and I8 (+4) become within, I7 (−10) stays adverse", () => {
    const r = check(validYear(), {}, { settings: { ...DEFAULT_SETTINGS, surveyGap: 0.06 } });
    expect([r.indicators.I5.status, r.indicators.I7.status, r.indicators.I8.status]).toEqual([
      "within",
      "adverse",
      "within",
    ]);
  });

  test("a board gap of 4 points makes the valid year's −4.3-point board adverse", () => {
    const r = check(validYear(), {}, { settings: { ...DEFAULT_SETTINGS, boardGap: 0.04 } });
    expect(r.indicators.I9.status).toBe("adverse");
  });

  test("a band gap of 7 points clears the Band 3 under-representation (−6 points)", () => {
    const r = check(validYear(), {}, { settings: { ...DEFAULT_SETTINGS, bandGap: 0.07 } });
    expect(r.flags.filter((f) => f.code === "UNDER_REPRESENTED_BAND")).toEqual([]);
  });
});
