/** One flag: its title, its sentence, its cell, and a button that selects the cell in Excel. */

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { FLAG_CODES, type Flag } from "../../wres/flags";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
  where: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

export interface ProblemItemProps {
  flag: Flag;
  /** False in file mode: cells are shown but cannot be selected. */
  canGoToCell: boolean;
  onGoToCell: (cell: string) => void;
}

export function ProblemItem({ flag, canGoToCell, onGoToCell }: ProblemItemProps) {
  const styles = useStyles();
  const { cell } = flag;
  return (
    <li className={styles.item}>
      <span className={styles.title}>{FLAG_CODES[flag.code].title}</span>
      <span className={styles.message}>{flag.message}</span>
      {cell && (
        <span className={styles.where}>
          <span className={styles.cell}>{cell}</span>
          {canGoToCell && (
            <Button size="small" aria-label={`Go to cell ${cell}`} onClick={() => onGoToCell(cell)}>
              Go to cell
            </Button>
          )}
        </span>
      )}
    </li>
  );
}
