/**
 * Offers a file the pane made as a download: a Blob behind an object URL, clicked through a
 * link with `download`, as browsers (and Excel's webviews on Windows and the web) save files.
 * Excel on Mac's webview ignores such a link (OfficeDev/office-js#2700, "by design"); the Excel
 * service does not call this there.
 */

/** Saves `blob` as `fileName` through the browser's downloads. */
export type SaveFile = (blob: Blob, fileName: string) => void;

export const saveFile: SaveFile = (blob, fileName) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click's download has taken the blob (revoking at once can cancel it in some browsers).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** The bytes as a Blob of their type, ready to save. */
export function reportBlob(bytes: Uint8Array, mimeType: string): Blob {
  // A copy in a plain ArrayBuffer: a Uint8Array over a shared or larger buffer is not a BlobPart everywhere.
  return new Blob([bytes.slice().buffer], { type: mimeType });
}
