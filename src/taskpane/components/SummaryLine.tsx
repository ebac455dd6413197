/** The top of the results: whose return, the counts in words, the check's summary line, what was written. */

import type { Ref } from "react";
import { makeStyles, mergeClasses, MessageBar, MessageBarBody, tokens, useId } from "@fluentui/react-components";
import { countWords, formatFlagCounts } from "../../wres/format";
import type { CheckedWorkbook } from "../wres-service";
import { ErrorIcon, GapIcon, InfoIcon, WarningIcon } from "./icons";
import { useSectionHeadingStyles } from "./section-heading";
import { settingsUsedText } from "./wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { margin: 0, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export interface SummaryLineProps {
  check: CheckedWorkbook;
  written: boolean;
  mode: "excel" | "file";
  /** Focus moves here when an operation finishes. */
  headingRef: Ref<HTMLHeadingElement>;
}

function writtenText(written: boolean, mode: "excel" | "file"): string {
  if (mode === "file") return "Nothing is written back to the file.";
  return written
    ? "The outputs, the summary line and the “WRES checks” sheet were written to the workbook."
    : "Nothing was written: Validate only checks the workbook as it is.";
}

export function SummaryLine({ check, written, mode, headingRef }: SummaryLineProps) {
  const styles = useStyles();
  const heading = useSectionHeadingStyles();
  const headingId = useId("results-heading");
  const { meta, counts } = check;
  const words = countWords(counts);
  const who = [meta.organisation, meta.orgCode && `(${meta.orgCode})`].filter(Boolean).join(" ");
  const when = [
    meta.reportingYear !== null && `reporting year ${meta.reportingYear}`,
    meta.surveyYear !== null && `staff survey ${meta.surveyYear}`,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={mergeClasses(heading.heading, heading.first)}>
        Results
      </h2>
      {(who || when) && <p className={styles.line}>{[who, when].filter(Boolean).join(": ")}</p>}
      <ul className={styles.counts} aria-label={`Found ${formatFlagCounts(counts)}`}>
        <li className={styles.count}>
          <ErrorIcon className={styles.error} aria-hidden />
          {words.errors}
        </li>
        <li className={styles.count}>
          <WarningIcon className={styles.warning} aria-hidden />
          {words.warnings}
        </li>
        <li className={styles.count}>
          <GapIcon className={styles.warning} aria-hidden />
          {words.gaps}
        </li>
        <li className={styles.count}>
          <InfoIcon className={styles.info} aria-hidden />
          {words.info}
        </li>
      </ul>
      <p className={styles.muted}>{check.summaryLine}</p>
      <p className={styles.muted}>
        {writtenText(written, mode)} Computed with {settingsUsedText(check.settings)}.
      </p>
      {check.refused && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The template version was not recognised, so nothing was computed. The problems below say why.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
