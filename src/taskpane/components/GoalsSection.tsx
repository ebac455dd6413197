/**
 * Template 1.1's aspirational goals in indicator 1's panel: the target share (the goalShare
 * setting), the method labelled as this tool's, a chart of each senior band now against the goal
 * and the table: BME staff now, at the goal, and short of it. A band with no staff says
 * "no staff", never 0 %. Loaded with template 1.1's other sections as a chunk of their own
 * (Template11Slots.tsx).
 */

import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatCount, formatGoalShare, formatShare } from "../../wres/format";
import { shareNowWords, type GoalRow, type GoalsReport } from "../../wres/goals";
import { GOAL_METHOD_LABEL, goalMethodWords } from "../../wres/indicator-words";
import type { GoalShare } from "../../wres/settings";
import { FIGURE_TABLE_STYLES } from "./figure-table";

const useStyles = makeStyles({
  goals: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  ...FIGURE_TABLE_STYLES,
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  total: { fontWeight: tokens.fontWeightSemibold },
  sub: { display: "block", color: tokens.colorNeutralForeground3 },
});

/** A band's BME staff now: "40 (15.0%)", "no staff", or "—" when its counts are incomplete. */
export function bmeNow(r: GoalRow): string {
  const share = shareNowWords(r);
  return r.bme === null || r.bmePct === null ? share : `${formatCount(r.bme)} (${share})`;
}

function targetSentence(goals: GoalsReport, goalShare: GoalShare): string {
  const from = goals.shareFrom === "workforce" ? formatGoalShare("workforce") : "a fixed share";
  if (goals.share === null)
    return `No target for ${goals.year}: the target is ${formatGoalShare(goalShare)}, which is not computable (see Problems).`;
  return `Target for ${goals.year}: ${formatShare(goals.share)} BME staff in each senior band (${from}; set in Settings).`;
}

export interface GoalsSectionProps {
  goals: GoalsReport;
  /** The goalShare setting the goals were computed with. */
  goalShare: GoalShare;
  /** The goals' chart, loaded with the other charts. */
  chart?: ReactNode;
}

export function GoalsSection({ goals, goalShare, chart }: GoalsSectionProps) {
  const styles = useStyles();
  const header = mergeClasses(styles.cell, styles.header);
  const headerNumber = mergeClasses(styles.cell, styles.header, styles.number);
  const number = mergeClasses(styles.cell, styles.number);
  return (
    <div className={styles.goals}>
      <h4 className={styles.heading}>Aspirational goals for {goals.year}</h4>
      <p>{targetSentence(goals, goalShare)}</p>
      <p className={styles.note}>
        {GOAL_METHOD_LABEL}. {goalMethodWords(goalShare)}
      </p>
      {chart}
      <table className={styles.table}>
        <caption className={styles.caption}>Senior bands against the goal for {goals.year}</caption>
        <thead>
          <tr>
            <th scope="col" className={header}>
              Band or grade
            </th>
            <th scope="col" className={headerNumber}>
              BME now
            </th>
            <th scope="col" className={headerNumber}>
              At the goal
            </th>
            <th scope="col" className={headerNumber}>
              Short
            </th>
          </tr>
        </thead>
        <tbody>
          {goals.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
                {r.label}
                <span className={styles.sub}>
                  {r.headcount === null ? "counts incomplete" : `${formatCount(r.headcount)} staff`}
                </span>
              </th>
              <td className={number}>{bmeNow(r)}</td>
              <td className={number}>{formatCount(r.atTarget)}</td>
              <td className={number}>{formatCount(r.shortfall)}</td>
            </tr>
          ))}
        </tbody>
        {goals.shortfallTotal !== null && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={3} className={mergeClasses(styles.cell, styles.rowHeader, styles.total)}>
                BME staff short of the goal, all senior bands
              </th>
              <td className={mergeClasses(number, styles.total)}>{formatCount(goals.shortfallTotal)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
