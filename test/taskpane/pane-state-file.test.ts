/** The reducer in file mode: the latest request wins, a failed open clears, results go out of date, words for the example. */

import { busyLabel, checkedAnnouncement } from "../../src/taskpane/state/announcements";
import { INITIAL_PANE_STATE, paneReducer, resultsOutOfDate, type PaneState } from "../../src/taskpane/state/pane-state";
import { mayStart } from "../../src/taskpane/state/run-operation";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkedOutcome, checkSample } from "./sample";

const counts = { errors: 2, warnings: 5, gaps: 7, info: 1 };
const example = { name: "wres-sample.xlsx", readAt: new Date(2026, 10, 22, 9, 30), rereads: false, example: true };

function showing(file = example): PaneState {
  const loaded = paneReducer(INITIAL_PANE_STATE, { type: "settings-loaded", settings: DEFAULT_SETTINGS });
  const started = paneReducer(loaded, { type: "started", operation: "load-example" });
  return paneReducer(started, {
    type: "checked",
    operation: "load-example",
    outcome: { kind: "checked", check: checkSample(), written: false, fileName: file.name, file },
    moveFocus: false,
  });
}

test("the example says it is loading, and the one Check button says what it did", () => {
  expect(busyLabel("load-example", null)).toBe("Loading the example…");
  expect(busyLabel("check", "trust.xlsx")).toBe("Checking trust.xlsx…");
  expect(checkedAnnouncement("check", counts, false)).toBe("Checked: 2 errors, 5 warnings, 7 gaps, 1 note");
  expect(checkedAnnouncement("load-example", counts, false)).toBe(
    "Example checked: 2 errors, 5 warnings, 7 gaps, 1 note",
  );
});

test("the shown file's reading is kept with its results", () => {
  const s = showing();
  expect(s.file).toBe(example);
  expect(s.fileName).toBe("wres-sample.xlsx");
});

test("a failed open clears the previous file's results, so none sit unlabelled under its error", () => {
  const opening = paneReducer(showing(), { type: "started", operation: "open", fileName: "broken.xlsx" });
  const error = { message: "broken.xlsx is not a valid .xlsx file.", advice: "Open another workbook saved as .xlsx." };
  const s = paneReducer(opening, { type: "failed", error, moveFocus: true, operation: "open" });
  expect(s.view).toEqual({ kind: "empty" });
  expect(s.fileName).toBeNull();
  expect(s.file).toBeNull();
  expect(s.error).toBe(error);
  // A failed check of the same file keeps its results: they are that file's, and say when they were read.
  const failedCheck = paneReducer(showing(), { type: "failed", error, moveFocus: true, operation: "check" });
  expect(failedCheck.view.kind).toBe("checked");
});

test("results go out of date when settings saved since differ from theirs, and are fresh again after a check", () => {
  const s = showing();
  expect(resultsOutOfDate(s)).toBeNull();
  const same = paneReducer(s, { type: "settings-saved", settings: { ...DEFAULT_SETTINGS } });
  expect(resultsOutOfDate(same)).toBeNull();
  const changed = { ...DEFAULT_SETTINGS, surveyGap: 0.05 };
  const saved = paneReducer(s, { type: "settings-saved", settings: changed });
  expect(resultsOutOfDate(saved)).toBe("settings");
  const checked = paneReducer(saved, {
    type: "checked",
    operation: "check",
    outcome: checkedOutcome(changed, false, "wres-sample.xlsx"),
    moveFocus: true,
  });
  expect(resultsOutOfDate(checked)).toBeNull();
  expect(resultsOutOfDate(INITIAL_PANE_STATE)).toBeNull();
});

test("a request may replace a running check only when it asks to (opening a file), never anything else", () => {
  expect(mayStart(null, false)).toBe(true);
  expect(mayStart("load-example", false)).toBe(false);
  expect(mayStart("load-example", true)).toBe(true);
  expect(mayStart("open", true)).toBe(true);
  expect(mayStart("check", true)).toBe(true);
  expect(mayStart("calculate", true)).toBe(false);
  expect(mayStart("save-settings", true)).toBe(false);
  expect(mayStart("load-settings", true)).toBe(false);
});
