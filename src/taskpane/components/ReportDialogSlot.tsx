/**
 * Where Create report's question lives: whether it is open, and the dialog itself, loaded as its
 * own chunk the first time it opens and then kept mounted, so that it closes (and gives focus
 * back to the button) as it should.
 */

import { Suspense, useState } from "react";
import type { ReportFormat } from "../../report/file-name";
import type { CheckedWorkbook } from "../wres-service";
import { LazyCreateReportDialog } from "./lazy-panels";

export function useReportDialog() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return {
    open,
    used,
    show: () => {
      setUsed(true);
      setOpen(true);
    },
    close: () => setOpen(false),
  };
}

export interface ReportDialogSlotProps {
  dialog: ReturnType<typeof useReportDialog>;
  /** The results shown, which the report is made of; null when there are none. */
  check: CheckedWorkbook | null;
  mode: "excel" | "file";
  onCreate: (check: CheckedWorkbook, format: ReportFormat) => void;
}

export function ReportDialogSlot({ dialog, check, mode, onCreate }: ReportDialogSlotProps) {
  if (!dialog.used || !check) return null;
  return (
    <Suspense fallback={null}>
      <LazyCreateReportDialog
        open={dialog.open}
        errors={check.counts.errors}
        mode={mode}
        onCancel={dialog.close}
        onCreate={(format) => {
          dialog.close();
          onCreate(check, format);
        }}
      />
    </Suspense>
  );
}
