/// <reference types="office-js" />
import { DEFAULT_SETTINGS, type Settings } from "../../../src/wres";
import { CHECKS_SHEET_NAME } from "../../../src/workbook/office";
import { LAST_WRITTEN_KEY, SETTINGS_KEY } from "../../../src/taskpane/services/document-store";
import { DONE } from "../../../src/taskpane/wres-service";
import { FakeOfficeError, FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { fakeFromFile, formulaOf, insertsTemplate } from "../../../scripts/fake-excel/fixtures";
import { calculatedSample, checked, errorOf, serviceOn, valueOf } from "./excel-service-support";

describe("ExcelWresService", () => {
  describe("Calculate", () => {
    it("asks before replacing output cells the add-in did not write, after one sync and writing nothing", async () => {
      const book = fakeFromFile();
      const outcome = valueOf(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
      expect(outcome.kind).toBe("needs-confirmation");
      expect(outcome.kind === "needs-confirmation" && outcome.conflicts[0]).toEqual({
        name: "WRES_Workforce",
        cell: "'Indicator 1'!B51",
        holds: "the value 4,307",
      });
      expect(book.syncs).toHaveLength(1);
      expect(book.writes).toEqual([]);
    });

    it("once confirmed, reads and writes everything in exactly two syncs", async () => {
      const book = fakeFromFile();
      const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));
      expect(outcome).toMatchObject({ written: true, fileName: null });
      expect(book.syncs).toHaveLength(2);
      expect(book.findSheet(CHECKS_SHEET_NAME)).toBeDefined();
      expect(outcome.check.summaryLine).toMatch(/^Checked 2026-11-22 12:05 by WRES add-in \d+\.\d+\.\d+: /);
    });

    it("remembers what it wrote, so the next Calculate asks nothing and takes two syncs again", async () => {
      const book = await calculatedSample();
      expect(JSON.parse(String(book.settings.get(LAST_WRITTEN_KEY)))).toHaveProperty("WRES_I2_RL");
      const outcome = checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
      expect(outcome.written).toBe(true);
      expect(outcome.check).toMatchObject({ conflicts: [] });
      expect(book.syncs).toHaveLength(2);
    });

    it("asks again when a person has typed over an output, or put a formula there", async () => {
      const book = await calculatedSample();
      const rl = formulaOf(book, "WRES_I2_RL").slice(1);
      const [sheet, cell] = rl.replace(/'/g, "").replace(/\$/g, "").split("!");
      book.sheet(sheet).cells.set(cell, { value: 2, numberFormat: "0.00", formula: "=2" });
      const outcome = valueOf(await serviceOn(book).calculate(DEFAULT_SETTINGS, false));
      expect(outcome).toEqual({
        kind: "needs-confirmation",
        conflicts: [{ name: "WRES_I2_RL", cell: `'${sheet}'!${cell}`, holds: "a formula" }],
      });
    });

    it("uses the thresholds it is given", async () => {
      const strict: Settings = { ...DEFAULT_SETTINGS, rlBand: [0.95, 1.05] };
      const book = await calculatedSample();
      expect(checked(await serviceOn(book).calculate(strict, false)).check.settings).toEqual(strict);
    });

    it("writes nothing in a workbook without WRES names", async () => {
      const book = new FakeWorkbook();
      book.sheet("Sheet1");
      expect(valueOf(await serviceOn(book).calculate(DEFAULT_SETTINGS, true))).toEqual({
        kind: "not-wres",
        fileName: null,
      });
      // The one-sync read is refused (no name is there), then the names are read on their own.
      expect(book.syncs).toHaveLength(2);
      expect(book.writes).toEqual([]);
    });

    it("turns an Excel error into a message with what to do, and writes nothing", async () => {
      const book = fakeFromFile();
      book.failNextSync = new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      expect(await serviceOn(book).calculate(DEFAULT_SETTINGS, true)).toEqual({
        ok: false,
        error: {
          message: "Excel is busy: a cell is being edited.",
          advice: "Finish editing the cell (press Enter or Esc), then try again.",
        },
      });
      expect(book.writes).toEqual([]);
    });
  });

  describe("Validate only", () => {
    it("reads in one sync and writes nothing", async () => {
      const book = fakeFromFile();
      const outcome = checked(await serviceOn(book).validate(DEFAULT_SETTINGS));
      expect(outcome.written).toBe(false);
      expect(book.syncs).toHaveLength(1);
      expect(book.writes).toEqual([]);
      expect(book.settings.size).toBe(0);
    });

    it("reports every reported value that does not match the data, with both values", async () => {
      const outcome = checked(await serviceOn(fakeFromFile()).validate(DEFAULT_SETTINGS));
      expect(outcome.check.flags.filter((f) => f.code === "REPORTED_MISMATCH").map((f) => f.message)).toEqual([
        "Indicator 2, relative likelihood holds 1.71, but the data give 1.60: the reported value does not match the data.",
      ]);
    });

    it("finds nothing to report after Calculate has written the outputs", async () => {
      const book = await calculatedSample();
      const outcome = checked(await serviceOn(book).validate(DEFAULT_SETTINGS));
      expect(outcome.check.flags.filter((f) => f.code === "REPORTED_MISMATCH")).toEqual([]);
    });
  });

  describe("Go to cell", () => {
    it("activates the sheet and selects the cell in one sync", async () => {
      const book = fakeFromFile();
      expect(await serviceOn(book).goToCell("'Indicators 2-4'!B16")).toEqual(DONE);
      expect(book.syncs).toHaveLength(1);
      expect(book.writes).toEqual([
        { kind: "activate", sheet: "Indicators 2-4" },
        { kind: "select", address: "'Indicators 2-4'!B16" },
      ]);
    });

    it("says so when the cell's sheet is gone", async () => {
      const error = errorOf(await serviceOn(fakeFromFile()).goToCell("Gone!A1"));
      expect(error.message).toContain("no longer in the workbook");
    });
  });

  describe("settings", () => {
    it("stores the thresholds in the workbook and reads them back, one sync each", async () => {
      const book = fakeFromFile();
      const service = serviceOn(book);
      expect(valueOf(await service.loadSettings())).toEqual(DEFAULT_SETTINGS);
      const changed: Settings = { ...DEFAULT_SETTINGS, smallNumber: 5, rlBand: [0.75, 1.33] };
      expect(await service.saveSettings(changed)).toEqual(DONE);
      expect(valueOf(await service.loadSettings())).toEqual(changed);
      expect(JSON.parse(String(book.settings.get(SETTINGS_KEY)))).toEqual(changed);
      expect(book.syncs).toHaveLength(3);
    });

    it("answers with a plain message when what is stored is not valid", async () => {
      const book = fakeFromFile();
      book.settings.set(SETTINGS_KEY, JSON.stringify({ rlBand: [2, 3] }));
      const error = errorOf(await serviceOn(book).loadSettings());
      expect(error.message).toContain(
        "the thresholds stored in this workbook are not valid: rlBand must be two positive numbers",
      );
      expect(error.message).toMatch(/^The saved settings could not be read \(the thresholds stored .*\)\.$/);
      expect(error.advice).toBe("The default thresholds are used; open Settings to check them and save again.");
    });

    it("says what Excel refused when the stored thresholds cannot be read", async () => {
      const book = fakeFromFile();
      book.failNextSync = new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      expect(errorOf(await serviceOn(book).loadSettings())).toEqual({
        message: "The saved settings could not be read (Excel is busy: a cell is being edited.).",
        advice: "The default thresholds are used; open Settings to check them and save again.",
      });
    });

    it("reports a protected workbook when saving fails", async () => {
      const book = fakeFromFile();
      book.failNextSync = new FakeOfficeError("AccessDenied", "Access denied.");
      expect(errorOf(await serviceOn(book).saveSettings(DEFAULT_SETTINGS)).message).toContain("protected");
    });
  });

  describe("Insert template", () => {
    it("inserts the template's sheets from the file served with the pane", async () => {
      const book = new FakeWorkbook();
      insertsTemplate(book);
      const urls: string[] = [];
      const service = serviceOn(book, {
        fetchBytes: (url) => {
          urls.push(url);
          return Promise.resolve(new Uint8Array([80, 75, 3, 4]));
        },
      });
      expect(service.canInsertTemplate()).toBe(true);
      expect(await service.insertTemplate()).toEqual(DONE);
      expect(urls).toEqual(["assets/wres-template.xlsx"]);
      expect(book.writes).toEqual([{ kind: "insert-worksheets", base64: "UEsDBA==" }]);
      expect(book.syncs).toHaveLength(1);
    });

    it("explains and offers the file where Excel lacks ExcelApi 1.13", async () => {
      const asked: string[] = [];
      const service = serviceOn(new FakeWorkbook(), {
        isSetSupported: (name, version) => {
          asked.push(`${name} ${version}`);
          return false;
        },
      });
      expect(service.canInsertTemplate()).toBe(false);
      expect(asked).toEqual(["ExcelApi 1.13"]);
      expect(errorOf(await service.insertTemplate()).advice).toContain("Download the WRES template");
    });

    it("says so when the template cannot be fetched", async () => {
      const service = serviceOn(new FakeWorkbook(), { fetchBytes: () => Promise.reject(new Error("offline")) });
      expect(errorOf(await service.insertTemplate()).message).toBe("The template could not be loaded (offline).");
    });
  });
});
