/** Indicators 5 to 8: the survey gap in points, what it means, its interval and last year's. */

import type { ReactNode } from "react";
import type { SurveyIndicator } from "../../wres/contract";
import { formatCount, formatInterval, formatPoints, formatShare } from "../../wres/format";
import { surveyMeaning, trendWords } from "../../wres/indicator-words";
import type { SurveyReport } from "../../wres/report";
import { Detail, Details } from "./Details";

export interface SurveyIndicatorPanelProps {
  id: SurveyIndicator;
  report: SurveyReport;
  confidence: number;
  /** The indicator's chart, shown under its sentence. */
  chart?: ReactNode;
  /** Template 1.1: the figure over the years, with its sentence (nothing without history). */
  history?: ReactNode;
}

export function SurveyIndicatorPanel({ id, report, confidence, chart, history }: SurveyIndicatorPanelProps) {
  const meaning = surveyMeaning(id, report);
  return (
    <>
      <p>{meaning ?? "Not computable: the White or BME percentage is missing or invalid (see Problems)."}</p>
      {chart}
      <Details>
        <Detail label="Staff survey">
          White {formatShare(report.white)}, BME {formatShare(report.bme)}
        </Detail>
        {report.respondents && (
          <Detail label="Respondents">
            White {formatCount(report.respondents.white)}, BME {formatCount(report.respondents.bme)}
          </Detail>
        )}
        {report.ci && <Detail label="Interval">{formatInterval(report.ci, formatPoints, confidence)}</Detail>}
        {report.gapPY !== null && (
          <Detail label="Last year">
            {formatPoints(report.gapPY)}
            {report.trend && `, ${trendWords(report.trend)}`}
          </Detail>
        )}
      </Details>
      {history}
    </>
  );
}
