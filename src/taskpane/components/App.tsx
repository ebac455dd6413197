/**
 * The task pane: toolbar, results and problems of the one WRES service. It computes nothing and
 * calls no Office API; `index.tsx` renders it inside a FluentProvider (see `useOfficeTheme`).
 */

import { Suspense, useEffect, useRef, useState } from "react";
import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { usePane } from "../state/use-pane";
import type { WresService } from "../wres-service";
import { FileDropZone } from "./FileDropZone";
import { FileModeBanner } from "./FileModeBanner";
import { LazyConfirmOverwriteDialog, LazySettingsPanel } from "./lazy-panels";
import { LiveRegion } from "./LiveRegion";
import { NotWresMessage } from "./NotWresMessage";
import { PaneErrorBar } from "./PaneErrorBar";
import { PaneErrorBoundary } from "./PaneErrorBoundary";
import { Problems } from "./Problems";
import { Results } from "./Results";
import { SummaryLine } from "./SummaryLine";
import { Toolbar } from "./Toolbar";
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
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function Pane({ service, templateUrl }: Required<AppProps>) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { state, actions } = usePane(service);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // The lazily loaded panels mount on first use and stay mounted, so that they close as they should.
  const [settingsUsed, setSettingsUsed] = useState(false);
  const [overwriteAsked, setOverwriteAsked] = useState(false);
  if (state.conflicts && !overwriteAsked) setOverwriteAsked(true);
  const fileMode = service.mode === "file";
  const canOpenFile = fileMode && typeof service.openFile === "function";
  const busy = state.busy !== null;

  // Focus follows the outcome of what the user did: the results, the error, or the message.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const notWresHeading = useRef<HTMLHeadingElement>(null);
  const errorBar = useRef<HTMLDivElement>(null);
  const noticeBar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.focus) return;
    const targets = { results: resultsHeading, "not-wres": notWresHeading, error: errorBar, notice: noticeBar };
    targets[state.focus.target].current?.focus();
  }, [state.focus]);

  const { view } = state;
  return (
    <FileDropZone enabled={canOpenFile} onFile={actions.openFile}>
      <main className={styles.root}>
        {/* Office's pane title already shows the name; the heading gives screen readers a top level. */}
        <h1 className={hidden.hidden}>WRES: Workforce Race Equality Standard</h1>
        <LiveRegion text={state.announcement} />
        {fileMode && <FileModeBanner fileName={state.fileName} canOpen={canOpenFile} />}
        <Toolbar
          busy={busy}
          busyLabel={state.busyLabel}
          canOpenFile={canOpenFile}
          onCalculate={actions.calculate}
          onValidate={actions.validate}
          onOpenSettings={() => {
            setSettingsUsed(true);
            setSettingsOpen(true);
          }}
          onOpenFile={actions.openFile}
        />
        {state.notice && (
          <MessageBar intent="success" layout="multiline" ref={noticeBar} tabIndex={-1}>
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        {state.error && <PaneErrorBar error={state.error} onDismiss={actions.dismissError} barRef={errorBar} />}
        {view.kind === "checked" && (
          <>
            <SummaryLine check={view.check} written={view.written} mode={service.mode} headingRef={resultsHeading} />
            {!view.check.refused && <Results check={view.check} />}
            <Problems flags={view.check.flags} mode={service.mode} onGoToCell={actions.goToCell} />
          </>
        )}
        {view.kind === "not-wres" && (
          <NotWresMessage
            fileName={state.fileName}
            canInsertTemplate={service.canInsertTemplate()}
            busy={busy}
            onInsertTemplate={actions.insertTemplate}
            templateUrl={templateUrl}
            headingRef={notWresHeading}
          />
        )}
        {view.kind === "empty" && !busy && !state.error && !state.notice && (
          <p className={styles.empty}>
            {fileMode
              ? "Open a WRES workbook (.xlsx) to check it."
              : "Fill in the WRES template, then Calculate to compute and write the nine indicators, or Validate only to check the workbook without writing anything."}
          </p>
        )}
        {overwriteAsked && (
          <Suspense fallback={null}>
            <LazyConfirmOverwriteDialog
              conflicts={state.conflicts}
              onReplace={actions.replaceConflicts}
              onCancel={actions.cancelOverwrite}
            />
          </Suspense>
        )}
        {state.settings && settingsUsed && (
          <Suspense fallback={<Spinner size="extra-tiny" labelPosition="after" label="Opening settings…" />}>
            <LazySettingsPanel
              open={settingsOpen}
              settings={state.settings}
              resultsSettings={view.kind === "checked" ? view.check.settings : null}
              onSave={actions.saveSettings}
              onClose={() => setSettingsOpen(false)}
            />
          </Suspense>
        )}
      </main>
    </FileDropZone>
  );
}
