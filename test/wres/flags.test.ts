/**
 * Flags as data: counting, ordering, and a guard that every code of FLAG_CODES can be raised
 * by some workbook (a new code needs a scenario here and a focused test elsewhere).
 */

import { FLAG_CODES, GAP_CODES, countFlags, sortFlags, type Flag, type FlagCode } from "../../src/wres/flags";
import type { RawOptions } from "../helpers/raw-workbook";
import { TOP_ROW, cell, validYear } from "../helpers/raw-workbook";
import type { CheckOptions } from "../../src/wres/check";
import { check, type Values } from "./support";

const flag = (code: FlagCode, severity: Flag["severity"], indicator: Flag["indicator"] = null): Flag => ({
  code,
  severity,
  indicator,
  name: null,
  cell: null,
  where: null,
  message: `${code}.`,
});

describe("countFlags", () => {
  test("gaps are counted as gaps, not as warnings; the rest by severity", () => {
    const flags = [
      flag("MISSING_VALUE", "error"),
      flag("NEGATIVE", "error"),
      flag("SMALL_NUMBERS", "warning"),
      flag("GAP_RL", "warning"),
      flag("GAP_SURVEY", "warning"),
      flag("GAP_BOARD", "warning"),
      flag("UNDER_REPRESENTED_BAND", "warning"),
      flag("REVERSE_GAP_RL", "info"),
      flag("WORSENED", "info"),
    ];
    expect(countFlags(flags)).toEqual({ errors: 2, warnings: 1, info: 2, gaps: 4 });
  });

  test("the gap codes are the four adverse findings", () => {
    expect([...GAP_CODES].sort()).toEqual(["GAP_BOARD", "GAP_RL", "GAP_SURVEY", "UNDER_REPRESENTED_BAND"]);
  });
});

describe("sortFlags", () => {
  test("errors, then warnings, then information; by indicator within each; otherwise as found", () => {
    const flags = [
      flag("WORSENED", "info", "I5"),
      flag("GAP_RL", "warning", "I3"),
      flag("MISSING_VALUE", "error", "I9"),
      flag("SMALL_NUMBERS", "warning", "I2"),
      flag("INVALID_VALUE", "error", null),
      flag("HIGH_UNKNOWN", "warning", "I2"),
    ];
    expect(sortFlags(flags).map((f) => `${f.severity}:${f.indicator}:${f.code}`)).toEqual([
      "error:null:INVALID_VALUE",
      "error:I9:MISSING_VALUE",
      "warning:I2:SMALL_NUMBERS",
      "warning:I2:HIGH_UNKNOWN",
      "warning:I3:GAP_RL",
      "info:I5:WORSENED",
    ]);
  });

  test("does not change the array it is given", () => {
    const flags = [flag("WORSENED", "info"), flag("MISSING_VALUE", "error")];
    sortFlags(flags);
    expect(flags.map((f) => f.code)).toEqual(["WORSENED", "MISSING_VALUE"]);
  });
});

/** One workbook per code that raises it (each worked in its focused test file). */
const SCENARIOS: Record<FlagCode, () => { values: Values; raw?: RawOptions; options?: CheckOptions }> = {
  UNKNOWN_TEMPLATE_VERSION: () => ({ values: { ...validYear(), WRES_TemplateVersion: [["2.0"]] } }),
  MISSING_NAME: () => ({ values: validYear(), raw: { definitions: { WRES_I2_Appointed: null } } }),
  BROKEN_NAME: () => ({
    values: validYear(),
    raw: { definitions: { WRES_I2_Appointed: { kind: "broken", refersTo: "#REF!", reason: "refers to #REF!" } } },
  }),
  WRONG_SHAPE: () => {
    const top = TOP_ROW.get("WRES_I2_Appointed")!;
    return {
      values: validYear(),
      raw: {
        definitions: {
          WRES_I2_Appointed: {
            kind: "range",
            refersTo: "T!$B$1:$C$1",
            sheet: "T",
            top,
            left: 1,
            rows: 1,
            columns: 2,
            cells: [[cell(1), cell(2)]],
          },
        },
      },
    };
  },
  SHEET_SCOPED_NAME: () => ({
    values: validYear(),
    raw: { sheetScoped: { WRES_I2_Appointed: [{ sheet: "X", refersTo: "X!$A$1:$C$1" }] } },
  }),
  MISALIGNED_NAME: () => {
    const top = TOP_ROW.get("WRES_I2_Appointed")!;
    return {
      values: validYear(),
      raw: {
        definitions: {
          WRES_I2_Appointed: {
            kind: "range",
            refersTo: `T!$B$${top + 1}:$D$${top + 1}`,
            sheet: "T",
            top,
            left: 1,
            rows: 1,
            columns: 3,
            cells: [[cell(100), cell(30), cell(2)]],
            surroundings: { left: [["Shortlisted"]], above: [null, null, null] },
          },
        },
      },
    };
  },
  MISSING_VALUE: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, null, 2]] } }),
  NOT_A_NUMBER: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, "30", 2]] } }),
  ERROR_VALUE: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, { error: "#N/A" }, 2]] } }),
  NEGATIVE: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, -30, 2]] } }),
  NOT_WHOLE: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, 30.5, 2]] } }),
  INVALID_VALUE: () => ({ values: { ...validYear(), WRES_ReportingYear: [[25]] } }),
  PCT_OUT_OF_RANGE: () => ({ values: { ...validYear(), WRES_I5_Pct: [[0.25, 130]] } }),
  PCT_AS_WHOLE_NUMBER: () => ({ values: { ...validYear(), WRES_I5_Pct: [[0.25, 45]] } }),
  PCT_AMBIGUOUS: () => ({ values: { ...validYear(), WRES_I8_Pct: [[1, 3.5]] } }),
  FORMULA_WITHOUT_RESULT: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, { formula: null }, 2]] } }),
  PREVIOUS_YEAR_ZEROS: () => ({
    values: { ...validYear(), WRES_I2_Shortlisted_PY: [[0, 0, 0]], WRES_I2_Appointed_PY: [[0, 0, 0]] },
  }),
  INCONSISTENT: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, 201, 2]] } }),
  HEADCOUNT_MISMATCH: () => ({ values: { ...validYear(), WRES_I3_Headcount: [[740, 250, 50]] } }),
  HEADCOUNT_FROM_WORKFORCE: () => ({ values: { ...validYear(), WRES_I3_Headcount: [[null, null, null]] } }),
  ZERO_DENOMINATOR: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[100, 0, 2]] } }),
  SMALL_NUMBERS: () => ({ values: { ...validYear(), WRES_I3_Entered: [[20, 9, 1]] } }),
  HIGH_UNKNOWN: () => ({ values: { ...validYear(), WRES_I2_Shortlisted: [[400, 200, 100]] } }),
  PARTIAL_PREVIOUS_YEAR: () => ({ values: { ...validYear(), WRES_I2_Shortlisted_PY: [[400, 200, 10]] } }),
  GAP_RL: () => ({ values: validYear() }),
  REVERSE_GAP_RL: () => ({ values: { ...validYear(), WRES_I2_Appointed: [[50, 50, 2]] } }),
  GAP_SURVEY: () => ({ values: validYear() }),
  GAP_BOARD: () => ({
    values: {
      ...validYear(),
      WRES_I9_Board: [
        [10, 0, 0],
        [8, 0, 0],
        [2, 0, 0],
        [5, 0, 0],
        [5, 0, 0],
      ],
    },
  }),
  UNDER_REPRESENTED_BAND: () => ({ values: validYear() }),
  WORSENED: () => ({ values: { ...validYear(), WRES_I5_Pct_PY: [[0.26, 0.28]] } }),
  REPORTED_MISMATCH: () => ({ values: { ...validYear(), WRES_I2_RL: [[1.2]] } }),
  // Template 1.1: validYear()'s RL2 of 1.67 is adverse; its I6 gap of +1 point is not.
  ACTION_MISSING: () => ({ values: { ...validYear(), WRES_TemplateVersion: [["1.1"]], WRES_ActionPlan: [] } }),
  ACTION_INCOMPLETE: () => ({
    values: {
      ...validYear(),
      WRES_TemplateVersion: [["1.1"]],
      WRES_ActionPlan: [["I2", null, "Review shortlisting panels", null, null, null, null]],
    },
  }),
  ACTION_OVERDUE: () => ({
    values: {
      ...validYear(),
      WRES_TemplateVersion: [["1.1"]],
      WRES_ActionPlan: [["I2", null, "Panel training", "Head of HR", "2026-03-31", "In progress", null]],
    },
    options: { today: "2026-11-27" },
  }),
  ACTION_GAP_CLOSED: () => ({
    values: {
      ...validYear(),
      WRES_TemplateVersion: [["1.1"]],
      WRES_ActionPlan: [["I6", null, "Civility charter", "Chief People Officer", "2026-03-31", "Done", null]],
    },
  }),
};

describe("every flag code can be raised", () => {
  test("each code has a scenario", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(Object.keys(FLAG_CODES).sort());
  });

  test.each(Object.keys(FLAG_CODES) as FlagCode[])("%s", (code) => {
    const { values, raw, options } = SCENARIOS[code]();
    const r = check(values, raw, options);
    const raised = r.flags.filter((f) => f.code === code);
    expect(raised.length).toBeGreaterThan(0);
    for (const f of raised) {
      expect(f.message.length).toBeGreaterThan(10);
      if (f.cell) expect(f.message).not.toContain(f.cell);
      else if (f.name) expect(f.message).toContain(f.name);
    }
  });
});
