/**
 * Where Create report's question lives: whether it is open, and the dialog itself, loaded as its
 * own chunk the first time it opens and then kept mounted, so that it closes (and gives focus
 * back to the button) as it should.
 */

import { Suspense, useRef, useState } from "react";
import type { ReportFormat } from "../../report/file-name";
import type { CheckedWorkbook } from "../wres-service";
import { LazyCreateReportDialog } from "./lazy-panels";

export function useReportDialog() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  // The button that opened the question: Cancel gives the focus back to it.
  const opener = useRef<HTMLElement | null>(null);
  return {
    open,
    used,
    show: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setUsed(true);
      setOpen(true);
    },
    close: () => setOpen(false),
    cancel: () => {
      setOpen(false);
      // After the dialog has gone (its focus trap gives the focus up as it closes).
      setTimeout(() => opener.current?.focus());
    },
  };
}

export interface ReportDialogSlotProps {
  dialog: ReturnType<typeof useReportDialog>;
  /** The results shown, which the report is made of; null when there are none. */
  check: CheckedWorkbook | null;
  mode: "excel" | "file";
  /** The report is made in the system's browser, not here (Excel on Mac). */
  inBrowser: boolean;
  onCreate: (check: CheckedWorkbook, format: ReportFormat) => void;
}

export function ReportDialogSlot({ dialog, check, mode, inBrowser, onCreate }: ReportDialogSlotProps) {
  if (!dialog.used || !check) return null;
  return (
    <Suspense fallback={null}>
      <LazyCreateReportDialog
        open={dialog.open}
        errors={check.counts.errors}
        mode={mode}
        inBrowser={inBrowser}
        onCancel={dialog.cancel}
        onCreate={(format) => {
          dialog.close();
          onCreate(check, format);
        }}
      />
    </Suspense>
  );
}
