/**
 * What Excel (or anything else) threw, as a PaneError: what happened and what to do, in plain
 * words. Office.js rejects a sync with an error whose `code` names the cause; the pane shows
 * this, never a blank pane or a console-only error.
 */

import type { PaneError } from "../wres-service";

const NOT_SUPPORTED: PaneError = {
  message: "This version of Excel does not support something the add-in needs.",
  advice: "Update Excel to a current version, or use Excel on the web.",
};

const BY_CODE: Readonly<Record<string, PaneError>> = {
  InvalidOperationInCellEditMode: {
    message: "Excel is busy: a cell is being edited.",
    advice: "Press Enter or Esc to finish editing the cell, then try again.",
  },
  AccessDenied: {
    message: "Excel refused the change: the sheet or workbook is protected, or the file is read-only.",
    advice:
      "Unprotect the sheets (Review → Unprotect Sheet) or open an editable copy, then try again. Validate only writes nothing and works on protected workbooks.",
  },
  ApiNotFound: NOT_SUPPORTED,
  NotImplemented: NOT_SUPPORTED,
  UnsupportedOperation: NOT_SUPPORTED,
  ItemNotFound: {
    message: "A sheet or name the add-in needed is no longer in the workbook; it may have changed meanwhile.",
    advice: "Run Validate only to see the workbook as it is now.",
  },
  ItemAlreadyExists: {
    message: "The workbook already has a sheet or name the add-in needed to create.",
    advice: "Rename or remove the sheet with the same name (for the template: About, Indicator 1 …), then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    message: "The workbook sent Excel more data in one request than it allows.",
    advice: "Check in Formulas → Name Manager that no WRES_ name covers whole rows or columns.",
  },
  InsertDeleteConflict: {
    message: "Excel could not add or delete the sheet because of a conflicting change.",
    advice: "Try again; if it persists, save and reopen the workbook.",
  },
};

/** An Office.js error: `code` is set; anything else (TypeError…) is a bug in the add-in. */
function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** What was thrown, as text: an Error's message, or the thing itself. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function paneErrorFrom(error: unknown): PaneError {
  const code = officeCode(error);
  if (code !== null) {
    if (Object.hasOwn(BY_CODE, code)) return BY_CODE[code];
    return {
      message: `Excel reported a problem (${code}): ${messageOf(error)}`,
      advice: "Try again; if it persists, save the workbook, close and reopen it, then try again.",
    };
  }
  return {
    message: `Something went wrong in the add-in: ${messageOf(error)}`,
    advice: "Try again. If it happens again, reload the add-in (close and reopen the pane).",
  };
}
