/** A status in words with its icon and colour: the words carry the meaning, never the colour alone. */

import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { GoodIcon, InfoIcon, NeutralIcon, WarningIcon } from "./icons";
import type { Tone } from "./wording";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { flexShrink: 0 },
  good: { color: tokens.colorStatusSuccessForeground1 },
  adverse: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});

const TONE_ICONS = { good: GoodIcon, adverse: WarningIcon, info: InfoIcon, neutral: NeutralIcon } as const;

export function StatusText({ tone, children }: { tone: Tone; children: ReactNode }) {
  const styles = useStyles();
  const Icon = TONE_ICONS[tone];
  return (
    <span className={mergeClasses(styles.root, styles[tone])} data-tone={tone}>
      <Icon className={styles.icon} aria-hidden />
      <span>{children}</span>
    </span>
  );
}
