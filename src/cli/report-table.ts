/**
 * The report's main table: one row per return, one column per indicator, each value with a
 * status badge that says its status in words and shape (never colour alone). Every cell carries
 * a `data-sort` key for the page's script; without the script the table reads in the order the
 * files were found.
 */

import { RL_INDICATORS, SURVEY_INDICATORS, type RlIndicator, type SurveyIndicator } from "../wres/contract";
import { formatCount, formatPoints, formatRl, formatShare } from "../wres/format";
import { GAP_STATUS_WORDS, INDICATOR_WORDS, RL_STATUS_WORDS } from "../wres/indicator-words";
import type { GapStatus, RlStatus } from "../wres/report";
import type { CheckedFile, FileReport } from "./file-report";
import { reportedMismatches } from "./flag-summary";
import { markup, type Html, type HtmlPart } from "./html";

type Status = RlStatus | GapStatus;

/** Short badge words; the full words are in the tooltip. */
const BADGE_WORDS: Record<Status, string> = {
  within: "within",
  adverse: "adverse",
  reverse: "reverse",
  favourable: "favourable",
  "not-computable": "n/c",
};
/** A symbol per status, so that a badge does not rely on colour. */
const BADGE_SYMBOLS: Record<Status, string> = {
  within: "●",
  adverse: "▲",
  reverse: "▼",
  favourable: "◆",
  "not-computable": "○",
};

function statusBadge(status: Status, words: string): Html {
  return markup`<span class="badge ${status}" title="${words}"><span aria-hidden="true">${BADGE_SYMBOLS[status]}</span> ${BADGE_WORDS[status]}</span>`;
}

interface TableCell {
  /** The sort key: numbers sort as numbers; null sorts last. */
  readonly sort: string | number | null;
  readonly content: HtmlPart;
  readonly numeric: boolean;
}

interface Column {
  readonly heading: Html;
  cell(r: CheckedFile): TableCell;
}

const count = (n: number, emphasise = false): TableCell => ({
  sort: n,
  content: emphasise && n > 0 ? markup`<span class="count-error">${n}</span>` : n,
  numeric: true,
});

const heading = (short: string, title: string): Html => markup`<abbr title="${title}">${short}</abbr>`;

function rlColumn(id: RlIndicator): Column {
  return {
    heading: heading(`RL${id.slice(1)}`, `${id}: ${INDICATOR_WORDS[id].title} (relative likelihood)`),
    cell: (r) => {
      const { rl, status } = r.indicators[id];
      const value = rl === null ? "—" : formatRl(rl);
      return { sort: rl, content: markup`${value} ${statusBadge(status, RL_STATUS_WORDS[status])}`, numeric: true };
    },
  };
}

function gapColumn(id: SurveyIndicator | "I9"): Column {
  const what = id === "I9" ? "board BME % − workforce BME %, total board" : "BME % − White %";
  return {
    heading: heading(id, `${id}: ${INDICATOR_WORDS[id].title} (${what}, in points)`),
    cell: (r) => {
      const gap = id === "I9" ? r.indicators.I9.total : r.indicators[id].gap;
      const status = r.indicators[id].status;
      const content = markup`${formatPoints(gap)} ${statusBadge(status, GAP_STATUS_WORDS[status])}`;
      return { sort: gap, content, numeric: true };
    },
  };
}

const COLUMNS: readonly Column[] = [
  { heading: markup`Year`, cell: (r) => ({ sort: r.reportingYear, content: r.reportingYear, numeric: true }) },
  { heading: markup`Errors`, cell: (r) => count(r.counts.errors, true) },
  {
    heading: heading("Mismatches", "Reported values that do not match the data (REPORTED_MISMATCH)"),
    cell: (r) => count(reportedMismatches(r), true),
  },
  { heading: markup`Warnings`, cell: (r) => count(r.counts.warnings) },
  { heading: markup`Gaps`, cell: (r) => count(r.counts.gaps) },
  {
    heading: heading("I1 BME", `I1: ${INDICATOR_WORDS.I1.title} (BME share of the workforce)`),
    cell: (r) => {
      const bme = r.indicators.I1.workforcePct?.bme ?? null;
      return { sort: bme, content: formatShare(bme), numeric: true };
    },
  },
  ...RL_INDICATORS.map(rlColumn),
  ...SURVEY_INDICATORS.map(gapColumn),
  gapColumn("I9"),
  {
    heading: heading(
      "No action",
      "Template 1.1: the adverse findings no action covers (ACTION_MISSING); blank for a 1.0 workbook",
    ),
    cell: (r) => {
      const uncovered = r.actionPlan?.uncovered ?? null;
      return {
        sort: uncovered === null ? null : uncovered.length,
        content: uncovered === null ? "" : uncovered.join(" ") || "none",
        numeric: false,
      };
    },
  },
  {
    heading: heading(
      "Goal shortfall",
      "Template 1.1: BME staff short of the aspirational goal, senior bands added up (this tool's method); blank for a 1.0 workbook",
    ),
    cell: (r) => {
      const total = r.goals?.shortfallTotal ?? null;
      return { sort: total, content: total === null ? "" : formatCount(total), numeric: true };
    },
  },
];

function td(cell: TableCell): Html {
  const sort = cell.sort === null ? "" : String(cell.sort);
  return markup`<td${cell.numeric ? markup` class="num"` : ""} data-sort="${sort}">${cell.content}</td>`;
}

function checkedRow(r: CheckedFile, anchor: string): Html {
  const who = r.organisation ?? "(organisation not given)";
  return markup`<tr><td data-sort="${who}"><a href="#${anchor}">${who}</a>${r.orgCode ? markup` (${r.orgCode})` : ""}<div class="file">${r.file}</div></td>${COLUMNS.map((c) => td(c.cell(r)))}</tr>
`;
}

function unreadableRow(file: string, anchor: string): Html {
  const blank = markup`<td data-sort=""></td>`;
  return markup`<tr class="unreadable"><td data-sort="${file}"><a href="#${anchor}">${file}</a> <span class="badge unreadable"><span aria-hidden="true">✗</span> unreadable</span></td>${COLUMNS.map(() => blank)}</tr>
`;
}

/** One return's row of the table; `anchor` is the id of its entry further down the page. */
export function returnRow(r: FileReport, anchor: string): Html {
  return r.status === "ok" ? checkedRow(r, anchor) : unreadableRow(r.file, anchor);
}

/** The table of every return, from each one's returnRow in the order found. */
export function returnsTable(rows: readonly Html[]): Html {
  return markup`<div class="table-wrap"><table class="returns">
<thead><tr><th scope="col">Organisation</th>${COLUMNS.map((c) => markup`<th scope="col">${c.heading}</th>`)}</tr></thead>
<tbody>
${rows}</tbody>
</table></div>`;
}
