/** What the pane shows below the toolbar: the results and problems, "not a WRES workbook", or what to do first. */

import { useRef, type Ref } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { resultsOutOfDate, type PaneState } from "../state/pane-state";
import type { WresService } from "../wres-service";
import { NotWresMessage } from "./NotWresMessage";
import { Problems, type ProblemsHandle } from "./Problems";
import { Results } from "./Results";
import { ResultsFrame } from "./ResultsFrame";
import { SummaryLine } from "./SummaryLine";
import { ActionPlanSlot } from "./Template11Slots";

const useStyles = makeStyles({
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface PaneContentProps {
  state: PaneState;
  service: WresService;
  templateUrl: string;
  onGoToCell: (address: string) => void;
  onInsertTemplate: () => void;
  resultsHeading: Ref<HTMLHeadingElement>;
  notWresHeading: Ref<HTMLHeadingElement>;
  /** File mode: opens another workbook. */
  onOpenFile?: () => void;
  /** File mode: checks again (offered when the results are out of date). */
  onCheckAgain?: () => void;
  /** Excel: "Draft the action plan". */
  onDraftActionPlan?: () => void;
}

export function PaneContent({ state, service, templateUrl, ...props }: PaneContentProps) {
  const styles = useStyles();
  const problems = useRef<ProblemsHandle>(null);
  const { view } = state;
  const busy = state.busy !== null;
  switch (view.kind) {
    case "checked": {
      const problemsSection = (
        <Problems ref={problems} flags={view.check.flags} mode={service.mode} onGoToCell={props.onGoToCell} />
      );
      // With errors, the problems come before the indicators: the first screen shows them.
      const errorsFirst = view.check.counts.errors > 0;
      return (
        <ResultsFrame
          example={state.file?.example ?? false}
          outOfDate={resultsOutOfDate(state)}
          onCheckAgain={props.onCheckAgain}
          busy={busy}
        >
          <SummaryLine
            check={view.check}
            written={view.written}
            mode={service.mode}
            headingRef={props.resultsHeading}
            onShowGroup={(group) => problems.current?.focusGroup(group)}
          />
          {errorsFirst && problemsSection}
          {!view.check.refused && <Results check={view.check} />}
          {!view.check.refused && (
            <ActionPlanSlot
              check={view.check}
              mode={service.mode}
              busy={busy}
              onGoToCell={props.onGoToCell}
              onDraft={props.onDraftActionPlan}
            />
          )}
          {!errorsFirst && problemsSection}
        </ResultsFrame>
      );
    }
    case "not-wres":
      return (
        <NotWresMessage
          fileName={state.fileName}
          canInsertTemplate={service.canInsertTemplate()}
          busy={busy}
          onInsertTemplate={props.onInsertTemplate}
          templateUrl={templateUrl}
          onDownloadTemplate={() => service.openTemplateInBrowser?.() ?? false}
          headingRef={props.notWresHeading}
          onOpenFile={props.onOpenFile}
        />
      );
    case "empty":
      if (busy || state.error || state.notice) return null;
      return (
        <p className={styles.empty}>
          {service.mode === "file"
            ? "Open a WRES workbook (.xlsx) to check it."
            : "Fill in the WRES template, then Calculate to compute and write the nine indicators, or Validate only to check the workbook without writing anything."}
        </p>
      );
  }
}
