/** One look for the items of the pane's lists of findings (Problems, the Action plan section): a title, then what it says and where. */

import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** Class styles for makeStyles: spread them beside a list's own. */
export const LIST_ITEM_STYLES = {
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
} satisfies Record<string, GriffelStyle>;
