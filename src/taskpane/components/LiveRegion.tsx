/** What screen readers hear as the pane works ("Calculating…", "Calculated: 2 errors, …"), politely. */

import { useVisuallyHiddenStyles } from "./visually-hidden";

/** Visually hidden, still read: the same text is on screen as the spinner's label and the summary. */
export function LiveRegion({ text }: { text: string }) {
  return (
    <div className={useVisuallyHiddenStyles().hidden} role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
