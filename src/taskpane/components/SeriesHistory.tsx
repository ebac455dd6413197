/**
 * Template 1.1 in an indicator's panel: the sentence on its run of years (indicator-words
 * seriesSentence, as the domain wrote it) beside its figure drawn over the years. Nothing when
 * the workbook has no history (version 1.0, or no earlier year with a figure). Loaded with template
 * 1.1's other sections as a chunk of their own (Template11Slots.tsx).
 */

import { makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorId } from "../../wres/contract";
import { hasHistory } from "../../wres/series";
import type { CheckedWorkbook } from "../wres-service";
import { IndicatorChartSlot } from "./IndicatorChartSlot";

const useStyles = makeStyles({
  history: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface SeriesHistoryProps {
  id: IndicatorId;
  check: CheckedWorkbook;
}

export function SeriesHistory({ id, check }: SeriesHistoryProps) {
  const styles = useStyles();
  const points = check.beyond.series?.[id];
  const sentence = check.beyond.seriesSentences?.[id];
  if (!points || !hasHistory(points)) return null;
  return (
    <div className={styles.history}>
      <h4 className={styles.heading}>
        Year by year, {points[0].year} to {points[points.length - 1].year}
      </h4>
      {sentence && <p>{sentence}</p>}
      <IndicatorChartSlot kind="series" id={id} points={points} settings={check.settings} />
    </div>
  );
}
