/**
 * Every indicator's words, in one place: its titles, what its events and population are called,
 * what it means, which direction is adverse, and how its statuses and trends read. The contract,
 * the flags, the pane, the command, the report and the template all take their words from here.
 */

import type { IndicatorId, RlIndicator, SurveyIndicator } from "./contract";
import {
  countInWords,
  formatCount,
  formatGoalShare,
  formatPoints,
  formatPointsSize,
  formatRl,
  formatShare,
  NOT_COMPUTABLE,
  plural,
} from "./format";
import type { GapStatus, IndicatorsReport, RlStatus, SurveyReport, Trend } from "./report";
import type { RunDirection, RunLevel, SeriesRun } from "./series";
import type { GoalShare, Settings } from "./settings";

export interface IndicatorWords {
  /** Short title for headings and tables: "Appointment from shortlisting". */
  readonly title: string;
  /** The template's section title: "Indicator 2: relative likelihood of …". */
  readonly heading: string;
  /** The About sheet's line on what it means and how to read it. */
  readonly about: string;
}

export const INDICATOR_WORDS: Record<IndicatorId, IndicatorWords> = {
  I1: {
    title: "Representation by pay band",
    heading: "Indicator 1: headcount by Agenda for Change band, medical grade and ethnicity",
    about:
      "1. Headcount by pay band (non-clinical, clinical, medical and dental) by White / BME / Unknown, with each band's BME % against the workforce's.",
  },
  I2: {
    title: "Appointment from shortlisting",
    heading:
      "Indicator 2: relative likelihood of White applicants being appointed from shortlisting compared to BME applicants",
    about:
      "2. White applicants' likelihood of appointment from shortlisting divided by BME applicants'. 1.00 = no difference; above 1.00 = BME worse off.",
  },
  I3: {
    title: "Entry into the formal disciplinary process",
    heading:
      "Indicator 3: relative likelihood of BME staff entering the formal disciplinary process compared to White staff",
    about:
      "3. BME staff's likelihood of entering the formal disciplinary process divided by White staff's. Above 1.00 = BME worse off.",
  },
  I4: {
    title: "Non-mandatory training and CPD",
    heading:
      "Indicator 4: relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff",
    about:
      "4. White staff's likelihood of accessing non-mandatory training and CPD divided by BME staff's. Above 1.00 = BME worse off.",
  },
  I5: {
    title: "Harassment, bullying or abuse from patients, relatives or the public",
    heading:
      "Indicator 5: % of staff experiencing harassment, bullying or abuse from patients, relatives or the public (last 12 months)",
    about:
      "5. Staff Survey: harassment, bullying or abuse from patients, relatives or the public. Gap = BME % - White %; positive is adverse.",
  },
  I6: {
    title: "Harassment, bullying or abuse from staff",
    heading: "Indicator 6: % of staff experiencing harassment, bullying or abuse from staff (last 12 months)",
    about: "6. Staff Survey: harassment, bullying or abuse from staff. Gap = BME % - White %; positive is adverse.",
  },
  I7: {
    title: "Equal opportunities for career progression or promotion",
    heading:
      "Indicator 7: % of staff believing the organisation provides equal opportunities for career progression or promotion",
    about:
      "7. Staff Survey: belief in equal opportunities for career progression or promotion. Gap = BME % - White %; negative is adverse.",
  },
  I8: {
    title: "Discrimination from a manager, team leader or colleague",
    heading:
      "Indicator 8: % of staff personally experiencing discrimination at work from a manager, team leader or colleagues (last 12 months)",
    about:
      "8. Staff Survey: discrimination at work from a manager, team leader or colleagues. Gap = BME % - White %; positive is adverse.",
  },
  I9: {
    title: "Board membership compared with the workforce",
    heading: "Indicator 9: BME % of board membership minus BME % of the overall workforce",
    about:
      "9. BME % of the board (total, voting, executive) minus BME % of the overall workforce. Negative = board less diverse than the workforce.",
  },
};

export interface RlWords {
  /** Row labels of the template's input blocks. */
  readonly populationRow: string;
  readonly eventsRow: string;
  /** The contract's descriptions of the input blocks. */
  readonly populationDescription: string;
  readonly eventsDescription: string;
  /** "relative likelihood of White applicants being appointed …" (the RL block's description). */
  readonly rlWording: string;
  /** Completes "9 BME staff …": "appointed". */
  readonly eventWords: string;
  /** Completes "more than the …": "shortlisted". */
  readonly populationWords: string;
  /** Completes "12% of … have unknown ethnicity". */
  readonly populationPhrase: string;
  /** What each group's rate is a share of, as the pane labels it. */
  readonly rateLabel: string;
  /** "White applicants were 1.52 times as likely to …". */
  readonly meaning: (times: string) => string;
  /** What an RL above 1.00 means for BME staff: completes "Above 1.00, …". */
  readonly adverseSide: string;
}

export const RL_WORDS: Record<RlIndicator, RlWords> = {
  I2: {
    populationRow: "Shortlisted",
    eventsRow: "Appointed",
    populationDescription: "Applicants shortlisted.",
    eventsDescription: "Appointed from shortlisting.",
    rlWording: "relative likelihood of White applicants being appointed from shortlisting compared to BME applicants",
    eventWords: "appointed",
    populationWords: "shortlisted",
    populationPhrase: "shortlisted applicants",
    rateLabel: "Appointed from shortlisting",
    meaning: (times) =>
      `White applicants were ${times} times as likely to be appointed from shortlisting as BME applicants.`,
    adverseSide: "BME applicants were less likely to be appointed from shortlisting",
  },
  I3: {
    populationRow: "Headcount",
    eventsRow: "Entered",
    populationDescription: "Headcount (optional: blank uses the indicator 1 workforce).",
    eventsDescription: "Staff entering the formal disciplinary process (a formal investigation started).",
    rlWording: "relative likelihood of BME staff entering the formal disciplinary process compared to White staff",
    eventWords: "entered the disciplinary process",
    populationWords: "headcount",
    populationPhrase: "the indicator 3 headcount",
    rateLabel: "Entered the disciplinary process",
    meaning: (times) =>
      `BME staff were ${times} times as likely to enter the formal disciplinary process as White staff.`,
    adverseSide: "BME staff were more likely to enter the formal disciplinary process",
  },
  I4: {
    populationRow: "Headcount",
    eventsRow: "Accessed",
    populationDescription: "Headcount (optional: blank uses the indicator 1 workforce).",
    eventsDescription: "Staff accessing non-mandatory training and CPD.",
    rlWording: "relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff",
    eventWords: "accessed training",
    populationWords: "headcount",
    populationPhrase: "the indicator 4 headcount",
    rateLabel: "Accessed non-mandatory training",
    meaning: (times) =>
      `White staff were ${times} times as likely to access non-mandatory training and CPD as BME staff.`,
    adverseSide: "BME staff were less likely to access non-mandatory training and CPD",
  },
};

export interface SurveyWords {
  /** Completes "% of …" (the survey block's description). */
  readonly wording: string;
  /** Completes "31.2% of BME staff and 26.0% of White staff …". */
  readonly subject: string;
  /** The sign of an adverse gap (BME − White): positive for 5, 6 and 8; negative for 7, a positive question. */
  readonly adverseSign: 1 | -1;
}

export const SURVEY_WORDS: Record<SurveyIndicator, SurveyWords> = {
  I5: {
    wording:
      "staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months",
    subject: "experienced harassment, bullying or abuse from patients, relatives or the public",
    adverseSign: 1,
  },
  I6: {
    wording: "staff experiencing harassment, bullying or abuse from staff in the last 12 months",
    subject: "experienced harassment, bullying or abuse from staff",
    adverseSign: 1,
  },
  I7: {
    wording: "staff believing that the organisation provides equal opportunities for career progression or promotion",
    subject: "believed the organisation provides equal opportunities for career progression or promotion",
    adverseSign: -1,
  },
  I8: {
    wording:
      "staff who personally experienced discrimination at work from a manager, team leader or other colleagues in the last 12 months",
    subject: "experienced discrimination at work from a manager, team leader or other colleagues",
    adverseSign: 1,
  },
};

/** "White applicants were 1.52 times as likely to be appointed from shortlisting as BME applicants." */
export function rlMeaning(id: RlIndicator, rl: number): string {
  return RL_WORDS[id].meaning(formatRl(rl));
}

/** The adverse direction of an RL in words: "Above 1.00, BME applicants were less likely to be appointed from shortlisting." */
export function rlAdverseDirection(id: RlIndicator): string {
  return `Above 1.00, ${RL_WORDS[id].adverseSide}.`;
}

/** The adverse direction of a survey gap in words: "A positive gap (BME above White) is adverse." */
export function surveyAdverseDirection(id: SurveyIndicator): string {
  return SURVEY_WORDS[id].adverseSign > 0
    ? "A positive gap (BME above White) is adverse."
    : "A negative gap (BME below White) is adverse.";
}

/** The adverse direction of indicator 9's differences in words. */
export const BOARD_ADVERSE_DIRECTION = "A negative difference (a board less diverse than the workforce) is adverse.";

/** "31.2% of BME staff and 26.0% of White staff experienced …: a gap of +5.2 points", or null without a gap. */
export function surveyMeaning(id: SurveyIndicator, s: Pick<SurveyReport, "white" | "bme" | "gap">): string | null {
  if (s.white === null || s.bme === null || s.gap === null) return null;
  return `${formatShare(s.bme)} of BME staff and ${formatShare(s.white)} of White staff ${SURVEY_WORDS[id].subject}: a gap of ${formatPoints(s.gap)}.`;
}

/** "The BME share of voting members is 7.5 points below the BME share of the workforce." */
export function boardMeaning(diff: number, row: string): string {
  const where = diff < 0 ? "below" : "above";
  return `The BME share of ${row.toLowerCase()} is ${formatPointsSize(diff)} ${where} the BME share of the workforce.`;
}

export const RL_STATUS_WORDS: Record<RlStatus, string> = {
  within: "within the band",
  adverse: "adverse gap",
  reverse: "reverse gap",
  "not-computable": NOT_COMPUTABLE,
};

export const GAP_STATUS_WORDS: Record<GapStatus, string> = {
  within: "within the threshold",
  adverse: "adverse gap",
  favourable: "favourable",
  "not-computable": NOT_COMPUTABLE,
};

export function trendWords(trend: Trend): string {
  return trend === null ? "" : trend === "unchanged" ? "unchanged on last year" : `${trend} than last year`;
}

/** An indicator's headline: its figure and its status, in words. */
export interface IndicatorHeadline {
  /** "6,032 staff, 25.7% BME", "1.60", "+3.6 points", or "not computable". */
  readonly figure: string;
  /** "adverse gap", "11 rows under-represented", … */
  readonly status: string;
}

/** What the pane's indicator headers and the report's summary say of each indicator. */
export function indicatorHeadline(id: IndicatorId, indicators: IndicatorsReport): IndicatorHeadline {
  switch (id) {
    case "I1": {
      const { workforce, workforcePct, rows } = indicators.I1;
      if (!workforce || !workforcePct) return { figure: NOT_COMPUTABLE, status: NOT_COMPUTABLE };
      const under = rows.filter((r) => r.underRepresented).length;
      const figure = `${formatCount(workforce.white + workforce.bme + workforce.unknown)} staff, ${formatShare(workforcePct.bme)} BME`;
      return { figure, status: under > 0 ? `${plural(under, "row")} under-represented` : "no row under-represented" };
    }
    case "I2":
    case "I3":
    case "I4": {
      const r = indicators[id];
      return { figure: formatRl(r.rl), status: RL_STATUS_WORDS[r.status] };
    }
    case "I5":
    case "I6":
    case "I7":
    case "I8": {
      const s = indicators[id];
      return { figure: formatPoints(s.gap), status: GAP_STATUS_WORDS[s.status] };
    }
    case "I9": {
      const b = indicators.I9;
      return { figure: formatPoints(b.total), status: GAP_STATUS_WORDS[b.status] };
    }
  }
}

/** What a series is called at the start of its sentence. */
export function seriesSubject(id: IndicatorId): string {
  if (id === "I1") return "The workforce BME %";
  if (id === "I9") return "The board";
  if (id === "I2" || id === "I3" || id === "I4") return `RL${id.slice(1)}`;
  return `The indicator ${id.slice(1)} gap`;
}

/** A year's level in words: "at or above 1.25", "adverse (3.0 points or more)", "5.0 points or more below the workforce". */
function levelWords(id: IndicatorId, level: RunLevel, settings: Settings): string {
  if (id === "I2" || id === "I3" || id === "I4") {
    const [lo, hi] = settings.rlBand;
    if (level === "adverse") return `at or above ${formatRl(hi)}`;
    return level === "reverse" ? `below ${formatRl(lo)}` : `within ${formatRl(lo)}–${formatRl(hi)}`;
  }
  if (id === "I9") {
    const size = formatPointsSize(settings.boardGap);
    return level === "adverse" ? `${size} or more below the workforce` : `less than ${size} below the workforce`;
  }
  const size = formatPointsSize(settings.surveyGap);
  if (level === "within") return `within ${size}`;
  return `${level} (${size} or more)`;
}

/** A run of steps in words, completing "…, ": "moving closer to 1.00 every year since 2022". */
function directionWords(id: IndicatorId, direction: RunDirection, since: number): string {
  if (direction === "unchanged") return `unchanged since ${since}`;
  const every = `every year since ${since}`;
  if (id === "I2" || id === "I3" || id === "I4")
    return `moving ${direction === "better" ? "closer to" : "further from"} 1.00 ${every}`;
  if (id === "I9") return `moving ${direction === "better" ? "closer to" : "further from"} the workforce ${every}`;
  return `${direction === "better" ? "narrowing" : "widening"} ${every}`;
}

/** The workforce BME % over the years: it has no level, only a direction. */
function workforceSentence(run: SeriesRun, latest: NonNullable<SeriesRun["latest"]>): string {
  const subject = seriesSubject("I1");
  const now = `${formatShare(latest.value)} in ${latest.year}`;
  if (run.direction === null || run.directionSince === null || run.directionFrom === null)
    return `${subject} is ${now}; ${latest.year - 1} has no figure to compare with.`;
  const from = formatShare(run.directionFrom);
  if (run.direction === "unchanged")
    return `${subject} is ${formatShare(latest.value)}, unchanged since ${run.directionSince}.`;
  const moved = run.direction === "higher" ? ["rose", "risen"] : ["fell", "fallen"];
  return run.directionSteps === 1
    ? `${subject} ${moved[0]} from ${from} in ${run.directionSince} to ${now}.`
    : `${subject} has ${moved[1]} every year since ${run.directionSince}, from ${from} to ${now}.`;
}

/** Said wherever the aspirational goals are shown: the standard has no goals, and NHS England publishes no formula. */
export const GOAL_METHOD_LABEL = "Method: this tool's, not NHS England's";

/** How the goals are set (goals.ts), in words: the pane's goals, the report's method section. */
export function goalMethodWords(goalShare: GoalShare): string {
  return (
    `Each senior band (non-clinical and clinical staff together) aims at a BME share of ${formatGoalShare(goalShare)}. ` +
    "BME staff at the goal = the goal share × the band's staff, rounded up to a whole person; " +
    "short of the goal = BME staff at the goal − BME staff now, never below 0. " +
    "NHS England's Model Employer (2019) sets the aim but publishes no formula."
  );
}

/** What each indicator's series holds (cli.md `series`): the data table's column. */
export const SERIES_FIGURE_WORDS: Readonly<Record<IndicatorId, string>> = {
  I1: "BME share of the workforce",
  I2: "Relative likelihood",
  I3: "Relative likelihood",
  I4: "Relative likelihood",
  I5: "Gap (BME − White)",
  I6: "Gap (BME − White)",
  I7: "Gap (BME − White)",
  I8: "Gap (BME − White)",
  I9: "Total board difference",
};

/**
 * One sentence on the run of years of a series: how long the figure has kept its level, and,
 * when it has moved the same way two years or more running, that too. "RL2 has been at or
 * above 1.25 in each of the last four years, moving closer to 1.00 every year since 2022."
 */
export function seriesSentence(run: SeriesRun, settings: Settings): string {
  const subject = seriesSubject(run.id);
  const latest = run.latest;
  if (latest === null) return `${subject} has no figure in any year.`;
  if (run.id === "I1") return workforceSentence(run, latest);
  const level = run.level ? levelWords(run.id, run.level, settings) : NOT_COMPUTABLE;
  const moving =
    run.direction !== null && run.directionSince !== null && run.directionSteps >= 2
      ? `, ${directionWords(run.id, run.direction, run.directionSince)}`
      : "";
  const after = run.before?.level
    ? `, after being ${levelWords(run.id, run.before.level, settings)} in ${run.before.year}`
    : "";
  if (latest.year !== run.lastYear) {
    const when = run.levelYears >= 2 ? `in each year from ${run.levelSince} to ${latest.year}` : `in ${latest.year}`;
    return `${subject} has no figure in ${run.lastYear}; it was ${level} ${when}${run.levelYears >= 2 ? "" : after}${moving}.`;
  }
  if (run.levelYears >= 2)
    return `${subject} has been ${level} in each of the last ${countInWords(run.levelYears)} years${moving}.`;
  const compared = run.before ? after : `; ${latest.year - 1} has no figure to compare with`;
  return `${subject} is ${level} in ${latest.year}${compared}${moving}.`;
}
