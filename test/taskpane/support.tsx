/**
 * The task pane under test: a fake WresService whose results are the real domain's, computed from
 * the bundled sample workbook, and a render inside FluentProvider as `index.tsx` does it.
 */

import "./dom-stubs";
import "@testing-library/jest-dom";
import { configure, render, screen, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { ReportFormat } from "../../src/report/file-name";
import {
  DONE,
  success,
  type CheckedWorkbook,
  type PaneOutcome,
  type PaneResult,
  type WorkbookSource,
  type WresService,
} from "../../src/taskpane/wres-service";
import { DEFAULT_SETTINGS, type Settings } from "../../src/wres/settings";
import { checkedOutcome, SAMPLE_FILE_NAME } from "./sample";

// findBy… waits for the pane's asynchronous steps; on a loaded two-core machine the default
// second is not always enough. A longer wait changes no assertion, only how long one may take.
configure({ asyncUtilTimeout: 5000 });

export { checkedOutcome, checkSample, SAMPLE_BYTES, SAMPLE_FILE_NAME, sampleConflicts } from "./sample";

// The pane loads its settings panel, dialogs, charts and template 1.1's sections with ES dynamic
// imports, which jest's CommonJS runtime cannot run: give it the components themselves.
jest.mock("../../src/taskpane/components/lazy-panels", () => ({
  LazySettingsPanel: jest.requireActual("../../src/taskpane/components/SettingsPanel").SettingsPanel,
  LazyConfirmOverwriteDialog: jest.requireActual("../../src/taskpane/components/ConfirmOverwriteDialog")
    .ConfirmOverwriteDialog,
  LazyIndicatorChart: jest.requireActual("../../src/taskpane/components/IndicatorChart").IndicatorChart,
  LazyCreateReportDialog: jest.requireActual("../../src/taskpane/components/CreateReportDialog").CreateReportDialog,
  LazyActionPlanPanel: jest.requireActual("../../src/taskpane/components/ActionPlanPanel").ActionPlanPanel,
  LazyGoalsSection: jest.requireActual("../../src/taskpane/components/GoalsSection").GoalsSection,
  LazySeriesHistory: jest.requireActual("../../src/taskpane/components/SeriesHistory").SeriesHistory,
}));

/** Every method a jest mock, answering as a service would for the sample; override any of them. */
export type FakeService = { -readonly [K in keyof WresService]-?: WresService[K] } & {
  calculate: jest.Mock<Promise<PaneResult<PaneOutcome>>, [Settings, boolean]>;
  validate: jest.Mock<Promise<PaneResult<PaneOutcome>>, [Settings]>;
  goToCell: jest.Mock<ReturnType<WresService["goToCell"]>, [string]>;
  canInsertTemplate: jest.Mock<boolean, []>;
  insertTemplate: jest.Mock<ReturnType<WresService["insertTemplate"]>, []>;
  openTemplateInBrowser: jest.Mock<boolean, []>;
  loadSettings: jest.Mock<Promise<PaneResult<Settings>>, []>;
  saveSettings: jest.Mock<ReturnType<WresService["saveSettings"]>, [Settings]>;
  openFile: jest.Mock<Promise<PaneResult<PaneOutcome>>, [WorkbookSource, Settings]>;
  draftActionPlan: jest.Mock<Promise<PaneResult<PaneOutcome>>, [Settings]>;
  createReport: jest.Mock<ReturnType<NonNullable<WresService["createReport"]>>, [CheckedWorkbook, ReportFormat]>;
  reportOpensInBrowser: jest.Mock<boolean, []>;
};

export function fakeService(mode: "excel" | "file" = "excel"): FakeService {
  const fileName = mode === "file" ? SAMPLE_FILE_NAME : null;
  return {
    mode,
    calculate: jest.fn(async (settings: Settings, _overwrite: boolean) =>
      success(checkedOutcome(settings, mode === "excel", fileName)),
    ),
    validate: jest.fn(async (settings: Settings) => success(checkedOutcome(settings, false, fileName))),
    goToCell: jest.fn(async (_address: string) => DONE),
    canInsertTemplate: jest.fn(() => mode === "excel"),
    insertTemplate: jest.fn(async () => DONE),
    openTemplateInBrowser: jest.fn(() => false),
    reportOpensInBrowser: jest.fn(() => false),
    loadSettings: jest.fn(async () => success(DEFAULT_SETTINGS)),
    saveSettings: jest.fn(async (_settings: Settings) => DONE),
    openFile: jest.fn(async (source: WorkbookSource, settings: Settings) =>
      success(checkedOutcome(settings, false, source.name)),
    ),
    // The sample has one adverse finding with no row (I6): drafted into the plan's first empty row.
    draftActionPlan: jest.fn(async (settings: Settings) =>
      success({
        ...checkedOutcome(settings, false, fileName),
        notices: ["Drafted 1 row of the action plan: fill in the lead, the action and the due date."],
      }),
    ),
    createReport: jest.fn(async (_check: CheckedWorkbook, format: ReportFormat) =>
      success({ delivered: "downloaded" as const, fileName: `report.${format}`, draft: null, notices: [] }),
    ),
  };
}

export interface RenderedPane extends RenderResult {
  user: UserEvent;
  service: FakeService;
}

export function renderPane(service: FakeService = fakeService()): RenderedPane {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} />
    </FluentProvider>,
  );
  return { ...result, user, service };
}

/** A promise and its resolver, to hold a service call open while the test looks at the busy pane. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Runs Calculate and waits for the results heading. */
export async function calculate(pane: RenderedPane): Promise<void> {
  await pane.user.click(await screen.findByRole("button", { name: "Calculate" }));
  await screen.findByRole("heading", { name: "Results" });
}

/** A section's header button: "I2 · …" for an indicator, "Errors (4)" for a group of problems. */
export function sectionButton(name: RegExp): HTMLElement {
  return screen.getByRole("button", { name });
}

/** Opens a section (a Disclosure) and returns the whole section, heading and panel, to look within. */
export async function openSection(user: UserEvent, name: RegExp): Promise<HTMLElement> {
  const button = sectionButton(name);
  if (button.getAttribute("aria-expanded") !== "true") await user.click(button);
  const item = button.closest<HTMLElement>("[data-disclosure]");
  if (!item) throw new Error(`no section around ${name}`);
  return item;
}

/** An indicator's header button, e.g. `indicatorButton("I2")`. */
export const indicatorButton = (id: string): HTMLElement => sectionButton(new RegExp(`^${id} ·`));
export const openIndicator = (user: UserEvent, id: string): Promise<HTMLElement> =>
  openSection(user, new RegExp(`^${id} ·`));
