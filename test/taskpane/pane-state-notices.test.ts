/** A check's notices (the workbook was recalculated first, the checks sheet was not updated) reach the pane's notice bar. */
import { INITIAL_PANE_STATE, paneReducer } from "../../src/taskpane/state/pane-state";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkedOutcome } from "./sample";

describe("paneReducer and a check's notices", () => {
  const started = paneReducer(INITIAL_PANE_STATE, { type: "started", operation: "calculate" });

  it("shows every notice, in order, with the results", () => {
    const outcome = { ...checkedOutcome(DEFAULT_SETTINGS, true, null), notices: ["First.", "Second."] };
    const s = paneReducer(started, { type: "checked", operation: "calculate", outcome, moveFocus: true });
    expect(s.notice).toBe("First. Second.");
    expect(s.view.kind).toBe("checked");
  });

  it("shows none when there are none", () => {
    const outcome = { ...checkedOutcome(DEFAULT_SETTINGS, true, null), notices: [] };
    expect(
      paneReducer(started, { type: "checked", operation: "calculate", outcome, moveFocus: true }).notice,
    ).toBeNull();
  });
});
