/**
 * The values of assets/wres-sample.xlsx: SAMPLE_FIGURES written into the template, plus a few
 * deliberate problems so that every kind of data flag and finding can be seen (and tested):
 *
 *   MISSING_VALUE        WRES_I6_Respondents   BME respondents left empty (White filled)
 *   NOT_A_NUMBER         WRES_I9_Board_PY      total board White stored as the text "12"
 *   PCT_AS_WHOLE_NUMBER  WRES_I7_Pct           BME typed as 45 instead of 45 % (0.45)
 *   PCT_AMBIGUOUS        WRES_I7_Pct           so White's 0.588 beside it is ambiguous (read as 58.8 %)
 *   INCONSISTENT         WRES_I9_Board         voting 9 + non-voting 3 White ≠ total 11
 *   HEADCOUNT_MISMATCH   WRES_I4_Headcount     5,549 against a workforce of 6,032 (8 % apart)
 *   HIGH_UNKNOWN         WRES_I1_NonClinical   Band 2: 30 of 272 Unknown (11.0 %)
 *   ZERO_DENOMINATOR     WRES_I1_Clinical_Pct  Under Band 1 is 0 / 0 / 0, so its % are not computable
 *   SMALL_NUMBERS        WRES_I3_Entered       9 BME staff entered the disciplinary process
 *   REPORTED_MISMATCH    WRES_I2_RL            1.71 left in the output; the counts give 1.60
 *   findings             GAP_RL (I2, I3), WORSENED (I2: 1.45 → 1.60), GAP_SURVEY (I6, I7, I8),
 *                        GAP_BOARD (I9), UNDER_REPRESENTED_BAND (e.g. clinical 8a, 8c)
 * and one reported output that matches the data (WRES_Workforce), which must raise nothing.
 * Template 1.1's history and half-written action plan: sample-beyond.ts (the action-plan flags
 * it shows on its fixed day, SAMPLE_TODAY).
 * None of the problems touches the indicator 1 workforce, so every main indicator computes.
 */

import { SURVEY_INDICATORS, yearName, type IndicatorId } from "../../src/wres/contract";
import { NAMES } from "../../src/wres/names";
import type { FlagCode } from "../../src/wres/flags";
import { SAMPLE_FIGURES, SAMPLE_METADATA, type Pair, type SampleYear, type Triple } from "./sample-figures";
import { SAMPLE_BEYOND_VALUES } from "./sample-beyond";
import type { SampleCell, SampleGrid, SampleValues } from "./values";

export { SAMPLE_FIGURES, SAMPLE_METADATA };

export interface SampleProblem {
  readonly code: FlagCode;
  readonly indicator: IndicatorId | null;
  /**
   * The block the flag names: the input block for faults in the data, the output block for
   * findings, results that cannot be computed and reported values (where the figure goes).
   */
  readonly name: string;
  /** Zero-based row and column inside the block, or null when the flag is about the whole block or row. */
  readonly row: number | null;
  readonly column: number | null;
  /** What the workbook holds in that cell when it differs from SAMPLE_FIGURES (the deliberate fault). */
  readonly stored?: SampleCell;
  readonly why: string;
}

/** A published RL2 copied into the output cell, computed from rounded percentages rather than the counts. */
const MISREPORTED_RL2 = 1.71;

export const SAMPLE_PROBLEMS: readonly SampleProblem[] = [
  {
    code: "MISSING_VALUE",
    indicator: "I6",
    name: NAMES.surveyRespondents("I6"),
    row: 0,
    column: 1,
    stored: null,
    why: "BME respondents left empty while White respondents are filled (the optional block is partly filled); the gap still computes, its interval does not.",
  },
  {
    code: "NOT_A_NUMBER",
    indicator: "I9",
    name: yearName(NAMES.board, true),
    row: 0,
    column: 0,
    stored: "12",
    why: 'Previous-year total board White stored as the text "12".',
  },
  {
    code: "PCT_AS_WHOLE_NUMBER",
    indicator: "I7",
    name: NAMES.surveyPct("I7"),
    row: 0,
    column: 1,
    stored: 45,
    why: "BME % typed as 45 instead of 45 % (0.45); read as 45 % with a notice.",
  },
  {
    code: "PCT_AMBIGUOUS",
    indicator: "I7",
    name: NAMES.surveyPct("I7"),
    row: 0,
    column: 0,
    why: "White % typed as 0.588 beside BME's whole-number 45: it could mean 0.588 %; read as 58.8 % with a warning.",
  },
  {
    code: "INCONSISTENT",
    indicator: "I9",
    name: NAMES.board,
    row: 0,
    column: 0,
    why: "White board members: voting 9 + non-voting 3 = 12, but the total board (this cell) is 11; the mistyped cell is non-voting White (row 2).",
  },
  {
    code: "HEADCOUNT_MISMATCH",
    indicator: "I4",
    name: NAMES.population("I4"),
    row: null,
    column: null,
    why: "Training headcount 5,549 against an indicator 1 workforce of 6,032: 8.0 % apart (more than 5 %).",
  },
  {
    code: "HIGH_UNKNOWN",
    indicator: "I1",
    name: NAMES.i1("NonClinical"),
    row: 2,
    column: 2,
    why: "Non-clinical Band 2: 30 of 272 staff (11.0 %) of unknown ethnicity, more than 10 % of a row of 20 or more.",
  },
  {
    code: "ZERO_DENOMINATOR",
    indicator: "I1",
    name: NAMES.i1Pct("Clinical"),
    row: 0,
    column: null,
    why: "Clinical Under Band 1 is 0 / 0 / 0 (WRES_I1_Clinical row 0): its percentages are not computable.",
  },
  {
    code: "SMALL_NUMBERS",
    indicator: "I3",
    name: NAMES.events("I3"),
    row: 0,
    column: 1,
    why: "Only 9 BME staff entered the formal disciplinary process (below 10).",
  },
  {
    code: "REPORTED_MISMATCH",
    indicator: "I2",
    name: NAMES.rl("I2"),
    row: 0,
    column: 0,
    stored: MISREPORTED_RL2,
    why: "1.71 left in the output cell; the counts give (480/2400) / (200/1600) = 1.60.",
  },
  {
    code: "GAP_RL",
    indicator: "I2",
    name: NAMES.rl("I2"),
    row: 0,
    column: 0,
    why: "RL2 = 1.60, above 1.25.",
  },
  {
    code: "WORSENED",
    indicator: "I2",
    name: NAMES.rl("I2"),
    row: 0,
    column: 0,
    why: "RL2 moved away from 1.00: 1.45 last year, 1.60 this year.",
  },
  {
    code: "GAP_RL",
    indicator: "I3",
    name: NAMES.rl("I3"),
    row: 0,
    column: 0,
    why: "RL3 = (9/1548) / (19/4307) ≈ 1.32, above 1.25 (on small numbers).",
  },
  {
    code: "GAP_SURVEY",
    indicator: "I6",
    name: NAMES.surveyGap("I6"),
    row: 0,
    column: 0,
    why: "BME 24.1 % - White 20.5 % = +3.6 points (adverse, at least 3).",
  },
  {
    code: "GAP_SURVEY",
    indicator: "I7",
    name: NAMES.surveyGap("I7"),
    row: 0,
    column: 0,
    why: "BME 45.0 % - White 58.8 % = -13.8 points on a positive question (adverse).",
  },
  {
    code: "GAP_SURVEY",
    indicator: "I8",
    name: NAMES.surveyGap("I8"),
    row: 0,
    column: 0,
    why: "BME 13.1 % - White 6.2 % = +6.9 points (adverse).",
  },
  {
    code: "GAP_BOARD",
    indicator: "I9",
    name: NAMES.boardDiff,
    row: 0,
    column: 0,
    why: "Board 2 of 14 BME (14.3 %) against a workforce 25.7 % BME: -11.4 points (total; voting -7.5, executive -11.4).",
  },
  {
    code: "UNDER_REPRESENTED_BAND",
    indicator: "I1",
    name: NAMES.i1Gap("Clinical"),
    row: 8,
    column: 0,
    why: "Clinical Band 8a: 30 of 185 BME (16.2 %), 9.4 points below the workforce.",
  },
  {
    code: "UNDER_REPRESENTED_BAND",
    indicator: "I1",
    name: NAMES.i1Gap("Clinical"),
    row: 10,
    column: 0,
    why: "Clinical Band 8c: 3 of 31 BME (9.7 %), 16.0 points below the workforce.",
  },
];

/** Flags the sample must NOT raise: the counterparts that show a rule is not over-eager. */
export const SAMPLE_ABSENT_FLAGS: readonly { readonly code: FlagCode; readonly name: string; readonly why: string }[] =
  [
    {
      code: "REPORTED_MISMATCH",
      name: NAMES.workforce,
      why: "The reported workforce equals the sum of the three indicator 1 blocks.",
    },
    { code: "GAP_SURVEY", name: NAMES.surveyGap("I5"), why: "+1.2 points is within 3 points." },
    { code: "GAP_RL", name: NAMES.rl("I4"), why: "RL4 ≈ 1.05 lies within 0.80–1.25." },
    {
      code: "HEADCOUNT_MISMATCH",
      name: NAMES.population("I3"),
      why: "The disciplinary headcount equals the workforce.",
    },
    { code: "WORSENED", name: NAMES.rl("I3"), why: "RL3 moved towards 1.00 (1.50 → 1.32)." },
    { code: "WORSENED", name: NAMES.rl("I4"), why: "RL4 moved towards 1.00 (1.10 → 1.05)." },
  ];

export function sumTriples(rows: readonly Triple[]): Triple {
  return rows.reduce<Triple>((t, r) => [t[0] + r[0], t[1] + r[1], t[2] + r[2]], [0, 0, 0]);
}

/** The indicator 1 workforce of one year: the three blocks summed. */
export function sampleWorkforce(year: SampleYear): Triple {
  return sumTriples([sumTriples(year.nonClinical), sumTriples(year.clinical), sumTriples(year.medical)]);
}

/** Values already in output cells: one that disagrees with the data, one that agrees. */
export const SAMPLE_REPORTED_OUTPUTS: SampleValues = new Map<string, SampleGrid>([
  [NAMES.workforce, [[...sampleWorkforce(SAMPLE_FIGURES.current)]]],
  [NAMES.rl("I2"), [[MISREPORTED_RL2]]],
]);

function yearValues(year: SampleYear, previousYear: boolean): [string, SampleGrid][] {
  const n = (base: string): string => yearName(base, previousYear);
  const row = (t: Triple | Pair): SampleCell[] => [...t];
  const out: [string, SampleGrid][] = [
    [n(NAMES.i1("NonClinical")), year.nonClinical.map(row)],
    [n(NAMES.i1("Clinical")), year.clinical.map(row)],
    [n(NAMES.i1("Medical")), year.medical.map(row)],
    [n(NAMES.population("I2")), [row(year.shortlisted)]],
    [n(NAMES.events("I2")), [row(year.appointed)]],
    [n(NAMES.population("I3")), [row(year.disciplinaryHeadcount)]],
    [n(NAMES.events("I3")), [row(year.enteredDisciplinary)]],
    [n(NAMES.population("I4")), [row(year.trainingHeadcount)]],
    [n(NAMES.events("I4")), [row(year.accessedTraining)]],
    [n(NAMES.board), year.board.map(row)],
  ];
  for (const id of SURVEY_INDICATORS) {
    out.push(
      [n(NAMES.surveyPct(id)), [row(year.survey[id].pct)]],
      [n(NAMES.surveyRespondents(id)), [row(year.survey[id].respondents)]],
    );
  }
  return out;
}

/** Overwrites the cells SAMPLE_PROBLEMS says are stored differently from the figures. */
function withStoredProblems(values: Map<string, SampleGrid>): Map<string, SampleGrid> {
  for (const p of SAMPLE_PROBLEMS) {
    if (p.stored === undefined || p.row === null || p.column === null) continue;
    const grid = values.get(p.name);
    if (!grid) throw new Error(`Sample problem on ${p.name}, which the sample does not fill.`);
    values.set(
      p.name,
      grid.map((cells, r) => cells.map((v, c) => (r === p.row && c === p.column ? (p.stored as SampleCell) : v))),
    );
  }
  return values;
}

/** Everything written into the sample workbook, name → grid. */
export const SAMPLE_VALUES: SampleValues = withStoredProblems(
  new Map<string, SampleGrid>([
    [NAMES.organisation, [[SAMPLE_METADATA.organisation]]],
    [NAMES.orgCode, [[SAMPLE_METADATA.orgCode]]],
    [NAMES.reportingYear, [[SAMPLE_METADATA.reportingYear]]],
    [NAMES.surveyYear, [[SAMPLE_METADATA.surveyYear]]],
    ...yearValues(SAMPLE_FIGURES.current, false),
    ...yearValues(SAMPLE_FIGURES.previous, true),
    ...SAMPLE_REPORTED_OUTPUTS,
    ...SAMPLE_BEYOND_VALUES,
  ]),
);
