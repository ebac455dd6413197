/** The nine indicators, one collapsible section each: the header says the figure and its status. */

import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { INDICATOR_IDS, type IndicatorId } from "../../wres/contract";
import { NOT_COMPUTABLE } from "../../wres/format";
import { INDICATOR_WORDS } from "../../wres/indicator-words";
import type { CheckedWorkbook } from "../wres-service";
import { BoardIndicatorPanel } from "./BoardIndicatorPanel";
import { Disclosure } from "./Disclosure";
import { useSectionHeadingStyles } from "./section-heading";
import { indicatorSummary } from "./indicator-summary";
import { IndicatorChartSlot } from "./IndicatorChartSlot";
import { RepresentationPanel } from "./RepresentationPanel";
import { RlIndicatorPanel } from "./RlIndicatorPanel";
import { StatusText } from "./StatusText";
import { SurveyIndicatorPanel } from "./SurveyIndicatorPanel";
import { GoalsSlot, SeriesHistorySlot } from "./Template11Slots";

const useStyles = makeStyles({
  headerText: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  figure: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    "& p": { margin: 0 },
    // `hidden` must still hide the panel although `display` is set here.
    "&[hidden]": { display: "none" },
  },
});

export function Results({ check }: { check: CheckedWorkbook }) {
  const styles = useStyles();
  const heading = useSectionHeadingStyles();
  const headingId = useId("indicators-heading");
  const underRepresentedCount = check.indicators.I1.rows.filter((r) => r.underRepresented).length;
  const { indicators } = check;
  const confidence = check.settings.confidence;
  const goals = check.beyond.goals && (
    <GoalsSlot
      goals={check.beyond.goals}
      goalShare={check.settings.goalShare}
      chart={<IndicatorChartSlot kind="goals" goals={check.beyond.goals} />}
    />
  );

  const panel = (id: IndicatorId) => {
    const chart = <IndicatorChartSlot id={id} indicators={indicators} settings={check.settings} />;
    const history = <SeriesHistorySlot id={id} check={check} />;
    switch (id) {
      case "I1":
        return <RepresentationPanel report={indicators.I1} chart={chart} history={history} goals={goals} />;
      case "I2":
      case "I3":
      case "I4":
        return (
          <RlIndicatorPanel id={id} report={indicators[id]} confidence={confidence} chart={chart} history={history} />
        );
      case "I5":
      case "I6":
      case "I7":
      case "I8":
        return (
          <SurveyIndicatorPanel
            id={id}
            report={indicators[id]}
            confidence={confidence}
            chart={chart}
            history={history}
          />
        );
      case "I9":
        return (
          <BoardIndicatorPanel
            report={indicators.I9}
            workforceBmePct={indicators.I1.workforcePct?.bme ?? null}
            chart={chart}
            history={history}
          />
        );
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={heading.heading}>
        Indicators
      </h2>
      {INDICATOR_IDS.map((id) => {
        const summary = indicatorSummary(id, indicators, underRepresentedCount);
        return (
          <Disclosure
            key={id}
            headingLevel={3}
            panelClassName={styles.panel}
            title={
              <span className={styles.headerText}>
                <span className={styles.title}>
                  {id} · {INDICATOR_WORDS[id].title}
                </span>
                <span className={styles.summary}>
                  {summary.figure !== NOT_COMPUTABLE && <span className={styles.figure}>{summary.figure}</span>}
                  <StatusText tone={summary.tone}>{summary.status}</StatusText>
                </span>
              </span>
            }
          >
            {panel(id)}
          </Disclosure>
        );
      })}
    </section>
  );
}
