/** What screen readers hear as the pane works ("Calculating…", "Calculated: 2 errors, …"), politely. */

import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Visually hidden, still read: the same text is on screen as the spinner's label and the summary.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function LiveRegion({ text }: { text: string }) {
  return (
    <div className={useStyles().hidden} role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
