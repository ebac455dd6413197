/**
 * A section that opens and closes: a heading holding a button (the WAI-ARIA accordion pattern).
 * Written here rather than Fluent's Accordion, which brings Tabster's arrow-key navigation and
 * about 20 KB gzipped that the pane's 150 KB budget cannot spare; the look uses Fluent tokens.
 */

import { useId, useState, type ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronIcon } from "./icons";

const useStyles = makeStyles({
  section: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
  },
  button: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  chevron: {
    flexShrink: 0,
    marginTop: tokens.spacingVerticalXXS,
    transitionProperty: "transform",
    transitionDuration: tokens.durationFaster,
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  },
  chevronOpen: { transform: "rotate(90deg)" },
  label: { flexGrow: 1, minWidth: 0 },
  panel: { padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalM}` },
});

export interface DisclosureProps {
  /** What the heading's button says: its accessible name. */
  title: ReactNode;
  headingLevel: 3 | 4;
  defaultOpen?: boolean;
  /** Rendered only while open, so closed sections cost nothing. */
  children: ReactNode;
  panelClassName?: string;
}

export function Disclosure({ title, headingLevel, defaultOpen = false, children, panelClassName }: DisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section className={styles.section} data-disclosure="">
      <Heading className={styles.heading}>
        <button
          type="button"
          className={styles.button}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <ChevronIcon className={mergeClasses(styles.chevron, open && styles.chevronOpen)} aria-hidden />
          <span className={styles.label}>{title}</span>
        </button>
      </Heading>
      <div id={panelId} hidden={!open} className={mergeClasses(styles.panel, panelClassName)}>
        {open && children}
      </div>
    </section>
  );
}
