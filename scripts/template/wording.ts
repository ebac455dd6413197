/**
 * The human text of the template: sheet titles, the key, and the About sheet's explanation.
 * Kept apart from the layout so wording can change without moving cells. Each indicator's own
 * words (its section title, its meaning) are the domain's (src/wres/indicator-words.ts). No
 * defined name appears here: names come only from the contract.
 */

import type { Area } from "../../src/wres/contract";

export const SHEET_TITLES: Record<Area, string> = {
  About: "NHS Workforce Race Equality Standard (WRES) return",
  "Indicator 1": "Indicator 1: workforce by pay band and ethnicity (headcount at 31 March)",
  "Indicators 2-4": "Indicators 2 to 4: appointment from shortlisting, formal disciplinary process, training and CPD",
  "Indicators 5-8": "Indicators 5 to 8: NHS Staff Survey results by ethnicity",
  "Indicator 9": "Indicator 9: board membership compared with the workforce",
  "Earlier years": "Earlier years: the headline figures as published before the previous reporting year",
  "Action plan": "Action plan: one row per action, with its lead, due date and status",
  Goals: "Aspirational goals (A Model Employer): BME representation in senior bands",
};

/** Guidance under the tables of template 1.1's sheets. */
export const TABLE_SHEET_NOTES: Partial<Record<Area, readonly string[]>> = {
  "Earlier years": [
    "Copy each earlier year's figures from your published WRES reports, oldest year first; leave a figure blank if it was not reported.",
    "Only years before the previous reporting year go here: this year and the previous year have their own blocks on the indicator sheets.",
    "Type percentages and gaps as percentages (45%, -4.3%); relative likelihoods as plain numbers (1.25). Empty rows are fine anywhere.",
  ],
  "Action plan": [
    "One row per action. The add-in's Draft the action plan fills Indicator and Finding into empty rows only; it never changes a row you have typed in.",
    "Give every action a Lead and a Due date, and keep its Status up to date: Not started, In progress or Done.",
    "Need more than 30 rows? Insert rows above the last row of the table: the table's name grows with them.",
  ],
  Goals: [
    "Target BME % is the workforce BME % (or the share set in the add-in's settings). BME staff at target = target % × headcount, rounded up;",
    "shortfall = BME staff at target − BME staff now, never below 0. NHS England's A Model Employer (2019) asks each organisation to set its own",
    "trajectory and publishes no formula: these figures are computed by this tool's method. Leave the grey cells empty: the add-in writes them.",
  ],
};

/** One line under every sheet title, so the colours are never the only key. */
export const KEY_LINE =
  'Yellow cells headed "Enter": type your figures. Grey cells headed "Calculated": the WRES add-in writes them, leave them empty.';

export const YEAR_HEADERS = {
  current: "Reporting year",
  previous: "Previous reporting year (optional: fill all of it or leave it all empty)",
} as const;

/** Block titles: what the reader does with the cells below. */
export const ROLE_TITLES = {
  input: "Enter",
  output: "Calculated",
  fixed: "Set by the template",
} as const;

export const YEAR_SUFFIXES = { current: "reporting year", previous: "previous year" } as const;

/** Appended to the row label of the template-version cell. */
export const FIXED_LABEL_SUFFIX = " (do not change)";

/** Title of the section holding the names that belong to no indicator (organisation, years, summary). */
export const RETURN_DETAILS_TITLE = "Return details";

export interface AboutSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

export const ABOUT_WHAT: AboutSection = {
  heading: "What the WRES is",
  lines: [
    "The Workforce Race Equality Standard (WRES) is the NHS England standard, in force since April 2015 and part of the NHS Standard Contract,",
    "by which every NHS trust measures the gaps between the experience of its White staff and its Black and Minority Ethnic (BME) staff.",
    "Each year a trust reports nine indicators (workforce at 31 March, the previous autumn's NHS Staff Survey, board membership),",
    "submits them to NHS England by 31 August, publishes them and writes an action plan.",
  ],
};

export const ABOUT_HOW: AboutSection = {
  heading: "How to fill in this workbook",
  lines: [
    "1. Fill in the return details above: organisation name, ODS code, reporting year and staff-survey year.",
    "2. On each indicator sheet, type your figures into the yellow cells of the reporting-year blocks (left-hand side).",
    "3. Group staff by NHS ethnic category: White = A, B, C; BME = D to S; Unknown = X, Z or not stated. Type percentages as 45% (or 0.45).",
    "4. The previous-year blocks (right-hand side) are optional: fill all of them to see year-on-year changes, or leave them all empty.",
    "5. Leave the grey cells empty: the WRES add-in (or the command `wres check`) calculates them and checks your figures.",
    "6. Do not rename, move or delete the named ranges (Formulas > Name Manager): the add-in finds every block by its name.",
  ],
};

export const ABOUT_KEY_HEADING = "Key";
export const LEGEND = {
  input: { sample: ROLE_TITLES.input, text: "Input: a figure you type." },
  output: { sample: ROLE_TITLES.output, text: "Output: written by the WRES add-in; leave it empty." },
} as const;

export const ABOUT_INDICATORS_HEADING = "The nine indicators";
