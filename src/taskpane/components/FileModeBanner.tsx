/**
 * File mode says so plainly: which file is shown, how fresh its figures are, and that nothing
 * goes back into it. The bundled sample is called what it is: example data of a fictional trust.
 */

import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ShownFile } from "../wres-service";

/** How the bundled sample is named wherever it shows. */
export const EXAMPLE_LABEL = "Example: Northmoor Valley, a fictional trust";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  // On a line of its own: run on after the title, it read as the title going on ("…written back File: …").
  detail: { display: "block" },
  action: { marginTop: tokens.spacingVerticalXS },
});

const two = (n: number): string => String(n).padStart(2, "0");

/** "09:30": the local time, as on the user's clock. */
export const clockTime = (date: Date): string => `${two(date.getHours())}:${two(date.getMinutes())}`;

export interface FileModeBannerProps {
  fileName: string | null;
  /** What is known of the shown file's reading (null before any, or when the service says nothing). */
  file: ShownFile | null;
  /** The example is being loaded on start. */
  loadingExample: boolean;
  canOpen: boolean;
  /** Opens the picker: the way to see a plain file's changes. */
  onOpenAgain: () => void;
}

/** The sentence about the file shown: which file, and from when its figures are. */
function fileText({ fileName, file, loadingExample }: FileModeBannerProps): string {
  if (file?.example) return `${EXAMPLE_LABEL} (${file.name}).`;
  if (file?.rereads) return `File: ${file.name}, read at ${clockTime(file.readAt)}. Each Check reads it again.`;
  if (file) {
    return `File: ${file.name}. The results are from the file as opened at ${clockTime(file.readAt)}: changes saved since are not shown until you open it again.`;
  }
  if (fileName) return `File: ${fileName}.`;
  return loadingExample ? "Loading the example…" : "No file open.";
}

function openText(yours: boolean, loadingExample: boolean): string {
  if (yours) return " Open another workbook, or drop an .xlsx file anywhere on the pane.";
  if (loadingExample) return " You can open your own workbook now, or drop an .xlsx file anywhere on the pane.";
  return " Open your own workbook, or drop an .xlsx file anywhere on the pane.";
}

export function FileModeBanner(props: FileModeBannerProps) {
  const { file, fileName, canOpen, onOpenAgain } = props;
  const styles = useStyles();
  const yours = file !== null ? !file.example : fileName !== null;
  const openAgain = canOpen && file !== null && !file.example && !file.rereads;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Working on a file: nothing is written back</MessageBarTitle>
        <span className={styles.detail}>
          {fileText(props)}
          {canOpen && openText(yours, props.loadingExample)}
        </span>
        {openAgain && (
          <Button className={styles.action} size="small" onClick={onOpenAgain}>
            Open again…
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
