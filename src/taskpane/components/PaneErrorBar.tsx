/** A problem the service reported, with what to do about it. */

import type { Ref } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import type { PaneError } from "../wres-service";
import { DismissIcon } from "./icons";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  advice: { display: "block" },
});

export interface PaneErrorBarProps {
  error: PaneError;
  onDismiss: () => void;
  /** Focus moves here when an operation ends in this error. */
  barRef: Ref<HTMLDivElement>;
}

export function PaneErrorBar({ error, onDismiss, barRef }: PaneErrorBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" ref={barRef} tabIndex={-1}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{error.message}</MessageBarTitle>
        <span className={styles.advice}>{error.advice}</span>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss the error" icon={<DismissIcon />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
