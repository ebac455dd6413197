/**
 * Findings raised as flags, read off the judged result (judge.ts): gaps beyond the thresholds,
 * reverse gaps, under-represented band rows, and what got worse since last year. Nothing is
 * judged here; this only says in words what the judgement found.
 */

import { BOARD_DIFF_ROWS, I1_BLOCK_ROWS, I1_BLOCK_TITLES, RL_INDICATORS, SURVEY_INDICATORS } from "./contract";
import { flagAt, type Flag, type FlagDraft } from "./flags";
import { formatCount, formatInterval, formatPoints, formatPointsSize, formatRl, formatShare } from "./format";
import { boardMeaning, rlMeaning, surveyMeaning } from "./indicator-words";
import type { Judgement } from "./judge";
import type { Locator } from "./locate";
import { NAMES } from "./names";
import type { I1RowReport, RlReport } from "./report";
import type { Settings } from "./settings";

/** Places a finding's flag. Drafts put `...at` last: a spread followed by new keys is slow in V8. */
type Place = (draft: FlagDraft, row?: number) => void;

export function findings(judgement: Judgement, locate: Locator, settings: Settings): Flag[] {
  const flags: Flag[] = [];
  const place: Place = (draft, row = 0) => flags.push(flagAt(locate, draft, row));
  rlFindings(judgement, settings, place);
  surveyFindings(judgement, settings, place);
  boardFindings(judgement, settings, place);
  for (const row of judgement.indicators.I1.rows) if (row.underRepresented) underRepresented(row, place);
  return flags;
}

function significance(r: RlReport, settings: Settings): string {
  if (!r.ci) return "";
  const interval = formatInterval(r.ci, formatRl, settings.confidence);
  return r.significant
    ? ` The ${interval} excludes 1.00 (statistically significant; an addition to the standard).`
    : ` The ${interval} includes 1.00.`;
}

function rlFindings({ indicators }: Judgement, settings: Settings, place: Place): void {
  const [lo, hi] = settings.rlBand;
  for (const id of RL_INDICATORS) {
    const r = indicators[id];
    if (r.rl === null) continue;
    const at = { indicator: id, name: NAMES.rl(id) };
    const rl = formatRl(r.rl);
    if (r.status === "adverse") {
      const message = `${rlMeaning(id, r.rl)} ${rl} is at or above ${formatRl(hi)}: an adverse gap.${significance(r, settings)}`;
      place({ code: "GAP_RL", severity: "warning", message, ...at });
    } else if (r.status === "reverse") {
      const message = `${rlMeaning(id, r.rl)} ${rl} is below ${formatRl(lo)}: a reverse gap (BME staff fare better), reported as information.${significance(r, settings)}`;
      place({ code: "REVERSE_GAP_RL", severity: "info", message, ...at });
    }
    if (r.trend === "worse") {
      const message = `The relative likelihood moved away from 1.00: ${formatRl(r.rlPY)} last year, ${rl} this year.`;
      place({ code: "WORSENED", severity: "info", message, ...at });
    }
  }
}

function surveyFindings({ indicators }: Judgement, settings: Settings, place: Place): void {
  for (const id of SURVEY_INDICATORS) {
    const s = indicators[id];
    if (s.gap === null) continue;
    const at = { indicator: id, name: NAMES.surveyGap(id) };
    const meaning = surveyMeaning(id, s);
    if (s.status === "adverse" && meaning) {
      const message = `${meaning} An adverse gap of ${formatPointsSize(settings.surveyGap)} or more is a gap.`;
      place({ code: "GAP_SURVEY", severity: "warning", message, ...at });
    }
    if (s.trend === "worse") {
      const message = `The gap widened: ${formatPoints(s.gapPY)} last year, ${formatPoints(s.gap)} this year.`;
      place({ code: "WORSENED", severity: "info", message, ...at });
    }
  }
}

function boardFindings({ indicators, adverseBoardRows }: Judgement, settings: Settings, place: Place): void {
  const b = indicators.I9;
  const at = { indicator: "I9", name: NAMES.boardDiff } as const;
  [b.total, b.voting, b.executive].forEach((diff, row) => {
    if (diff === null || !adverseBoardRows[row]) return;
    const message = `${boardMeaning(diff, BOARD_DIFF_ROWS[row])} A difference of ${formatPointsSize(settings.boardGap)} or more is a gap.`;
    place({ code: "GAP_BOARD", severity: "warning", message, ...at }, row);
  });
  if (b.trend === "worse") {
    const message = `The board moved further from the workforce: ${formatPoints(b.previous?.total ?? null)} last year, ${formatPoints(b.total)} this year.`;
    place({ code: "WORSENED", severity: "info", message, ...at });
  }
}

function underRepresented(row: I1RowReport, place: Place): void {
  if (!row.pct || row.bmeGap === null || row.white === null || row.bme === null || row.unknown === null) return;
  const staff = formatCount(row.white + row.bme + row.unknown);
  const message = `${row.label} (${I1_BLOCK_TITLES[row.block].toLowerCase()}, ${staff} staff) is ${formatShare(row.pct.bme)} BME, ${formatPointsSize(row.bmeGap)} below the workforce: BME staff are under-represented.`;
  place(
    { code: "UNDER_REPRESENTED_BAND", severity: "warning", indicator: "I1", name: NAMES.i1Gap(row.block), message },
    I1_BLOCK_ROWS[row.block].indexOf(row.label),
  );
}
