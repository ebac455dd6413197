/** The top of the results: whose return, the counts in words, the check's summary line, what was written. */

import type { ComponentType, Ref } from "react";
import { makeStyles, mergeClasses, MessageBar, MessageBarBody, tokens, useId } from "@fluentui/react-components";
import { countWords, formatFlagCounts } from "../../wres/format";
import type { FlagCounts } from "../../wres/flags";
import type { CheckedWorkbook } from "../wres-service";
import type { FlagGroupId } from "./flag-groups";
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
  // A count that leads to its group of problems: a button that looks like a link.
  countLink: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    border: "none",
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorBrandForegroundLink,
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "underline",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
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
  /** A count's button moves focus to its group in Problems. */
  onShowGroup?: (group: FlagGroupId) => void;
}

/** The four counts in order: their group in Problems, icon and colour. */
const COUNTS: readonly { key: keyof FlagCounts; group: FlagGroupId; tone: "error" | "warning" | "info" }[] = [
  { key: "errors", group: "errors", tone: "error" },
  { key: "warnings", group: "warnings", tone: "warning" },
  { key: "gaps", group: "gaps", tone: "warning" },
  { key: "info", group: "information", tone: "info" },
];
const COUNT_ICONS: Record<keyof FlagCounts, ComponentType<{ className?: string; "aria-hidden"?: boolean }>> = {
  errors: ErrorIcon,
  warnings: WarningIcon,
  gaps: GapIcon,
  info: InfoIcon,
};

function writtenText(written: boolean, mode: "excel" | "file"): string {
  if (mode === "file") return "Nothing is written back to the file.";
  return written
    ? "The outputs, the summary line and the “WRES checks” sheet were written to the workbook."
    : "Nothing was written: Validate only checks the workbook as it is.";
}

export function SummaryLine({ check, written, mode, headingRef, onShowGroup }: SummaryLineProps) {
  const styles = useStyles();
  const heading = useSectionHeadingStyles();
  const headingId = useId("results-heading");
  const refusedId = useId("refused");
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
        {COUNTS.map(({ key, group, tone }) => {
          const Icon = COUNT_ICONS[key];
          const icon = <Icon className={styles[tone]} aria-hidden />;
          return (
            <li key={key} className={styles.count}>
              {counts[key] > 0 && onShowGroup ? (
                <button type="button" className={styles.countLink} onClick={() => onShowGroup(group)}>
                  {icon}
                  {words[key]}
                </button>
              ) : (
                <>
                  {icon}
                  {words[key]}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p className={styles.muted}>{check.summaryLine}</p>
      <p className={styles.muted}>
        {writtenText(written, mode)} Computed with {settingsUsedText(check.settings)}.
      </p>
      {check.refused && (
        // Labelled by its own text: Fluent's default label is a title this bar does not have.
        <MessageBar intent="warning" aria-labelledby={refusedId}>
          <MessageBarBody id={refusedId}>
            The template version was not recognised, so nothing was computed. The problems below say why.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
