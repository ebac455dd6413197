/** The workbooks the build ships beside the task pane's page, and how the pane fetches them. */

import { failure, success, type PaneResult } from "../wres-service";
import { messageOf } from "./excel-error";

/** The blank template: inserted into a workbook, or offered as a download. */
export const TEMPLATE_URL = "assets/wres-template.xlsx";
/** The fictional trust's workbook the browser version opens first. */
export const SAMPLE_URL = "assets/wres-sample.xlsx";
export const SAMPLE_FILE_NAME = "wres-sample.xlsx";

export type FetchBytes = (url: string) => Promise<Uint8Array>;

/** Fetches a file served with the pane (same origin, as the page's Content-Security-Policy allows). */
export const fetchBytes: FetchBytes = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};

/** Loads something served with the pane (a workbook, the reader's chunk); when that fails, says what and what to do. */
export async function loaded<T>(what: string, load: () => Promise<T>, advice: string): Promise<PaneResult<T>> {
  try {
    return success(await load());
  } catch (e) {
    return failure({ message: `The ${what} could not be loaded (${messageOf(e)}).`, advice });
  }
}
