/** The pane's actions: Calculate, Validate only, Settings, and in file mode Open workbook…; the spinner while busy. */

import { useRef } from "react";
import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CalculateIcon, OpenFileIcon, SettingsIcon } from "./icons";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fileInput: { display: "none" },
});

export interface ToolbarProps {
  /** While busy the buttons stay focusable but do nothing, so keyboard focus is not lost. */
  busy: boolean;
  busyLabel: string;
  /** File mode with a service that can open files: show Open workbook…. */
  canOpenFile: boolean;
  onCalculate: () => void;
  onValidate: () => void;
  onOpenSettings: () => void;
  onOpenFile: (file: File) => void;
}

export function Toolbar(props: ToolbarProps) {
  const { busy, busyLabel, canOpenFile, onCalculate, onValidate, onOpenSettings, onOpenFile } = props;
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <div className={styles.buttons} role="group" aria-label="WRES actions">
        <Button appearance="primary" icon={<CalculateIcon />} disabledFocusable={busy} onClick={onCalculate}>
          Calculate
        </Button>
        <Button disabledFocusable={busy} onClick={onValidate}>
          Validate only
        </Button>
        {canOpenFile && (
          <>
            <Button icon={<OpenFileIcon />} disabledFocusable={busy} onClick={() => fileInput.current?.click()}>
              Open workbook…
            </Button>
            <input
              ref={fileInput}
              className={styles.fileInput}
              type="file"
              accept={XLSX_TYPES}
              aria-label="Workbook file (.xlsx)"
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = ""; // so that choosing the same file again still reports a change
                if (file) onOpenFile(file);
              }}
            />
          </>
        )}
        <Button icon={<SettingsIcon />} onClick={onOpenSettings}>
          Settings
        </Button>
      </div>
      {busy && <Spinner size="extra-tiny" labelPosition="after" label={busyLabel} />}
    </div>
  );
}
