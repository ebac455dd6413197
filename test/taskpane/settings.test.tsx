/** @jest-environment jsdom */
/** The Settings panel: every threshold, checked by the domain as typed, saved, reset, and shown as used. */

import { screen, waitFor, within } from "@testing-library/react";
import { failure, success } from "../../src/taskpane/wres-service";
import { SETTING_HINTS } from "../../src/taskpane/components/wording";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { calculate, fakeService, indicatorButton, renderPane, type RenderedPane } from "./support";

async function openSettings(pane: RenderedPane): Promise<HTMLElement> {
  await waitFor(() => expect(pane.service.loadSettings).toHaveBeenCalled());
  // findBy: after a drawer closes, Fluent un-hides the rest of the pane a moment later.
  await pane.user.click(await screen.findByRole("button", { name: "Settings" }));
  return screen.findByRole("dialog");
}

test("every threshold is there with its description, filled with the loaded settings in the results' units", async () => {
  const pane = renderPane();
  const panel = await openSettings(pane);
  for (const description of Object.values(SETTING_HINTS)) {
    expect(within(panel).getByText(new RegExp(description.replace(/[()/]/g, "\\$&")))).toBeInTheDocument();
  }
  expect(within(panel).getByLabelText("Lower bound")).toHaveValue("0.8");
  expect(within(panel).getByLabelText("Upper bound")).toHaveValue("1.25");
  expect(within(panel).getByLabelText("Small number")).toHaveValue("10");
  // Survey and board thresholds in points, shares in per cent, as the results show them (issue 10, defect 9).
  expect(within(panel).getByLabelText("Survey gap")).toHaveValue("3");
  expect(within(panel).getByLabelText("Confidence level")).toHaveValue("95");
  expect(panel).toHaveTextContent("Default: 3.0 points.");
  expect(panel).toHaveTextContent("Default: 0.80 to 1.25.");
  expect(panel).not.toHaveTextContent(/surveyGap|rlBand|fraction/);
});

test("invalid input shows the domain's message beside the field and disables Save", async () => {
  const pane = renderPane();
  const panel = await openSettings(pane);
  const save = within(panel).getByRole("button", { name: "Save" });
  expect(save).toBeEnabled();

  const smallNumber = within(panel).getByLabelText("Small number");
  await pane.user.clear(smallNumber);
  await pane.user.type(smallNumber, "ten");
  expect(within(panel).getByText("Enter a count of 0 or more, such as 10.")).toBeInTheDocument();
  expect(smallNumber).toHaveAttribute("aria-invalid", "true");
  expect(smallNumber).toHaveAccessibleDescription(expect.stringContaining("Enter a count of 0 or more, such as 10."));
  expect(save).toBeDisabled();

  await pane.user.clear(smallNumber);
  await pane.user.type(smallNumber, "12");
  expect(within(panel).queryByText(/Enter a count/)).not.toBeInTheDocument();
  expect(save).toBeEnabled();

  const lower = within(panel).getByLabelText("Lower bound");
  await pane.user.clear(lower);
  await pane.user.type(lower, "1.2");
  const bandProblem = "Enter a lower bound above 0 and below 1, and an upper bound above 1, such as 0.80 to 1.25.";
  expect(within(panel).getByText(bandProblem)).toBeInTheDocument();
  // The pair's one message describes both bounds, not only the upper (issue 10, defect 11).
  for (const bound of ["Lower bound", "Upper bound"]) {
    const input = within(panel).getByLabelText(bound);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(expect.stringContaining(bandProblem));
  }
  expect(save).toBeDisabled();

  const confidence = within(panel).getByLabelText("Confidence level");
  await pane.user.clear(confidence);
  expect(within(panel).getByText("Enter a percentage above 0 and below 100, such as 95.")).toBeInTheDocument();
});

test("Reset to defaults puts every default back", async () => {
  const service = fakeService();
  service.loadSettings.mockResolvedValueOnce(success({ ...DEFAULT_SETTINGS, rlBand: [0.75, 1.33], boardGap: 0.1 }));
  const pane = renderPane(service);
  const panel = await openSettings(pane);
  expect(within(panel).getByLabelText("Upper bound")).toHaveValue("1.33");
  await pane.user.type(within(panel).getByLabelText("Survey gap"), "x");
  expect(within(panel).getByRole("button", { name: "Save" })).toBeDisabled();

  await pane.user.click(within(panel).getByRole("button", { name: "Reset to defaults" }));
  expect(within(panel).getByLabelText("Lower bound")).toHaveValue("0.8");
  expect(within(panel).getByLabelText("Upper bound")).toHaveValue("1.25");
  expect(within(panel).getByLabelText("Board difference")).toHaveValue("5");
  expect(within(panel).getByLabelText("Survey gap")).toHaveValue("3");
  expect(within(panel).getByRole("button", { name: "Save" })).toBeEnabled();
  await pane.user.click(within(panel).getByRole("button", { name: "Save" }));
  expect(service.saveSettings).toHaveBeenCalledWith(DEFAULT_SETTINGS);
});

test("saved settings are used by the next Calculate, and the results say which settings they used", async () => {
  const pane = renderPane();
  await calculate(pane);
  expect(indicatorButton("I6")).toHaveTextContent("adverse gap");

  const panel = await openSettings(pane);
  expect(within(panel).getByText("The results shown used the default thresholds.")).toBeInTheDocument();
  const surveyGap = within(panel).getByLabelText("Survey gap");
  await pane.user.clear(surveyGap);
  await pane.user.type(surveyGap, "5");
  await pane.user.click(within(panel).getByRole("button", { name: "Save" }));

  const saved = { ...DEFAULT_SETTINGS, surveyGap: 0.05 };
  expect(pane.service.saveSettings).toHaveBeenCalledWith(saved);
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(screen.getByText("Settings saved. Calculate or Validate again to apply them.")).toBeInTheDocument();

  await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
  await waitFor(() => expect(pane.service.calculate).toHaveBeenLastCalledWith(saved, false));
  const summary = await screen.findByRole("region", { name: "Results" });
  await waitFor(() =>
    expect(summary).toHaveTextContent(
      "Computed with custom thresholds: Survey gap 5.0 points (others at their defaults).",
    ),
  );
  // The domain judged indicator 6's +3.6 points against 5 points this time.
  expect(indicatorButton("I6")).toHaveTextContent("within the threshold");
});

test("the panel says when the results shown used other settings than the saved ones", async () => {
  const service = fakeService();
  const pane = renderPane(service);
  await calculate(pane);
  service.loadSettings.mockResolvedValue(success({ ...DEFAULT_SETTINGS, smallNumber: 5 }));
  let panel = await openSettings(pane);
  const small = within(panel).getByLabelText("Small number");
  await pane.user.clear(small);
  await pane.user.type(small, "5");
  await pane.user.click(within(panel).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  panel = await openSettings(pane);
  expect(panel).toHaveTextContent(
    "The results shown used the default thresholds; the saved settings differ, so calculate again.",
  );
});

test("a failed save keeps the panel open with the message and advice", async () => {
  const service = fakeService();
  service.saveSettings.mockResolvedValueOnce(
    failure({
      message: "The settings could not be stored in the workbook.",
      advice: "Check the workbook is not read-only, then save again.",
    }),
  );
  const pane = renderPane(service);
  const panel = await openSettings(pane);
  await pane.user.click(within(panel).getByRole("button", { name: "Save" }));
  expect(await within(panel).findByText("The settings could not be stored in the workbook.")).toBeInTheDocument();
  expect(within(panel).getByText("Check the workbook is not read-only, then save again.")).toBeInTheDocument();
  expect(screen.getByRole("dialog")).toBeInTheDocument();
  // The live region is outside the open (modal) panel, so hidden from the accessibility tree for now.
  expect(screen.getByRole("status", { hidden: true })).toHaveTextContent("Settings not saved");
});

test("Cancel closes without saving", async () => {
  const pane = renderPane();
  const panel = await openSettings(pane);
  await pane.user.click(within(panel).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(pane.service.saveSettings).not.toHaveBeenCalled();
});

// Issue 10, defect 5: focus landed on the page body when the panel closed.
test.each(["Escape", "Close settings", "Cancel", "Save"])(
  "closing with %s gives focus back to Settings",
  async (how) => {
    const pane = renderPane();
    const panel = await openSettings(pane);
    if (how === "Escape") await pane.user.keyboard("{Escape}");
    else await pane.user.click(within(panel).getByRole("button", { name: how }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Settings" })));
  },
);

// Issue 10, defect 9: in file mode the settings are not kept with any workbook.
test("in file mode the panel says the settings last until the page is closed", async () => {
  const pane = renderPane(fakeService("file"));
  const panel = await openSettings(pane);
  expect(panel).toHaveTextContent("last until this page is closed");
  expect(panel).not.toHaveTextContent("kept with the workbook");
});
