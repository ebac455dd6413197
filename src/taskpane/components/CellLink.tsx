/**
 * A cell's address where the pane names one: in Excel a button that selects it ("Go to cell
 * 'Indicators 2-4'!B16"), the address said once; in file mode, where nothing can be selected,
 * the address as text.
 */

import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  goTo: { minWidth: 0, maxWidth: "100%", height: "auto", textAlign: "start" },
  goToText: { minWidth: 0 },
  goToCell: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface CellLinkProps {
  cell: string;
  /** False in file mode: the cell is shown but cannot be selected. */
  canGoToCell: boolean;
  onGoToCell: (cell: string) => void;
  /** Said before the address in file mode ("Its row: "). */
  textBefore?: string;
}

export function CellLink({ cell, canGoToCell, onGoToCell, textBefore = "" }: CellLinkProps) {
  const styles = useStyles();
  if (!canGoToCell) return <span className={styles.cell}>{`${textBefore}${cell}`}</span>;
  return (
    <Button size="small" className={styles.goTo} onClick={() => onGoToCell(cell)}>
      <span className={styles.goToText}>
        Go to cell <span className={styles.goToCell}>{cell}</span>
      </span>
    </Button>
  );
}
