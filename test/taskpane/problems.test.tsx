/** @jest-environment jsdom */
/** The Problems section: every flag of the real sample, grouped with the check's counts, and Go to cell. */

import "./dom-stubs"; // before the reader: jsdom lacks TextDecoder
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import { emptyTemplateStart, groupFlags } from "../../src/taskpane/components/flag-groups";
import { readXlsx } from "../../src/workbook/xlsx";
import { validateWorkbook } from "../../src/wres/check";
import { templateNames } from "../../src/wres/contract";
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
            where: null,
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

/** The blank template as the real reader and domain check it. */
function blankTemplateCheck(): CheckedWorkbook {
  const bytes = readFileSync(join(__dirname, "../../assets/wres-template.xlsx"));
  const read = readXlsx(bytes, templateNames());
  if (!read.ok) throw new Error(read.error);
  const check = validateWorkbook(read.workbook);
  if (check.kind !== "checked") throw new Error(check.message);
  return check;
}

// Issue 10, defect 3: the counts were plain text, and the errors sat below nine indicators.
test("the summary's counts are buttons that move focus to their group, and errors come before the indicators", async () => {
  const pane = renderPane();
  await calculate(pane);
  const check = checkSample();
  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
    "Results",
    "Problems",
    "Indicators",
    "Action plan",
  ]);
  await pane.user.click(screen.getByRole("button", { name: `${check.counts.errors} errors` }));
  expect(document.activeElement).toBe(screen.getByRole("button", { name: `Errors (${check.counts.errors})` }));
  await pane.user.click(screen.getByRole("button", { name: `${check.counts.gaps} gaps` }));
  expect(document.activeElement).toBe(screen.getByRole("button", { name: `Gaps (${check.counts.gaps})` }));
  await pane.user.click(screen.getByRole("button", { name: `${check.counts.info} notes` }));
  expect(document.activeElement).toBe(screen.getByRole("button", { name: `Information (${check.counts.info})` }));
});

test("without errors the indicators come first, and a zero count is no button", async () => {
  const service = fakeService();
  const check = checkSample();
  const flags = check.flags.filter((f) => f.severity !== "error");
  service.calculate.mockResolvedValueOnce(
    success({
      kind: "checked",
      written: true,
      fileName: null,
      check: { ...check, flags, counts: { ...check.counts, errors: 0 } },
    }),
  );
  const pane = renderPane(service);
  await calculate(pane);
  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
    "Results",
    "Indicators",
    "Action plan",
    "Problems",
  ]);
  expect(screen.queryByRole("button", { name: "0 errors" })).not.toBeInTheDocument();
  expect(screen.getByText("0 errors")).toBeInTheDocument();
});

// Issue 10, defect 4: a blank template gave 140 separate "Missing value" errors.
test("a blank template: one line per block, opened to its cells, and where to start", async () => {
  const service = fakeService();
  const check = blankTemplateCheck();
  service.calculate.mockResolvedValueOnce(success({ kind: "checked", written: false, fileName: null, check }));
  const pane = renderPane(service);
  await calculate(pane);
  const start = screen.getByText(/^This template is empty: start with Indicator 1\./);
  await pane.user.click(within(start).getByRole("button", { name: "Go to cell 'Indicator 1'!B8" }));
  expect(service.goToCell).toHaveBeenLastCalledWith("'Indicator 1'!B8");

  const errors = await openSection(pane.user, /^Errors \(\d+\)$/);
  const lines = within(errors)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
  // About's three cells, three indicator 1 blocks, I2's two, I3, I4, I5–I8, I9: 15 lines, not 140.
  expect(lines).toHaveLength(15);
  expect(lines.filter((l) => l.includes("Indicator 1, non-clinical: 45 cells empty"))).toHaveLength(1);
  expect(lines.filter((l) => l.includes("Indicator 9, board members by ethnicity: 15 cells empty"))).toHaveLength(1);

  const nonClinical = within(errors).getByText("Indicator 1, non-clinical: 45 cells empty").closest("li")!;
  expect(within(nonClinical).getByText("Indicator 1, non-clinical: 45 cells empty")).toHaveAttribute(
    "title",
    "WRES_I1_NonClinical",
  );
  await pane.user.click(within(nonClinical).getByRole("button", { name: "Show the 45 cells" }));
  const cells = within(nonClinical).getAllByRole("button", { name: /^Go to cell / });
  expect(cells).toHaveLength(45);
  expect(within(nonClinical).getAllByRole("listitem")[5]).toHaveTextContent("Band 1, Unknown");
  await pane.user.click(cells[5]);
  expect(service.goToCell).toHaveBeenLastCalledWith("'Indicator 1'!D9");
});

test("a workbook with some data entered is not said to be empty", async () => {
  const pane = renderPane();
  await calculate(pane);
  expect(screen.queryByText(/This template is empty/)).not.toBeInTheDocument();
  expect(emptyTemplateStart(checkSample().flags)).toBeNull();
  expect(emptyTemplateStart(blankTemplateCheck().flags)).toBe("'Indicator 1'!B8");
});

// Issue 10, defect 8: the cell was read twice and the internal name shown.
test("a problem says its cell once, with its row and column labels; the internal name is a tooltip", async () => {
  const pane = renderPane();
  await calculate(pane);
  const errors = await openSection(pane.user, /^Errors/);
  const item = within(errors).getByText(FLAG_CODES.NOT_A_NUMBER.title).closest("li")!;
  const cell = "'Indicator 9'!J8";
  expect(item.textContent!.split(cell)).toHaveLength(2);
  const button = within(item).getByRole("button", { name: `Go to cell ${cell}` });
  const place = button.closest("[title]")!;
  expect(place).toHaveAttribute("title", "WRES_I9_Board_PY");
  expect(place).toHaveTextContent("Total board, White");
});
