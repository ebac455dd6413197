import { DEFAULT_SETTINGS } from "../../../src/wres";
import {
  settingsForStore,
  settingsFromStore,
  writtenValuesForStore,
  writtenValuesFromStore,
} from "../../../src/taskpane/services/document-store";

describe("document store", () => {
  it("round-trips the thresholds, and gives the defaults when none are stored", () => {
    const settings = { ...DEFAULT_SETTINGS, surveyGap: 0.05 };
    expect(settingsFromStore(settingsForStore(settings))).toEqual(settings);
    expect(settingsFromStore(undefined)).toBe(DEFAULT_SETTINGS);
  });

  it("refuses stored thresholds that are not valid, saying why", () => {
    expect(() => settingsFromStore("{not json")).toThrow("not readable");
    expect(() => settingsFromStore('{"confidence": 2}')).toThrow("confidence must lie between 0 and 1.");
  });

  it("round-trips what Calculate wrote, and reads anything unreadable as nothing written", () => {
    const blocks = [{ name: "WRES_I2_RL", values: [[1.6]], numberFormat: "0.00" }];
    expect(writtenValuesFromStore(writtenValuesForStore(blocks))).toEqual({ WRES_I2_RL: [[1.6]] });
    expect(writtenValuesFromStore(undefined)).toEqual({});
    expect(writtenValuesFromStore("[1,2]")).toEqual({});
    expect(writtenValuesFromStore('{"A":[[{}]],"B":[["x",null,2]]}')).toEqual({ B: [["x", null, 2]] });
  });
});
