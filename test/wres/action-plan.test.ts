/**
 * The action plan, worked by hand on validYear(): RL2 = 1.67 and RL3 = (12/210)/(20/740) = 2.11
 * are adverse, RL4 = (370/740)/(100/210) = 1.05 is not; the survey gaps are I5 +5.0, I6 +1.0,
 * I7 −10.0 and I8 +4.0 points (I6 within); the board is within 5 points. So the adverse
 * findings are I2, I3, I5, I7 and I8.
 */

import {
  actionPlanFlags,
  actionPlanReport,
  adverseFindings,
  draftActionPlan,
  type AdverseFinding,
} from "../../src/wres/action-plan";
import type { ActionPlanRow } from "../../src/wres/beyond-inputs";
import type { Flag } from "../../src/wres/flags";
import { readWorkbook } from "../../src/wres/read";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { addressOf, rawWorkbook, validYear, type TestValue } from "../helpers/raw-workbook";
import { check } from "./support";

const S = DEFAULT_SETTINGS;
const PLAN = "WRES_ActionPlan";

function findingsOf(values: Record<string, TestValue[][]>): {
  findings: AdverseFinding[];
  r: ReturnType<typeof check>;
} {
  const r = check(values);
  const { locate } = readWorkbook(rawWorkbook(values));
  const adverseBoardRows = [r.indicators.I9.total, r.indicators.I9.voting, r.indicators.I9.executive].map(
    (d) => d !== null && Math.round(d * 1000) / 1000 <= -S.boardGap,
  );
  return { findings: adverseFindings({ indicators: r.indicators, adverseBoardRows }, locate, S), r };
}

function row(r: number, fields: Partial<Omit<ActionPlanRow, "row">>): ActionPlanRow {
  return {
    row: r,
    indicator: null,
    finding: "",
    action: "",
    lead: "",
    due: null,
    status: null,
    measure: "",
    ...fields,
  };
}

const complete = (r: number, indicator: ActionPlanRow["indicator"], extra: Partial<ActionPlanRow> = {}) =>
  row(r, { indicator, action: "An action", lead: "Head of HR", due: "2026-03-31", status: "In progress", ...extra });

const { findings, r } = findingsOf(validYear());
const { locate } = readWorkbook(rawWorkbook(validYear()));
const flagsOf = (rows: ActionPlanRow[], today: string | null = null): Flag[] =>
  actionPlanFlags(rows, findings, r.indicators, locate, today);
const only = (flags: Flag[], code: Flag["code"]) => flags.filter((f) => f.code === code);

describe("adverse findings, read off the judgement", () => {
  test("one per adverse indicator, at its figure's cell, in indicator order", () => {
    expect(findings.map((f) => [f.indicator, f.cell])).toEqual([
      ["I2", addressOf("WRES_I2_RL")],
      ["I3", addressOf("WRES_I3_RL")],
      ["I5", addressOf("WRES_I5_Gap")],
      ["I7", addressOf("WRES_I7_Gap")],
      ["I8", addressOf("WRES_I8_Gap")],
    ]);
  });

  test("the Finding the add-in would write says the figure in words", () => {
    expect(findings[0].finding).toBe(
      "RL2 1.67, at or above 1.25: White applicants were 1.67 times as likely to be appointed from shortlisting as BME applicants.",
    );
    expect(findings[2].finding).toBe(
      "Indicator 5: 30.0% of BME staff and 25.0% of White staff experienced harassment, bullying or abuse from patients, relatives or the public: a gap of +5.0 points.",
    );
  });

  test("an under-represented senior band is indicator 1's finding, at the band's gap cell", () => {
    // Non-clinical Band 8a: 30 staff, none BME; workforce 210 / 1,030 = 20.4 %: 20.4 points below.
    const v = validYear();
    const nonClinical = v.WRES_I1_NonClinical.map((x) => [...x]);
    nonClinical[8] = [30, 0, 0];
    const { findings: f } = findingsOf({ ...v, WRES_I1_NonClinical: nonClinical });
    expect(f[0]).toMatchObject({ indicator: "I1", cell: addressOf("WRES_I1_NonClinical_Gap", 8) });
    expect(f[0].finding).toBe(
      "BME staff under-represented in senior bands: Band 8a (non-clinical staff) is 0.0% BME, 20.4 points below the workforce.",
    );
  });

  test("an under-represented band below 8a is not a senior finding", () => {
    // Non-clinical Band 2: 30 staff, none BME: under-represented, but not senior.
    const v = validYear();
    const nonClinical = v.WRES_I1_NonClinical.map((x) => [...x]);
    nonClinical[2] = [30, 0, 0];
    expect(findingsOf({ ...v, WRES_I1_NonClinical: nonClinical }).findings.map((f) => f.indicator)).not.toContain("I1");
  });
});

describe("ACTION_MISSING: a finding without a row that has an Action, a Lead and a Due date", () => {
  test("with I2 covered and I3's row lacking a Lead: I3, I5, I7 and I8 are missing, each at its finding's cell", () => {
    const flags = flagsOf([complete(0, "I2"), complete(1, "I3", { lead: "" })]);
    const missing = only(flags, "ACTION_MISSING");
    expect(missing.map((f) => [f.indicator, f.cell, f.severity])).toEqual([
      ["I3", addressOf("WRES_I3_RL"), "warning"],
      ["I5", addressOf("WRES_I5_Gap"), "warning"],
      ["I7", addressOf("WRES_I7_Gap"), "warning"],
      ["I8", addressOf("WRES_I8_Gap"), "warning"],
    ]);
    expect(missing[0].message).toBe(
      "The adverse finding of indicator 3 has no action in the action plan with an Action, a Lead and a Due date (its rows lack one of them).",
    );
    expect(missing[1].message).toBe(
      "The adverse finding of indicator 5 has no action in the action plan with an Action, a Lead and a Due date.",
    );
  });

  test("every finding covered: none missing", () => {
    const rows = ["I2", "I3", "I5", "I7", "I8"].map((id, i) => complete(i, id as ActionPlanRow["indicator"]));
    expect(only(flagsOf(rows), "ACTION_MISSING")).toEqual([]);
  });
});

describe("ACTION_INCOMPLETE: an Action without a Lead or a Due date, at the row's first cell", () => {
  test("no Lead, no Due, neither", () => {
    const flags = only(
      flagsOf([
        complete(0, "I2", { lead: "" }),
        complete(1, "I3", { due: null }),
        complete(4, "I5", { lead: "", due: null }),
        row(5, { indicator: "I7", finding: "Drafted, no action yet" }),
      ]),
      "ACTION_INCOMPLETE",
    );
    expect(flags.map((f) => [f.indicator, f.cell, f.name])).toEqual([
      ["I2", addressOf(PLAN, 0), PLAN],
      ["I3", addressOf(PLAN, 1), PLAN],
      ["I5", addressOf(PLAN, 4), PLAN],
    ]);
    expect(flags.map((f) => f.message)).toEqual([
      "The action for indicator 2 (row 1 of the action plan) has no Lead: an action needs a Lead and a Due date.",
      "The action for indicator 3 (row 2 of the action plan) has no Due date that can be read: an action needs a Lead and a Due date.",
      "The action for indicator 5 (row 5 of the action plan) has no Lead and no Due date that can be read: an action needs a Lead and a Due date.",
    ]);
  });
});

describe("ACTION_OVERDUE: past its Due date and not Done, against the face's today", () => {
  const rows = [
    complete(0, "I2", { due: "2026-03-31", status: "In progress" }),
    complete(1, "I3", { due: "2026-03-31", status: "Done" }),
    complete(2, "I5", { due: "2026-04-01", status: "Not started" }),
    complete(3, "I7", { due: "2026-01-15", status: null }),
  ];

  test("today 2026-04-01: the I2 and I7 rows are overdue; due today is not yet; Done never is", () => {
    const flags = only(flagsOf(rows, "2026-04-01"), "ACTION_OVERDUE");
    expect(flags.map((f) => [f.indicator, f.cell, f.severity])).toEqual([
      ["I2", addressOf(PLAN, 0), "warning"],
      ["I7", addressOf(PLAN, 3), "warning"],
    ]);
    expect(flags[0].message).toBe(
      'The action for indicator 2 (row 1 of the action plan) was due on 31 March 2026 and is "In progress", not Done.',
    );
    expect(flags[1].message).toBe(
      "The action for indicator 7 (row 4 of the action plan) was due on 15 January 2026 and has no Status, not Done.",
    );
  });

  test("without today, nothing is overdue", () => {
    expect(only(flagsOf(rows), "ACTION_OVERDUE")).toEqual([]);
  });
});

describe("ACTION_GAP_CLOSED: a row whose indicator is judged and no longer adverse", () => {
  test("I4 (RL 1.05) and I6 (+1.0 point) are closed; I1 with no senior finding is closed; adverse I2 is not", () => {
    const flags = only(
      flagsOf([complete(0, "I4"), complete(1, "I2"), complete(2, "I6"), complete(3, "I1")]),
      "ACTION_GAP_CLOSED",
    );
    expect(flags.map((f) => [f.indicator, f.cell, f.severity])).toEqual([
      ["I4", addressOf(PLAN, 0), "info"],
      ["I6", addressOf(PLAN, 2), "info"],
      ["I1", addressOf(PLAN, 3), "info"],
    ]);
    expect(flags[0].message).toBe(
      "Indicator 4 is no longer adverse this year, so the gap this action (row 1 of the action plan) addresses has closed; keep the action to hold the gain, or mark it Done.",
    );
  });

  test("an indicator that cannot be computed this year is not said to be closed", () => {
    const v = { ...validYear(), WRES_I4_Accessed: [[370, 0, 10]] };
    const n = findingsOf(v);
    const flags = actionPlanFlags([complete(0, "I4")], n.findings, n.r.indicators, locate, null);
    expect(n.r.indicators.I4.status).toBe("not-computable");
    expect(only(flags, "ACTION_GAP_CLOSED")).toEqual([]);
  });
});

describe("the report: rows, the uncovered findings, and each finding's coverage", () => {
  test("I2 covered by row 1; I3 has an incomplete row; the rest none", () => {
    const report = actionPlanReport([complete(0, "I2"), complete(3, "I3", { lead: "" })], findings, locate);
    expect(report.uncovered).toEqual(["I3", "I5", "I7", "I8"]);
    expect(report.rows[1]).toEqual({
      indicator: "I3",
      finding: "",
      action: "An action",
      lead: "",
      due: "2026-03-31",
      status: "In progress",
      measure: "",
      cell: addressOf(PLAN, 3),
    });
    expect(report.findings.map((f) => [f.indicator, f.covered, f.rowCell])).toEqual([
      ["I2", true, addressOf(PLAN, 0)],
      ["I3", false, addressOf(PLAN, 3)],
      ["I5", false, null],
      ["I7", false, null],
      ["I8", false, null],
    ]);
  });
});

describe("drafting the action plan: only into empty rows", () => {
  // Row 0: the trust's I2 action. Row 2: an action typed without an indicator. Rows 1, 3, 4, … empty.
  const typed = [complete(0, "I2"), row(2, { action: "Reverse mentoring" })];

  test("one row per finding whose indicator has no row, into the empty rows from the top", () => {
    const draft = draftActionPlan(findings, typed, 30);
    expect(draft).toEqual({
      ok: true,
      rows: [
        { row: 1, indicator: "I3", finding: findings[1].finding },
        { row: 3, indicator: "I5", finding: findings[2].finding },
        { row: 4, indicator: "I7", finding: findings[3].finding },
        { row: 5, indicator: "I8", finding: findings[4].finding },
      ],
    });
  });

  test("a typed row is never a target, and a finding with an incomplete row gets no second row", () => {
    const draft = draftActionPlan(findings, [...typed, row(1, { indicator: "I3", lead: "Someone" })], 30);
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.rows.map((d) => d.row)).toEqual([3, 4, 5]);
    expect(draft.rows.map((d) => d.indicator)).toEqual(["I5", "I7", "I8"]);
  });

  test("not enough empty rows: nothing is drafted, and the message says why", () => {
    // Height 5: rows 1, 3 and 4 are empty, but I3, I5, I7 and I8 need four.
    expect(draftActionPlan(findings, typed, 5)).toEqual({
      ok: false,
      message:
        "4 findings (I3, I5, I7, I8) need a row, but the action plan has only 3 empty rows, so nothing was drafted. Rows a person typed in are never written over: clear rows no longer needed, or extend the action plan downwards (insert rows above its last row), then draft again.",
    });
  });

  test("every finding already has a row: nothing to draft", () => {
    const rows = ["I2", "I3", "I5", "I7", "I8"].map((id, i) => row(i, { indicator: id as ActionPlanRow["indicator"] }));
    expect(draftActionPlan(findings, rows, 5)).toEqual({ ok: true, rows: [] });
  });
});
