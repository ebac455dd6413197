/** Every flag, grouped Errors / Warnings / Gaps / Information with counts, then by indicator. */

import { useImperativeHandle, useRef, type Ref } from "react";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { INDICATOR_WORDS } from "../../wres/indicator-words";
import type { Flag } from "../../wres/flags";
import { Disclosure } from "./Disclosure";
import { emptyTemplateStart, groupFlags, type FlagGroupId, type ProblemEntry } from "./flag-groups";
import { ErrorIcon, GapIcon, InfoIcon, WarningIcon } from "./icons";
import { ProblemItem } from "./ProblemItem";
import { useSectionHeadingStyles } from "./section-heading";

const useStyles = makeStyles({
  note: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground3 },
  start: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  startCell: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
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

/** What the summary's counts ask of Problems. */
export interface ProblemsHandle {
  /** Moves focus to a group's header (the summary's "4 errors" goes to Errors). */
  focusGroup(group: FlagGroupId): void;
}

export interface ProblemsProps {
  flags: readonly Flag[];
  mode: "excel" | "file";
  onGoToCell: (cell: string) => void;
  ref?: Ref<ProblemsHandle>;
}

const entryKey = (entry: ProblemEntry, i: number): string =>
  entry.kind === "flag" ? `${entry.flag.code} ${entry.flag.cell ?? ""} ${i}` : `${entry.code} ${entry.name}`;

export function Problems({ flags, mode, onGoToCell, ref }: ProblemsProps) {
  const styles = useStyles();
  const heading = useSectionHeadingStyles();
  const headingId = useId("problems-heading");
  const groupElements = useRef(new Map<FlagGroupId, HTMLElement>());
  useImperativeHandle(ref, () => ({
    focusGroup(group) {
      const header = groupElements.current.get(group)?.querySelector<HTMLElement>("[aria-expanded]");
      header?.focus();
      header?.scrollIntoView?.({ block: "start" });
    },
  }));
  const groups = groupFlags(flags);
  const canGoToCell = mode === "excel";
  const start = emptyTemplateStart(flags);
  const iconClass = (id: FlagGroupId) =>
    id === "errors" ? styles.errors : id === "information" ? styles.info : styles.warnings;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={heading.heading}>
        Problems
      </h2>
      {groups.length === 0 && <p className={styles.note}>No problems found.</p>}
      {start && (
        <p className={styles.start}>
          This template is empty: start with Indicator 1.
          {canGoToCell ? (
            <Button appearance="primary" size="small" onClick={() => onGoToCell(start)}>
              <span>
                Go to cell <span className={styles.startCell}>{start}</span>
              </span>
            </Button>
          ) : (
            <span className={styles.startCell}>{start}</span>
          )}
        </p>
      )}
      {groups.length > 0 && mode === "file" && (
        <p className={styles.note}>Cells can&apos;t be selected in a file: open the workbook in Excel to go to them.</p>
      )}
      {groups.map((group) => {
        const Icon = GROUP_ICONS[group.id];
        return (
          <div
            key={group.id}
            ref={(el) => {
              if (el) groupElements.current.set(group.id, el);
              else groupElements.current.delete(group.id);
            }}
          >
            <Disclosure
              headingLevel={3}
              defaultOpen={group.id === "errors"}
              title={
                <span className={styles.groupTitle}>
                  <Icon className={iconClass(group.id)} aria-hidden />
                  {group.title} ({group.count})
                </span>
              }
            >
              {group.byIndicator.map(({ indicator, entries }) => (
                <div key={indicator ?? "workbook"}>
                  <h4 className={styles.indicatorHeading}>
                    {indicator ? `${indicator} · ${INDICATOR_WORDS[indicator].title}` : "The workbook"}
                  </h4>
                  <ul className={styles.list}>
                    {entries.map((entry, i) => (
                      <ProblemItem
                        key={entryKey(entry, i)}
                        entry={entry}
                        canGoToCell={canGoToCell}
                        onGoToCell={onGoToCell}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </Disclosure>
          </div>
        );
      })}
    </section>
  );
}
