/**
 * The pane's tables of figures, one look for all: their cells, and how they reflow at 200 % zoom
 * (160 CSS px), where the columns cannot fit: each row's label takes a line of its own and its
 * figures share the next, so nothing scrolls sideways and no word is split. Used by the
 * representation panel's and the goals' tables (the charts' data tables share the cells).
 */

import { tokens, type GriffelStyle } from "@fluentui/react-components";

const NARROW_FIGURE_TABLE: GriffelStyle = {
  "@media (max-width: 240px)": {
    display: "block",
    "& caption, & thead, & tbody, & tfoot": { display: "block" },
    "& tr": { display: "flex", flexWrap: "wrap" },
    "& th, & td": { display: "block", flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0 },
    "& th:first-child": { flexBasis: "100%" },
  },
};

/** Class styles for makeStyles: spread them, then add or override a table's own. */
export const FIGURE_TABLE_STYLES = {
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ...NARROW_FIGURE_TABLE,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    // Break between words (and at hyphens) only: "Band 5" must never read "Ban d 5".
    overflowWrap: "normal",
  },
  // "−11.4 points" may wrap before "points", never inside the figure.
  number: { textAlign: "end" },
  header: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: "start" },
} satisfies Record<string, GriffelStyle>;
