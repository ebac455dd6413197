/** The readable summary of `wres check`: per file, every indicator and the flags by severity with their cells. */

import { SURVEY_INDICATORS, type IndicatorId } from "../wres/contract";
import { FLAG_GROUPS, flagGroup, type Flag, type FlagGroup } from "../wres/flags";
import { formatCount, formatFlagCounts, formatInterval, formatPoints, formatRl, formatShare } from "../wres/format";
import { GAP_STATUS_WORDS, INDICATOR_WORDS, RL_STATUS_WORDS, trendWords } from "../wres/indicator-words";
import type { RlReport, SurveyReport } from "../wres/report";
import type { CheckedFile, FileReport } from "./file-report";
import { visibleText } from "./visible-text";

export interface Style {
  bold(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const COLOUR: Style = { bold: ansi(1), red: ansi(31), yellow: ansi(33), dim: ansi(2) };
export const PLAIN: Style = { bold: (s) => s, red: (s) => s, yellow: (s) => s, dim: (s) => s };

const GROUP_HEADINGS: Record<FlagGroup, string> = {
  errors: "Errors",
  warnings: "Warnings",
  gaps: "Gaps",
  information: "Information",
};

/**
 * `confidence` is the level the intervals were computed at (the settings used). Text from the
 * workbook or the file system (file names, organisation, flag messages and cells) is printed
 * through visibleText.
 */
export function formatText(reports: readonly FileReport[], style: Style, confidence = 0.95): string {
  return reports.map((r) => formatFile(r, style, confidence)).join("\n\n") + "\n";
}

/** One file's part of the summary (formatText puts a blank line between two files). */
export function formatFile(r: FileReport, style: Style, confidence = 0.95): string {
  return r.status === "ok" ? formatChecked(r, style, confidence) : style.red(`✗ ${visibleText(r.error)}`);
}

function statusText(words: string, style: Style, adverse: boolean): string {
  return adverse ? style.yellow(words.toUpperCase()) : words;
}

function rlLine(id: IndicatorId, r: RlReport, style: Style, confidence: number, extra = ""): string {
  const parts = [`RL ${formatRl(r.rl)}`];
  if (r.ci) parts.push(`(${formatInterval(r.ci, formatRl, confidence)}${r.significant ? ", significant" : ""})`);
  parts.push(statusText(RL_STATUS_WORDS[r.status], style, r.status === "adverse"));
  if (r.rlPY !== null) parts.push(`last year ${formatRl(r.rlPY)}${r.trend ? `, ${trendWords(r.trend)}` : ""}`);
  if (r.rl === null && r.notComputable) parts.push(`— ${r.notComputable}`);
  return line(id, parts.join("  ") + extra);
}

function surveyLine(id: IndicatorId, s: SurveyReport, style: Style, confidence: number): string {
  const parts = [`White ${formatShare(s.white)}, BME ${formatShare(s.bme)}, gap ${formatPoints(s.gap)}`];
  if (s.ci) parts.push(`(${formatInterval(s.ci, formatPoints, confidence)})`);
  parts.push(statusText(GAP_STATUS_WORDS[s.status], style, s.status === "adverse"));
  if (s.gapPY !== null) parts.push(`last year ${formatPoints(s.gapPY)}${s.trend ? `, ${trendWords(s.trend)}` : ""}`);
  return line(id, parts.join("  "));
}

const line = (id: IndicatorId, text: string): string => `  ${id.padEnd(3)} ${INDICATOR_WORDS[id].title}\n      ${text}`;

function formatChecked(r: CheckedFile, style: Style, confidence: number): string {
  const who = [
    r.organisation ?? "(organisation not given)",
    r.orgCode ? `(${r.orgCode})` : null,
    r.reportingYear ? `reporting year ${r.reportingYear}` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const out = [style.bold(visibleText(`${r.file} — ${who}`))];
  const i = r.indicators;
  const w = i.I1.workforce;
  out.push(
    line(
      "I1",
      w
        ? `workforce ${formatCount(w.white + w.bme + w.unknown)}: White ${formatShare(i.I1.workforcePct?.white ?? null)}, BME ${formatShare(i.I1.workforcePct?.bme ?? null)}, Unknown ${formatShare(i.I1.workforcePct?.unknown ?? null)}`
        : "workforce not computable (see the flags)",
    ),
  );
  out.push(rlLine("I2", i.I2, style, confidence));
  out.push(rlLine("I3", i.I3, style, confidence, i.I3.rl2y !== null ? `  two-year RL ${formatRl(i.I3.rl2y)}` : ""));
  out.push(rlLine("I4", i.I4, style, confidence));
  for (const id of SURVEY_INDICATORS) out.push(surveyLine(id, i[id], style, confidence));
  const b = i.I9;
  out.push(
    line(
      "I9",
      `board − workforce BME: total ${formatPoints(b.total)}, voting ${formatPoints(b.voting)}, executive ${formatPoints(b.executive)}  ${statusText(GAP_STATUS_WORDS[b.status], style, b.status === "adverse")}${b.trend ? `  ${trendWords(b.trend)}` : ""}`,
    ),
  );
  const c = r.counts;
  out.push(`  ${style.bold("Flags")}: ${formatFlagCounts(c)}`);
  for (const group of FLAG_GROUPS) {
    const flags = r.flags.filter((f) => flagGroup(f) === group);
    if (!flags.length) continue;
    out.push(`  ${GROUP_HEADINGS[group]} (${flags.length})`);
    for (const f of flags) out.push(flagLine(f, style));
  }
  return out.join("\n");
}

function flagLine(f: Flag, style: Style): string {
  const code =
    f.severity === "error" ? style.red(f.code) : f.severity === "warning" ? style.yellow(f.code) : style.dim(f.code);
  return `    ${code}  ${visibleText(`${f.cell ? `${f.cell}: ` : ""}${f.message}`)}`;
}
