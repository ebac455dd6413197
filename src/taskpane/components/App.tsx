/**
 * The task pane: toolbar, results and problems of the one WRES service. It computes nothing and
 * calls no Office API; `index.tsx` renders it inside a FluentProvider (see `useOfficeTheme`).
 */

import { makeStyles, MessageBar, MessageBarBody, tokens, useId } from "@fluentui/react-components";
import { usePane } from "../state/use-pane";
import type { WresService } from "../wres-service";
import { FileDropZone } from "./FileDropZone";
import { FileModeBanner } from "./FileModeBanner";
import { LiveRegion } from "./LiveRegion";
import { OnDemandPanels, useSettingsPanel } from "./OnDemandPanels";
import { PaneContent } from "./PaneContent";
import { PaneErrorBar } from "./PaneErrorBar";
import { PaneErrorBoundary } from "./PaneErrorBoundary";
import { ReportDialogSlot, useReportDialog } from "./ReportDialogSlot";
import { Toolbar } from "./Toolbar";
import { useFocusTargets } from "./use-focus-targets";
import { useWorkbookPicker } from "./use-workbook-picker";
import { useVisuallyHiddenStyles } from "./visually-hidden";

/** The blank template, relative to the task pane's page (the build copies it there). */
export const DEFAULT_TEMPLATE_URL = "assets/wres-template.xlsx";

export interface AppProps {
  service: WresService;
  /** Where "Download the WRES template" points; defaults to DEFAULT_TEMPLATE_URL. */
  templateUrl?: string;
}

export function App({ service, templateUrl = DEFAULT_TEMPLATE_URL }: AppProps) {
  return (
    <PaneErrorBoundary>
      <Pane service={service} templateUrl={templateUrl} />
    </PaneErrorBoundary>
  );
}

export default App;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
});

function Pane({ service, templateUrl }: Required<AppProps>) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { state, actions } = usePane(service);
  const settingsPanel = useSettingsPanel();
  const focusTargets = useFocusTargets(state.focus);
  const noticeId = useId("notice");
  const fileMode = service.mode === "file";
  const canOpenFile = fileMode && typeof service.openFile === "function";
  const picker = useWorkbookPicker(actions.openFile);
  const reportDialog = useReportDialog();
  // A report is of the results shown, and only where the service makes one (not of a refused template).
  const reportable =
    state.view.kind === "checked" && !state.view.check.refused && typeof service.createReport === "function"
      ? state.view.check
      : null;
  return (
    <FileDropZone enabled={canOpenFile} onFile={actions.openFile}>
      <main className={styles.root}>
        {/* Office's pane title already shows the name; the heading gives screen readers a top level. */}
        <h1 className={hidden.hidden}>WRES: Workforce Race Equality Standard</h1>
        <LiveRegion text={state.announcement} />
        {canOpenFile && picker.input}
        {fileMode && (
          <FileModeBanner
            fileName={state.fileName}
            file={state.file}
            loadingExample={state.busy === "load-example"}
            canOpen={canOpenFile}
            onOpenAgain={picker.pick}
          />
        )}
        <Toolbar
          busy={state.busy !== null}
          busyLabel={state.busyLabel}
          canOpenFile={canOpenFile}
          onCalculate={actions.calculate}
          onValidate={actions.validate}
          onCheck={fileMode ? actions.check : undefined}
          onOpenSettings={settingsPanel.show}
          onOpenFile={picker.pick}
          onCreateReport={reportable ? reportDialog.show : undefined}
        />
        {state.notice && (
          // Labelled by its text: Fluent's default label is a title this bar has not.
          <MessageBar
            intent="success"
            layout="multiline"
            ref={focusTargets.noticeBar}
            tabIndex={-1}
            aria-labelledby={noticeId}
          >
            <MessageBarBody id={noticeId}>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        {state.error && (
          <PaneErrorBar error={state.error} onDismiss={actions.dismissError} barRef={focusTargets.errorBar} />
        )}
        <PaneContent
          state={state}
          service={service}
          templateUrl={templateUrl}
          onGoToCell={actions.goToCell}
          onInsertTemplate={actions.insertTemplate}
          resultsHeading={focusTargets.resultsHeading}
          notWresHeading={focusTargets.notWresHeading}
          onOpenFile={canOpenFile ? picker.pick : undefined}
          onCheckAgain={fileMode ? actions.check : undefined}
          onDraftActionPlan={!fileMode && service.draftActionPlan ? actions.draftActionPlan : undefined}
        />
        <OnDemandPanels state={state} actions={actions} settingsPanel={settingsPanel} mode={service.mode} />
        <ReportDialogSlot
          dialog={reportDialog}
          check={reportable}
          mode={service.mode}
          inBrowser={service.reportOpensInBrowser?.() === true}
          onCreate={actions.createReport}
        />
      </main>
    </FileDropZone>
  );
}
