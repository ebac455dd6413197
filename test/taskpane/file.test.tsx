/** @jest-environment jsdom */
/** File mode: opening another workbook by the file input or by dropping it on the pane. */

import { createEvent, fireEvent, screen, waitFor } from "@testing-library/react";
import { formatFlagCounts } from "../../src/wres/format";
import { readFileBytes } from "../../src/taskpane/services/workbook-files";
import { failure } from "../../src/taskpane/wres-service";
import { checkSample, fakeService, renderPane, SAMPLE_BYTES } from "./support";

const xlsxFile = (name: string, bytes: Uint8Array<ArrayBuffer> = SAMPLE_BYTES): File =>
  new File([bytes], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

async function fileModePane() {
  const pane = renderPane(fakeService("file"));
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
