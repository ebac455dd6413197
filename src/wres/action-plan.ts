/**
 * The action plan (wres.md "Beyond the single year"): which adverse findings the judgement made
 * (read off judge.ts's result, judging nothing again), which of them an action covers, the four
 * checks on the plan's rows, and the draft of the rows for the findings that have none. "Today"
 * is given by the face (the pane's clock, `wres check --today`); the domain reads no clock.
 */

import {
  ACTION_PLAN_ROW_COUNT,
  BOARD_DIFF_ROWS,
  GOALS_ROWS,
  I1_BLOCK_ROWS,
  I1_BLOCK_TITLES,
  RL_INDICATORS,
  SURVEY_INDICATORS,
  type IndicatorId,
} from "./contract";
import type { ActionPlanRow, ActionStatus } from "./beyond-inputs";
import { flagAt, type Flag, type FlagDraft } from "./flags";
import { formatDate, formatPointsSize, formatRl, formatShare, plural } from "./format";
import { boardMeaning, rlMeaning, surveyMeaning } from "./indicator-words";
import type { Judgement } from "./judge";
import type { Locator } from "./locate";
import { NAMES } from "./names";
import type { IndicatorsReport } from "./report";
import type { Settings } from "./settings";

/** An adverse finding that needs an action: one per indicator, at the cell of its (first) adverse figure. */
export interface AdverseFinding {
  readonly indicator: IndicatorId;
  /** The output name and row of the figure found adverse. */
  readonly name: string;
  readonly row: number;
  readonly cell: string | null;
  /** What the Finding column says when the add-in drafts the row. */
  readonly finding: string;
}

/** Senior bands: an under-represented band of these needs an action (Band 8a and above, and VSM). */
const SENIOR_BANDS: ReadonlySet<string> = new Set(GOALS_ROWS);

/** Every adverse finding of indicators 2–9, and under-represented senior bands (indicator 1), in indicator order. */
export function adverseFindings(
  { indicators, adverseBoardRows }: Judgement,
  locate: Locator,
  settings: Settings,
): AdverseFinding[] {
  const out: AdverseFinding[] = [];
  const add = (indicator: IndicatorId, name: string, row: number, finding: string) =>
    out.push({ indicator, name, row, cell: locate.cell(name, row), finding });

  const senior = indicators.I1.rows.flatMap((r) =>
    r.underRepresented && r.block !== "Medical" && SENIOR_BANDS.has(r.label) && r.pct && r.bmeGap !== null
      ? [{ block: r.block, label: r.label, bme: r.pct.bme, gap: r.bmeGap }]
      : [],
  );
  if (senior.length) {
    const first = senior[0];
    const words = senior.map(
      (r) =>
        `${r.label} (${I1_BLOCK_TITLES[r.block].toLowerCase()}) is ${formatShare(r.bme)} BME, ${formatPointsSize(r.gap)} below the workforce`,
    );
    add(
      "I1",
      NAMES.i1Gap(first.block),
      I1_BLOCK_ROWS[first.block].indexOf(first.label),
      `BME staff under-represented in senior bands: ${words.join("; ")}.`,
    );
  }
  for (const id of RL_INDICATORS) {
    const r = indicators[id];
    if (r.status !== "adverse" || r.rl === null) continue;
    add(
      id,
      NAMES.rl(id),
      0,
      `RL${id.slice(1)} ${formatRl(r.rl)}, at or above ${formatRl(settings.rlBand[1])}: ${rlMeaning(id, r.rl)}`,
    );
  }
  for (const id of SURVEY_INDICATORS) {
    const s = indicators[id];
    const meaning = surveyMeaning(id, s);
    if (s.status === "adverse" && meaning) add(id, NAMES.surveyGap(id), 0, `Indicator ${id.slice(1)}: ${meaning}`);
  }
  const b = indicators.I9;
  const diffs = [b.total, b.voting, b.executive];
  const rows = diffs.map((d, i) => (d !== null && adverseBoardRows[i] ? i : -1)).filter((i) => i >= 0);
  if (b.status === "adverse" && rows.length) {
    const words = rows.map((i) => boardMeaning(diffs[i]!, BOARD_DIFF_ROWS[i]));
    add("I9", NAMES.boardDiff, rows[0], `Indicator 9: ${words.join(" ")}`);
  }
  return out;
}

/** A row that covers its indicator's finding: an Action, a Lead and a Due date. */
export const coversFinding = (r: ActionPlanRow): boolean => r.action !== "" && r.lead !== "" && r.due !== null;

/** Whether the indicator is judged this year and found not adverse (so a row for it is about a gap now closed). */
function judgedNotAdverse(id: IndicatorId, indicators: IndicatorsReport, adverse: ReadonlySet<IndicatorId>): boolean {
  if (adverse.has(id)) return false;
  if (id === "I1") return indicators.I1.workforcePct !== null;
  return indicators[id].status !== "not-computable";
}

/** A row of the plan as every face shows it (cli.md `actionPlan.rows`, with its cell and measure as extensions). */
export interface ActionPlanRowReport {
  readonly indicator: IndicatorId | null;
  readonly finding: string;
  readonly action: string;
  readonly lead: string;
  readonly due: string | null;
  readonly status: ActionStatus | null;
  readonly measure: string;
  /** The row's first cell, for Go to cell. */
  readonly cell: string | null;
}

/** A finding and whether an action covers it. */
export interface FindingCoverage {
  readonly indicator: IndicatorId;
  readonly finding: string;
  /** The finding's figure. */
  readonly cell: string | null;
  readonly covered: boolean;
  /** The first cell of the first row for its indicator (complete or not), or null when it has none. */
  readonly rowCell: string | null;
}

/** cli.md's `actionPlan`. */
export interface ActionPlanReport {
  readonly rows: readonly ActionPlanRowReport[];
  /** The indicators whose adverse finding no complete action covers. */
  readonly uncovered: readonly IndicatorId[];
  /** Extension: every adverse finding with its coverage. */
  readonly findings: readonly FindingCoverage[];
}

const rowCell = (locate: Locator, r: ActionPlanRow): string | null => locate.cell(NAMES.actionPlan, r.row, 0);

export function actionPlanReport(
  rows: readonly ActionPlanRow[],
  findings: readonly AdverseFinding[],
  locate: Locator,
): ActionPlanReport {
  const coverage = findings.map((f): FindingCoverage => {
    const own = rows.filter((r) => r.indicator === f.indicator);
    return {
      indicator: f.indicator,
      finding: f.finding,
      cell: f.cell,
      covered: own.some(coversFinding),
      rowCell: own.length ? rowCell(locate, own[0]) : null,
    };
  });
  return {
    rows: rows.map((r) => ({
      indicator: r.indicator,
      finding: r.finding,
      action: r.action,
      lead: r.lead,
      due: r.due,
      status: r.status,
      measure: r.measure,
      cell: rowCell(locate, r),
    })),
    uncovered: coverage.filter((c) => !c.covered).map((c) => c.indicator),
    findings: coverage,
  };
}

/** "Covered", or why not: the finding's rows lack an Action, a Lead or a Due date, or it has none. */
export function coverageWords(f: FindingCoverage): string {
  if (f.covered) return "Covered by an action";
  return f.rowCell === null
    ? "Not covered: no row in the plan"
    : "Not covered: its row lacks an action, a lead or a due date";
}

/** "5 of 7 adverse findings are covered by an action with a lead and a due date." */
export function coverageLine(findings: readonly FindingCoverage[]): string {
  const covered = findings.filter((f) => f.covered).length;
  // Not "no action is needed": an indicator that could not be computed is not judged at all.
  if (findings.length === 0) return "None of the figures computed is an adverse finding, so none needs an action.";
  return `${covered} of ${plural(findings.length, "adverse finding")} ${covered === 1 ? "is" : "are"} covered by an action with a lead and a due date.`;
}

/** "indicator 2", for messages. */
const indicatorWords = (id: IndicatorId | null): string => (id === null ? "no indicator" : `indicator ${id.slice(1)}`);
const rowWords = (r: ActionPlanRow): string => `row ${r.row + 1} of the action plan`;

/**
 * The action plan's flags: ACTION_MISSING for each finding no complete action covers (at the
 * finding's cell), and on each row (at its first cell) ACTION_INCOMPLETE, ACTION_OVERDUE (only
 * when `today`, YYYY-MM-DD, is given) and ACTION_GAP_CLOSED.
 */
export function actionPlanFlags(
  rows: readonly ActionPlanRow[],
  findings: readonly AdverseFinding[],
  indicators: IndicatorsReport,
  locate: Locator,
  today: string | null,
): Flag[] {
  const flags: Flag[] = [];
  for (const f of findings) {
    if (rows.some((r) => r.indicator === f.indicator && coversFinding(r))) continue;
    const partly = rows.some((r) => r.indicator === f.indicator);
    const message = `The adverse finding of ${indicatorWords(f.indicator)} has no action in the action plan with an Action, a Lead and a Due date${partly ? " (its rows lack one of them)" : ""}.`;
    flags.push(
      flagAt(
        locate,
        { code: "ACTION_MISSING", severity: "warning", indicator: f.indicator, name: f.name, message },
        f.row,
      ),
    );
  }
  const adverse = new Set(findings.map((f) => f.indicator));
  const onRow = (r: ActionPlanRow, draft: Omit<FlagDraft, "indicator" | "name">) =>
    flags.push(flagAt(locate, { indicator: r.indicator, name: NAMES.actionPlan, ...draft }, r.row, 0));
  for (const r of rows) {
    if (r.action !== "" && (r.lead === "" || r.due === null)) {
      const lacks = [r.lead === "" ? "Lead" : null, r.due === null ? "Due date that can be read" : null];
      const message = `The action for ${indicatorWords(r.indicator)} (${rowWords(r)}) has no ${lacks.filter(Boolean).join(" and no ")}: an action needs a Lead and a Due date.`;
      onRow(r, { code: "ACTION_INCOMPLETE", severity: "warning", message });
    }
    if (today !== null && r.due !== null && r.due < today && r.status !== "Done") {
      const status = r.status === null ? "has no Status" : `is "${r.status}"`;
      const message = `The action for ${indicatorWords(r.indicator)} (${rowWords(r)}) was due on ${formatDate(r.due)} and ${status}, not Done.`;
      onRow(r, { code: "ACTION_OVERDUE", severity: "warning", message });
    }
    if (r.indicator !== null && judgedNotAdverse(r.indicator, indicators, adverse)) {
      const message = `Indicator ${r.indicator.slice(1)} is no longer adverse this year, so the gap this action (${rowWords(r)}) addresses has closed; keep the action to hold the gain, or mark it Done.`;
      onRow(r, { code: "ACTION_GAP_CLOSED", severity: "info", message });
    }
  }
  return flags;
}

/** One row the add-in would draft: Indicator and Finding, into an empty row. */
export interface DraftRow {
  /** The row within `WRES_ActionPlan`. */
  readonly row: number;
  readonly indicator: IndicatorId;
  readonly finding: string;
}

export type ActionPlanDraft =
  { readonly ok: true; readonly rows: readonly DraftRow[] } | { readonly ok: false; readonly message: string };

/**
 * "Draft the action plan": one row (Indicator, Finding) for each adverse finding whose indicator
 * has no row yet, each into the next empty row from the top. A row holding anything (`rows`,
 * the filled rows as read) is never written. When the empty rows are too few, nothing is
 * drafted and the message says why. `height` is the block's row count (the trust may extend it).
 */
export function draftActionPlan(
  findings: readonly AdverseFinding[],
  rows: readonly ActionPlanRow[],
  height: number = ACTION_PLAN_ROW_COUNT,
): ActionPlanDraft {
  const needed = findings.filter((f) => !rows.some((r) => r.indicator === f.indicator));
  const taken = new Set(rows.map((r) => r.row));
  const empty = Array.from({ length: height }, (_, i) => i).filter((i) => !taken.has(i));
  if (needed.length > empty.length) {
    const which = needed.map((f) => f.indicator).join(", ");
    const message = `${plural(needed.length, "finding")} (${which}) ${needed.length === 1 ? "needs" : "need"} a row, but the action plan has ${empty.length === 0 ? "no empty row" : `only ${plural(empty.length, "empty row")}`}, so nothing was drafted. Rows a person typed in are never written over: clear rows no longer needed, or extend the action plan downwards (insert rows above its last row), then draft again.`;
    return { ok: false, message };
  }
  return { ok: true, rows: needed.map((f, i) => ({ row: empty[i], indicator: f.indicator, finding: f.finding })) };
}
