/**
 * Template 1.1 through the use cases: Validate's `beyond` (series, action plan, goals), each
 * absent for a 1.0 workbook; Calculate writing the goals and, while the action plan is wholly
 * empty, its draft; the goals reviewed like any output.
 */

import { rawWorkbook, validYear, type TestValue } from "../helpers/raw-workbook";
import { calculate, check, flagsWith } from "./support";

type Values = Record<string, TestValue[][]>;

const BEYOND = ["WRES_History", "WRES_ActionPlan", "WRES_Goals", "WRES_Goals_Year"];
/** A 1.0 workbook: version 1.0, without any of 1.1's names. */
const v10 = () => ({
  values: { ...validYear(), WRES_TemplateVersion: [["1.0"]] } as Values,
  raw: { definitions: Object.fromEntries(BEYOND.map((n) => [n, null])) },
});
const v11 = (extra: Values = {}): Values => ({ ...validYear(), WRES_TemplateVersion: [["1.1"]], ...extra });

describe("a 1.0 workbook", () => {
  test("has no series, action plan or goals, and no flag about them", () => {
    const { values, raw } = v10();
    const r = check(values, raw, { today: "2026-11-27" });
    expect(r.beyond).toEqual({});
    expect(r.flags.filter((f) => f.code.startsWith("ACTION_") || f.code === "MISSING_NAME")).toEqual([]);
    const c = calculate(values, raw);
    expect(c.outputs.map((o) => o.name)).not.toContain("WRES_Goals");
    expect(c.actionPlanDraft).toBeNull();
  });
});

describe("a 1.1 workbook", () => {
  const history: TestValue[][] = [[2022, 0.2, 1.9, 1.5, 1.1, 0.06, 0.02, -0.08, 0.05, -0.02]];

  test("Validate gives the series with a sentence each, the action plan and the goals", () => {
    const r = check(v11({ WRES_History: history }));
    expect(r.beyond.series?.I2.map((p) => p.year)).toEqual([2022, 2024, 2025]);
    expect(r.beyond.seriesSentences?.I2).toBe("RL2 is at or above 1.25 in 2025; 2024 has no figure to compare with.");
    expect(r.beyond.actionPlan?.uncovered).toEqual(["I2", "I3", "I5", "I7", "I8"]);
    expect(r.beyond.goals).toMatchObject({ year: 2028, share: 0.21, shortfallTotal: 0 });
    expect(flagsWith(r, "ACTION_MISSING").map((f) => f.indicator)).toEqual(["I2", "I3", "I5", "I7", "I8"]);
  });

  test("Calculate drafts the wholly empty action plan: Indicator and Finding, one row per finding, nothing else", () => {
    const c = calculate(v11());
    expect(c.actionPlanDraft?.ok).toBe(true);
    const block = c.outputs.find((o) => o.name === "WRES_ActionPlan")!;
    expect(block.values).toHaveLength(30);
    expect(block.values.slice(0, 5).map((row) => row[0])).toEqual(["I2", "I3", "I5", "I7", "I8"]);
    expect(block.values[0][1]).toBe(
      "RL2 1.67, at or above 1.25: White applicants were 1.67 times as likely to be appointed from shortlisting as BME applicants.",
    );
    // Action, Lead, Due, Status and Measure stay empty; rows 6–30 stay empty.
    expect(block.values.slice(0, 5).every((row) => row.slice(2).every((v) => v === null))).toBe(true);
    expect(block.values.slice(5).every((row) => row.every((v) => v === null))).toBe(true);
    expect(block.columnFormats?.[4]).toBe("d mmm yyyy");
  });

  test("once a person has typed in the plan, Calculate writes nothing into it", () => {
    const c = calculate(v11({ WRES_ActionPlan: [[null, null, "Reverse mentoring", null, null, null, null]] }));
    expect(c.actionPlanDraft).toBeNull();
    expect(c.outputs.map((o) => o.name)).not.toContain("WRES_ActionPlan");
  });

  test("Calculate writes the goals; Validate reviews a goal figure like any output", () => {
    const c = calculate(v11());
    const goals = c.outputs.find((o) => o.name === "WRES_Goals")!;
    // validYear() has nobody in the senior bands: 0 staff, "no staff", target 21 %, 0 at target, 0 short.
    expect(goals.values[0]).toEqual([0, 0, "no staff", 0.21, 0, 0]);
    expect(goals.columnFormats).toEqual(["#,##0", "#,##0", "0.0%", "0.0%", "#,##0", "#,##0"]);
    const reported = check(
      v11({
        WRES_Goals: [
          [0, 0, null, 0.21, 0, 0],
          [0, 0, null, 0.19, 0, 0],
        ],
      }),
    );
    const mismatch = flagsWith(reported, "REPORTED_MISMATCH");
    expect(mismatch.map((f) => f.name)).toEqual(["WRES_Goals"]);
    expect(mismatch[0].message).toBe(
      "Aspirational goals: Band 8b, Target BME % holds 19.00%, but the data give 21.00%: the reported value does not match the data.",
    );
  });

  test("a fixed goalShare is used as the target", () => {
    const r = calculate(v11(), {}, { settings: { ...check(v11()).settings, goalShare: 0.3 } });
    expect(r.beyond.goals).toMatchObject({ share: 0.3, shareFrom: "fixed" });
  });

  test("the raw workbook carries every 1.1 name", () => {
    expect([...rawWorkbook(v11()).names.keys()]).toEqual(expect.arrayContaining(BEYOND));
  });
});
