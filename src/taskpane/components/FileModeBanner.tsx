/** File mode says so plainly: which file is shown, and that nothing goes back into it. */

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  // On a line of its own: run on after the title, it read as the title going on ("…written back File: …").
  detail: { display: "block" },
});

export function FileModeBanner({ fileName, canOpen }: { fileName: string | null; canOpen: boolean }) {
  const styles = useStyles();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Working on a file: nothing is written back</MessageBarTitle>
        <span className={styles.detail}>
          {fileName ? `File: ${fileName}.` : "No file yet."}
          {canOpen && " Open another workbook, or drop an .xlsx file anywhere on the pane."}
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
