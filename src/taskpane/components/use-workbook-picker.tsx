/**
 * File mode's "Open workbook…": the browser's open picker where it gives a handle (Edge, Chrome),
 * so that each check reads the file again; else the hidden file input (Safari, Firefox, frames).
 * One picker for the toolbar, the banner's "Open again…" and "not a WRES workbook".
 */

import { useCallback, useRef, type ReactElement } from "react";
import { makeStyles } from "@fluentui/react-components";
import { hasOpenFilePicker, pickWorkbookHandle } from "../services/workbook-files";
import type { WorkbookSource } from "../wres-service";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({ input: { display: "none" } });

export interface WorkbookPicker {
  /** Asks the user for a workbook; what they choose goes to `onOpen`. */
  pick(): void;
  /** The file input the picker falls back to: render it once. */
  input: ReactElement;
}

export function useWorkbookPicker(onOpen: (source: WorkbookSource) => void): WorkbookPicker {
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const pick = useCallback(() => {
    // The input is clicked at once where there is no picker: a click later may no longer count as the user's.
    if (!hasOpenFilePicker()) return inputRef.current?.click();
    void pickWorkbookHandle().then((picked) => {
      if (picked === "unavailable") inputRef.current?.click();
      else if (picked) onOpen(picked);
    });
  }, [onOpen]);
  const input = (
    <input
      ref={inputRef}
      className={styles.input}
      type="file"
      accept={XLSX_TYPES}
      aria-label="Workbook file (.xlsx)"
      tabIndex={-1}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = ""; // so that choosing the same file again still reports a change
        if (file) onOpen(file);
      }}
    />
  );
  return { pick, input };
}
