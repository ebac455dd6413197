/**
 * Create report's one question: the format (Word, the default, or a page to print) and, when the
 * workbook has errors, the confirmation that the report is a draft, as `wres report --draft`
 * asks for: "The workbook has 3 errors: make a draft?". Where the report is made in the system's
 * browser instead (Excel on Mac), it says so and asks nothing: the page there asks. Loaded on
 * first use, as its own chunk.
 */

import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import type { ReportFormat } from "../../report/file-name";
import { plural } from "../../wres/format";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { flexWrap: "wrap" },
  text: { margin: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
});

export interface CreateReportDialogProps {
  open: boolean;
  /** The errors of the results shown: more than none makes the report a draft. */
  errors: number;
  mode: "excel" | "file";
  /** True where the report is made in the system's browser, not here (WresService.reportOpensInBrowser). */
  inBrowser?: boolean;
  onCreate: (format: ReportFormat) => void;
  onCancel: () => void;
}

export function CreateReportDialog({
  open,
  errors,
  mode,
  inBrowser = false,
  onCreate,
  onCancel,
}: CreateReportDialogProps) {
  const styles = useStyles();
  const [format, setFormat] = useState<ReportFormat>("docx");
  const draft = errors > 0 && !inBrowser;
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {draft ? `The workbook has ${plural(errors, "error")}: make a draft?` : "Create the board report"}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {draft && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  The report will be a draft, marked &ldquo;DRAFT: {plural(errors, "error")}&rdquo; on every page, and
                  some figures may be missing or wrong. Correct the errors for a report the board can sign off.
                </MessageBarBody>
              </MessageBar>
            )}
            {inBrowser ? (
              <p className={styles.text}>
                Excel on Mac does not let add-ins save files, so the WRES page opens in your browser: save this
                workbook, open it there and choose Create report to download the report. The &ldquo;WRES charts&rdquo;
                sheet is rebuilt here first: Excel charts of the outputs.
              </p>
            ) : (
              <>
                <p className={styles.text}>
                  The report holds the figures of the results shown, each as the checks computed it.
                  {mode === "excel" && ' It also rebuilds the "WRES charts" sheet: Excel charts of the outputs.'}
                </p>
                <fieldset className={styles.fieldset}>
                  <legend className={styles.legend}>Format</legend>
                  <RadioGroup value={format} onChange={(_, data) => setFormat(data.value as ReportFormat)}>
                    <Radio value="docx" label="Word document (.docx), for board papers" />
                    <Radio value="html" label="Web page to print (.html)" />
                  </RadioGroup>
                </fieldset>
              </>
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={() => onCreate(format)}>
              {inBrowser ? "Open the WRES page" : draft ? "Make a draft" : "Create report"}
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
