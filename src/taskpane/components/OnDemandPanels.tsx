/**
 * The overwrite question and the settings panel: loaded as their own chunks on first use, then
 * kept mounted, so that they close (and give focus back) as they should.
 */

import { Suspense, useState } from "react";
import { Spinner } from "@fluentui/react-components";
import type { PaneActions } from "../state/use-pane";
import type { PaneState } from "../state/pane-state";
import { LazyConfirmOverwriteDialog, LazySettingsPanel } from "./lazy-panels";

/** Whether the settings panel is open, and whether it was ever opened (so it is loaded). */
export function useSettingsPanel() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return {
    open,
    used,
    show: () => {
      setUsed(true);
      setOpen(true);
    },
    close: () => setOpen(false),
  };
}

export interface OnDemandPanelsProps {
  state: PaneState;
  actions: Pick<PaneActions, "replaceConflicts" | "cancelOverwrite" | "saveSettings">;
  settingsPanel: ReturnType<typeof useSettingsPanel>;
  mode?: "excel" | "file";
}

export function OnDemandPanels({ state, actions, settingsPanel, mode }: OnDemandPanelsProps) {
  const [overwriteAsked, setOverwriteAsked] = useState(false);
  if (state.conflicts && !overwriteAsked) setOverwriteAsked(true);
  const { view } = state;
  return (
    <>
      {overwriteAsked && (
        <Suspense fallback={null}>
          <LazyConfirmOverwriteDialog
            conflicts={state.conflicts}
            onReplace={actions.replaceConflicts}
            onCancel={actions.cancelOverwrite}
          />
        </Suspense>
      )}
      {state.settings && settingsPanel.used && (
        <Suspense fallback={<Spinner size="extra-tiny" labelPosition="after" label="Opening settings…" />}>
          <LazySettingsPanel
            open={settingsPanel.open}
            settings={state.settings}
            resultsSettings={view.kind === "checked" ? view.check.settings : null}
            onSave={actions.saveSettings}
            onClose={settingsPanel.close}
            mode={mode}
          />
        </Suspense>
      )}
    </>
  );
}
