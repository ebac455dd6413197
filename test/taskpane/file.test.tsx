/** @jest-environment jsdom */
/** File mode: opening another workbook by the file input or by dropping it on the pane. */

// First: the DOM stubs the .xlsx reader needs as it loads, and the mocked lazy panels.
import {
  checkedOutcome,
  checkSample,
  deferred,
  fakeService,
  indicatorButton,
  renderPane,
  SAMPLE_BYTES,
  SAMPLE_FILE_NAME,
  type FakeService,
} from "./support";
import { act, createEvent, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { patchZipEntry } from "../../scripts/xlsx-craft/xlsx-patch";
import { App } from "../../src/taskpane/components/App";
import { FileWresService } from "../../src/taskpane/services/file-wres-service";
import { readFileBytes } from "../../src/taskpane/services/workbook-files";
import {
  failure,
  success,
  type PaneOutcome,
  type PaneResult,
  type ShownFile,
  type WorkbookFileHandle,
} from "../../src/taskpane/wres-service";
import * as xlsx from "../../src/workbook/xlsx";
import { formatFlagCounts } from "../../src/wres/format";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const EXAMPLE_FILE: ShownFile = {
  name: SAMPLE_FILE_NAME,
  readAt: new Date(2026, 10, 22, 9, 30),
  rereads: false,
  example: true,
};

const xlsxFile = (name: string, bytes: Uint8Array<ArrayBuffer> = SAMPLE_BYTES): File =>
  new File([bytes], name, { type: XLSX_TYPE });

/** The file mode banner, which names the file and says how fresh its figures are. */
const banner = () =>
  screen.getByText("Working on a file: nothing is written back").closest<HTMLElement>(".fui-MessageBar")!;

async function fileModePane(service: FakeService = fakeService("file")) {
  const pane = renderPane(service);
  await screen.findByRole("heading", { name: "Results" }); // the bundled sample, shown on start
  return pane;
}

test("Open workbook… sends the chosen file's name and bytes to the service and shows its results", async () => {
  const pane = await fileModePane();
  expect(screen.getByRole("button", { name: "Open workbook…" })).toBeInTheDocument();
  const input = screen.getByLabelText("Workbook file (.xlsx)");
  expect(input).toHaveAttribute("accept", expect.stringContaining(".xlsx"));

  await pane.user.upload(input, xlsxFile("northmoor-2025.xlsx"));
  await waitFor(() => expect(pane.service.openFile).toHaveBeenCalledTimes(1));
  const [source, settings] = pane.service.openFile.mock.calls[0];
  expect(source.name).toBe("northmoor-2025.xlsx");
  expect(Array.from(await readFileBytes(source as File))).toEqual(Array.from(SAMPLE_BYTES));
  expect(settings).toEqual(checkSample().settings);

  expect(await screen.findByText(/File: northmoor-2025\.xlsx\./)).toBeInTheDocument();
  expect(screen.getByRole("status")).toHaveTextContent(`Opened and checked: ${formatFlagCounts(checkSample().counts)}`);
  expect(screen.getByRole("heading", { name: "Results" })).toHaveFocus();
});

test("an .xlsx dropped anywhere on the pane is opened", async () => {
  const pane = await fileModePane();
  const file = xlsxFile("dropped.xlsx", new Uint8Array([80, 75, 3, 4]));
  const target = screen.getByRole("main");
  const dataTransfer = { files: [file], types: ["Files"], dropEffect: "none" };
  fireEvent.dragEnter(target, { dataTransfer });
  expect(screen.getByText("Drop the .xlsx workbook to check it")).toBeInTheDocument();
  const over = createEvent.dragOver(target, { dataTransfer });
  fireEvent(target, over);
  expect(over.defaultPrevented).toBe(true); // so the browser allows the drop
  fireEvent.drop(target, { dataTransfer });
  await waitFor(() => expect(pane.service.openFile).toHaveBeenCalledTimes(1));
  const [source] = pane.service.openFile.mock.calls[0];
  expect(source.name).toBe("dropped.xlsx");
  expect(Array.from(await readFileBytes(source as File))).toEqual([80, 75, 3, 4]);
  expect(screen.queryByText("Drop the .xlsx workbook to check it")).not.toBeInTheDocument();
});

test("a file that is not .xlsx is refused with advice, and the service is not called", async () => {
  const pane = await fileModePane();
  // Dropped outside the pane's content: still caught, never left to the WebView to open.
  fireEvent.drop(document.body, { dataTransfer: { files: [new File(["a,b"], "return.csv")], types: ["Files"] } });
  expect(await screen.findByText('"return.csv" is not an .xlsx workbook.')).toBeInTheDocument();
  expect(screen.getByText(/saved as \.xlsx/)).toBeInTheDocument();
  expect(pane.service.openFile).not.toHaveBeenCalled();
});

test("the service's error about an unreadable file is shown with its advice", async () => {
  const service = fakeService("file");
  service.openFile.mockResolvedValueOnce(
    failure({ message: "broken.xlsx is not a valid .xlsx file.", advice: "Open it in Excel and save it again." }),
  );
  const pane = renderPane(service);
  await screen.findByRole("heading", { name: "Results" });
  await pane.user.upload(screen.getByLabelText("Workbook file (.xlsx)"), xlsxFile("broken.xlsx"));
  expect(await screen.findByText("broken.xlsx is not a valid .xlsx file.")).toBeInTheDocument();
  expect(screen.getByText("Open it in Excel and save it again.")).toBeInTheDocument();
});

test("in Excel there is no file input and dropping does nothing", async () => {
  const pane = renderPane(fakeService("excel"));
  await waitFor(() => expect(pane.service.loadSettings).toHaveBeenCalled());
  expect(screen.queryByLabelText("Workbook file (.xlsx)")).not.toBeInTheDocument();
  fireEvent.drop(screen.getByRole("main"), { dataTransfer: { files: [xlsxFile("x.xlsx")], types: ["Files"] } });
  expect(pane.service.openFile).not.toHaveBeenCalled();
});

describe("every check reads the file again where the browser can; elsewhere the pane says from when", () => {
  /** The sample after the analyst fixed a cell and saved: BME appointed 300, not 200 (I2 1.60 → 1.07). */
  const FIXED = patchZipEntry(SAMPLE_BYTES, "xl/worksheets/sheet3.xml", (xml) =>
    xml.replace('<c r="C9" s="14"><v>200</v></c>', '<c r="C9" s="14"><v>300</v></c>'),
  ) as Uint8Array<ArrayBuffer>;

  /** 09:30 for the example, then 09:40, 09:50… on each reading. */
  function tenMinuteClock() {
    let minutes = 9 * 60 + 20;
    return () => {
      minutes += 10;
      return new Date(2026, 10, 22, Math.floor(minutes / 60), minutes % 60);
    };
  }

  function realPane(clock = tenMinuteClock()) {
    const service = new FileWresService(
      () => Promise.resolve(xlsx),
      () => Promise.resolve(SAMPLE_BYTES),
      clock,
    );
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App service={service} />
      </FluentProvider>,
    );
    return { user, service };
  }

  afterEach(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    jest.restoreAllMocks();
  });

  test("with a handle (Edge, Chrome), Check shows the figures saved since, stamped when they were read", async () => {
    const onDisk = { bytes: SAMPLE_BYTES };
    const handle: WorkbookFileHandle = {
      kind: "file",
      name: "northmoor.xlsx",
      getFile: async () => new File([onDisk.bytes], "northmoor.xlsx"),
    };
    const picker = jest.fn(async () => [handle]);
    Object.defineProperty(window, "showOpenFilePicker", { configurable: true, value: picker });
    const { user } = realPane();
    await screen.findByRole("heading", { name: "Results" });

    await user.click(screen.getByRole("button", { name: "Open workbook…" }));
    expect(picker).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(banner()).toHaveTextContent("File: northmoor.xlsx, read at 09:40. Each Check reads it again."),
    );
    expect(indicatorButton("I2")).toHaveTextContent("1.60");

    onDisk.bytes = FIXED; // fixed in Excel and saved
    await user.click(screen.getByRole("button", { name: "Check" }));
    await waitFor(() => expect(indicatorButton("I2")).toHaveTextContent("1.07"));
    expect(banner()).toHaveTextContent("File: northmoor.xlsx, read at 09:50.");
    expect(screen.getByRole("region", { name: "Results" })).toHaveTextContent("Checked 2026-11-22 09:50 by");
    expect(screen.getByRole("status")).toHaveTextContent(/^Checked: /);
  });

  test("a dropped file's handle is opened where the browser gives one", async () => {
    const handle: WorkbookFileHandle = {
      kind: "file",
      name: "dropped.xlsx",
      getFile: async () => new File([SAMPLE_BYTES], "dropped.xlsx"),
    };
    realPane();
    await screen.findByRole("heading", { name: "Results" });
    const item = { kind: "file", type: XLSX_TYPE, getAsFileSystemHandle: async () => handle };
    fireEvent.drop(screen.getByRole("main"), { dataTransfer: { files: [], items: [item], types: ["Files"] } });
    await waitFor(() =>
      expect(banner()).toHaveTextContent("File: dropped.xlsx, read at 09:40. Each Check reads it again."),
    );
  });

  test("without a handle, the pane says the results are from the file as opened at HH:MM, and offers Open again", async () => {
    const { user } = realPane();
    await screen.findByRole("heading", { name: "Results" });
    await user.upload(screen.getByLabelText("Workbook file (.xlsx)"), xlsxFile("northmoor.xlsx"));
    const asOpened = "File: northmoor.xlsx. The results are from the file as opened at 09:40";
    await waitFor(() => expect(banner()).toHaveTextContent(asOpened));

    await user.click(screen.getByRole("button", { name: "Check" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^Checked: /));
    // Checked again at 09:50 or later, of the bytes read at 09:40: stamped 09:40, and said so.
    expect(banner()).toHaveTextContent(asOpened);
    expect(screen.getByRole("region", { name: "Results" })).toHaveTextContent("Checked 2026-11-22 09:40 by");

    const click = jest.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => {});
    await user.click(within(banner()).getByRole("button", { name: "Open again…" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(click.mock.instances[0]).toBe(screen.getByLabelText("Workbook file (.xlsx)"));
  });
});

describe("the user's latest request wins", () => {
  test("a file opened while the example loads is shown, and the example's later result is dropped", async () => {
    const service = fakeService("file");
    const example = deferred<PaneResult<PaneOutcome>>();
    service.validate.mockReturnValueOnce(example.promise);
    const pane = renderPane(service);
    await waitFor(() => expect(service.validate).toHaveBeenCalledTimes(1));
    expect(banner()).toHaveTextContent("Loading the example… You can open your own workbook now");
    expect(screen.getByRole("status")).toHaveTextContent("Loading the example…");
    expect(screen.queryByText(/Validating…|Open another workbook/)).not.toBeInTheDocument();
    const open = screen.getByRole("button", { name: "Open workbook…" });
    expect(open).not.toHaveAttribute("aria-disabled", "true");

    await pane.user.upload(screen.getByLabelText("Workbook file (.xlsx)"), xlsxFile("northmoor-2025.xlsx"));
    await waitFor(() => expect(service.openFile).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/File: northmoor-2025\.xlsx\./)).toBeInTheDocument();
    const opened = `Opened and checked: ${formatFlagCounts(checkSample().counts)}`;
    expect(screen.getByRole("status")).toHaveTextContent(opened);

    // The example arrives late: it is never shown.
    example.resolve(success({ ...checkedOutcome(DEFAULT_SETTINGS, false, SAMPLE_FILE_NAME), file: EXAMPLE_FILE }));
    await act(() => example.promise);
    expect(screen.getByText(/File: northmoor-2025\.xlsx\./)).toBeInTheDocument();
    expect(screen.queryByText(/Example: Northmoor Valley/)).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(opened);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });
});

test("a failed open clears the previous file's results: nothing sits unlabelled under the error", async () => {
  const service = fakeService("file");
  service.openFile.mockResolvedValueOnce(
    failure({ message: "broken.xlsx is not a valid .xlsx file.", advice: "Open it in Excel and save it again." }),
  );
  const pane = await fileModePane(service);
  await pane.user.upload(screen.getByLabelText("Workbook file (.xlsx)"), xlsxFile("broken.xlsx"));
  expect(await screen.findByText("broken.xlsx is not a valid .xlsx file.")).toBeInTheDocument();
  expect(screen.queryByRole("heading", { name: "Results" })).not.toBeInTheDocument();
  expect(screen.queryByText(/File: wres-sample\.xlsx/)).not.toBeInTheDocument();
});

describe("file mode's buttons and words", () => {
  test("one Check button, in place of Calculate and Validate only, which checks the file and says so", async () => {
    const pane = await fileModePane();
    expect(screen.queryByRole("button", { name: "Calculate" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Validate only" })).not.toBeInTheDocument();
    await pane.user.click(screen.getByRole("button", { name: "Check" }));
    await waitFor(() => expect(pane.service.validate).toHaveBeenCalledTimes(2));
    expect(pane.service.calculate).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(`Checked: ${formatFlagCounts(checkSample().counts)}`),
    );
  });

  test("on “not a WRES workbook” the main button opens another workbook, before the template", async () => {
    const service = fakeService("file");
    service.validate.mockResolvedValueOnce(success({ kind: "not-wres", fileName: "budget.xlsx" }));
    const pane = renderPane(service);
    const section = await screen.findByRole("region", { name: "Not a WRES workbook" });
    const [first] = within(section).getAllByRole("button");
    expect(first).toHaveAccessibleName("Open another workbook…");
    const link = within(section).getByRole("link", { name: "Download the WRES template (.xlsx)" });
    expect(first.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const click = jest.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => {});
    await pane.user.click(first);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  test("the bundled sample is labelled as example data, in the banner and over the results", async () => {
    const service = fakeService("file");
    service.validate.mockResolvedValueOnce(
      success({ ...checkedOutcome(DEFAULT_SETTINGS, false, SAMPLE_FILE_NAME), file: EXAMPLE_FILE }),
    );
    renderPane(service);
    await screen.findByRole("heading", { name: "Results" });
    expect(
      screen.getByText(/^Example: Northmoor Valley, a fictional trust \(wres-sample\.xlsx\)\./),
    ).toBeInTheDocument();
    expect(screen.getByText("Example: Northmoor Valley, a fictional trust")).toBeInTheDocument();
    expect(screen.queryByText(/File: wres-sample\.xlsx/)).not.toBeInTheDocument();
  });

  test("after Settings are saved, the results computed before look out of date until checked again", async () => {
    const service = fakeService("file");
    const custom = { ...DEFAULT_SETTINGS, surveyGap: 0.05 };
    service.loadSettings.mockResolvedValueOnce(success(custom));
    const pane = renderPane(service);
    const results = await screen.findByRole("region", { name: "Results" });
    expect(results.closest("[data-out-of-date]")).toBeNull();
    expect(screen.queryByText(/^Out of date/)).not.toBeInTheDocument();

    await pane.user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = await screen.findByRole("dialog");
    await pane.user.click(within(panel).getByRole("button", { name: "Reset to defaults" }));
    await pane.user.click(within(panel).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    expect(screen.getByText("Out of date: settings changed.")).toBeInTheDocument();
    expect(screen.getByText("Settings saved. Check again to apply them.")).toBeInTheDocument();
    // (Fluent un-hides the page from the accessibility tree a moment after the panel closes.)
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Results" }).closest("[data-out-of-date]")).not.toBeNull(),
    );
    await pane.user.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(service.validate).toHaveBeenLastCalledWith(DEFAULT_SETTINGS));
    await waitFor(() => expect(screen.queryByText("Out of date: settings changed.")).not.toBeInTheDocument());
    expect(screen.getByRole("region", { name: "Results" }).closest("[data-out-of-date]")).toBeNull();
  });
});
