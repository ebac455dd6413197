/**
 * The pane's state as one pure reducer: what runs, what is shown, what the live region says and
 * where focus goes next. The hook (`use-pane.ts`) only calls the service and dispatches what its
 * result means: an outcome of a check, settings, a success, or a failure (`failed`).
 */

import type { OverwriteConflict } from "../../wres/overwrite";
import type { Settings } from "../../wres/settings";
import { sameSettings } from "../components/wording";
import type { CheckedWorkbook, PaneError, PaneOutcome, ReportDelivery, ShownFile } from "../wres-service";
import { busyLabel, checkedAnnouncement, type Operation } from "./announcements";

/** The main view below the toolbar: nothing yet, results, or "not a WRES workbook". */
export type PaneView =
  | { readonly kind: "empty" }
  | { readonly kind: "checked"; readonly check: CheckedWorkbook; readonly written: boolean }
  | { readonly kind: "not-wres" };

/** Where focus moves once an operation the user started has finished (`seq` makes each request new). */
export interface FocusRequest {
  readonly target: "results" | "error" | "not-wres" | "notice";
  readonly seq: number;
}

export interface PaneState {
  readonly busy: Operation | null;
  readonly busyLabel: string;
  readonly view: PaneView;
  /** Shown above the view; previous results stay visible under it. */
  readonly error: PaneError | null;
  /** A plain note ("Settings saved.", "The workbook was recalculated first…"), or null. */
  readonly notice: string | null;
  /** Calculate stopped before writing over these cells: the overwrite dialog is open. */
  readonly conflicts: readonly OverwriteConflict[] | null;
  /** The workbook file shown in file mode (null in Excel or before the first result). */
  readonly fileName: string | null;
  /** File mode: when the shown file's bytes were read, whether checks read it again, whether it is the example. */
  readonly file: ShownFile | null;
  /** The settings loaded from the document or last saved; what the next operation uses. */
  readonly settings: Settings | null;
  /** The aria-live region's text. */
  readonly announcement: string;
  readonly focus: FocusRequest | null;
}

export const INITIAL_PANE_STATE: PaneState = {
  busy: null,
  busyLabel: "",
  view: { kind: "empty" },
  error: null,
  notice: null,
  conflicts: null,
  fileName: null,
  file: null,
  settings: null,
  announcement: "",
  focus: null,
};

export type PaneAction =
  | { readonly type: "started"; readonly operation: Operation; readonly fileName?: string }
  | {
      readonly type: "checked";
      readonly operation: Operation;
      readonly outcome: PaneOutcome;
      /** False for the automatic check on start: focus is not taken from where the user is. */
      readonly moveFocus: boolean;
    }
  | {
      readonly type: "failed";
      readonly error: PaneError;
      readonly moveFocus: boolean;
      /** The operation that failed, when it matters: a failed "open" clears the previous file's results. */
      readonly operation?: Operation;
    }
  | { readonly type: "settings-loaded"; readonly settings: Settings }
  | {
      readonly type: "settings-saved";
      readonly settings: Settings;
      /** The buttons that apply them: "Calculate or Validate" (the default) in Excel, "Check" in file mode. */
      readonly checkWords?: string;
    }
  | { readonly type: "template-inserted" }
  | { readonly type: "report-created"; readonly delivery: ReportDelivery }
  | { readonly type: "overwrite-cancelled" }
  | { readonly type: "error-dismissed" }
  /** An operation ended with nothing to show in the pane (its caller shows any error). */
  | { readonly type: "idle"; readonly announcement: string };

function focusOn(state: PaneState, target: FocusRequest["target"], move: boolean): FocusRequest | null {
  return move ? { target, seq: (state.focus?.seq ?? 0) + 1 } : state.focus;
}

const idle = { busy: null, busyLabel: "" } as const;

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "started": {
      const label = busyLabel(action.operation, action.fileName ?? null);
      return { ...state, busy: action.operation, busyLabel: label, announcement: label, notice: null, error: null };
    }
    case "checked":
      return afterOutcome(state, action.operation, action.outcome, action.moveFocus);
    case "failed":
      // A failed Calculate closes the overwrite question too: the error says what happened.
      return {
        ...state,
        ...idle,
        // The previous file's results would sit unlabelled under an error about another file.
        ...(action.operation === "open" ? { view: { kind: "empty" }, fileName: null, file: null } : {}),
        conflicts: null,
        error: action.error,
        notice: null,
        announcement: `Error: ${action.error.message}`,
        focus: focusOn(state, "error", action.moveFocus),
      };
    case "settings-loaded":
      return { ...state, ...idle, settings: action.settings, announcement: "" };
    case "settings-saved":
      return {
        ...state,
        ...idle,
        settings: action.settings,
        error: null,
        notice: `Settings saved. ${action.checkWords ?? "Calculate or Validate"} again to apply them.`,
        announcement: "Settings saved.",
      };
    case "template-inserted":
      return {
        ...state,
        ...idle,
        view: { kind: "empty" },
        error: null,
        notice: "Template inserted. Fill in the input cells, then Calculate.",
        announcement: "Template inserted.",
        focus: focusOn(state, "notice", true),
      };
    case "report-created": {
      const said = reportNotice(action.delivery);
      return {
        ...state,
        ...idle,
        error: null,
        notice: said.notice,
        announcement: said.announcement,
        focus: focusOn(state, "notice", true),
      };
    }
    case "overwrite-cancelled":
      return { ...state, conflicts: null, announcement: "Cancelled: nothing was written." };
    case "error-dismissed":
      return { ...state, error: null };
    case "idle":
      return { ...state, ...idle, announcement: action.announcement };
  }
}

/** What Create report did, said above the results, and its short announcement. */
export function reportNotice(delivery: ReportDelivery): { notice: string; announcement: string } {
  const rest = delivery.notices.join(" ");
  if (delivery.delivered === "browser") return { notice: rest, announcement: "The WRES page opened in your browser." };
  const what = delivery.draft ? `The draft report (${delivery.draft})` : "The report";
  const made = `${what} ${delivery.fileName ?? ""} was made and offered as a download: find it in your downloads.`;
  return { notice: rest ? `${made} ${rest}` : made, announcement: `${what} was made.` };
}

function afterOutcome(state: PaneState, operation: Operation, outcome: PaneOutcome, move: boolean): PaneState {
  const base = { ...state, ...idle, conflicts: null, notice: null };
  switch (outcome.kind) {
    case "checked":
      return {
        ...base,
        view: { kind: "checked", check: outcome.check, written: outcome.written },
        error: null,
        notice: outcome.notices && outcome.notices.length > 0 ? outcome.notices.join(" ") : null,
        fileName: outcome.fileName ?? state.fileName,
        file: outcome.file ?? null,
        announcement: checkedAnnouncement(operation, outcome.check.counts, outcome.written),
        focus: focusOn(state, "results", move),
      };
    case "not-wres":
      return {
        ...base,
        view: { kind: "not-wres" },
        error: null,
        fileName: outcome.fileName ?? state.fileName,
        file: outcome.file ?? null,
        announcement: "This is not a WRES workbook.",
        focus: focusOn(state, "not-wres", move),
      };
    case "needs-confirmation":
      // The dialog takes focus itself; the results shown so far stay as they were.
      return {
        ...base,
        conflicts: outcome.conflicts,
        announcement: `Nothing written yet: ${outcome.conflicts.length} output cells hold values the add-in did not write.`,
      };
  }
}

/**
 * Why the results shown no longer answer the next check, or null when they still do: settings
 * saved since differ from those they were computed with.
 */
export function resultsOutOfDate(state: PaneState): "settings" | null {
  const { view, settings } = state;
  if (view.kind !== "checked" || settings === null) return null;
  return sameSettings(view.check.settings, settings) ? null : "settings";
}
