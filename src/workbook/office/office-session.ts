/// <reference types="office-js" />
/**
 * Office's doors into the live workbook and its host: a batch of commands (Excel.run), the
 * requirement-set check, the platform, and the system browser.
 */

export interface OfficeSession {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS", "Android"…; null when Office does not say. (Optional for fakes.) */
  platform?(): string | null;
  /** Opens an absolute https URL in the system's browser where the host can; false where it cannot. (Optional for fakes.) */
  openBrowserWindow?(url: string): boolean;
}

/**
 * Excel.run's `delayForCellEdit` (Excel.RunOptions): a batch waits for the user to finish editing
 * a cell instead of failing. Microsoft's reference names no requirement set for it; it is asked
 * for only where ExcelApi 1.11 (the release it came with) is supported, a guess TESTING.md's
 * manual checklist confirms on real Excel.
 */
export const DELAY_FOR_CELL_EDIT_SET = ["ExcelApi", "1.11"] as const;
/** Office.context.ui.openBrowserWindow. */
export const OPEN_BROWSER_WINDOW_SET = ["OpenBrowserWindowApi", "1.1"] as const;

/** Office's own globals; read on each call, so nothing touches them before office.js is ready. */
export const officeSession = (): OfficeSession => {
  const isSetSupported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
  return {
    run: (batch) =>
      isSetSupported(...DELAY_FOR_CELL_EDIT_SET) ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch),
    isSetSupported,
    platform: () => (Office.context.platform as unknown as string | undefined) ?? null,
    openBrowserWindow: (url) => {
      if (!isSetSupported(...OPEN_BROWSER_WINDOW_SET) || typeof Office.context.ui?.openBrowserWindow !== "function") {
        return false;
      }
      Office.context.ui.openBrowserWindow(url);
      return true;
    },
  };
};
