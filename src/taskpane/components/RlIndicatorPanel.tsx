/** Indicators 2, 3 and 4: the relative likelihood, what it means, its interval and last year's. */

import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RlIndicator } from "../../wres/contract";
import { formatInterval, formatRate, formatRl } from "../../wres/format";
import { RL_WORDS, rlMeaning, trendWords } from "../../wres/indicator-words";
import type { I3Report, RlReport } from "../../wres/report";
import { Detail, Details } from "./Details";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface RlIndicatorPanelProps {
  id: RlIndicator;
  report: RlReport | I3Report;
  confidence: number;
  /** The indicator's chart, shown under its sentence. */
  chart?: ReactNode;
  /** Template 1.1: the figure over the years, with its sentence (nothing without history). */
  history?: ReactNode;
}

export function RlIndicatorPanel({ id, report, confidence, chart, history }: RlIndicatorPanelProps) {
  const styles = useStyles();
  const { rl, ci, likelihood, rlPY, trend, significant } = report;
  return (
    <>
      <p>{rl !== null ? rlMeaning(id, rl) : `Not computable: ${report.notComputable ?? "see Problems."}`}</p>
      {chart}
      <Details>
        {likelihood && (
          <Detail label={RL_WORDS[id].rateLabel}>
            White {formatRate(likelihood.white)}, BME {formatRate(likelihood.bme)}
          </Detail>
        )}
        {ci && (
          <Detail label="Interval">
            {formatInterval(ci, formatRl, confidence)}:{" "}
            {significant ? "excludes 1.00, statistically significant" : "includes 1.00, not statistically significant"}.{" "}
            <span className={styles.note}>(An addition to the standard.)</span>
          </Detail>
        )}
        {"rl2y" in report && report.rl2y !== null && (
          <Detail label="Over two years">{formatRl(report.rl2y)} (this year and last pooled)</Detail>
        )}
        {rlPY !== null && (
          <Detail label="Last year">
            {formatRl(rlPY)}
            {trend && `, ${trendWords(trend)}`}
          </Detail>
        )}
        {report.headcountSource === "workforce" && (
          <Detail label="Headcount">the indicator 1 workforce, as the headcount was left blank</Detail>
        )}
      </Details>
      {history}
    </>
  );
}
