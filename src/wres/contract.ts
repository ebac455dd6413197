/**
 * The named-range contract of the WRES template workbook (shared/spec/template.md) as data.
 * The template generator, the reader, the checks and the docs all derive from this table:
 * a new name is one new row here.
 */

import { RL_WORDS, SURVEY_WORDS } from "./indicator-words";
import { NAMES } from "./names";

/** "mixed": some columns are written by the add-in (only into empty rows), the rest are the trust's (WRES_ActionPlan). */
export type Role = "input" | "output" | "mixed";

/** What a cell of the block holds; decides validation, number format and display precision. */
export type CellKind =
  | "count" // whole number ≥ 0
  | "percent" // fraction 0–1 shown as %
  | "gap" // signed difference of fractions, shown as percentage points
  | "rate" // a likelihood (fraction 0–1)
  | "ratio" // a relative likelihood, plain number shown to 2 decimals
  | "year"
  | "text"
  | "orgCode"
  | "version"
  | "date" // a calendar date: an Excel date serial, or text such as 2026-03-31 or 31/03/2026
  | "indicatorCode" // I1 … I9
  | "actionStatus"; // one of ACTION_STATUSES (beyond-inputs.ts)

export const INDICATOR_IDS = ["I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9"] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The template's sheets, in order. */
export const AREAS = [
  "About",
  "Indicator 1",
  "Indicators 2-4",
  "Indicators 5-8",
  "Indicator 9",
  "Earlier years",
  "Action plan",
  "Goals",
] as const;
export type Area = (typeof AREAS)[number];

export interface NameSpec {
  /** The defined name, e.g. `WRES_I2_RL` or `WRES_I2_RL_PY`. */
  readonly name: string;
  readonly role: Role;
  /** The kind of every cell, or of the first column when `columnKinds` is given. */
  readonly kind: CellKind;
  /** Per-column kinds of a block whose columns differ (history, action plan, goals); see `kindAt`. */
  readonly columnKinds?: readonly CellKind[];
  /** Row labels: the block has exactly this many rows. */
  readonly rows: readonly string[];
  /** Column labels: the block has exactly this many columns. */
  readonly columns: readonly string[];
  /**
   * Inputs: whether an empty cell is missing data. `"whole-block"` means the block may be left
   * entirely blank (with a notice) but not partly.
   */
  readonly required: "yes" | "no" | "whole-block" | "if-survey";
  readonly indicator: IndicatorId | null;
  readonly area: Area;
  /** One plain sentence on what the block holds. */
  readonly description: string;
  /** True for the `_PY` twin (previous reporting year). */
  readonly previousYear: boolean;
  /** The current-year name this spec belongs to (itself for current-year specs). */
  readonly base: string;
  /**
   * The template version that brought the name. A workbook of an earlier version may lack it
   * without any flag: its absence says only that the workbook predates the block.
   */
  readonly since: TemplateVersionNumber;
  /** True when the trust may extend the block downwards: a taller range of the right width is accepted. */
  readonly extensible: boolean;
}

export type TemplateVersionNumber = "1.0" | "1.1";

export const ETHNICITY3 = ["White", "BME", "Unknown"] as const;
export const ETHNICITY2 = ["White", "BME"] as const;
const ONE = ["Value"] as const;

export const AFC_ROWS = [
  "Under Band 1",
  "Band 1",
  "Band 2",
  "Band 3",
  "Band 4",
  "Band 5",
  "Band 6",
  "Band 7",
  "Band 8a",
  "Band 8b",
  "Band 8c",
  "Band 8d",
  "Band 9",
  "VSM",
  "Other",
] as const;
export const MEDICAL_ROWS = [
  "Consultants",
  "Non-consultant career grade",
  "Trainee grades",
  "Other medical and dental",
] as const;
export const BOARD_ROWS = [
  "Total board",
  "Voting members",
  "Non-voting members",
  "Executive members",
  "Non-executive members",
] as const;
export const BOARD_DIFF_ROWS = ["Total board", "Voting members", "Executive members"] as const;

export const I1_BLOCKS = ["NonClinical", "Clinical", "Medical"] as const;
export type I1Block = (typeof I1_BLOCKS)[number];
export const I1_BLOCK_ROWS: Record<I1Block, readonly string[]> = {
  NonClinical: AFC_ROWS,
  Clinical: AFC_ROWS,
  Medical: MEDICAL_ROWS,
};
export const I1_BLOCK_TITLES: Record<I1Block, string> = {
  NonClinical: "Non-clinical staff",
  Clinical: "Clinical staff (non-medical)",
  Medical: "Medical and dental staff",
};

export const RL_INDICATORS = ["I2", "I3", "I4"] as const;
export type RlIndicator = (typeof RL_INDICATORS)[number];
export const SURVEY_INDICATORS = ["I5", "I6", "I7", "I8"] as const;
export type SurveyIndicator = (typeof SURVEY_INDICATORS)[number];

/** A record with one entry per id, e.g. per survey indicator, in the ids' order. */
export function byId<K extends string, V>(ids: readonly K[], value: (id: K) => V): Record<K, V> {
  // fromEntries types its keys as any string; here they are exactly `ids`.
  return Object.fromEntries(ids.map((id) => [id, value(id)])) as Record<K, V>;
}

/**
 * One row of the contract before its `_PY` twin is added. `twin` (default true) says whether it
 * has one; `required` defaults to "yes" for inputs and "no" for outputs.
 */
interface ContractRow extends Omit<NameSpec, "previousYear" | "base" | "required" | "since" | "extensible"> {
  readonly required?: NameSpec["required"];
  readonly twin?: boolean;
  readonly since?: TemplateVersionNumber;
  readonly extensible?: boolean;
}

// prettier-ignore
const ABOUT_ROWS: readonly ContractRow[] = [
  { name: NAMES.templateVersion, role: "input", kind: "version", rows: ONE, columns: ONE, indicator: null, area: "About", description: "Template version.", required: "no", twin: false },
  { name: NAMES.organisation, role: "input", kind: "text", rows: ONE, columns: ONE, indicator: null, area: "About", description: "Organisation name.", twin: false },
  { name: NAMES.orgCode, role: "input", kind: "orgCode", rows: ONE, columns: ONE, indicator: null, area: "About", description: "ODS code (3–5 letters or digits).", twin: false },
  { name: NAMES.reportingYear, role: "input", kind: "year", rows: ONE, columns: ONE, indicator: null, area: "About", description: "Year of the 31 March snapshot.", twin: false },
  { name: NAMES.surveyYear, role: "input", kind: "year", rows: ONE, columns: ONE, indicator: null, area: "About", description: "NHS Staff Survey year for indicators 5–8.", required: "if-survey", twin: false },
];

// prettier-ignore
const I1_ROWS: readonly ContractRow[] = [
  ...I1_BLOCKS.map((block): ContractRow => (
    { name: NAMES.i1(block), role: "input", kind: "count", rows: I1_BLOCK_ROWS[block], columns: ETHNICITY3, indicator: "I1", area: "Indicator 1", description: `Headcount, ${I1_BLOCK_TITLES[block].toLowerCase()}.` }
  )),
  ...I1_BLOCKS.flatMap((block): ContractRow[] => [
    { name: NAMES.i1Pct(block), role: "output", kind: "percent", rows: I1_BLOCK_ROWS[block], columns: ETHNICITY3, indicator: "I1", area: "Indicator 1", description: `% White, BME and Unknown of each row (${I1_BLOCK_TITLES[block].toLowerCase()}).` },
    { name: NAMES.i1Gap(block), role: "output", kind: "gap", rows: I1_BLOCK_ROWS[block], columns: ["BME gap"], indicator: "I1", area: "Indicator 1", description: "Row BME % minus workforce BME %." },
  ]),
  { name: NAMES.workforce, role: "output", kind: "count", rows: ["Overall workforce"], columns: ETHNICITY3, indicator: "I1", area: "Indicator 1", description: "Overall headcount: the sum of the three blocks." },
  { name: NAMES.workforcePct, role: "output", kind: "percent", rows: ["Overall workforce"], columns: ETHNICITY3, indicator: "I1", area: "Indicator 1", description: "% White, BME and Unknown of the overall workforce." },
];

// prettier-ignore
const TWO_YEAR_ROW: ContractRow = { name: NAMES.rl2y, role: "output", kind: "ratio", rows: ["Two-year relative likelihood"], columns: ONE, indicator: "I3", area: "Indicators 2-4", description: "Relative likelihood pooled over this year and the previous year.", twin: false };

// prettier-ignore
const RL_ROWS: readonly ContractRow[] = [
  ...RL_INDICATORS.flatMap((id): ContractRow[] => [
    { name: NAMES.population(id), role: "input", kind: "count", rows: [RL_WORDS[id].populationRow], columns: ETHNICITY3, indicator: id, area: "Indicators 2-4", description: RL_WORDS[id].populationDescription, required: id === "I2" ? "yes" : "whole-block" },
    { name: NAMES.events(id), role: "input", kind: "count", rows: [RL_WORDS[id].eventsRow], columns: ETHNICITY3, indicator: id, area: "Indicators 2-4", description: RL_WORDS[id].eventsDescription },
  ]),
  ...RL_INDICATORS.flatMap((id): ContractRow[] => [
    { name: NAMES.likelihood(id), role: "output", kind: "rate", rows: ["Likelihood"], columns: ETHNICITY2, indicator: id, area: "Indicators 2-4", description: "The White and BME rates." },
    { name: NAMES.rl(id), role: "output", kind: "ratio", rows: ["Relative likelihood"], columns: ONE, indicator: id, area: "Indicators 2-4", description: `The ${RL_WORDS[id].rlWording}.` },
    { name: NAMES.rlCi(id), role: "output", kind: "ratio", rows: ["95% interval"], columns: ["Lower", "Upper"], indicator: id, area: "Indicators 2-4", description: "95 % confidence interval of the relative likelihood (log method)." },
    ...(id === "I3" ? [TWO_YEAR_ROW] : []),
  ]),
];

// prettier-ignore
const SURVEY_ROWS: readonly ContractRow[] = [
  ...SURVEY_INDICATORS.flatMap((id): ContractRow[] => [
    { name: NAMES.surveyPct(id), role: "input", kind: "percent", rows: ["% of staff"], columns: ETHNICITY2, indicator: id, area: "Indicators 5-8", description: `% of ${SURVEY_WORDS[id].wording}.` },
    { name: NAMES.surveyRespondents(id), role: "input", kind: "count", rows: ["Respondents"], columns: ETHNICITY2, indicator: id, area: "Indicators 5-8", description: "Number of survey respondents (optional).", required: "whole-block" },
  ]),
  ...SURVEY_INDICATORS.flatMap((id): ContractRow[] => [
    { name: NAMES.surveyGap(id), role: "output", kind: "gap", rows: ["Gap"], columns: ONE, indicator: id, area: "Indicators 5-8", description: "BME % minus White %." },
    { name: NAMES.surveyGapCi(id), role: "output", kind: "gap", rows: ["95% interval"], columns: ["Lower", "Upper"], indicator: id, area: "Indicators 5-8", description: "95 % interval of the gap (blank without respondents)." },
  ]),
];

// prettier-ignore
const I9_ROWS: readonly ContractRow[] = [
  { name: NAMES.board, role: "input", kind: "count", rows: BOARD_ROWS, columns: ETHNICITY3, indicator: "I9", area: "Indicator 9", description: "Board members by ethnicity." },
  { name: NAMES.boardPct, role: "output", kind: "percent", rows: BOARD_ROWS, columns: ETHNICITY3, indicator: "I9", area: "Indicator 9", description: "% White, BME and Unknown of each board row." },
  { name: NAMES.boardDiff, role: "output", kind: "gap", rows: BOARD_DIFF_ROWS, columns: ["Difference"], indicator: "I9", area: "Indicator 9", description: "Board BME % minus workforce BME %." },
];

// prettier-ignore
const SUMMARY_ROW: ContractRow = { name: NAMES.checkSummary, role: "output", kind: "text", rows: ["Last check"], columns: ONE, indicator: null, area: "About", description: "When the workbook was last checked, by which version, and the counts of errors, warnings, gaps and notes.", twin: false };

/** `WRES_History`'s columns, in order; the kinds below follow them. */
export const HISTORY_COLUMNS = [
  "Reporting year",
  "Workforce BME %",
  "RL2",
  "RL3",
  "RL4",
  "I5 gap",
  "I6 gap",
  "I7 gap",
  "I8 gap",
  "I9 total difference",
] as const;
/** The indicator each `WRES_History` column's figure belongs to (the year column belongs to none). */
export const HISTORY_INDICATORS: readonly (IndicatorId | null)[] = [
  null,
  "I1",
  ...RL_INDICATORS,
  ...SURVEY_INDICATORS,
  "I9",
];
const HISTORY_KINDS: readonly CellKind[] = [
  "year",
  "percent",
  "ratio",
  "ratio",
  "ratio",
  "gap",
  "gap",
  "gap",
  "gap",
  "gap",
];
export const HISTORY_ROW_COUNT = 5;

/** `WRES_ActionPlan`'s columns, in order. The add-in drafts only Indicator and Finding, and only into empty rows. */
export const ACTION_PLAN_COLUMNS = [
  "Indicator",
  "Finding",
  "Action",
  "Lead",
  "Due",
  "Status",
  "Measure of success",
] as const;
const ACTION_PLAN_KINDS: readonly CellKind[] = [
  "indicatorCode",
  "text",
  "text",
  "text",
  "date",
  "actionStatus",
  "text",
];
/** The action-plan columns the add-in may write (into empty rows only). */
export const ACTION_PLAN_DRAFTED_COLUMNS = 2;
/** Rows of `WRES_ActionPlan` in the template; a trust may extend the range downwards. */
export const ACTION_PLAN_ROW_COUNT = 30;

/** `WRES_Goals`'s rows: the senior bands, non-clinical and clinical together. */
export const GOALS_ROWS = ["Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9", "VSM"] as const;
export const GOALS_COLUMNS = [
  "Headcount",
  "BME now",
  "BME % now",
  "Target BME %",
  "BME staff at target",
  "Shortfall",
] as const;
const GOALS_KINDS: readonly CellKind[] = ["count", "count", "percent", "percent", "count", "count"];

const numbered = (word: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`);

// prettier-ignore
const BEYOND_ROWS: readonly ContractRow[] = [
  { name: NAMES.history, role: "input", kind: "year", columnKinds: HISTORY_KINDS, rows: numbered("Row", HISTORY_ROW_COUNT), columns: HISTORY_COLUMNS, indicator: null, area: "Earlier years", description: "Earlier years: up to five reporting years before the previous year, oldest first, as published (a figure may be left blank).", required: "no", twin: false, since: "1.1" },
  { name: NAMES.actionPlan, role: "mixed", kind: "indicatorCode", columnKinds: ACTION_PLAN_KINDS, rows: numbered("Action", ACTION_PLAN_ROW_COUNT), columns: ACTION_PLAN_COLUMNS, indicator: null, area: "Action plan", description: "Actions: one row each; the add-in drafts Indicator and Finding into empty rows only, and Action, Lead, Due, Status and Measure of success are the trust's. The range may be extended downwards.", required: "no", twin: false, since: "1.1", extensible: true },
  { name: NAMES.goalsYear, role: "input", kind: "year", rows: ONE, columns: ONE, indicator: null, area: "Goals", description: "The year the goal is for (blank: 2028).", required: "no", twin: false, since: "1.1" },
  { name: NAMES.goals, role: "output", kind: "count", columnKinds: GOALS_KINDS, rows: GOALS_ROWS, columns: GOALS_COLUMNS, indicator: null, area: "Goals", description: "Senior bands: non-clinical and clinical staff together, BME staff now and at the target share (computed by this tool's method).", twin: false, since: "1.1" },
];

export const PREVIOUS_YEAR_SUFFIX = "_PY";

function buildContract(): readonly NameSpec[] {
  const out: NameSpec[] = [];
  for (const row of [...ABOUT_ROWS, ...I1_ROWS, ...RL_ROWS, ...SURVEY_ROWS, ...I9_ROWS, ...BEYOND_ROWS, SUMMARY_ROW]) {
    out.push(nameSpec(row, false));
    if (row.twin ?? true) out.push(nameSpec(row, true));
  }
  return out;
}

/**
 * One spec, written out whole in one order: every spec then has the same hidden class in V8, so
 * the many reads of a spec's fields in every check stay fast (built by spreading the rows, the
 * 101 specs had 12 classes, and those reads went through V8's slowest lookup).
 */
function nameSpec(row: ContractRow, previousYear: boolean): NameSpec {
  const description = previousYear
    ? `Previous reporting year: ${row.description.charAt(0).toLowerCase()}${row.description.slice(1)}`
    : row.description;
  return {
    name: previousYear ? row.name + PREVIOUS_YEAR_SUFFIX : row.name,
    role: row.role,
    kind: row.kind,
    columnKinds: row.columnKinds,
    rows: row.rows,
    columns: row.columns,
    required: row.required ?? (row.role === "input" ? "yes" : "no"),
    indicator: row.indicator,
    area: row.area,
    description,
    previousYear,
    base: row.name,
    since: row.since ?? "1.0",
    extensible: row.extensible ?? false,
  };
}

/** Every name of the template, current year then its `_PY` twin, in template order. */
export const CONTRACT: readonly NameSpec[] = buildContract();

const BY_NAME: ReadonlyMap<string, NameSpec> = new Map(CONTRACT.map((s) => [s.name, s]));

export function specOf(name: string): NameSpec {
  const s = BY_NAME.get(name);
  if (!s) throw new Error(`Not a template name: ${name}`);
  return s;
}

export function isTemplateName(name: string): boolean {
  return BY_NAME.has(name);
}

/** The kind of a block's cells in column `column`. */
export function kindAt(spec: Pick<NameSpec, "kind" | "columnKinds">, column: number): CellKind {
  return spec.columnKinds?.[column] ?? spec.kind;
}

/** The number format of a block's cells in column `column`. */
export function numberFormatAt(spec: Pick<NameSpec, "kind" | "columnKinds">, column: number): string {
  return NUMBER_FORMATS[kindAt(spec, column)];
}

/** True when a workbook of template version `version` (e.g. "1.0"; null when unknown) predates the name. */
export function predates(version: string | null, spec: Pick<NameSpec, "since">): boolean {
  const minor = (v: string): number => Number(/^\d+\.(\d+)/.exec(v)?.[1] ?? 0);
  return version === null || minor(version) < minor(spec.since);
}

/** The name of a block for the current or the previous year. */
export function yearName(base: string, previousYear: boolean): string {
  return previousYear ? base + PREVIOUS_YEAR_SUFFIX : base;
}

export const WRES_PREFIX = "WRES_";
export const TEMPLATE_MAJOR_VERSION = 1;
/**
 * The largest count believed: no NHS organisation has ten million staff, applicants or board
 * members. It also keeps every sum and product of counts far from overflow.
 */
export const MAX_COUNT = 10_000_000;
/** The version the generated template carries. */
export const TEMPLATE_VERSION: TemplateVersionNumber = "1.1";

/** The number format of each kind of cell, as the template sets it and outputs are written. */
export const NUMBER_FORMATS: Record<CellKind, string> = {
  count: "#,##0",
  percent: "0.0%",
  gap: "+0.0%;-0.0%;0.0%",
  rate: "0.0%",
  ratio: "0.00",
  year: "0",
  text: "@",
  orgCode: "@",
  version: "@",
  // Day, month name and year: unambiguous in every locale (31 Mar 2026).
  date: "d mmm yyyy",
  indicatorCode: "@",
  actionStatus: "@",
};

/** Template names in contract order, optionally only those matching a filter. */
export function templateNames(filter: (s: NameSpec) => boolean = () => true): string[] {
  return CONTRACT.filter(filter).map((s) => s.name);
}
