/// <reference types="office-js" />
/**
 * Today's date comes from the pane's clock, never from the domain: every check the pane runs
 * (Excel and file mode) is given its clock's day, so that ACTION_OVERDUE works in the pane. The
 * sample's action for indicator 9 is due on 30 September 2026 and "In progress". Fixed clocks only.
 */

import * as xlsx from "../../../src/workbook/xlsx";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS } from "../../../src/wres";
import { localDate, paneCheckOptions } from "../../../src/taskpane/services/check-stamp";
import { FileWresService } from "../../../src/taskpane/services/file-wres-service";
import type { CheckedWorkbook } from "../../../src/taskpane/wres-service";
import { fakeFromFile } from "../../../scripts/fake-excel/fixtures";
import { checked, serviceOn } from "./excel-service-support";

const sample = new Uint8Array(readFileSync(path.join(__dirname, "../../../assets/wres-sample.xlsx")));

const overdue = (check: CheckedWorkbook) =>
  check.flags.filter((f) => f.code === "ACTION_OVERDUE").map((f) => [f.cell, f.message]);

const I9_OVERDUE = [
  "'Action plan'!B8",
  'The action for indicator 9 (row 5 of the action plan) was due on 30 September 2026 and is "In progress", not Done.',
];

describe("the pane's clock gives each check today's date", () => {
  test("the local day of the clock, stamp and today alike", () => {
    // Late in the evening, local time: still the 22nd, whatever the time zone's offset from UTC.
    const evening = new Date(2026, 10, 22, 23, 59);
    expect(localDate(evening)).toBe("2026-11-22");
    expect(localDate(new Date(2026, 0, 5, 0, 0))).toBe("2026-01-05");
    const options = paneCheckOptions(DEFAULT_SETTINGS, evening);
    expect(options).toMatchObject({ checkedAt: "2026-11-22T23:59", today: "2026-11-22" });
  });

  test("Excel: Validate and Calculate flag the action overdue after its Due date, not on it", async () => {
    const book = fakeFromFile();
    const after = serviceOn(book, { now: () => new Date(2026, 9, 1, 8, 0) });
    expect(overdue(checked(await after.validate(DEFAULT_SETTINGS)).check)).toEqual([I9_OVERDUE]);
    expect(overdue(checked(await after.calculate(DEFAULT_SETTINGS, true)).check)).toEqual([I9_OVERDUE]);
    const onTheDay = serviceOn(book, { now: () => new Date(2026, 8, 30, 17, 0) });
    expect(overdue(checked(await onTheDay.validate(DEFAULT_SETTINGS)).check)).toEqual([]);
  });

  test("file mode: judged on the day the bytes were read, the day the results are from", async () => {
    const times = [new Date(2026, 8, 29, 9, 0)];
    const clock = () => times[times.length - 1];
    const service = new FileWresService(
      () => Promise.resolve(xlsx),
      () => Promise.resolve(sample),
      clock,
    );
    expect(overdue(checked(await service.validate(DEFAULT_SETTINGS)).check)).toEqual([]);
    // A file opened on 1 October: read then, so judged then.
    times.push(new Date(2026, 9, 1, 9, 0));
    const opened = checked(await service.openFile(new File([sample], "northmoor.xlsx"), DEFAULT_SETTINGS));
    expect(opened.check.summaryLine).toMatch(/^Checked 2026-10-01 09:00 by /);
    expect(overdue(opened.check)).toEqual([I9_OVERDUE]);
  });
});
