/**
 * The action plan (template 1.1): each adverse finding, whether an action with a Lead and a Due
 * date covers it, and Go to cell on its row; in Excel, "Draft the action plan" for the findings
 * that have no row. What covers what is the domain's (`beyond.actionPlan.findings`); this only shows it.
 * Loaded with template 1.1's other sections as a chunk of their own (Template11Slots.tsx).
 */

import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { coverageLine, coverageWords } from "../../wres/action-plan";
import { plural } from "../../wres/format";
import { INDICATOR_WORDS } from "../../wres/indicator-words";
import type { CheckedWorkbook } from "../wres-service";
import { CellLink } from "./CellLink";
import { useSectionHeadingStyles } from "./section-heading";
import { StatusText } from "./StatusText";
import { LIST_ITEM_STYLES } from "./list-item";

const useStyles = makeStyles({
  line: { margin: `0 0 ${tokens.spacingVerticalS}`, overflowWrap: "anywhere" },
  muted: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  ...LIST_ITEM_STYLES,
  finding: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  draft: { marginBlock: tokens.spacingVerticalS },
});

export interface ActionPlanPanelProps {
  check: CheckedWorkbook;
  mode: "excel" | "file";
  busy: boolean;
  onGoToCell: (address: string) => void;
  /** Excel: "Draft the action plan"; absent where nothing can be written (file mode). */
  onDraft?: () => void;
}

export function ActionPlanPanel({ check, mode, busy, onGoToCell, onDraft }: ActionPlanPanelProps) {
  const styles = useStyles();
  const heading = useSectionHeadingStyles();
  const headingId = useId("action-plan-heading");
  const plan = check.beyond.actionPlan;
  // A 1.0 workbook (or one without WRES_ActionPlan) has no plan to show.
  if (!plan) return null;
  const withoutRow = plan.findings.filter((f) => f.rowCell === null).length;
  const canDraft = mode === "excel" && onDraft !== undefined;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={heading.heading}>
        Action plan
      </h2>
      <p className={styles.line}>{coverageLine(plan.findings)}</p>
      {withoutRow > 0 &&
        (canDraft ? (
          <>
            <p className={styles.muted}>
              {plural(withoutRow, "finding")} {withoutRow === 1 ? "has" : "have"} no row yet. Drafting writes the
              Indicator and the Finding into empty rows only; rows already typed in are never changed.
            </p>
            <Button className={styles.draft} appearance="primary" disabled={busy} onClick={onDraft}>
              Draft the action plan
            </Button>
          </>
        ) : (
          <p className={styles.muted}>
            {plural(withoutRow, "finding")} {withoutRow === 1 ? "has" : "have"} no row yet. Drafting the rows writes
            into the workbook, so it needs the workbook open in Excel.
          </p>
        ))}
      {plan.findings.length > 0 && (
        <ul className={styles.list} aria-label="Adverse findings and their actions">
          {plan.findings.map((f) => (
            <li key={f.indicator} className={styles.item} data-indicator={f.indicator}>
              <span className={styles.title}>
                {f.indicator} · {INDICATOR_WORDS[f.indicator].title}
              </span>
              <StatusText tone={f.covered ? "good" : "adverse"}>{coverageWords(f)}</StatusText>
              <span className={styles.finding}>{f.finding}</span>
              {f.rowCell !== null && (
                <CellLink
                  cell={f.rowCell}
                  canGoToCell={mode === "excel"}
                  onGoToCell={onGoToCell}
                  textBefore="Its row: "
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
