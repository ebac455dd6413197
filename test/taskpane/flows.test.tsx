/** @jest-environment jsdom */
/**
 * What the pane does around the results: start-up in each mode, busy state, the overwrite
 * question, "not a WRES workbook", errors (from the service and from a bug), and the keyboard.
 */

import { render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { PaneErrorBoundary } from "../../src/taskpane/components/PaneErrorBoundary";
import { failure, success, type PaneOutcome, type PaneResult } from "../../src/taskpane/wres-service";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import {
  calculate,
  checkedOutcome,
  deferred,
  fakeService,
  renderPane,
  SAMPLE_FILE_NAME,
  sampleConflicts,
} from "./support";

describe("on start", () => {
  test("in Excel the pane loads the settings and waits for the user", async () => {
    const pane = renderPane();
    expect(await screen.findByText(/Fill in the WRES template, then Calculate/)).toBeInTheDocument();
    expect(pane.service.loadSettings).toHaveBeenCalledTimes(1);
    expect(pane.service.calculate).not.toHaveBeenCalled();
    expect(pane.service.validate).not.toHaveBeenCalled();
    expect(screen.queryByText(/Working on a file/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Open workbook…" })).not.toBeInTheDocument();
  });

  test("in file mode it shows the bundled sample's results at once, under a banner naming the file", async () => {
    const pane = renderPane(fakeService("file"));
    expect(await screen.findByRole("heading", { name: "Results" })).toBeInTheDocument();
    expect(pane.service.validate).toHaveBeenCalledTimes(1);
    expect(pane.service.validate).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(screen.getByText("Working on a file: nothing is written back")).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`File: ${SAMPLE_FILE_NAME}`))).toBeInTheDocument();
    // The automatic check does not take the focus from where the user is.
    expect(screen.getByRole("heading", { name: "Results" })).not.toHaveFocus();
  });
});

test("while working the buttons do nothing, a labelled spinner shows, and the live region says so", async () => {
  const service = fakeService();
  const pending = deferred<PaneResult<PaneOutcome>>();
  service.calculate.mockReturnValueOnce(pending.promise);
  const pane = renderPane(service);
  const calculateButton = await screen.findByRole("button", { name: "Calculate" });
  await waitFor(() => expect(service.loadSettings).toHaveBeenCalled());
  await pane.user.click(calculateButton);

  expect(screen.getByRole("progressbar")).toBeInTheDocument();
  expect(screen.getAllByText("Calculating…").length).toBeGreaterThan(0);
  expect(screen.getByRole("status")).toHaveTextContent("Calculating…");
  expect(calculateButton).toHaveAttribute("aria-disabled", "true");
  expect(screen.getByRole("button", { name: "Validate only" })).toHaveAttribute("aria-disabled", "true");
  await pane.user.click(calculateButton);
  await pane.user.click(screen.getByRole("button", { name: "Validate only" }));
  expect(service.calculate).toHaveBeenCalledTimes(1);
  expect(service.validate).not.toHaveBeenCalled();

  pending.resolve(success(checkedOutcome(DEFAULT_SETTINGS, true)));
  expect(await screen.findByRole("heading", { name: "Results" })).toHaveFocus();
  expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  expect(calculateButton).not.toHaveAttribute("aria-disabled", "true");
});

describe("confirm overwrite", () => {
  const conflicts = sampleConflicts();

  function serviceAskingFirst() {
    const service = fakeService();
    service.calculate.mockResolvedValueOnce(success({ kind: "needs-confirmation", conflicts }));
    return service;
  }

  test("lists the conflicting cells and what they hold", async () => {
    const pane = renderPane(serviceAskingFirst());
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getAllByRole("listitem")).toHaveLength(conflicts.length);
    expect(dialog).toHaveTextContent("'Indicators 2-4'!B16 (Indicator 2, relative likelihood) holds the value 1.71");
    expect(dialog).not.toHaveTextContent("WRES_");
    expect(dialog).toHaveTextContent("Nothing has been written yet.");
  });

  test("Cancel writes nothing: calculate is not called again", async () => {
    const pane = renderPane(serviceAskingFirst());
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    const dialog = await screen.findByRole("alertdialog");
    await pane.user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(pane.service.calculate).toHaveBeenCalledTimes(1);
    expect(pane.service.calculate).toHaveBeenCalledWith(DEFAULT_SETTINGS, false);
    // The live region is hidden while the modal dialog is open; Fluent un-hides it a moment after.
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Cancelled: nothing was written."));
  });

  test("Replace them calculates again with overwrite confirmed", async () => {
    const pane = renderPane(serviceAskingFirst());
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    const dialog = await screen.findByRole("alertdialog");
    await pane.user.click(within(dialog).getByRole("button", { name: "Replace them" }));
    expect(await screen.findByRole("heading", { name: "Results" })).toBeInTheDocument();
    expect(pane.service.calculate).toHaveBeenCalledTimes(2);
    expect(pane.service.calculate).toHaveBeenLastCalledWith(DEFAULT_SETTINGS, true);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  });
});

describe("not a WRES workbook", () => {
  test("says so and inserts the template when the host can", async () => {
    const service = fakeService();
    service.calculate.mockResolvedValueOnce(success({ kind: "not-wres", fileName: null }));
    const pane = renderPane(service);
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    const heading = await screen.findByRole("heading", { name: "This is not a WRES workbook" });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/no defined name starts with WRES_/)).toBeInTheDocument();
    await pane.user.click(screen.getByRole("button", { name: "Insert template" }));
    expect(service.insertTemplate).toHaveBeenCalledTimes(1);
    await screen.findByText("Template inserted. Fill in the input cells, then Calculate.");
    expect(
      screen.getByText("Template inserted. Fill in the input cells, then Calculate.").closest(".fui-MessageBar"),
    ).toHaveFocus();
  });

  test("offers the template file to download when it cannot be inserted", async () => {
    const service = fakeService("file");
    service.validate.mockResolvedValueOnce(success({ kind: "not-wres", fileName: "budget.xlsx" }));
    renderPane(service);
    expect(await screen.findByRole("heading", { name: "budget.xlsx is not a WRES workbook" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Insert template" })).not.toBeInTheDocument();
    const link = screen.getByRole("link", { name: "Download the WRES template (.xlsx)" });
    expect(link).toHaveAttribute("href", "assets/wres-template.xlsx");
    expect(link).toHaveAttribute("download");
  });

  test("on a host where downloads do nothing (Mac), the link opens the template in the browser instead", async () => {
    const service = fakeService("file");
    service.openTemplateInBrowser.mockReturnValue(true);
    service.validate.mockResolvedValueOnce(success({ kind: "not-wres", fileName: "budget.xlsx" }));
    renderPane(service);
    const link = await screen.findByRole("link", { name: "Download the WRES template (.xlsx)" });
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(service.openTemplateInBrowser).toHaveBeenCalledTimes(1);
    // The host opened it: the webview's own (inert) download is not attempted.
    expect(click.defaultPrevented).toBe(true);
    service.openTemplateInBrowser.mockReturnValue(false);
    // Elsewhere the link downloads as usual: the pane leaves the click alone. (The window's
    // listener runs after the pane's, records that, then stops jsdom, which cannot navigate.)
    let leftAlone = false;
    const record = (event: Event) => {
      leftAlone = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener("click", record);
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    window.removeEventListener("click", record);
    expect(service.openTemplateInBrowser).toHaveBeenCalledTimes(2);
    expect(leftAlone).toBe(true);
  });

  test("an error inserting the template is shown with its advice", async () => {
    const service = fakeService();
    service.calculate.mockResolvedValueOnce(success({ kind: "not-wres", fileName: null }));
    service.insertTemplate.mockResolvedValueOnce(
      failure({
        message: "The workbook is read-only.",
        advice: "Save a copy you can edit, then insert the template there.",
      }),
    );
    const pane = renderPane(service);
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    await pane.user.click(await screen.findByRole("button", { name: "Insert template" }));
    expect(await screen.findByText("The workbook is read-only.")).toBeInTheDocument();
    expect(screen.getByText("Save a copy you can edit, then insert the template there.")).toBeInTheDocument();
  });
});

describe("errors", () => {
  const error = {
    message: "Excel is busy editing a cell, so the workbook could not be read.",
    advice: "Press Enter or Esc in the cell you are editing, then Calculate again.",
  };

  test("a service error shows its message and advice, takes focus, and can be dismissed", async () => {
    const service = fakeService();
    service.calculate.mockResolvedValueOnce(failure(error));
    const pane = renderPane(service);
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    const message = await screen.findByText(error.message);
    expect(screen.getByText(error.advice)).toBeInTheDocument();
    const bar = message.closest<HTMLElement>(".fui-MessageBar")!;
    expect(bar).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent(`Error: ${error.message}`);
    await pane.user.click(screen.getByRole("button", { name: "Dismiss the error" }));
    expect(screen.queryByText(error.message)).not.toBeInTheDocument();
  });

  test("the previous results stay under an error", async () => {
    const service = fakeService();
    const pane = renderPane(service);
    await calculate(pane);
    service.calculate.mockResolvedValueOnce(failure(error));
    await pane.user.click(screen.getByRole("button", { name: "Calculate" }));
    expect(await screen.findByText(error.message)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Results" })).toBeInTheDocument();
  });

  test("a rejected service call (a bug) is still said plainly", async () => {
    const service = fakeService();
    service.calculate.mockRejectedValueOnce(new Error("RichApi.Error: GeneralException"));
    const pane = renderPane(service);
    await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
    expect(await screen.findByText("Something went wrong: RichApi.Error: GeneralException")).toBeInTheDocument();
    expect(screen.getByText(/Try again/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Calculate" })).not.toHaveAttribute("aria-disabled", "true");
  });

  test("settings that cannot be loaded fall back to the defaults and say so", async () => {
    const service = fakeService();
    service.loadSettings.mockResolvedValueOnce(
      failure({
        message: "The saved settings could not be read (settings store unavailable).",
        advice: "The default thresholds are used; open Settings to check them and save again.",
      }),
    );
    const pane = renderPane(service);
    expect(
      await screen.findByText("The saved settings could not be read (settings store unavailable)."),
    ).toBeInTheDocument();
    expect(screen.getByText(/The default thresholds are used/)).toBeInTheDocument();
    await pane.user.click(screen.getByRole("button", { name: "Calculate" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(service.calculate).toHaveBeenCalledWith(DEFAULT_SETTINGS, false);
  });

  test("a rendering bug shows its message and Try again, never a blank pane", async () => {
    jest.spyOn(console, "error").mockImplementation(() => {});
    let broken = true;
    function Flaky() {
      const [n] = useState(0);
      if (broken) throw new Error("cannot read properties of undefined (reading 'rl')");
      return <p>Pane is back {n}</p>;
    }
    render(
      <FluentProvider theme={webLightTheme}>
        <PaneErrorBoundary>
          <Flaky />
        </PaneErrorBoundary>
      </FluentProvider>,
    );
    expect(screen.getByText("The WRES pane stopped working")).toBeInTheDocument();
    expect(screen.getByText(/cannot read properties of undefined \(reading 'rl'\)/)).toBeInTheDocument();
    broken = false;
    screen.getByRole("button", { name: "Try again" }).click();
    expect(await screen.findByText("Pane is back 0")).toBeInTheDocument();
    jest.restoreAllMocks();
  });
});

describe("keyboard", () => {
  test("Tab reaches Calculate first and Enter runs it", async () => {
    const pane = renderPane();
    await waitFor(() => expect(pane.service.loadSettings).toHaveBeenCalled());
    await pane.user.tab();
    expect(screen.getByRole("button", { name: "Calculate" })).toHaveFocus();
    await pane.user.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: "Results" })).toHaveFocus();
    expect(pane.service.calculate).toHaveBeenCalledTimes(1);
  });

  test("Tab then reaches Validate only and Settings, and Space runs Validate only", async () => {
    const pane = renderPane();
    await waitFor(() => expect(pane.service.loadSettings).toHaveBeenCalled());
    await pane.user.tab();
    await pane.user.tab();
    expect(screen.getByRole("button", { name: "Validate only" })).toHaveFocus();
    await pane.user.tab();
    expect(screen.getByRole("button", { name: "Settings" })).toHaveFocus();
    await pane.user.tab({ shift: true });
    await pane.user.keyboard(" ");
    await screen.findByRole("heading", { name: "Results" });
    expect(pane.service.validate).toHaveBeenCalledTimes(1);
  });
});
