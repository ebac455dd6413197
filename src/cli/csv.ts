/**
 * `--csv FILE`: one row per file with every indicator value, the template 1.1 findings no action
 * covers and the goal shortfall total, the flag counts, the number of
 * reported values that do not match the data and the flag codes raised. Text that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR) is neutralised, whatever it holds: an organisation
 * named "-0.05" is text and gets the prefix. Numbers are written as numbers and never prefixed.
 */

import { RL_INDICATORS, SURVEY_INDICATORS } from "../wres/contract";
import type { FileReport } from "./file-report";
import { flagCodes, reportedMismatches } from "./flag-summary";
import { visibleText } from "./visible-text";

type CsvValue = string | number | null | undefined;

const COLUMNS: readonly [string, (r: FileReport) => CsvValue][] = [
  ["file", (r) => r.file],
  ["status", (r) => r.status],
  ["error", (r) => (r.status === "unreadable" ? r.error : null)],
  ...okColumns(),
];

function okColumns(): [string, (r: FileReport) => CsvValue][] {
  const ok =
    (f: (r: Extract<FileReport, { status: "ok" }>) => CsvValue) =>
    (r: FileReport): CsvValue =>
      r.status === "ok" ? f(r) : null;
  const cols: [string, (r: FileReport) => CsvValue][] = [
    ["organisation", ok((r) => r.organisation)],
    ["org_code", ok((r) => r.orgCode)],
    ["reporting_year", ok((r) => r.reportingYear)],
    ["workforce", ok((r) => (r.indicators.I1.workforce ? sum(r.indicators.I1.workforce) : null))],
    ["workforce_white_pct", ok((r) => r.indicators.I1.workforcePct?.white)],
    ["workforce_bme_pct", ok((r) => r.indicators.I1.workforcePct?.bme)],
    ["workforce_unknown_pct", ok((r) => r.indicators.I1.workforcePct?.unknown)],
  ];
  for (const id of RL_INDICATORS) {
    cols.push(
      [`${id}_rl`, ok((r) => r.indicators[id].rl)],
      [`${id}_ci_low`, ok((r) => r.indicators[id].ci?.[0])],
      [`${id}_ci_high`, ok((r) => r.indicators[id].ci?.[1])],
      [`${id}_white_rate`, ok((r) => r.indicators[id].likelihood?.white)],
      [`${id}_bme_rate`, ok((r) => r.indicators[id].likelihood?.bme)],
      [`${id}_status`, ok((r) => r.indicators[id].status)],
      [`${id}_rl_py`, ok((r) => r.indicators[id].rlPY)],
      [`${id}_trend`, ok((r) => r.indicators[id].trend)],
    );
    if (id === "I3") cols.push(["I3_rl_2y", ok((r) => r.indicators.I3.rl2y)]);
  }
  for (const id of SURVEY_INDICATORS) {
    cols.push(
      [`${id}_white_pct`, ok((r) => r.indicators[id].white)],
      [`${id}_bme_pct`, ok((r) => r.indicators[id].bme)],
      [`${id}_gap`, ok((r) => r.indicators[id].gap)],
      [`${id}_status`, ok((r) => r.indicators[id].status)],
      [`${id}_gap_py`, ok((r) => r.indicators[id].gapPY)],
      [`${id}_trend`, ok((r) => r.indicators[id].trend)],
    );
  }
  cols.push(
    ["I9_total", ok((r) => r.indicators.I9.total)],
    ["I9_voting", ok((r) => r.indicators.I9.voting)],
    ["I9_executive", ok((r) => r.indicators.I9.executive)],
    ["I9_status", ok((r) => r.indicators.I9.status)],
    ["I9_trend", ok((r) => r.indicators.I9.trend)],
    // Template 1.1: blank for a 1.0 workbook, which has no action plan or goals.
    ["action_uncovered", ok((r) => (r.actionPlan ? r.actionPlan.uncovered.join(" ") : null))],
    ["goal_shortfall", ok((r) => r.goals?.shortfallTotal)],
    ["errors", ok((r) => r.counts.errors)],
    ["warnings", ok((r) => r.counts.warnings)],
    ["gaps", ok((r) => r.counts.gaps)],
    ["info", ok((r) => r.counts.info)],
    ["reported_mismatches", ok(reportedMismatches)],
    ["flag_codes", ok((r) => flagCodes(r).join(" ") || null)],
  );
  return cols;
}

const sum = (g: { white: number; bme: number; unknown: number }): number => g.white + g.bme + g.unknown;

/**
 * A CSV field: numbers as written; text quoted when needed, prefixed with ' if it would start a
 * formula, and its control characters escaped visibly (visibleText).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = visibleText(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's first line, with its line end. */
export function csvHeader(): string {
  return COLUMNS.map(([h]) => h).join(",") + "\r\n";
}

/** One file's line, with its line end: lines are made as the reports come in. */
export function csvRow(r: FileReport): string {
  return COLUMNS.map(([, get]) => csvField(get(r))).join(",") + "\r\n";
}

export function formatCsv(reports: readonly FileReport[]): string {
  return csvHeader() + reports.map(csvRow).join("");
}
