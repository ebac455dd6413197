/** Indicator 9: the board's BME share against the workforce's, for the total, voting and executive membership. */

import type { ReactNode } from "react";
import { BOARD_DIFF_ROWS } from "../../wres/contract";
import { formatPoints, formatShare } from "../../wres/format";
import { boardMeaning, trendWords } from "../../wres/indicator-words";
import type { BoardDiffs, I9Report } from "../../wres/report";
import { Detail, Details } from "./Details";

const DIFF_KEYS: readonly (keyof BoardDiffs)[] = ["total", "voting", "executive"];

export interface BoardIndicatorPanelProps {
  report: I9Report;
  /** Indicator 1's overall BME share, the figure the board is compared with. */
  workforceBmePct: number | null;
  /** The indicator's chart, shown under its sentences. */
  chart?: ReactNode;
  /** Template 1.1: the figure over the years, with its sentence (nothing without history). */
  history?: ReactNode;
}

export function BoardIndicatorPanel({ report, workforceBmePct, chart, history }: BoardIndicatorPanelProps) {
  const meanings = DIFF_KEYS.flatMap((key, i) => {
    const diff = report[key];
    return diff === null ? [] : [boardMeaning(diff, BOARD_DIFF_ROWS[i])];
  });
  return (
    <>
      {meanings.length ? (
        meanings.map((m) => <p key={m}>{m}</p>)
      ) : (
        <p>Not computable: the board or the workforce figures are missing or invalid (see Problems).</p>
      )}
      {chart}
      <Details>
        <Detail label="BME share">
          board {formatShare(report.boardBmePct)}, workforce {formatShare(workforceBmePct)}
        </Detail>
        {DIFF_KEYS.map((key, i) => (
          <Detail key={key} label={BOARD_DIFF_ROWS[i]}>
            {formatPoints(report[key])}
          </Detail>
        ))}
        {report.previous && report.previous.total !== null && (
          <Detail label="Last year">
            total board {formatPoints(report.previous.total)}
            {report.trend && `, ${trendWords(report.trend)}`}
          </Detail>
        )}
      </Details>
      {history}
    </>
  );
}
