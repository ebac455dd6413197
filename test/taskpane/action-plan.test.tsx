/** @jest-environment jsdom */
/**
 * The Action plan section with the real sample (read and checked by the domain): its half-written
 * plan covers I1, I2, I3, I7 and I9; I8 has a row without an action, a lead or a due date; I6 has
 * no row. In Excel, "Draft the action plan" calls the service and shows what it drafted or why it
 * drafted nothing; in file mode there is nothing to draft with, and the section says so.
 */

import { screen, within } from "@testing-library/react";
import { failure, success } from "../../src/taskpane/wres-service";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { calculate, checkedOutcome, fakeService, renderPane } from "./support";

const planSection = (): HTMLElement => screen.getByRole("region", { name: "Action plan" });
const findingItems = (): HTMLElement[] =>
  within(within(planSection()).getByRole("list", { name: "Adverse findings and their actions" })).getAllByRole(
    "listitem",
  );
const item = (id: string): HTMLElement => {
  const found = findingItems().find((li) => li.dataset.indicator === id);
  if (!found) throw new Error(`no finding ${id}`);
  return found;
};

describe("the sample's action plan after Calculate (Excel)", () => {
  test("each adverse finding says whether an action covers it: five of seven", async () => {
    const pane = renderPane();
    await calculate(pane);
    expect(planSection()).toHaveTextContent(
      "5 of 7 adverse findings are covered by an action with a lead and a due date.",
    );
    expect(findingItems().map((li) => li.dataset.indicator)).toEqual(["I1", "I2", "I3", "I6", "I7", "I8", "I9"]);
    for (const id of ["I1", "I2", "I3", "I7", "I9"]) expect(item(id)).toHaveTextContent("Covered by an action");
    expect(item("I6")).toHaveTextContent("Not covered: no row in the plan");
    expect(item("I8")).toHaveTextContent("Not covered: its row lacks an action, a lead or a due date");
    expect(item("I2")).toHaveTextContent(
      "RL2 1.60, at or above 1.25: White applicants were 1.60 times as likely to be appointed from shortlisting as BME applicants.",
    );
  });

  test("Go to cell selects the finding's action row; a finding without a row has none", async () => {
    const pane = renderPane();
    await calculate(pane);
    await pane.user.click(within(item("I2")).getByRole("button", { name: "Go to cell 'Action plan'!B4" }));
    expect(pane.service.goToCell).toHaveBeenCalledWith("'Action plan'!B4");
    await pane.user.click(within(item("I8")).getByRole("button", { name: "Go to cell 'Action plan'!B11" }));
    expect(pane.service.goToCell).toHaveBeenLastCalledWith("'Action plan'!B11");
    expect(within(item("I6")).queryByRole("button")).toBeNull();
  });

  test("Draft the action plan calls the service and says what it drafted", async () => {
    const pane = renderPane();
    await calculate(pane);
    expect(planSection()).toHaveTextContent("1 finding has no row yet.");
    await pane.user.click(within(planSection()).getByRole("button", { name: "Draft the action plan" }));
    expect(pane.service.draftActionPlan).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(
      await screen.findByText("Drafted 1 row of the action plan: fill in the lead, the action and the due date."),
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(/^Action plan drafted and checked: /);
  });

  test("a draft that would find no room shows the domain's sentence, and the results stay", async () => {
    const service = fakeService();
    const sentence =
      "1 finding (I6) needs a row, but the action plan has no empty row, so nothing was drafted. Rows a person typed in are never written over: clear rows no longer needed, or extend the action plan downwards (insert rows above its last row), then draft again.";
    service.draftActionPlan.mockResolvedValue(
      failure({ message: sentence, advice: "Nothing in the workbook was changed." }),
    );
    const pane = renderPane(service);
    await calculate(pane);
    await pane.user.click(within(planSection()).getByRole("button", { name: "Draft the action plan" }));
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.getByText("Nothing in the workbook was changed.")).toBeInTheDocument();
    expect(planSection()).toHaveTextContent("5 of 7 adverse findings");
  });

  test("with a row for every finding, there is nothing to draft and no button", async () => {
    const service = fakeService();
    const outcome = checkedOutcome(DEFAULT_SETTINGS, true);
    if (outcome.kind !== "checked") throw new Error("expected a checked outcome");
    const plan = outcome.check.beyond.actionPlan!;
    const everyRow = {
      ...plan,
      findings: plan.findings.map((f) => ({ ...f, rowCell: f.rowCell ?? "'Action plan'!B12" })),
    };
    service.calculate.mockResolvedValue(
      success({ ...outcome, check: { ...outcome.check, beyond: { ...outcome.check.beyond, actionPlan: everyRow } } }),
    );
    const pane = renderPane(service);
    await calculate(pane);
    expect(within(planSection()).queryByRole("button", { name: "Draft the action plan" })).toBeNull();
    expect(planSection()).not.toHaveTextContent("no row yet");
  });
});

describe("the action plan in file mode", () => {
  test("shows the coverage and the rows' cells, and says that drafting needs Excel", async () => {
    const pane = renderPane(fakeService("file"));
    await pane.user.click(await screen.findByRole("button", { name: /^Check/ }));
    await screen.findByRole("heading", { name: "Results" });
    expect(planSection()).toHaveTextContent("5 of 7 adverse findings are covered");
    expect(planSection()).toHaveTextContent(
      "1 finding has no row yet. Drafting the rows writes into the workbook, so it needs the workbook open in Excel.",
    );
    expect(within(planSection()).queryByRole("button")).toBeNull();
    expect(item("I2")).toHaveTextContent("Its row: 'Action plan'!B4");
  });
});
