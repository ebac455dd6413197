/**
 * Calculate stopped before writing because some output cells hold what the add-in did not write
 * (a formula, a typed figure): list them and ask. Cancel writes nothing.
 */

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { isTemplateName, specOf } from "../../wres/contract";
import type { OverwriteConflict } from "../../wres/overwrite";
import { plural } from "../../wres/format";
import { blockWords } from "../../wres/locate";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  item: { overflowWrap: "anywhere", marginBottom: tokens.spacingVerticalXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  actions: { flexWrap: "wrap" },
});

/** The output's block in words ("Indicator 2, relative likelihood"); its internal name is the item's tooltip. */
const blockOf = (name: string): string => (isTemplateName(name) ? blockWords(specOf(name)) : name);

export interface ConfirmOverwriteDialogProps {
  /** The dialog is open while this is not null. */
  conflicts: readonly OverwriteConflict[] | null;
  onReplace: () => void;
  onCancel: () => void;
}

export function ConfirmOverwriteDialog({ conflicts, onReplace, onCancel }: ConfirmOverwriteDialogProps) {
  const styles = useStyles();
  const count = conflicts?.length ?? 0;
  return (
    <Dialog
      open={conflicts !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Replace what {count === 1 ? "this cell holds" : "these cells hold"}?</DialogTitle>
          <DialogContent>
            Calculate writes the WRES outputs, but {plural(count, "output cell")} {count === 1 ? "holds" : "hold"}{" "}
            something the add-in did not write. Nothing has been written yet.
            <ul className={styles.list}>
              {(conflicts ?? []).map((c, i) => (
                <li key={`${c.name} ${c.cell ?? ""} ${i}`} className={styles.item} title={c.name}>
                  <span className={styles.cell}>{c.cell ?? c.name}</span> ({blockOf(c.name)}) holds {c.holds}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={onReplace}>
              Replace them
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
