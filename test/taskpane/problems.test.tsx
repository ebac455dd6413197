/** @jest-environment jsdom */
/** The Problems section: every flag of the real sample, grouped with the check's counts, and Go to cell. */

import { screen, within } from "@testing-library/react";
import { groupFlags } from "../../src/taskpane/components/flag-groups";
import { FLAG_CODES } from "../../src/wres/flags";
import { failure, success, type CheckedWorkbook } from "../../src/taskpane/wres-service";
import { calculate, checkSample, fakeService, openSection, renderPane, type RenderedPane } from "./support";

async function openAllGroups(pane: RenderedPane, check: CheckedWorkbook) {
  const { errors, warnings, gaps, info } = check.counts;
  return {
    errors: await openSection(pane.user, new RegExp(`^Errors \\(${errors}\\)$`)),
    warnings: await openSection(pane.user, new RegExp(`^Warnings \\(${warnings}\\)$`)),
    gaps: await openSection(pane.user, new RegExp(`^Gaps \\(${gaps}\\)$`)),
    info: await openSection(pane.user, new RegExp(`^Information \\(${info}\\)$`)),
  };
}

test("flags are grouped Errors, Warnings, Gaps, Information with the check's counts, every flag listed", async () => {
  const pane = renderPane();
  await calculate(pane);
  const check = checkSample();
  const groups = await openAllGroups(pane, check);
  expect(within(groups.errors).getAllByRole("listitem")).toHaveLength(check.counts.errors);
  expect(within(groups.warnings).getAllByRole("listitem")).toHaveLength(check.counts.warnings);
  expect(within(groups.gaps).getAllByRole("listitem")).toHaveLength(check.counts.gaps);
  expect(within(groups.info).getAllByRole("listitem")).toHaveLength(check.counts.info);
  const listed = Object.values(groups).reduce((n, g) => n + within(g).getAllByRole("listitem").length, 0);
  expect(listed).toBe(check.flags.length);
});

test("within a group, flags sit under their indicator, each with its title, message and cell", async () => {
  const pane = renderPane();
  await calculate(pane);
  const errors = await openSection(pane.user, /^Errors/);
  const headings = within(errors)
    .getAllByRole("heading", { level: 4 })
    .map((h) => h.textContent);
  expect(headings).toEqual([
    "I2 · Appointment from shortlisting",
    "I6 · Harassment, bullying or abuse from staff",
    "I9 · Board membership compared with the workforce",
  ]);
  const mismatch = within(errors).getByText(FLAG_CODES.REPORTED_MISMATCH.title).closest("li")!;
  // REPORTED_MISMATCH carries both values in its message.
  expect(mismatch).toHaveTextContent("holds 1.71, but the data give 1.6");
  expect(mismatch).toHaveTextContent("'Indicators 2-4'!B16");
});

test("Go to cell asks the service to select the flag's cell", async () => {
  const pane = renderPane();
  await calculate(pane);
  const check = checkSample();
  const firstError = groupFlags(check.flags)[0].byIndicator[0].flags[0];
  const errors = await openSection(pane.user, /^Errors/);
  const buttons = within(errors).getAllByRole("button", { name: /^Go to cell/ });
  expect(buttons).toHaveLength(check.counts.errors);
  await pane.user.click(buttons[0]);
  expect(pane.service.goToCell).toHaveBeenCalledWith(firstError.cell);
  expect(firstError.cell).toBe("'Indicators 2-4'!B16");
});

test("a flag without a cell has no Go to cell button", async () => {
  const service = fakeService();
  const check = checkSample();
  service.calculate.mockResolvedValueOnce(
    success({
      kind: "checked",
      written: true,
      fileName: null,
      check: {
        ...check,
        flags: [
          {
            code: "MISSING_NAME",
            severity: "error",
            indicator: null,
            name: "WRES_I2_RL",
            cell: null,
            message: "The name WRES_I2_RL is missing.",
          },
        ],
        counts: { errors: 1, warnings: 0, gaps: 0, info: 0 },
      },
    }),
  );
  const pane = renderPane(service);
  await calculate(pane);
  const errors = await openSection(pane.user, /^Errors \(1\)$/);
  expect(within(errors).getByRole("heading", { level: 4 })).toHaveTextContent("The workbook");
  expect(within(errors).getByText("The name WRES_I2_RL is missing.")).toBeInTheDocument();
  expect(within(errors).queryByRole("button", { name: /Go to cell/ })).not.toBeInTheDocument();
});

test("Go to cell's error is shown with its advice", async () => {
  const service = fakeService();
  service.goToCell.mockResolvedValueOnce(
    failure({ message: "The sheet 'Indicators 2-4' is protected.", advice: "Unprotect it and try again." }),
  );
  const pane = renderPane(service);
  await calculate(pane);
  const errors = await openSection(pane.user, /^Errors/);
  await pane.user.click(within(errors).getAllByRole("button", { name: /^Go to cell/ })[0]);
  expect(await screen.findByText("The sheet 'Indicators 2-4' is protected.")).toBeInTheDocument();
  expect(screen.getByText("Unprotect it and try again.")).toBeInTheDocument();
});

test("in file mode the cells are shown, with no Go to cell, and the pane says cells can't be selected", async () => {
  const pane = renderPane(fakeService("file"));
  await screen.findByRole("heading", { name: "Results" });
  const errors = await openSection(pane.user, /^Errors/);
  expect(within(errors).getByText("'Indicators 2-4'!B16")).toBeInTheDocument();
  expect(within(errors).queryByRole("button", { name: /Go to cell/ })).not.toBeInTheDocument();
  expect(screen.getByText(/Cells can't be selected in a file/)).toBeInTheDocument();
});

test("no flags: the pane says no problems were found", async () => {
  const service = fakeService();
  const check = checkSample();
  service.calculate.mockResolvedValueOnce(
    success({
      kind: "checked",
      written: true,
      fileName: null,
      check: { ...check, flags: [], counts: { errors: 0, warnings: 0, gaps: 0, info: 0 } },
    }),
  );
  await calculate(renderPane(service));
  expect(screen.getByText("No problems found.")).toBeInTheDocument();
});
