/**
 * One line of Problems: a flag (its title, its sentence, where its cell is and a button that
 * selects it in Excel), or the cells of one block with one cause, opened to list them. The cell's
 * address is said once; the template's internal name is only a tooltip.
 */

import { useId, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { FLAG_CODES, type Flag } from "../../wres/flags";
import { plural } from "../../wres/format";
import type { ProblemEntry } from "./flag-groups";
import { CellLink } from "./CellLink";
import { LIST_ITEM_STYLES } from "./list-item";

const useStyles = makeStyles({
  ...LIST_ITEM_STYLES,
  message: { overflowWrap: "anywhere" },
  place: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    maxWidth: "100%",
  },
  where: { color: tokens.colorNeutralForeground2 },
  cells: { listStyleType: "none", margin: 0, paddingInlineStart: tokens.spacingHorizontalM },
  cellItem: { paddingBlock: tokens.spacingVerticalXXS },
});

interface CellProps {
  /** False in file mode: cells are shown but cannot be selected. */
  canGoToCell: boolean;
  onGoToCell: (cell: string) => void;
}

/** Where a flag's cell is: its row and column in words, then the address once (in the button that goes there). */
function CellPlace({ flag, canGoToCell, onGoToCell }: CellProps & { flag: Flag }) {
  const styles = useStyles();
  const { cell, where, name } = flag;
  if (!cell) return null;
  return (
    <span className={styles.place} title={name ?? undefined}>
      {where && <span className={styles.where}>{where}</span>}
      <CellLink cell={cell} canGoToCell={canGoToCell} onGoToCell={onGoToCell} />
    </span>
  );
}

export interface ProblemItemProps extends CellProps {
  entry: ProblemEntry;
}

export function ProblemItem({ entry, ...cellProps }: ProblemItemProps) {
  const styles = useStyles();
  if (entry.kind === "cells") return <SharedCauseItem entry={entry} {...cellProps} />;
  const { flag } = entry;
  return (
    <li className={styles.item}>
      <span className={styles.title}>{FLAG_CODES[flag.code].title}</span>
      <span className={styles.message}>{flag.message}</span>
      <CellPlace flag={flag} {...cellProps} />
    </li>
  );
}

/** "Indicator 1, non-clinical: 45 cells empty", opened to each cell with Go to cell. */
function SharedCauseItem({ entry, ...cellProps }: CellProps & { entry: Extract<ProblemEntry, { kind: "cells" }> }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <li className={styles.item}>
      <span className={styles.title}>{FLAG_CODES[entry.code].title}</span>
      <span className={styles.message} title={entry.name}>
        {entry.line}
      </span>
      <Button size="small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        {open ? "Hide the cells" : `Show the ${plural(entry.flags.length, "cell")}`}
      </Button>
      <ul id={listId} className={styles.cells} hidden={!open}>
        {open &&
          entry.flags.map((flag) => (
            <li key={flag.cell ?? flag.message} className={styles.cellItem}>
              <CellPlace flag={flag} {...cellProps} />
            </li>
          ))}
      </ul>
    </li>
  );
}
