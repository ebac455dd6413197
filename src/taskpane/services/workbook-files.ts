/**
 * How the browser hands the pane a workbook file: a File System Access handle where it offers one
 * (Edge and Chrome: the open picker, and a dropped file), so that each check can read the file again;
 * else a plain File, whose bytes are those of the file as it was opened.
 */

import type { WorkbookFileHandle, WorkbookSource } from "../wres-service";

/** The file's bytes: Blob.arrayBuffer where there is one, else FileReader (every WebView Office uses has it; jsdom too). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `window.showOpenFilePicker`, which the DOM typings leave out (Edge and Chrome only). */
type OpenFilePicker = (options: {
  multiple?: boolean;
  excludeAcceptAllOption?: boolean;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<WorkbookFileHandle[]>;

/** Whether this browser can give a handle from its open picker (not in a frame, where it is refused). */
export function hasOpenFilePicker(win: Window = window): boolean {
  const picker = (win as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  return typeof picker === "function" && win.self === win.top;
}

/**
 * The browser's open picker, for one .xlsx: resolves with its handle, null when the user cancels,
 * or "unavailable" when the browser has no such picker or refuses it here (then the file input is used).
 */
export async function pickWorkbookHandle(win: Window = window): Promise<WorkbookFileHandle | null | "unavailable"> {
  if (!hasOpenFilePicker(win)) return "unavailable";
  const picker = (win as unknown as { showOpenFilePicker: OpenFilePicker }).showOpenFilePicker;
  try {
    const [handle] = await picker({
      multiple: false,
      types: [{ description: "Excel workbook (.xlsx)", accept: { [XLSX_MIME]: [".xlsx"] } }],
    });
    return handle ?? null;
  } catch (e) {
    return e instanceof DOMException && e.name === "AbortError" ? null : "unavailable";
  }
}

/** `DataTransferItem.getAsFileSystemHandle`, which the DOM typings leave out (Edge and Chrome only). */
type HandleItem = DataTransferItem & { getAsFileSystemHandle?: () => Promise<{ kind: string } | null> };

/**
 * The workbook in a drop: its handle where the browser gives one, else its File; null when the drop
 * holds no file. The items are asked synchronously, as they are only readable during the drop event.
 */
export function workbookFromDrop(data: DataTransfer | null): Promise<WorkbookSource | null> {
  const file = data?.files?.[0] ?? null;
  const item = Array.from(data?.items ?? []).find((i) => i.kind === "file") as HandleItem | undefined;
  const asking = typeof item?.getAsFileSystemHandle === "function" ? item.getAsFileSystemHandle() : null;
  if (!asking) return Promise.resolve(file);
  return asking.then(
    (handle) => (handle?.kind === "file" ? (handle as WorkbookFileHandle) : file),
    () => file,
  );
}
