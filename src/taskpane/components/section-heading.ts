/** One look for the pane's section headings (Results, Indicators, Problems…), whatever the browser's defaults. */

import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionHeadingStyles = makeStyles({
  heading: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  first: { marginTop: 0 },
});
