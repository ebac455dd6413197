/** The workbooks the build ships beside the task pane's page, and how the pane fetches them. */

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

/** Base64 of bytes, as insertWorksheetsFromBase64 takes a workbook; in chunks, so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
