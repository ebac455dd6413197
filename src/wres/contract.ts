/**
 * The named-range contract of the WRES template workbook (shared/spec/template.md) as data.
 * The template generator, the reader, the checks and the docs all derive from this table:
 * a new name is one new row here.
 */

import { NAMES } from "./names";

export type Role = "input" | "output";

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
  | "version";

export type IndicatorId = "I1" | "I2" | "I3" | "I4" | "I5" | "I6" | "I7" | "I8" | "I9";

/** The template's sheets, in order. */
export const AREAS = ["About", "Indicator 1", "Indicators 2-4", "Indicators 5-8", "Indicator 9"] as const;
export type Area = (typeof AREAS)[number];

export interface NameSpec {
  /** The defined name, e.g. `WRES_I2_RL` or `WRES_I2_RL_PY`. */
  readonly name: string;
  readonly role: Role;
  readonly kind: CellKind;
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
}

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

/** Each spec row before `_PY` twins are added. `twin` says whether it has a `_PY` twin. */
type BaseSpec = Omit<NameSpec, "previousYear" | "base"> & { readonly twin: boolean };

function spec(
  name: string,
  role: Role,
  kind: CellKind,
  rows: readonly string[],
  columns: readonly string[],
  indicator: IndicatorId | null,
  area: Area,
  description: string,
  options: { required?: NameSpec["required"]; twin?: boolean } = {},
): BaseSpec {
  const required = options.required ?? (role === "input" ? "yes" : "no");
  return { name, role, kind, rows, columns, indicator, area, description, required, twin: options.twin ?? true };
}

const RL_EVENTS: Record<RlIndicator, { population: string; events: string; rlWording: string }> = {
  I2: {
    population: "Shortlisted",
    events: "Appointed",
    rlWording: "relative likelihood of White applicants being appointed from shortlisting compared to BME applicants",
  },
  I3: {
    population: "Headcount",
    events: "Entered",
    rlWording: "relative likelihood of BME staff entering the formal disciplinary process compared to White staff",
  },
  I4: {
    population: "Headcount",
    events: "Accessed",
    rlWording: "relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff",
  },
};

const SURVEY_WORDING: Record<SurveyIndicator, string> = {
  I5: "staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months",
  I6: "staff experiencing harassment, bullying or abuse from staff in the last 12 months",
  I7: "staff believing that the organisation provides equal opportunities for career progression or promotion",
  I8: "staff who personally experienced discrimination at work from a manager, team leader or other colleagues in the last 12 months",
};

function baseSpecs(): BaseSpec[] {
  const out: BaseSpec[] = [
    spec(NAMES.templateVersion, "input", "version", ONE, ONE, null, "About", "Template version.", {
      required: "no",
      twin: false,
    }),
    spec(NAMES.organisation, "input", "text", ONE, ONE, null, "About", "Organisation name.", { twin: false }),
    spec(NAMES.orgCode, "input", "orgCode", ONE, ONE, null, "About", "ODS code (3–5 letters or digits).", {
      twin: false,
    }),
    spec(NAMES.reportingYear, "input", "year", ONE, ONE, null, "About", "Year of the 31 March snapshot.", {
      twin: false,
    }),
    spec(NAMES.surveyYear, "input", "year", ONE, ONE, null, "About", "NHS Staff Survey year for indicators 5–8.", {
      required: "if-survey",
      twin: false,
    }),
  ];

  for (const block of I1_BLOCKS) {
    const rows = I1_BLOCK_ROWS[block];
    const title = I1_BLOCK_TITLES[block];
    out.push(
      spec(
        NAMES.i1(block),
        "input",
        "count",
        rows,
        ETHNICITY3,
        "I1",
        "Indicator 1",
        `Headcount, ${title.toLowerCase()}.`,
      ),
    );
  }
  for (const block of I1_BLOCKS) {
    const rows = I1_BLOCK_ROWS[block];
    out.push(
      spec(
        NAMES.i1Pct(block),
        "output",
        "percent",
        rows,
        ETHNICITY3,
        "I1",
        "Indicator 1",
        `% White, BME and Unknown of each row (${I1_BLOCK_TITLES[block].toLowerCase()}).`,
      ),
      spec(
        NAMES.i1Gap(block),
        "output",
        "gap",
        rows,
        ["BME gap"],
        "I1",
        "Indicator 1",
        "Row BME % minus workforce BME %.",
      ),
    );
  }
  out.push(
    spec(
      NAMES.workforce,
      "output",
      "count",
      ["Overall workforce"],
      ETHNICITY3,
      "I1",
      "Indicator 1",
      "Overall headcount: the sum of the three blocks.",
    ),
    spec(
      NAMES.workforcePct,
      "output",
      "percent",
      ["Overall workforce"],
      ETHNICITY3,
      "I1",
      "Indicator 1",
      "% White, BME and Unknown of the overall workforce.",
    ),
  );

  for (const id of RL_INDICATORS) {
    const { population, events } = RL_EVENTS[id];
    const optionalPopulation = id === "I2" ? "yes" : "whole-block";
    const populationText =
      id === "I2" ? "Applicants shortlisted." : "Headcount (optional: blank uses the indicator 1 workforce).";
    out.push(
      spec(NAMES.population(id), "input", "count", [population], ETHNICITY3, id, "Indicators 2-4", populationText, {
        required: optionalPopulation,
      }),
      spec(NAMES.events(id), "input", "count", [events], ETHNICITY3, id, "Indicators 2-4", eventDescription(id)),
    );
  }
  for (const id of RL_INDICATORS) {
    out.push(
      spec(
        NAMES.likelihood(id),
        "output",
        "rate",
        ["Likelihood"],
        ETHNICITY2,
        id,
        "Indicators 2-4",
        "The White and BME rates.",
      ),
      spec(
        NAMES.rl(id),
        "output",
        "ratio",
        ["Relative likelihood"],
        ONE,
        id,
        "Indicators 2-4",
        `The ${RL_EVENTS[id].rlWording}.`,
      ),
      spec(
        NAMES.rlCi(id),
        "output",
        "ratio",
        ["95% interval"],
        ["Lower", "Upper"],
        id,
        "Indicators 2-4",
        "95 % confidence interval of the relative likelihood (log method).",
      ),
    );
    if (id === "I3") {
      out.push(
        spec(
          NAMES.rl2y,
          "output",
          "ratio",
          ["Two-year relative likelihood"],
          ONE,
          id,
          "Indicators 2-4",
          "Relative likelihood pooled over this year and the previous year.",
          { twin: false },
        ),
      );
    }
  }

  for (const id of SURVEY_INDICATORS) {
    out.push(
      spec(
        NAMES.surveyPct(id),
        "input",
        "percent",
        ["% of staff"],
        ETHNICITY2,
        id,
        "Indicators 5-8",
        `% of ${SURVEY_WORDING[id]}.`,
        {
          required: "yes",
        },
      ),
      spec(
        NAMES.surveyRespondents(id),
        "input",
        "count",
        ["Respondents"],
        ETHNICITY2,
        id,
        "Indicators 5-8",
        "Number of survey respondents (optional).",
        {
          required: "whole-block",
        },
      ),
    );
  }
  for (const id of SURVEY_INDICATORS) {
    out.push(
      spec(NAMES.surveyGap(id), "output", "gap", ["Gap"], ONE, id, "Indicators 5-8", "BME % minus White %."),
      spec(
        NAMES.surveyGapCi(id),
        "output",
        "gap",
        ["95% interval"],
        ["Lower", "Upper"],
        id,
        "Indicators 5-8",
        "95 % interval of the gap (blank without respondents).",
      ),
    );
  }

  out.push(
    spec(NAMES.board, "input", "count", BOARD_ROWS, ETHNICITY3, "I9", "Indicator 9", "Board members by ethnicity."),
    spec(
      NAMES.boardPct,
      "output",
      "percent",
      BOARD_ROWS,
      ETHNICITY3,
      "I9",
      "Indicator 9",
      "% White, BME and Unknown of each board row.",
    ),
    spec(
      NAMES.boardDiff,
      "output",
      "gap",
      BOARD_DIFF_ROWS,
      ["Difference"],
      "I9",
      "Indicator 9",
      "Board BME % minus workforce BME %.",
    ),
    spec(
      NAMES.checkSummary,
      "output",
      "text",
      ["Last check"],
      ONE,
      null,
      "About",
      "When the workbook was last checked, by which version, and the counts of errors, warnings and gaps.",
      { twin: false },
    ),
  );
  return out;
}

function eventDescription(id: RlIndicator): string {
  switch (id) {
    case "I2":
      return "Appointed from shortlisting.";
    case "I3":
      return "Staff entering the formal disciplinary process (a formal investigation started).";
    case "I4":
      return "Staff accessing non-mandatory training and CPD.";
  }
}

export const PREVIOUS_YEAR_SUFFIX = "_PY";

function buildContract(): readonly NameSpec[] {
  const out: NameSpec[] = [];
  for (const { twin, ...s } of baseSpecs()) {
    out.push({ ...s, previousYear: false, base: s.name });
    if (twin) {
      out.push({
        ...s,
        name: s.name + PREVIOUS_YEAR_SUFFIX,
        previousYear: true,
        base: s.name,
        description: `Previous reporting year: ${s.description.charAt(0).toLowerCase()}${s.description.slice(1)}`,
      });
    }
  }
  return out;
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

/** The name of a block for the current or the previous year. */
export function yearName(base: string, previousYear: boolean): string {
  return previousYear ? base + PREVIOUS_YEAR_SUFFIX : base;
}

export const WRES_PREFIX = "WRES_";
export const TEMPLATE_MAJOR_VERSION = 1;
export const TEMPLATE_VERSION = "1.0";

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
};

/** Template names in contract order, optionally only those matching a filter. */
export function templateNames(filter: (s: NameSpec) => boolean = () => true): string[] {
  return CONTRACT.filter(filter).map((s) => s.name);
}
