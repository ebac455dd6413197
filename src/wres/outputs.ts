/** Output blocks: what the add-in writes into the template's output names, derived from the results. */

import {
  CONTRACT,
  I1_BLOCKS,
  NUMBER_FORMATS,
  numberFormatAt,
  RL_INDICATORS,
  SURVEY_INDICATORS,
  specOf,
  yearName,
} from "./contract";
import type { DraftRow } from "./action-plan";
import { goalValues, type GoalsReport } from "./goals";
import { NAMES } from "./names";
import type { RawCell, RawWorkbook } from "./raw";
import type { RlResult, YearResults } from "./indicators";
import type { WhiteBmeUnknown } from "./inputs";

/** Values for one output name, rows × columns; null clears a cell. */
export interface OutputBlock {
  readonly name: string;
  readonly values: readonly (readonly (number | string | null)[])[];
  readonly numberFormat: string;
  /** Per-column formats of a block whose columns differ (WRES_Goals); they override `numberFormat`. */
  readonly columnFormats?: readonly string[];
}

type Values = (number | string | null)[][];

const tripleRow = (s: WhiteBmeUnknown | null | undefined): (number | null)[] =>
  s ? [s.white, s.bme, s.unknown] : [null, null, null];

/** The values each figure output should hold, current and previous year. */
function outputValues(current: YearResults, previous: YearResults, twoYear: RlResult | null): Map<string, Values> {
  const out = new Map<string, Values>();
  for (const [year, py] of [
    [current, false],
    [previous, true],
  ] as const) {
    const set = (base: string, values: Values) => out.set(yearName(base, py), values);
    for (const block of I1_BLOCKS) {
      const rows = year.I1?.rows.filter((r) => r.block === block);
      if (!rows) continue;
      set(
        NAMES.i1Pct(block),
        rows.map((r) => tripleRow(r.pct)),
      );
      set(
        NAMES.i1Gap(block),
        rows.map((r) => [r.bmeGap]),
      );
    }
    if (year.I1) {
      set(NAMES.workforce, [tripleRow(year.I1.workforce)]);
      set(NAMES.workforcePct, [tripleRow(year.I1.workforcePct)]);
    }
    for (const id of RL_INDICATORS) {
      const r = year[id];
      if (!r) continue;
      set(NAMES.likelihood(id), [r.likelihood ? [r.likelihood.white, r.likelihood.bme] : [null, null]]);
      set(NAMES.rl(id), [[r.rl]]);
      set(NAMES.rlCi(id), [r.ci ? [r.ci[0], r.ci[1]] : [null, null]]);
    }
    for (const id of SURVEY_INDICATORS) {
      const s = year.survey[id];
      if (!s) continue;
      set(NAMES.surveyGap(id), [[s.gap]]);
      set(NAMES.surveyGapCi(id), [s.ci ? [s.ci[0], s.ci[1]] : [null, null]]);
    }
    if (year.I9) {
      set(
        NAMES.boardPct,
        year.I9.rows.map((r) => tripleRow(r.pct)),
      );
      set(NAMES.boardDiff, [[year.I9.total], [year.I9.voting], [year.I9.executive]]);
    }
  }
  if (twoYear) out.set(NAMES.rl2y, [[twoYear.rl]]);
  return out;
}

/**
 * Every figure output of the contract that the workbook can hold (`usable`), with values from
 * the results; an output whose indicator could not be read at all is cleared. The summary line
 * is not a figure: see `summaryOutput`.
 */
export function figureOutputs(
  current: YearResults,
  previous: YearResults,
  twoYear: RlResult | null,
  usable: (name: string) => boolean,
  goals: GoalsReport | null = null,
): OutputBlock[] {
  const values = outputValues(current, previous, twoYear);
  if (goals) values.set(NAMES.goals, goalValues(goals));
  const blocks: OutputBlock[] = [];
  for (const spec of CONTRACT) {
    if (spec.role !== "output" || spec.name === NAMES.checkSummary || !usable(spec.name)) continue;
    const v = values.get(spec.name) ?? spec.rows.map(() => spec.columns.map(() => null));
    const columnFormats = spec.columnKinds ? spec.columns.map((_, c) => numberFormatAt(spec, c)) : undefined;
    blocks.push({
      name: spec.name,
      values: v,
      numberFormat: NUMBER_FORMATS[spec.kind],
      ...(columnFormats && { columnFormats }),
    });
  }
  return blocks;
}

/**
 * `WRES_ActionPlan` as Calculate writes it while the block is wholly empty: each drafted row's
 * Indicator and Finding, every other cell left empty; `height` is the block's row count.
 */
export function actionPlanDraftOutput(rows: readonly DraftRow[], height: number): OutputBlock {
  const spec = specOf(NAMES.actionPlan);
  const values = Array.from({ length: height }, (): (string | null)[] => spec.columns.map(() => null));
  for (const d of rows) {
    values[d.row][0] = d.indicator;
    values[d.row][1] = d.finding;
  }
  return {
    name: spec.name,
    values,
    numberFormat: NUMBER_FORMATS[spec.kind],
    columnFormats: spec.columns.map((_, c) => numberFormatAt(spec, c)),
  };
}

/**
 * The workbook as it reads once the draft is written: the drafted cells hold their text (format
 * "@"), every other cell as read. Calculate checks this, so that the results, the summary line
 * and the "WRES checks" sheet describe the plan as it then is, with no further read.
 */
export function rawAfterDraft(read: RawWorkbook, block: OutputBlock): RawWorkbook {
  const name = read.names.get(block.name);
  const def = name?.workbook;
  if (!name || def?.kind !== "range" || def.cells === null) return read;
  const cells = def.cells.map((row, r) =>
    row.map((cell, c): RawCell => {
      const value = block.values[r]?.[c] ?? null;
      if (value === null) return cell;
      const numberFormat = block.columnFormats?.[c] ?? block.numberFormat;
      return typeof value === "number"
        ? { type: "number", value, numberFormat }
        : { type: "string", value, numberFormat };
    }),
  );
  const names = new Map(read.names);
  names.set(block.name, { ...name, workbook: { ...def, cells } });
  return { ...read, names };
}

/** The summary line's block, written after the figures. */
export function summaryOutput(summaryLine: string): OutputBlock {
  return { name: NAMES.checkSummary, values: [[summaryLine]], numberFormat: NUMBER_FORMATS.text };
}
