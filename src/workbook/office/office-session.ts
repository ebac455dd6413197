/// <reference types="office-js" />
/** Office's two doors into the live workbook: a batch of commands (Excel.run) and the requirement-set check. */

export interface OfficeSession {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** Office's own globals; read on each call, so nothing touches them before office.js is ready. */
export const officeSession = (): OfficeSession => ({
  run: (batch) => Excel.run(batch),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
});
