/** Every flag, grouped Errors / Warnings / Gaps / Information with counts, then by indicator. */

import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { INDICATOR_WORDS } from "../../wres/indicator-words";
import type { Flag } from "../../wres/flags";
import { Disclosure } from "./Disclosure";
import { groupFlags, type FlagGroupId } from "./flag-groups";
import { ErrorIcon, GapIcon, InfoIcon, WarningIcon } from "./icons";
import { ProblemItem } from "./ProblemItem";
import { useSectionHeadingStyles } from "./section-heading";

const useStyles = makeStyles({
  note: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground3 },
  groupTitle: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  indicatorHeading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  errors: { color: tokens.colorStatusDangerForeground1 },
  warnings: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const GROUP_ICONS = { errors: ErrorIcon, warnings: WarningIcon, gaps: GapIcon, information: InfoIcon } as const;

export interface ProblemsProps {
  flags: readonly Flag[];
  mode: "excel" | "file";
  onGoToCell: (cell: string) => void;
}

export function Problems({ flags, mode, onGoToCell }: ProblemsProps) {
  const styles = useStyles();
  const heading = useSectionHeadingStyles();
  const headingId = useId("problems-heading");
  const groups = groupFlags(flags);
  const iconClass = (id: FlagGroupId) =>
    id === "errors" ? styles.errors : id === "information" ? styles.info : styles.warnings;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={heading.heading}>
        Problems
      </h2>
      {groups.length === 0 && <p className={styles.note}>No problems found.</p>}
      {groups.length > 0 && mode === "file" && (
        <p className={styles.note}>Cells can&apos;t be selected in a file: open the workbook in Excel to go to them.</p>
      )}
      {groups.map((group) => {
        const Icon = GROUP_ICONS[group.id];
        return (
          <Disclosure
            key={group.id}
            headingLevel={3}
            defaultOpen={group.id === "errors"}
            title={
              <span className={styles.groupTitle}>
                <Icon className={iconClass(group.id)} aria-hidden />
                {group.title} ({group.count})
              </span>
            }
          >
            {group.byIndicator.map(({ indicator, flags: indicatorFlags }) => (
              <div key={indicator ?? "workbook"}>
                <h4 className={styles.indicatorHeading}>
                  {indicator ? `${indicator} · ${INDICATOR_WORDS[indicator].title}` : "The workbook"}
                </h4>
                <ul className={styles.list}>
                  {indicatorFlags.map((flag, i) => (
                    <ProblemItem
                      key={`${flag.code} ${flag.cell ?? ""} ${i}`}
                      flag={flag}
                      canGoToCell={mode === "excel"}
                      onGoToCell={onGoToCell}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </Disclosure>
        );
      })}
    </section>
  );
}
