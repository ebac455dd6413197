/**
 * The sample's template 1.1 blocks: four earlier years of history and a half-written action
 * plan. The history runs on into the sample's previous year (2024) and this year (2025):
 *
 *   year  BME %   RL2   RL3   RL4   I5     I6     I7      I8     I9 total
 *   2020  21.4 %  1.52  1.71  1.18  +3.1   +5.9   −16.9   +9.4   (not reported)
 *   2021  22.3 %  1.38  1.64  1.15  +2.7   +5.2   −15.6   +8.8   −16.2
 *   2022  22.9 %  1.41  1.58  1.12  +2.4   +4.8   −15.9   +8.6   −13.9
 *   2023  23.6 %  1.33  1.55  1.09  +2.2   +4.9   −15.2   +8.3   −15.4
 *   2024  24.2 %  1.45  1.50  1.10  +2.0   +4.5   −14.8   +8.0   (unreadable: "12" as text)
 *   2025  25.7 %  1.60  1.32  1.05  +1.2   +3.6   −13.8   +6.9   −11.4
 * (points in percentage points). RL2 is above 1.25 in every year; RL3 is closer to 1.00 every
 * year since 2020. Row 5 of the history is left empty.
 *
 * The action plan, checked on SAMPLE_TODAY (the command's `--today 2026-11-27`), shows each
 * action-plan flag once (SAMPLE_ACTION_FLAGS). The sample's adverse findings are I1 (senior
 * clinical bands), I2, I3, I6, I7, I8 and I9; I4 and I5 are within their bands. The plan's
 * text never raises a data flag: every Due reads (one is typed as the text "31/03/2027").
 */

import {
  HISTORY_COLUMNS,
  ACTION_PLAN_COLUMNS,
  ACTION_PLAN_ROW_COUNT,
  HISTORY_ROW_COUNT,
  type IndicatorId,
} from "../../src/wres/contract";
import { NAMES } from "../../src/wres/names";
import type { SampleCell, SampleGrid } from "./values";

/** The day the sample's action plan is checked against in tests and documentation. */
export const SAMPLE_TODAY = "2026-11-27";

/** An Excel date serial (1900 date system) of an ISO date, as Excel stores a date typed in a cell. */
export function excelSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;
}

type HistoryRow = readonly [
  year: number,
  bmePct: number,
  rl2: number,
  rl3: number,
  rl4: number,
  i5: number,
  i6: number,
  i7: number,
  i8: number,
  i9: number | null,
];

export const SAMPLE_HISTORY: readonly HistoryRow[] = [
  [2020, 0.214, 1.52, 1.71, 1.18, 0.031, 0.059, -0.169, 0.094, null],
  [2021, 0.223, 1.38, 1.64, 1.15, 0.027, 0.052, -0.156, 0.088, -0.162],
  [2022, 0.229, 1.41, 1.58, 1.12, 0.024, 0.048, -0.159, 0.086, -0.139],
  [2023, 0.236, 1.33, 1.55, 1.09, 0.022, 0.049, -0.152, 0.083, -0.154],
];

/** One action as the trust typed it; `due` is an ISO date written as a date, or text written as typed. */
interface SampleAction {
  readonly indicator: IndicatorId;
  readonly finding: string;
  readonly action: string;
  readonly lead: string;
  readonly due: { readonly date: string } | { readonly text: string } | null;
  readonly status: string;
  readonly measure: string;
}

export const SAMPLE_ACTIONS: readonly SampleAction[] = [
  {
    indicator: "I2",
    finding: "White applicants are 1.60 times as likely as BME applicants to be appointed from shortlisting.",
    action: "Diverse interview panels for every post at Band 7 and above.",
    lead: "Director of People",
    due: { date: "2026-03-31" },
    status: "Done",
    measure: "RL2 below 1.25 by the 2027 return.",
  },
  {
    indicator: "I3",
    finding: "BME staff are 1.32 times as likely as White staff to enter the formal disciplinary process.",
    action: "An independent check of every case before a formal investigation starts.",
    lead: "Head of Employee Relations",
    due: { text: "31/03/2027" },
    status: "In progress",
    measure: "RL3 within 0.80–1.25.",
  },
  {
    indicator: "I7",
    finding:
      "45.0% of BME staff believe the trust gives equal opportunities for career progression, against 58.8% of White staff.",
    action: "Career conversations for every Band 5 and 6 member of staff, with a named sponsor.",
    lead: "Head of Talent",
    due: { date: "2027-06-30" },
    status: "In progress",
    measure: "Gap narrowed to 5 points in the 2027 survey.",
  },
  {
    indicator: "I7",
    finding: "",
    action: "Publish promotion outcomes by ethnicity every quarter.",
    lead: "Head of Talent",
    due: null, // ACTION_INCOMPLETE: an Action without a Due date
    status: "Not started",
    measure: "",
  },
  {
    indicator: "I9",
    finding: "The board is 14.3% BME against a workforce 25.7% BME.",
    action: "Recruit two non-executive directors through a search aimed at under-represented groups.",
    lead: "Chair",
    due: { date: "2026-09-30" }, // ACTION_OVERDUE on 2026-11-27: past its date and not Done
    status: "In progress",
    measure: "Board BME % within 5 points of the workforce.",
  },
  {
    indicator: "I4",
    finding: "White staff were 1.10 times as likely to access non-mandatory training (2024).",
    action: "A fair-access panel for CPD funding.",
    lead: "Head of Learning",
    due: { date: "2026-12-31" }, // ACTION_GAP_CLOSED: RL4 is 1.05 now, within the band
    status: "In progress",
    measure: "RL4 within 0.80–1.25.",
  },
  {
    indicator: "I1",
    finding: "BME staff are under-represented in clinical Bands 8a and 8c.",
    action: "Reverse mentoring and a development programme for BME staff at Bands 6 and 7.",
    lead: "Chief Nurse",
    due: { date: "2027-03-31" },
    status: "Not started",
    measure: "BME share of clinical Band 8a and above at the workforce share by 2028.",
  },
  {
    // As "Draft the action plan" leaves a row: Indicator and Finding only. I8 has no action yet (ACTION_MISSING).
    indicator: "I8",
    finding: "13.1% of BME staff experienced discrimination from colleagues, against 6.2% of White staff.",
    action: "",
    lead: "",
    due: null,
    status: "",
    measure: "",
  },
  // I6 (+3.6 points) has no row at all: ACTION_MISSING.
];

/** The action-plan flags the sample raises when checked on SAMPLE_TODAY: code, indicator, the row (null: the finding's cell). */
export const SAMPLE_ACTION_FLAGS: readonly {
  readonly code: "ACTION_MISSING" | "ACTION_INCOMPLETE" | "ACTION_OVERDUE" | "ACTION_GAP_CLOSED";
  readonly severity: "warning" | "info";
  readonly indicator: IndicatorId;
  readonly row: number | null;
}[] = [
  { code: "ACTION_MISSING", severity: "warning", indicator: "I6", row: null },
  { code: "ACTION_MISSING", severity: "warning", indicator: "I8", row: null },
  { code: "ACTION_INCOMPLETE", severity: "warning", indicator: "I7", row: 3 },
  { code: "ACTION_OVERDUE", severity: "warning", indicator: "I9", row: 4 },
  { code: "ACTION_GAP_CLOSED", severity: "info", indicator: "I4", row: 5 },
];

function historyGrid(): SampleGrid {
  const rows: SampleCell[][] = SAMPLE_HISTORY.map((r) => [...r]);
  while (rows.length < HISTORY_ROW_COUNT) rows.push(HISTORY_COLUMNS.map(() => null));
  return rows;
}

function actionPlanGrid(): SampleGrid {
  const due = (d: SampleAction["due"]): SampleCell => (d === null ? null : "date" in d ? excelSerial(d.date) : d.text);
  const blank = (t: string): SampleCell => (t === "" ? null : t);
  const rows: SampleCell[][] = SAMPLE_ACTIONS.map((a) => [
    a.indicator,
    blank(a.finding),
    blank(a.action),
    blank(a.lead),
    due(a.due),
    blank(a.status),
    blank(a.measure),
  ]);
  while (rows.length < ACTION_PLAN_ROW_COUNT) rows.push(ACTION_PLAN_COLUMNS.map(() => null));
  return rows;
}

/** The year the sample's goals are for: NHS England's 2028, typed in (blank would read the same). */
export const SAMPLE_GOALS_YEAR = 2028;

/** The sample's template 1.1 input blocks, name → grid. */
export const SAMPLE_BEYOND_VALUES: readonly [string, SampleGrid][] = [
  [NAMES.history, historyGrid()],
  [NAMES.actionPlan, actionPlanGrid()],
  [NAMES.goalsYear, [[SAMPLE_GOALS_YEAR]]],
];
