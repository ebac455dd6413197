/**
 * How a table of figures reflows at 200 % zoom (160 CSS px), where its columns cannot fit: each
 * row's label takes a line of its own and its figures share the next, so nothing scrolls
 * sideways and no word is split. Used by the representation panel's and the goals' tables.
 */

import type { GriffelStyle } from "@fluentui/react-components";

export const NARROW_FIGURE_TABLE: GriffelStyle = {
  "@media (max-width: 240px)": {
    display: "block",
    "& caption, & thead, & tbody, & tfoot": { display: "block" },
    "& tr": { display: "flex", flexWrap: "wrap" },
    "& th, & td": { display: "block", flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0 },
    "& th:first-child": { flexBasis: "100%" },
  },
};
