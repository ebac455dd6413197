/**
 * One workbook, checked: read the template's names, compute both years, judge, build the
 * outputs to write and compare them with what the workbook reports. Every face (the task
 * pane, `wres check`) calls this and decides nothing about WRES itself.
 */

import { SURVEY_INDICATORS, type SurveyIndicator } from "./contract";
import { checkData } from "./data-checks";
import { countFlags, sortFlags, type Flag, type FlagCounts } from "./flags";
import { computeYear, pooledRl, type RlResult, type YearResults } from "./indicators";
import type { Metadata } from "./inputs";
import { boardStatus, findings, gapTrend, isUnderRepresented, rlStatus, rlTrend, surveyStatus } from "./judge";
import { buildOutputs, type OutputBlock } from "./outputs";
import { NAMES } from "./names";
import { overwriteConflicts, type OverwriteConflict, type WrittenValues } from "./overwrite";
import type { RawWorkbook } from "./raw";
import { readWorkbook } from "./read";
import type { I1Report, IndicatorsReport, RlReport, SurveyReport } from "./report";
import { reviewReported } from "./review";
import { DEFAULT_SETTINGS, zFor, type Settings } from "./settings";

export interface CheckOptions {
  readonly settings?: Settings;
  /** When the check ran, for the summary line (ISO 8601); the domain reads no clock. */
  readonly checkedAt?: string;
  /** The checking tool's name and version, for the summary line. */
  readonly checkedBy?: string;
  /** What the add-in last wrote into the outputs; anything else there is a conflict to confirm. */
  readonly lastWritten?: WrittenValues;
  /**
   * Compare the values already in output cells with the recomputation (REPORTED_MISMATCH).
   * Default true; Calculate turns it off, since it replaces those values (conflicts still ask first).
   */
  readonly reviewReported?: boolean;
  /** List output cells that hold what the add-in did not write (default true; a reader that never writes skips it). */
  readonly detectConflicts?: boolean;
}

export type WorkbookCheck =
  | {
      readonly kind: "checked";
      readonly meta: Metadata;
      readonly indicators: IndicatorsReport;
      /** All flags, errors first; REPORTED_MISMATCH flags compare the values the workbook held before any write. */
      readonly flags: readonly Flag[];
      readonly counts: FlagCounts;
      /** What Calculate writes: every usable output name, the summary line included. */
      readonly outputs: readonly OutputBlock[];
      readonly summaryLine: string;
      readonly settings: Settings;
      /** True when the template version was refused and nothing was computed. */
      readonly refused: boolean;
      /** Output cells holding what the add-in did not write: ask before Calculate replaces them. */
      readonly conflicts: readonly OverwriteConflict[];
    }
  | { readonly kind: "not-wres"; readonly message: string };

export const NOT_WRES_MESSAGE =
  "has no WRES names (no defined name starts with WRES_), so it is not a WRES template workbook";

export function checkWorkbook(raw: RawWorkbook, options: CheckOptions = {}): WorkbookCheck {
  if (raw.wresNameCount === 0) return { kind: "not-wres", message: NOT_WRES_MESSAGE };
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const z = zFor(settings.confidence);
  const read = readWorkbook(raw);
  const current = computeYear(read.inputs.current, z);
  const previous = computeYear(read.inputs.previous, z);
  const twoYear = current.I3 && previous.I3 ? pooledRl("I3", current.I3, previous.I3, z) : null;

  const flags: Flag[] = [...read.flags];
  if (!read.refused) {
    flags.push(...checkData(current, previous, twoYear, read.locate, settings));
    flags.push(...findings(current, previous, read.locate, settings));
  }
  const draft = buildOutputs(current, previous, twoYear, "", (n) => read.locate.has(n));
  if (!read.refused && options.reviewReported !== false)
    flags.push(...reviewReported(read.reported, draft, read.locate));

  const sorted = sortFlags(flags);
  const counts = countFlags(sorted);
  const summaryLine = summarise(counts, options);
  const outputs = read.refused
    ? []
    : draft.map((b) => (b.name === NAMES.checkSummary ? { ...b, values: [[summaryLine]] } : b));
  return {
    kind: "checked",
    meta: read.inputs.meta,
    indicators: reportIndicators(current, previous, twoYear, settings),
    flags: sorted,
    counts,
    outputs,
    summaryLine,
    settings,
    refused: read.refused,
    conflicts:
      options.detectConflicts === false
        ? []
        : overwriteConflicts(read.reported, read.locate, options.lastWritten ?? {}),
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "Checked 2026-11-22 14:03 by wres 0.1.0: 2 errors, 5 warnings, 7 gaps." */
export function summarise(counts: FlagCounts, options: CheckOptions): string {
  const when = options.checkedAt ? ` ${options.checkedAt.replace("T", " ").slice(0, 16)}` : "";
  const by = options.checkedBy ? ` by ${options.checkedBy}` : "";
  return `Checked${when}${by}: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.gaps, "gap")}.`;
}

function reportIndicators(
  current: YearResults,
  previous: YearResults,
  twoYear: RlResult | null,
  settings: Settings,
): IndicatorsReport {
  const survey = {} as Record<SurveyIndicator, SurveyReport>;
  for (const id of SURVEY_INDICATORS) {
    const s = current.survey[id];
    const gapPY = previous.survey[id]?.gap ?? null;
    survey[id] = {
      white: s?.white ?? null,
      bme: s?.bme ?? null,
      gap: s?.gap ?? null,
      ci: s?.ci ?? null,
      gapPY,
      status: surveyStatus(id, s?.gap ?? null, settings),
      trend: gapTrend(s?.gap ?? null, gapPY),
      respondents: s?.respondents ?? null,
      notComputable:
        s?.gap != null
          ? null
          : s
            ? "A survey percentage is missing or invalid (see the flags)."
            : "The indicator's inputs could not be read (see the flags).",
    };
  }
  const diffs = (y: YearResults) =>
    y.I9 ? { total: y.I9.total, voting: y.I9.voting, executive: y.I9.executive } : null;
  const board = diffs(current);
  return {
    I1: reportI1(current, previous, settings),
    I2: reportRl(current.I2, previous.I2, settings),
    I3: { ...reportRl(current.I3, previous.I3, settings), rl2y: twoYear?.rl ?? null },
    I4: reportRl(current.I4, previous.I4, settings),
    ...survey,
    I9: {
      total: board?.total ?? null,
      voting: board?.voting ?? null,
      executive: board?.executive ?? null,
      status: boardStatus(current.I9, settings),
      trend: gapTrend(board?.total ?? null, previous.I9?.total ?? null),
      previous: diffs(previous),
      boardBmePct: current.I9?.rows[0].pct?.bme ?? null,
    },
  };
}

function reportI1(current: YearResults, previous: YearResults, settings: Settings): I1Report {
  return {
    workforce: current.I1?.workforce ?? null,
    workforcePct: current.I1?.workforcePct ?? null,
    rows: (current.I1?.rows ?? []).map((r) => ({
      block: r.block,
      label: r.label,
      white: r.counts.white,
      bme: r.counts.bme,
      unknown: r.counts.unknown,
      pct: r.pct,
      bmeGap: r.bmeGap,
      underRepresented: isUnderRepresented(r, settings),
    })),
    workforcePY: previous.I1?.workforce ?? null,
    workforcePctPY: previous.I1?.workforcePct ?? null,
  };
}

function reportRl(r: RlResult | null, py: RlResult | null, settings: Settings): RlReport {
  const rl = r?.rl ?? null;
  const rlPY = py?.rl ?? null;
  return {
    rl,
    ci: r?.ci ?? null,
    likelihood: r?.likelihood ?? null,
    rlPY,
    status: rlStatus(rl, settings),
    trend: rlTrend(rl, rlPY),
    significant: r?.significant ?? null,
    notComputable:
      r && rl === null ? notComputableReason(r) : rl === null ? "The indicator's inputs could not be read." : null,
    headcountSource: r?.populationSource ?? "input",
  };
}

function notComputableReason(r: RlResult): string {
  if (!r.undefinedBecause) return "Some of its inputs are missing or invalid.";
  return r.undefinedBecause.why === "no-population"
    ? "A group's population is zero, so its rate is undefined."
    : "A group has no events, so the ratio is 0 or infinite: undefined.";
}
