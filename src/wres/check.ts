/**
 * The use cases, each one small function over the same steps (read, compute both years, judge,
 * flag): Validate, the reviewer's check that writes nothing and compares what the outputs
 * report with the data (Excel's Validate, the pane's file mode, `wres check`); and Calculate,
 * which builds the outputs to write, the summary line among them, and lists the output cells
 * it would replace unasked. Every face calls one of these and decides nothing about WRES itself.
 */

import {
  actionPlanFlags,
  actionPlanReport,
  adverseFindings,
  draftActionPlan,
  type ActionPlanDraft,
  type AdverseFinding,
} from "./action-plan";
import { checkData } from "./data-checks";
import { findings } from "./findings";
import { countFlags, sortFlags, type Flag, type FlagCounts } from "./flags";
import { formatFlagCounts } from "./format";
import { computeGoals, type GoalsReport } from "./goals";
import { seriesSentence } from "./indicator-words";
import { computeYear, pooledRl, type RlResult, type YearResults } from "./indicators";
import type { Metadata } from "./inputs";
import { judgeIndicators, type Judgement } from "./judge";
import { byId, INDICATOR_IDS, predates, specOf } from "./contract";
import { NAMES } from "./names";
import { actionPlanDraftOutput, figureOutputs, rawAfterDraft, summaryOutput, type OutputBlock } from "./outputs";
import { overwriteConflicts, type OverwriteConflict, type WrittenValues } from "./overwrite";
import type { RawWorkbook } from "./raw";
import { readWorkbook, type ReadOutcome } from "./read";
import type { BeyondReport, IndicatorsReport } from "./report";
import { reviewReported } from "./review";
import { buildSeries, seriesRuns } from "./series";
import { DEFAULT_SETTINGS, zFor, type Settings } from "./settings";

/** Who checked and when, for the summary line; the domain reads no clock. */
export interface CheckStamp {
  /** When the check ran (ISO 8601). */
  readonly checkedAt?: string;
  /** The checking tool's name and version. */
  readonly checkedBy?: string;
}

export interface CheckOptions extends CheckStamp {
  readonly settings?: Settings;
  /**
   * Today's date (YYYY-MM-DD) from the face (the pane's clock, `wres check --today`): actions
   * past their Due date are flagged against it. Without it, nothing is flagged as overdue.
   */
  readonly today?: string;
}

export interface CalculateOptions extends CheckOptions {
  /** What the add-in last wrote into the outputs; anything else there is a conflict to confirm. */
  readonly lastWritten?: WrittenValues;
}

/** A workbook checked: what every face shows. */
export interface CheckedWorkbook {
  readonly kind: "checked";
  readonly meta: Metadata;
  readonly indicators: IndicatorsReport;
  /** All flags, errors first. */
  readonly flags: readonly Flag[];
  readonly counts: FlagCounts;
  readonly summaryLine: string;
  readonly settings: Settings;
  /** True when the template version was refused and nothing was computed. */
  readonly refused: boolean;
  /** Template 1.1's series, action plan and goals; each absent when the workbook lacks its block. */
  readonly beyond: BeyondReport;
}

/** A workbook calculated: the checked workbook, what to write, and what writing would replace unasked. */
export interface CalculatedWorkbook extends CheckedWorkbook {
  /** Every usable output name with its values, the summary line last; empty when refused. */
  readonly outputs: readonly OutputBlock[];
  /** Output cells holding what the add-in did not write: ask before they are replaced. */
  readonly conflicts: readonly OverwriteConflict[];
  /**
   * The action plan drafted into `WRES_ActionPlan` when that block is wholly empty (its block is
   * then among `outputs`); null when the workbook has no action plan or a person has typed in it.
   */
  readonly actionPlanDraft: ActionPlanDraft | null;
}

export interface NotWres {
  readonly kind: "not-wres";
  readonly message: string;
}

export type WorkbookCheck = CheckedWorkbook | NotWres;
export type WorkbookCalculation = CalculatedWorkbook | NotWres;

export const NOT_WRES_MESSAGE =
  "has no WRES names (no defined name starts with WRES_), so it is not a WRES template workbook";
const NOT_WRES: NotWres = { kind: "not-wres", message: NOT_WRES_MESSAGE };

/** The steps every use case shares: read, compute both years, judge, and flag the data and the findings. */
interface Examined {
  readonly read: ReadOutcome;
  readonly current: YearResults;
  readonly previous: YearResults;
  readonly twoYear: RlResult | null;
  readonly judgement: Judgement;
  readonly flags: readonly Flag[];
  readonly settings: Settings;
  readonly beyond: BeyondReport;
  /** The goals to write into `WRES_Goals`, when the workbook has it. */
  readonly goals: GoalsReport | null;
  /** The adverse findings that need an action (empty without an action plan). */
  readonly adverse: readonly AdverseFinding[];
}

/**
 * Template 1.1's blocks, from the judgement: the series with a sentence on each run of years,
 * the action plan with its flags (overdue only against the face's `today`), and the goals.
 */
function examineBeyond(
  read: ReadOutcome,
  judgement: Judgement,
  settings: Settings,
  today: string | null,
): { beyond: BeyondReport; goals: GoalsReport | null; flags: Flag[]; adverse: AdverseFinding[] } {
  // A workbook that says it is version 1.0 has no 1.1 blocks, whatever names it carries.
  if (predates(read.inputs.meta.templateVersion, specOf(NAMES.actionPlan))) {
    return { beyond: {}, goals: null, flags: [], adverse: [] };
  }
  const { history, actionPlan, goalsYear } = read.inputs.beyond;
  const year = read.inputs.meta.reportingYear;
  const { indicators } = judgement;
  const series = history !== null && year !== null ? buildSeries(history, indicators, year) : null;
  const runs = series ? seriesRuns(series, settings) : null;
  const found: AdverseFinding[] = actionPlan !== null ? adverseFindings(judgement, read.locate, settings) : [];
  const goals = read.locate.has(NAMES.goals) ? computeGoals(indicators.I1, settings.goalShare, goalsYear) : null;
  const beyond: BeyondReport = {
    ...(series && runs && { series, seriesSentences: byId(INDICATOR_IDS, (id) => seriesSentence(runs[id], settings)) }),
    ...(actionPlan !== null && { actionPlan: actionPlanReport(actionPlan, found, read.locate) }),
    ...(goals && { goals }),
  };
  const flags = actionPlan !== null ? actionPlanFlags(actionPlan, found, indicators, read.locate, today) : [];
  return { beyond, goals, flags, adverse: found };
}

function examine(raw: RawWorkbook, settings: Settings, today: string | null = null): Examined {
  const z = zFor(settings.confidence);
  const read = readWorkbook(raw);
  const current = computeYear(read.inputs.current, z);
  const previous = computeYear(read.inputs.previous, z);
  const twoYear = current.I3 && previous.I3 ? pooledRl("I3", current.I3, previous.I3, z) : null;
  const judgement = judgeIndicators(current, previous, twoYear, settings);
  const beyond = read.refused
    ? { beyond: {}, goals: null, flags: [], adverse: [] }
    : examineBeyond(read, judgement, settings, today);
  const flags = read.refused
    ? read.flags
    : [
        ...read.flags,
        ...checkData(current, previous, twoYear, read.locate, settings),
        ...findings(judgement, read.locate, settings),
        ...beyond.flags,
      ];
  return {
    read,
    current,
    previous,
    twoYear,
    judgement,
    flags,
    settings,
    beyond: beyond.beyond,
    goals: beyond.goals,
    adverse: beyond.adverse,
  };
}

const figuresOf = (e: Examined): OutputBlock[] =>
  figureOutputs(e.current, e.previous, e.twoYear, (name) => e.read.locate.has(name), e.goals);

function checked(e: Examined, flags: readonly Flag[], stamp: CheckStamp): CheckedWorkbook {
  const sorted = sortFlags(flags);
  const counts = countFlags(sorted);
  return {
    kind: "checked",
    meta: e.read.inputs.meta,
    indicators: e.judgement.indicators,
    flags: sorted,
    counts,
    summaryLine: summarise(counts, stamp),
    settings: e.settings,
    refused: e.read.refused,
    beyond: e.beyond,
  };
}

/** Validate: the figures already in the outputs are compared with the data; nothing is written, so nothing is in conflict. */
export function validateWorkbook(raw: RawWorkbook, options: CheckOptions = {}): WorkbookCheck {
  if (raw.wresNameCount === 0) return NOT_WRES;
  const e = examine(raw, options.settings ?? DEFAULT_SETTINGS, options.today ?? null);
  const review = e.read.refused ? [] : reviewReported(e.read.reported, figuresOf(e), e.read.locate);
  return checked(e, [...e.flags, ...review], options);
}

/**
 * Calculate: the outputs to write, the summary line built in, and the output cells that hold
 * what the add-in did not write. The values about to be replaced are not reviewed. When it drafts
 * the action plan, the check is of the workbook as the draft leaves it.
 */
export function calculateWorkbook(raw: RawWorkbook, options: CalculateOptions = {}): WorkbookCalculation {
  if (raw.wresNameCount === 0) return NOT_WRES;
  const first = calculateOnce(raw, options);
  const drafted = first.outputs.find((b) => b.name === NAMES.actionPlan);
  if (!drafted) return first;
  // With a draft, the results describe the workbook as Calculate leaves it (no further read): the
  // flags, the summary line and the "WRES checks" sheet see the drafted rows.
  const after = calculateOnce(rawAfterDraft(raw, drafted), options);
  return {
    ...after,
    outputs: [...after.outputs, drafted],
    conflicts: first.conflicts,
    actionPlanDraft: first.actionPlanDraft,
  };
}

function calculateOnce(raw: RawWorkbook, options: CalculateOptions): CalculatedWorkbook {
  const e = examine(raw, options.settings ?? DEFAULT_SETTINGS, options.today ?? null);
  const result = checked(e, e.flags, options);
  if (e.read.refused) return { ...result, outputs: [], conflicts: [], actionPlanDraft: null };
  const summary = e.read.locate.has(NAMES.checkSummary) ? [summaryOutput(result.summaryLine)] : [];
  const draft = draftIntoEmptyPlan(raw, e);
  return {
    ...result,
    actionPlanDraft: draft?.draft ?? null,
    outputs: [...figuresOf(e), ...(draft?.block ? [draft.block] : []), ...summary],
    conflicts: overwriteConflicts(e.read.reported, e.read.locate, options.lastWritten ?? {}),
  };
}

/**
 * Calculate drafts the action plan only while `WRES_ActionPlan` is wholly empty (no row a person
 * typed in): the whole block is written, the drafted rows' Indicator and Finding and nothing else.
 */
function draftIntoEmptyPlan(
  raw: RawWorkbook,
  e: Examined,
): { draft: ActionPlanDraft; block: OutputBlock | null } | null {
  const plan = e.read.inputs.beyond.actionPlan;
  const def = raw.names.get(NAMES.actionPlan)?.workbook;
  if (plan === null || plan.length > 0 || !e.read.locate.has(NAMES.actionPlan) || def?.kind !== "range") return null;
  const draft = draftActionPlan(e.adverse, plan, def.rows);
  return { draft, block: draft.ok && draft.rows.length > 0 ? actionPlanDraftOutput(draft.rows, def.rows) : null };
}

/** "Draft the action plan": the draft and the block that writes it (null when there is nothing to write). */
export interface WorkbookActionPlanDraft {
  readonly kind: "draft";
  /** Null when the workbook has no usable `WRES_ActionPlan` (absent, version 1.0, or refused). */
  readonly draft: ActionPlanDraft | null;
  /** The drafted rows' Indicator and Finding, every other cell null (never to be written). */
  readonly block: OutputBlock | null;
}

/**
 * The pane's "Draft the action plan": one row for each adverse finding that has no row, into the
 * empty rows only, whatever the plan already holds (Calculate drafts only into a wholly empty plan).
 */
export function draftWorkbookActionPlan(
  raw: RawWorkbook,
  options: CheckOptions = {},
): WorkbookActionPlanDraft | NotWres {
  if (raw.wresNameCount === 0) return NOT_WRES;
  const e = examine(raw, options.settings ?? DEFAULT_SETTINGS, options.today ?? null);
  const plan = e.read.inputs.beyond.actionPlan;
  const def = raw.names.get(NAMES.actionPlan)?.workbook;
  if (e.read.refused || plan === null || !e.read.locate.has(NAMES.actionPlan) || def?.kind !== "range") {
    return { kind: "draft", draft: null, block: null };
  }
  const draft = draftActionPlan(e.adverse, plan, def.rows);
  const block = draft.ok && draft.rows.length > 0 ? actionPlanDraftOutput(draft.rows, def.rows) : null;
  return { kind: "draft", draft, block };
}

/** "Checked 2026-11-22 14:03 by wres 0.1.0: 2 errors, 5 warnings, 7 gaps, 1 note." */
export function summarise(counts: FlagCounts, stamp: CheckStamp): string {
  const when = stamp.checkedAt ? ` ${stamp.checkedAt.replace("T", " ").slice(0, 16)}` : "";
  const by = stamp.checkedBy ? ` by ${stamp.checkedBy}` : "";
  return `Checked${when}${by}: ${formatFlagCounts(counts)}.`;
}
