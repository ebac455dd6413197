/**
 * Around the results: says when they are the example's, and when they no longer answer the next
 * check (settings saved since), in which case they are greyed and labelled, with Check again.
 */

import type { ReactNode } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { InfoIcon, WarningIcon } from "./icons";
import { EXAMPLE_LABEL } from "./FileModeBanner";

const useStyles = makeStyles({
  // The same column and gaps as the pane's, which the results sat in before.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // A line of text with its icon inline, so that the words wrap under it rather than drop below it.
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  icon: { verticalAlign: "-0.125em", marginRight: tokens.spacingHorizontalXS },
  action: { marginLeft: tokens.spacingHorizontalS },
  example: { color: tokens.colorBrandForeground1 },
  outOfDate: { color: tokens.colorStatusWarningForeground1 },
  // Greyed, not faded: fading would take the text below the contrast WCAG asks. The label says why.
  dimmed: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    filter: "grayscale(1)",
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

export interface ResultsFrameProps {
  /** The results are the bundled example's. */
  example: boolean;
  /** Why the results are out of date, or null when they are not. */
  outOfDate: "settings" | null;
  /** File mode: the Check again button; in Excel the label says which buttons to use. */
  onCheckAgain?: () => void;
  busy: boolean;
  children: ReactNode;
}

export function ResultsFrame({ example, outOfDate, onCheckAgain, busy, children }: ResultsFrameProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-out-of-date={outOfDate !== null || undefined}>
      {example && (
        <p className={mergeClasses(styles.label, styles.example)}>
          <InfoIcon className={styles.icon} aria-hidden />
          {EXAMPLE_LABEL}
        </p>
      )}
      {outOfDate && (
        <p className={mergeClasses(styles.label, styles.outOfDate)}>
          <WarningIcon className={styles.icon} aria-hidden />
          <span>
            {onCheckAgain
              ? "Out of date: settings changed."
              : "Out of date: settings changed. Calculate or Validate only again to apply them."}
          </span>
          {onCheckAgain && (
            <Button className={styles.action} size="small" disabledFocusable={busy} onClick={onCheckAgain}>
              Check again
            </Button>
          )}
        </p>
      )}
      <div className={outOfDate ? styles.dimmed : styles.root}>{children}</div>
    </div>
  );
}
