/** The pane's reducer and its words: pure, so every transition is pinned here. */

import { busyLabel, checkedAnnouncement } from "../../src/taskpane/state/announcements";
import { formatFlagCounts } from "../../src/wres/format";
import { INITIAL_PANE_STATE, paneReducer, type PaneState } from "../../src/taskpane/state/pane-state";
import { isXlsxFileName } from "../../src/taskpane/state/pane-actions";
import { unexpectedError } from "../../src/taskpane/state/run-operation";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkedOutcome, checkSample, sampleConflicts } from "./sample";

const counts = { errors: 2, warnings: 5, gaps: 7, info: 1 };

describe("announcements", () => {
  test("counts read like the command line's, singular where one", () => {
    expect(formatFlagCounts(counts)).toBe("2 errors, 5 warnings, 7 gaps, 1 note");
    expect(formatFlagCounts({ errors: 1, warnings: 0, gaps: 1, info: 0 })).toBe("1 error, 0 warnings, 1 gap, 0 notes");
  });

  test("each operation says what it is doing and what it did", () => {
    expect(busyLabel("calculate", null)).toBe("Calculating…");
    expect(busyLabel("open", "trust.xlsx")).toBe("Opening trust.xlsx…");
    expect(checkedAnnouncement("calculate", counts, true)).toBe("Calculated: 2 errors, 5 warnings, 7 gaps, 1 note");
    expect(checkedAnnouncement("calculate", counts, false)).toBe(
      "Calculated (nothing written): 2 errors, 5 warnings, 7 gaps, 1 note",
    );
    expect(checkedAnnouncement("validate", counts, false)).toMatch(/^Validated: /);
  });
});

describe("paneReducer", () => {
  const started = paneReducer(INITIAL_PANE_STATE, { type: "started", operation: "calculate" });

  test("starting sets the busy label, announces it and clears the last error", () => {
    const withError: PaneState = { ...INITIAL_PANE_STATE, error: { message: "m", advice: "a" } };
    const s = paneReducer(withError, { type: "started", operation: "calculate" });
    expect(s.busy).toBe("calculate");
    expect(s.busyLabel).toBe("Calculating…");
    expect(s.announcement).toBe("Calculating…");
    expect(s.error).toBeNull();
  });

  test("a checked outcome shows the results, announces the counts and asks for focus on them", () => {
    const s = paneReducer(started, {
      type: "checked",
      operation: "calculate",
      outcome: checkedOutcome(DEFAULT_SETTINGS, true),
      moveFocus: true,
    });
    expect(s.busy).toBeNull();
    expect(s.view.kind).toBe("checked");
    expect(s.announcement).toBe(`Calculated: ${formatFlagCounts(checkSample().counts)}`);
    expect(s.focus).toEqual({ target: "results", seq: 1 });
  });

  test("each focus request is new, and the automatic one on start asks for none", () => {
    const outcome = checkedOutcome();
    const once = paneReducer(started, { type: "checked", operation: "calculate", outcome, moveFocus: true });
    const twice = paneReducer(once, { type: "checked", operation: "calculate", outcome, moveFocus: true });
    expect(twice.focus).toEqual({ target: "results", seq: 2 });
    const quiet = paneReducer(started, { type: "checked", operation: "validate", outcome, moveFocus: false });
    expect(quiet.focus).toBeNull();
  });

  test("needs-confirmation opens the question and keeps the results shown so far", () => {
    const shown = paneReducer(started, {
      type: "checked",
      operation: "calculate",
      outcome: checkedOutcome(),
      moveFocus: true,
    });
    const conflicts = sampleConflicts();
    const asked = paneReducer(shown, {
      type: "checked",
      operation: "calculate",
      outcome: { kind: "needs-confirmation", conflicts },
      moveFocus: true,
    });
    expect(asked.conflicts).toBe(conflicts);
    expect(asked.view).toBe(shown.view);
    const cancelled = paneReducer(asked, { type: "overwrite-cancelled" });
    expect(cancelled.conflicts).toBeNull();
    expect(cancelled.announcement).toBe("Cancelled: nothing was written.");
  });

  test("an error keeps the previous results and asks for focus on the error", () => {
    const shown = paneReducer(started, {
      type: "checked",
      operation: "calculate",
      outcome: checkedOutcome(),
      moveFocus: true,
    });
    const error = { message: "Excel is busy.", advice: "Try again." };
    const s = paneReducer(shown, { type: "failed", error, moveFocus: true });
    expect(s.error).toBe(error);
    expect(s.view).toBe(shown.view);
    expect(s.focus?.target).toBe("error");
    expect(s.announcement).toBe("Error: Excel is busy.");
  });

  test("not-wres replaces the view and keeps the file's name", () => {
    const s = paneReducer(started, {
      type: "checked",
      operation: "open",
      outcome: { kind: "not-wres", fileName: "budget.xlsx" },
      moveFocus: true,
    });
    expect(s.view).toEqual({ kind: "not-wres" });
    expect(s.fileName).toBe("budget.xlsx");
    expect(s.focus?.target).toBe("not-wres");
  });

  test("settings saved become the settings of the next operation", () => {
    const saved = { ...DEFAULT_SETTINGS, boardGap: 0.1 };
    const s = paneReducer(INITIAL_PANE_STATE, { type: "settings-saved", settings: saved });
    expect(s.settings).toBe(saved);
    expect(s.notice).toMatch(/^Settings saved/);
  });
});

describe("use-pane helpers", () => {
  test("only .xlsx names are opened, whatever their case", () => {
    expect(isXlsxFileName("Trust Return.XLSX")).toBe(true);
    expect(isXlsxFileName("return.xls")).toBe(false);
    expect(isXlsxFileName("return.xlsm")).toBe(false);
  });

  test("an unexpected rejection becomes a plain message with advice", () => {
    expect(unexpectedError(new Error("boom"))).toEqual({
      message: "Something went wrong: boom",
      advice: "Try again. If it happens again, close and reopen the add-in.",
    });
    expect(unexpectedError("text").message).toBe("Something went wrong: text");
  });
});
