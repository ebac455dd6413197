/**
 * Binds the pane's reducer to the one service: each action runs one service call, one at a
 * time, and dispatches what came back. Components get `state` and `actions` and call nothing else.
 */

import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { DEFAULT_SETTINGS, type Settings } from "../../wres/settings";
import type { PaneError, PaneOutcome, WresService } from "../wres-service";
import type { Operation } from "./announcements";
import { INITIAL_PANE_STATE, paneReducer, type PaneState } from "./pane-state";

export interface PaneActions {
  calculate(): void;
  validate(): void;
  /** The overwrite dialog's "Replace them": Calculate again, confirming the conflicts. */
  replaceConflicts(): void;
  cancelOverwrite(): void;
  goToCell(address: string): void;
  insertTemplate(): void;
  /** File mode: checks a workbook the user opened or dropped. */
  openFile(file: File): void;
  /** Resolves to the service's error (shown by the settings panel), or null once saved. */
  saveSettings(settings: Settings): Promise<PaneError | null>;
  dismissError(): void;
}

/** A rejected promise is a bug, not the user's doing; it is still said plainly, never a blank pane. */
export function unexpectedError(e: unknown): PaneError {
  return {
    message: `Something went wrong: ${e instanceof Error ? e.message : String(e)}`,
    advice: "Try again. If it happens again, close and reopen the add-in.",
  };
}

/** The file's bytes, through FileReader: every WebView Office uses has it (jsdom has no Blob.arrayBuffer). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

export function isXlsxFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx");
}

export function usePane(service: WresService): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE_STATE);
  // Callbacks read the latest state through a ref so that they stay stable between renders.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  // Set synchronously, so that a second click before the next render cannot start a second run.
  const running = useRef(false);

  const run = useCallback(
    async (
      operation: Operation,
      call: (settings: Settings) => Promise<PaneOutcome>,
      moveFocus = true,
      fileName?: string,
    ) => {
      if (running.current) return;
      running.current = true;
      dispatch({ type: "started", operation, fileName });
      let outcome: PaneOutcome;
      try {
        outcome = await call(latest.current.settings ?? DEFAULT_SETTINGS);
      } catch (e) {
        outcome = { kind: "error", error: unexpectedError(e) };
      }
      running.current = false;
      dispatch({ type: "checked", operation, outcome, moveFocus });
    },
    [],
  );

  /** Runs a call that answers with an error or null, one at a time; the caller dispatches what follows. */
  const runSimple = useCallback(async (operation: Operation, call: () => Promise<PaneError | null>) => {
    if (running.current) return "busy";
    running.current = true;
    dispatch({ type: "started", operation });
    let error: PaneError | null;
    try {
      error = await call();
    } catch (e) {
      error = unexpectedError(e);
    }
    running.current = false;
    return error;
  }, []);

  // On start: the stored thresholds; in file mode the service has loaded the bundled sample, so show it.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // React's StrictMode mounts twice in development.
    started.current = true;
    void (async () => {
      running.current = true;
      dispatch({ type: "started", operation: "load-settings" });
      let settings: Settings = DEFAULT_SETTINGS;
      let loadError: PaneError | null = null;
      try {
        settings = await service.loadSettings();
      } catch (e) {
        loadError = {
          message: `The saved settings could not be read (${e instanceof Error ? e.message : String(e)}).`,
          advice: "The default thresholds are used; open Settings to check them and save again.",
        };
      }
      dispatch({ type: "settings-loaded", settings });
      running.current = false;
      // The loaded settings are passed on directly: the state holding them has not rendered yet.
      if (service.mode === "file") await run("validate", () => service.validate(settings), false);
      if (loadError) dispatch({ type: "failed", error: loadError, moveFocus: false });
    })();
  }, [service, run]);

  const actions = useMemo<PaneActions>(
    () => ({
      calculate: () => void run("calculate", (s) => service.calculate(s, false)),
      validate: () => void run("validate", (s) => service.validate(s)),
      replaceConflicts: () => void run("calculate", (s) => service.calculate(s, true)),
      cancelOverwrite: () => dispatch({ type: "overwrite-cancelled" }),
      goToCell: (address) =>
        void (async () => {
          let error: PaneError | null;
          try {
            error = await service.goToCell(address);
          } catch (e) {
            error = unexpectedError(e);
          }
          if (error) dispatch({ type: "failed", error, moveFocus: true });
        })(),
      insertTemplate: () =>
        void (async () => {
          const error = await runSimple("insert-template", () => service.insertTemplate());
          if (error === "busy") return;
          dispatch(error ? { type: "failed", error, moveFocus: true } : { type: "template-inserted" });
        })(),
      openFile: (file) => {
        const open = service.openFile?.bind(service);
        if (!open) return;
        if (!isXlsxFileName(file.name)) {
          dispatch({
            type: "failed",
            error: {
              message: `"${file.name}" is not an .xlsx workbook.`,
              advice: "Open or drop an Excel workbook saved as .xlsx (Excel Workbook).",
            },
            moveFocus: true,
          });
          return;
        }
        void run("open", async (s) => open(file.name, await readFileBytes(file), s), true, file.name);
      },
      saveSettings: async (settings) => {
        const error = await runSimple("save-settings", () => service.saveSettings(settings));
        if (error === "busy") return { message: "The pane is busy.", advice: "Wait for it to finish, then save." };
        dispatch(
          error
            ? { type: "idle", announcement: `Settings not saved: ${error.message}` }
            : { type: "settings-saved", settings },
        );
        return error;
      },
      dismissError: () => dispatch({ type: "error-dismissed" }),
    }),
    [service, run, runSimple],
  );

  return { state, actions };
}
