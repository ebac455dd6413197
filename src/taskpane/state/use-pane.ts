/**
 * Binds the pane's reducer to the one service: each action runs one service operation, one at
 * a time, and dispatches what its result leads to. Components get `state` and `actions` and call
 * nothing else.
 */

import { useEffect, useMemo, useReducer, useRef, type Dispatch } from "react";
import { DEFAULT_SETTINGS } from "../../wres/settings";
import type { WresService } from "../wres-service";
import { afterCheck, failed, paneActions, type PaneActions } from "./pane-actions";
import { INITIAL_PANE_STATE, paneReducer, type PaneAction, type PaneState } from "./pane-state";
import { useRunOperation, type RunOperation } from "./run-operation";

export type { PaneActions } from "./pane-actions";

/** On start: the stored thresholds; in file mode the service has the bundled sample (the example), so it is checked and shown. */
function useStartUp(service: WresService, run: RunOperation, dispatch: Dispatch<PaneAction>): void {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // React's StrictMode mounts twice in development.
    started.current = true;
    void (async () => {
      const loaded = await run({
        operation: "load-settings",
        call: () => service.loadSettings(),
        after: (result) => ({ type: "settings-loaded", settings: result.ok ? result.value : DEFAULT_SETTINGS }),
      });
      // The loaded settings are passed on directly: the state holding them has not rendered yet.
      const settings = loaded?.ok ? loaded.value : DEFAULT_SETTINGS;
      if (service.mode === "file") {
        // A file the user opens meanwhile replaces this check: its result is then dropped.
        await run({
          operation: "load-example",
          call: () => service.validate(settings),
          // The automatic check does not take the focus from where the user is.
          after: afterCheck("load-example", false),
        });
      }
      // Said once the first check is done, as its start would clear it.
      if (loaded && !loaded.ok) dispatch(failed(loaded.error, false));
    })();
  }, [service, run, dispatch]);
}

export function usePane(service: WresService): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE_STATE);
  // The actions read the latest settings through a ref, so that they stay stable between renders.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  const run = useRunOperation(dispatch);
  useStartUp(service, run, dispatch);
  const actions = useMemo(
    () => paneActions({ service, run, dispatch, settings: () => latest.current.settings ?? DEFAULT_SETTINGS }),
    [service, run],
  );
  return { state, actions };
}
