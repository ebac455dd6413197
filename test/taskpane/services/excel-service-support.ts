/// <reference types="office-js" />
/** The Excel service on a fake workbook, and the unwrapping of its results, for the service's tests. */

import { DEFAULT_SETTINGS } from "../../../src/wres";
import { ExcelWresService, type ExcelHost } from "../../../src/taskpane/services/excel-wres-service";
import type { PaneOutcome, PaneResult } from "../../../src/taskpane/wres-service";
import type { FakeWorkbook } from "../../../scripts/fake-excel/fake-excel";
import { fakeFromFile } from "../../../scripts/fake-excel/fixtures";

export const NOON = new Date(2026, 10, 22, 12, 5);

export function serviceOn(book: FakeWorkbook, host: Partial<ExcelHost> = {}): ExcelWresService {
  return new ExcelWresService({
    run: (batch) => book.run(batch),
    isSetSupported: () => true,
    fetchBytes: () => Promise.resolve(new Uint8Array([80, 75, 3, 4])),
    now: () => NOON,
    ...host,
  });
}

/** The value of a result that must have succeeded. */
export function valueOf<T>(result: PaneResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a result that must have failed. */
export function errorOf(result: PaneResult<unknown>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

export function checked(result: PaneResult<PaneOutcome>) {
  const outcome = valueOf(result);
  if (outcome.kind !== "checked") throw new Error(`expected a checked outcome, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** The sample, with what its outputs already hold accepted once (so Calculate has nothing to ask). */
export async function calculatedSample(): Promise<FakeWorkbook> {
  const book = fakeFromFile();
  checked(await serviceOn(book).calculate(DEFAULT_SETTINGS, true));
  book.syncs.length = 0;
  book.writes.length = 0;
  book.runOptions.length = 0;
  return book;
}
