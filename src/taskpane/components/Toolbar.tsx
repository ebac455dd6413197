/**
 * The pane's actions: Calculate, Validate only and Settings in Excel; in file mode one Check (the
 * two do the same there), Open workbook… and Settings; the spinner while busy.
 */

import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CalculateIcon, OpenFileIcon, ReportIcon, SettingsIcon } from "./icons";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  /** While busy the buttons stay focusable but do nothing, so keyboard focus is not lost. */
  busy: boolean;
  busyLabel: string;
  /** File mode with a service that can open files: show Open workbook…, usable even while busy. */
  canOpenFile: boolean;
  onCalculate: () => void;
  onValidate: () => void;
  /** File mode: one Check button in place of Calculate and Validate only. */
  onCheck?: () => void;
  onOpenSettings: () => void;
  /** Asks for a workbook (the picker). */
  onOpenFile: () => void;
  /** Create report…: shown once there are results to report (opens its question). */
  onCreateReport?: () => void;
}

export function Toolbar(props: ToolbarProps) {
  const { busy, busyLabel, canOpenFile, onCalculate, onValidate, onCheck, onOpenSettings, onOpenFile, onCreateReport } =
    props;
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.buttons} role="group" aria-label="WRES actions">
        {onCheck ? (
          <Button appearance="primary" icon={<CalculateIcon />} disabledFocusable={busy} onClick={onCheck}>
            Check
          </Button>
        ) : (
          <>
            <Button appearance="primary" icon={<CalculateIcon />} disabledFocusable={busy} onClick={onCalculate}>
              Calculate
            </Button>
            <Button disabledFocusable={busy} onClick={onValidate}>
              Validate only
            </Button>
          </>
        )}
        {onCreateReport && (
          <Button icon={<ReportIcon />} disabledFocusable={busy} onClick={onCreateReport}>
            Create report…
          </Button>
        )}
        {/* Never disabled: the user's latest file replaces whatever check is running (the example loading). */}
        {canOpenFile && (
          <Button icon={<OpenFileIcon />} onClick={onOpenFile}>
            Open workbook…
          </Button>
        )}
        <Button icon={<SettingsIcon />} onClick={onOpenSettings}>
          Settings
        </Button>
      </div>
      {busy && <Spinner size="extra-tiny" labelPosition="after" label={busyLabel} />}
    </div>
  );
}
