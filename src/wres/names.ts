/**
 * Every template name, written once. The contract (contract.ts) is built from these, and every
 * module that needs a name asks here, so a name's spelling lives in exactly one place.
 */

import type { I1Block, RlIndicator, SurveyIndicator } from "./contract";

const RL_POPULATION: Record<RlIndicator, string> = {
  I2: "WRES_I2_Shortlisted",
  I3: "WRES_I3_Headcount",
  I4: "WRES_I4_Headcount",
};
const RL_EVENTS: Record<RlIndicator, string> = {
  I2: "WRES_I2_Appointed",
  I3: "WRES_I3_Entered",
  I4: "WRES_I4_Accessed",
};

export const NAMES = {
  templateVersion: "WRES_TemplateVersion",
  organisation: "WRES_Organisation",
  orgCode: "WRES_OrgCode",
  reportingYear: "WRES_ReportingYear",
  surveyYear: "WRES_SurveyYear",
  i1: (block: I1Block): string => `WRES_I1_${block}`,
  i1Pct: (block: I1Block): string => `WRES_I1_${block}_Pct`,
  i1Gap: (block: I1Block): string => `WRES_I1_${block}_Gap`,
  workforce: "WRES_Workforce",
  workforcePct: "WRES_Workforce_Pct",
  /** Indicators 2–4: shortlisted applicants, or the headcount. */
  population: (id: RlIndicator): string => RL_POPULATION[id],
  /** Indicators 2–4: appointed, entered the disciplinary process, accessed training. */
  events: (id: RlIndicator): string => RL_EVENTS[id],
  likelihood: (id: RlIndicator): string => `WRES_${id}_Likelihood`,
  rl: (id: RlIndicator): string => `WRES_${id}_RL`,
  rlCi: (id: RlIndicator): string => `WRES_${id}_RL_CI`,
  rl2y: "WRES_I3_RL_2Y",
  surveyPct: (id: SurveyIndicator): string => `WRES_${id}_Pct`,
  surveyRespondents: (id: SurveyIndicator): string => `WRES_${id}_Respondents`,
  surveyGap: (id: SurveyIndicator): string => `WRES_${id}_Gap`,
  surveyGapCi: (id: SurveyIndicator): string => `WRES_${id}_Gap_CI`,
  board: "WRES_I9_Board",
  boardPct: "WRES_I9_Board_Pct",
  boardDiff: "WRES_I9_Diff",
  checkSummary: "WRES_CheckSummary",
  history: "WRES_History",
  actionPlan: "WRES_ActionPlan",
  goals: "WRES_Goals",
  goalsYear: "WRES_Goals_Year",
} as const;
