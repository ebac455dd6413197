import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/wres";
import * as xlsx from "../../../src/workbook/xlsx";
import { FileWresService } from "../../../src/taskpane/services/file-wres-service";
import { DONE, type PaneOutcome, type PaneResult } from "../../../src/taskpane/wres-service";

const assets = path.join(__dirname, "../../../assets");
const sample = new Uint8Array(readFileSync(path.join(assets, "wres-sample.xlsx")));
const template = new Uint8Array(readFileSync(path.join(assets, "wres-template.xlsx")));

function fileService(fetched: string[] = []) {
  let loads = 0;
  const service = new FileWresService(
    () => {
      loads++;
      return Promise.resolve(xlsx);
    },
    (url) => {
      fetched.push(url);
      return Promise.resolve(sample);
    },
    () => new Date(2026, 10, 22, 9, 30),
  );
  return { service, fetched, loads: () => loads };
}

function checked(result: PaneResult<PaneOutcome>) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  const outcome = result.value;
  if (outcome.kind !== "checked") throw new Error(`expected a checked outcome, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe("FileWresService (the pane in a browser)", () => {
  it("opens the bundled sample first, and checks it as the command line does", async () => {
    const { service, fetched } = fileService();
    const outcome = checked(await service.validate(DEFAULT_SETTINGS));
    expect(fetched).toEqual(["assets/wres-sample.xlsx"]);
    expect(outcome).toMatchObject({ written: false, fileName: "wres-sample.xlsx" });
    expect(outcome.check.counts).toEqual({ errors: 4, warnings: 6, info: 2, gaps: 19 });
    expect(outcome.check.summaryLine).toMatch(/^Checked 2026-11-22 09:30 by WRES add-in /);
  });

  it("computes on Calculate exactly as on Validate, and writes nothing", async () => {
    const { service } = fileService();
    const calculated = checked(await service.calculate(DEFAULT_SETTINGS, true));
    const validated = checked(await service.validate(DEFAULT_SETTINGS));
    expect(calculated.written).toBe(false);
    expect(calculated.check).toEqual(validated.check);
  });

  it("loads the .xlsx reader only when a workbook is first read, and the sample only once", async () => {
    const { service, fetched, loads } = fileService();
    await service.loadSettings();
    expect(loads()).toBe(0);
    await service.validate(DEFAULT_SETTINGS);
    await service.validate(DEFAULT_SETTINGS);
    expect(fetched).toHaveLength(1);
  });

  it("checks a file the user opens, and keeps checking that one", async () => {
    const { service } = fileService();
    expect(await service.openFile("blank.xlsx", template, DEFAULT_SETTINGS)).toMatchObject({
      ok: true,
      value: { kind: "checked", fileName: "blank.xlsx" },
    });
    expect(await service.validate(DEFAULT_SETTINGS)).toMatchObject({ ok: true, value: { fileName: "blank.xlsx" } });
  });

  it("says plainly when a file cannot be read", async () => {
    const { service } = fileService();
    expect(await service.openFile("notes.xlsx", new TextEncoder().encode("hello"), DEFAULT_SETTINGS)).toEqual({
      ok: false,
      error: {
        message:
          "notes.xlsx is a text file (such as a CSV export), not an Excel workbook; open it in Excel and save it as .xlsx.",
        advice: "Open another workbook saved as .xlsx.",
      },
    });
  });

  it("says when the sample cannot be fetched", async () => {
    const service = new FileWresService(
      () => Promise.resolve(xlsx),
      () => Promise.reject(new Error("HTTP 404")),
    );
    const outcome = await service.validate(DEFAULT_SETTINGS);
    expect(outcome).toMatchObject({
      ok: false,
      error: { message: "The sample workbook could not be loaded (HTTP 404)." },
    });
  });

  it("keeps thresholds for the session, goes nowhere and inserts nothing", async () => {
    const { service } = fileService();
    const changed: Settings = { ...DEFAULT_SETTINGS, smallNumber: 3 };
    expect(await service.saveSettings(changed)).toEqual(DONE);
    expect(await service.loadSettings()).toEqual({ ok: true, value: changed });
    expect(checked(await service.validate(changed)).check.settings).toEqual(changed);
    expect(await service.goToCell()).toEqual(DONE);
    expect(service.canInsertTemplate()).toBe(false);
    expect(await service.insertTemplate()).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("needs Excel") },
    });
  });
});
