import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/wres";
import * as xlsx from "../../../src/workbook/xlsx";
import { FileWresService } from "../../../src/taskpane/services/file-wres-service";
import { DONE, type PaneOutcome, type PaneResult, type WorkbookFileHandle } from "../../../src/taskpane/wres-service";
import { patchZipEntry } from "../../../scripts/xlsx-craft/xlsx-patch";

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
    // 1.1's action plan: 3 more warnings (ACTION_MISSING I6, I8; ACTION_INCOMPLETE I7), 1 more note (ACTION_GAP_CLOSED I4); I7's 0.588 beside 45: PCT_AMBIGUOUS.
    // And, the pane's clock saying 22 November 2026, ACTION_OVERDUE on I9's action (due 30 September 2026),
    // as `wres check --today 2026-11-22` says: 10 warnings.
    expect(outcome.check.counts).toEqual({ errors: 4, warnings: 10, info: 3, gaps: 19 });
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
    expect(await service.openFile(new File([template], "blank.xlsx"), DEFAULT_SETTINGS)).toMatchObject({
      ok: true,
      value: { kind: "checked", fileName: "blank.xlsx" },
    });
    expect(await service.validate(DEFAULT_SETTINGS)).toMatchObject({ ok: true, value: { fileName: "blank.xlsx" } });
  });

  it("says plainly when a file cannot be read", async () => {
    const { service } = fileService();
    expect(await service.openFile(new File(["hello"], "notes.xlsx"), DEFAULT_SETTINGS)).toEqual({
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

  describe("every check reads the file again where it can, and its stamp is when the bytes were read", () => {
    /** The sample after the analyst fixed a cell: BME appointed from shortlisting 300, not 200 (I2 1.60 → 1.07). */
    const fixed = patchZipEntry(sample, "xl/worksheets/sheet3.xml", (xml) =>
      xml.replace('<c r="C9" s="14"><v>200</v></c>', '<c r="C9" s="14"><v>300</v></c>'),
    );
    /** A clock that says 09:30, then 09:45, then 10:00… on each reading. */
    function ticking() {
      let minutes = 9 * 60 + 15;
      return () => {
        minutes += 15;
        return new Date(2026, 10, 22, Math.floor(minutes / 60), minutes % 60);
      };
    }
    const onDisk = { bytes: sample as Uint8Array };
    const handle: WorkbookFileHandle = {
      kind: "file",
      name: "northmoor.xlsx",
      getFile: () => Promise.resolve(new File([onDisk.bytes as Uint8Array<ArrayBuffer>], "northmoor.xlsx")),
    };

    it("with a handle (Edge, Chrome), the second check shows the figures saved since, stamped when read", async () => {
      onDisk.bytes = sample;
      const service = new FileWresService(() => Promise.resolve(xlsx), undefined, ticking());
      const first = checked(await service.openFile(handle, DEFAULT_SETTINGS));
      expect(first.check.indicators.I2.rl).toBeCloseTo(1.6, 10); // (480 / 2400) / (200 / 1600)
      expect(first.file).toEqual({
        name: "northmoor.xlsx",
        readAt: new Date(2026, 10, 22, 9, 30),
        rereads: true,
        example: false,
      });
      onDisk.bytes = fixed; // saved in Excel meanwhile
      const second = checked(await service.validate(DEFAULT_SETTINGS));
      expect(second.check.indicators.I2.rl).toBeCloseTo(0.2 / (300 / 1600), 10); // 1.0667
      expect(second.check.summaryLine).toMatch(/^Checked 2026-11-22 09:45 by /);
      expect(second.file?.readAt).toEqual(new Date(2026, 10, 22, 9, 45));
    });

    it("without a handle, each check sees the bytes as opened, stamped with when they were read, not now", async () => {
      const clock = ticking();
      const service = new FileWresService(() => Promise.resolve(xlsx), undefined, clock);
      checked(await service.openFile(new File([sample], "northmoor.xlsx"), DEFAULT_SETTINGS));
      clock(); // 09:45 passes
      const again = checked(await service.validate(DEFAULT_SETTINGS));
      expect(again.check.indicators.I2.rl).toBeCloseTo(1.6, 10);
      expect(again.check.summaryLine).toMatch(/^Checked 2026-11-22 09:30 by /);
      expect(again.file).toEqual({
        name: "northmoor.xlsx",
        readAt: new Date(2026, 10, 22, 9, 30),
        rereads: false,
        example: false,
      });
    });

    it("says the bundled sample is the example", async () => {
      const { service } = fileService();
      expect(checked(await service.validate(DEFAULT_SETTINGS)).file).toMatchObject({
        name: "wres-sample.xlsx",
        example: true,
        rereads: false,
      });
    });

    it("says plainly when the file behind a handle can no longer be read", async () => {
      const { service } = fileService();
      const gone: WorkbookFileHandle = {
        kind: "file",
        name: "moved.xlsx",
        getFile: () => Promise.reject(new DOMException("A requested file could not be found.", "NotFoundError")),
      };
      expect(await service.openFile(gone, DEFAULT_SETTINGS)).toEqual({
        ok: false,
        error: {
          message: "moved.xlsx could not be read (A requested file could not be found).",
          advice: "Check that the file is still where it was, then Check again, or open it again.",
        },
      });
    });
  });

  it("a file opened while the sample is still loading stays the one the next check reads", async () => {
    let deliver!: (bytes: Uint8Array) => void;
    const service = new FileWresService(
      () => Promise.resolve(xlsx),
      () => new Promise<Uint8Array>((resolve) => (deliver = resolve)),
    );
    const loadingSample = service.validate(DEFAULT_SETTINGS);
    checked(await service.openFile(new File([template], "blank.xlsx"), DEFAULT_SETTINGS));
    deliver(sample);
    expect(checked(await loadingSample).fileName).toBe("wres-sample.xlsx"); // the pane drops this one
    expect(checked(await service.validate(DEFAULT_SETTINGS)).fileName).toBe("blank.xlsx");
  });
});
