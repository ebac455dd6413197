/**
 * Section 2 of the report: one subsection per indicator, with its chart (when a chart provider
 * gives one), the sentences that state the finding, its figures with last year's, and its series
 * (template 1.1). The sentences are the domain's: a finding is said as its flag says it
 * (findings.ts), and an indicator with no finding by its meaning (indicator-words.ts).
 */

import type { CheckedWorkbook } from "../wres/check";
import {
  BOARD_DIFF_ROWS,
  INDICATOR_IDS,
  type IndicatorId,
  type RlIndicator,
  type SurveyIndicator,
} from "../wres/contract";
import type { Flag, FlagCode } from "../wres/flags";
import { formatCount, formatInterval, formatPoints, formatRate, formatRl, formatShare } from "../wres/format";
import {
  boardMeaning,
  GAP_STATUS_WORDS,
  INDICATOR_WORDS,
  RL_STATUS_WORDS,
  RL_WORDS,
  rlMeaning,
  SERIES_FIGURE_WORDS,
  surveyMeaning,
  trendWords,
} from "../wres/indicator-words";
import type { BoardDiffs, Trend } from "../wres/report";
import { fact, facts, figures, list, paragraph, section, table, text } from "./blocks";
import type { ChartProvider, ReportBlock, ReportExtras, ReportSection } from "./model";

/** Findings said in the indicator's own words by its flag; WORSENED is said after them. */
const FINDING_CODES: ReadonlySet<FlagCode> = new Set<FlagCode>(["GAP_RL", "REVERSE_GAP_RL", "GAP_SURVEY", "GAP_BOARD"]);

/** A series value or last year's figure, formatted as the indicator's figure is (cli.md `series`). */
export function indicatorFigure(id: IndicatorId, value: number | null): string {
  if (id === "I1") return formatShare(value);
  if (id === "I2" || id === "I3" || id === "I4") return formatRl(value);
  return formatPoints(value);
}

export const NO_FIGURE = "no figure";

/** "1.45, worse than last year", or "no figure" when last year's is missing. */
export function lastYearText(id: IndicatorId, value: number | null, trend: Trend): string {
  if (value === null) return NO_FIGURE;
  const words = trendWords(trend);
  return `${indicatorFigure(id, value)}${words ? `, ${words}` : ""}`;
}

const flagsOf = (flags: readonly Flag[], id: IndicatorId, codes: (code: FlagCode) => boolean): string[] =>
  flags.filter((f) => f.indicator === id && codes(f.code)).map((f) => f.message);

/** The finding's sentences: its flags' messages when it is a finding, else what the figure means. */
function findingSentences(id: IndicatorId, checked: CheckedWorkbook, meaning: readonly string[]): ReportBlock[] {
  const found = flagsOf(checked.flags, id, (c) => FINDING_CODES.has(c));
  const worsened = flagsOf(checked.flags, id, (c) => c === "WORSENED");
  return [...(found.length ? found : meaning), ...worsened].map((s) => paragraph(s));
}

function rlBlocks(id: RlIndicator, checked: CheckedWorkbook): ReportBlock[] {
  const r = checked.indicators[id];
  const confidence = checked.settings.confidence;
  const meaning = r.rl !== null ? [rlMeaning(id, r.rl)] : [`Not computable: ${r.notComputable ?? "see the flags."}`];
  const significance = r.significant
    ? "excludes 1.00, statistically significant (an addition to the standard)"
    : "includes 1.00, not statistically significant";
  return [
    ...findingSentences(id, checked, meaning),
    facts(
      fact("Relative likelihood", formatRl(r.rl)),
      fact("Status", RL_STATUS_WORDS[r.status]),
      r.likelihood
        ? fact(RL_WORDS[id].rateLabel, `White ${formatRate(r.likelihood.white)}, BME ${formatRate(r.likelihood.bme)}`)
        : null,
      r.ci ? fact("Interval", `${formatInterval(r.ci, formatRl, confidence)}: ${significance}`) : null,
      "rl2y" in r && r.rl2y !== null ? fact("Over two years", `${formatRl(r.rl2y)} (this year and last pooled)`) : null,
      fact("Last year", lastYearText(id, r.rlPY, r.trend)),
      r.headcountSource === "workforce"
        ? fact("Headcount", "the indicator 1 workforce, as the headcount was left blank")
        : null,
    ),
  ];
}

function surveyBlocks(id: SurveyIndicator, checked: CheckedWorkbook): ReportBlock[] {
  const s = checked.indicators[id];
  const meaning = surveyMeaning(id, s) ?? `Not computable: ${s.notComputable ?? "see the flags."}`;
  return [
    ...findingSentences(id, checked, [meaning]),
    facts(
      fact("Gap (BME − White)", formatPoints(s.gap)),
      fact("Status", GAP_STATUS_WORDS[s.status]),
      fact("Staff survey", `White ${formatShare(s.white)}, BME ${formatShare(s.bme)}`),
      s.respondents
        ? fact("Respondents", `White ${formatCount(s.respondents.white)}, BME ${formatCount(s.respondents.bme)}`)
        : null,
      s.ci ? fact("Interval", formatInterval(s.ci, formatPoints, checked.settings.confidence)) : null,
      fact("Last year", lastYearText(id, s.gapPY, s.trend)),
    ),
  ];
}

const DIFF_KEYS: readonly (keyof BoardDiffs)[] = ["total", "voting", "executive"];

function boardBlocks(checked: CheckedWorkbook): ReportBlock[] {
  const b = checked.indicators.I9;
  const meaning = DIFF_KEYS.flatMap((key, i) => {
    const diff = b[key];
    return diff === null ? [] : [boardMeaning(diff, BOARD_DIFF_ROWS[i])];
  });
  const none = "Not computable: the board or the workforce figures are missing or invalid (see the flags).";
  return [
    ...findingSentences("I9", checked, meaning.length ? meaning : [none]),
    facts(
      ...DIFF_KEYS.map((key, i) => fact(BOARD_DIFF_ROWS[i], formatPoints(b[key]))),
      fact("Status", GAP_STATUS_WORDS[b.status]),
      fact(
        "BME share",
        `board ${formatShare(b.boardBmePct)}, workforce ${formatShare(checked.indicators.I1.workforcePct?.bme ?? null)}`,
      ),
      fact("Last year", `total board ${lastYearText("I9", b.previous?.total ?? null, b.trend)}`),
    ),
  ];
}

function representationBlocks(checked: CheckedWorkbook): ReportBlock[] {
  const i1 = checked.indicators.I1;
  const { workforce, workforcePct } = i1;
  const under = checked.flags.filter((f) => f.code === "UNDER_REPRESENTED_BAND").map((f) => f.message);
  const lead =
    workforce && workforcePct
      ? `The workforce is ${formatCount(workforce.white + workforce.bme + workforce.unknown)} staff: White ${formatShare(workforcePct.white)}, BME ${formatShare(workforcePct.bme)}, Unknown ${formatShare(workforcePct.unknown)}.`
      : "Not computable: the band counts are missing or invalid (see the flags).";
  const pyTotal = i1.workforcePY ? i1.workforcePY.white + i1.workforcePY.bme + i1.workforcePY.unknown : null;
  return [
    paragraph(lead),
    ...(under.length
      ? [
          paragraph(`BME staff are under-represented in ${under.length === 1 ? "one row" : `${under.length} rows`}:`),
          list(under),
        ]
      : workforcePct
        ? [paragraph("No band or grade is judged under-represented.")]
        : []),
    facts(
      fact("Workforce BME share", formatShare(workforcePct?.bme ?? null)),
      fact(
        "Last year",
        i1.workforcePctPY && pyTotal !== null
          ? `${formatCount(pyTotal)} staff, BME ${formatShare(i1.workforcePctPY.bme)}`
          : NO_FIGURE,
      ),
    ),
  ];
}

/** The series (template 1.1): the sentence on its run of years, its chart when the provider gives one, and the years as a table. */
function seriesBlocks(
  id: IndicatorId,
  checked: CheckedWorkbook,
  extras: ReportExtras,
  charts: ChartProvider | undefined,
): ReportBlock[] {
  const series = extras.series?.[id];
  if (!series || series.length === 0) return [];
  const sentence = extras.seriesSentences?.[id];
  const chart = charts?.series?.(id, series, checked) ?? null;
  return [
    ...(sentence ? [paragraph(sentence)] : []),
    ...(chart ? [{ kind: "chart", chart } as const] : []),
    table(
      `${INDICATOR_WORDS[id].title}: year by year`,
      [text("Year"), figures(SERIES_FIGURE_WORDS[id])],
      series.map((p) => [String(p.year), indicatorFigure(id, p.value)]),
    ),
  ];
}

function blocksOf(id: IndicatorId, checked: CheckedWorkbook): ReportBlock[] {
  switch (id) {
    case "I1":
      return representationBlocks(checked);
    case "I2":
    case "I3":
    case "I4":
      return rlBlocks(id, checked);
    case "I5":
    case "I6":
    case "I7":
    case "I8":
      return surveyBlocks(id, checked);
    case "I9":
      return boardBlocks(checked);
  }
}

export const indicatorHeading = (id: IndicatorId): string => `Indicator ${id.slice(1)}: ${INDICATOR_WORDS[id].title}`;

export function indicatorSections(
  checked: CheckedWorkbook,
  extras: ReportExtras,
  charts: ChartProvider | undefined,
): ReportSection[] {
  return INDICATOR_IDS.map((id) => {
    const chart = charts?.indicator?.(id, checked, extras) ?? null;
    return section(`indicator-${id}`, indicatorHeading(id), [
      paragraph(INDICATOR_WORDS[id].heading, "note"),
      ...(chart ? [{ kind: "chart", chart } as const] : []),
      ...blocksOf(id, checked),
      ...seriesBlocks(id, checked, extras, charts),
    ]);
  });
}
