/** Text that screen readers read and the screen does not show (the live region, the page's title). */

import { makeStyles } from "@fluentui/react-components";

export const useVisuallyHiddenStyles = makeStyles({
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
