/**
 * What Excel (or anything else) threw, as a PaneError: what happened and what to do, in plain
 * words. Office.js rejects a sync with an error whose `code` names the cause; the pane shows
 * this, never a blank pane or a console-only error.
 */

import type { GoToCellRefusal } from "../../workbook/office";
import type { PaneError } from "../wres-service";

const NOT_SUPPORTED: PaneError = {
  message: "This version of Excel does not support something the add-in needs.",
  advice: "Update Excel to a current version, or use Excel on the web.",
};

/** Excel refuses a batch while a cell is being edited (when the host cannot delay it, or it waited too long). */
const CELL_EDIT: PaneError = {
  message: "Excel is busy: a cell is being edited.",
  advice: "Finish editing the cell (press Enter or Esc), then try again.",
};

const BY_CODE: Readonly<Record<string, PaneError>> = {
  InvalidOperationInCellEditMode: CELL_EDIT,
  // Excel gives this generic code too while a cell is being edited; it is by far the usual cause.
  InvalidOperation: {
    message: "Excel refused the request, most often because a cell is being edited.",
    advice: CELL_EDIT.advice,
  },
  InactiveWorkbook: {
    message: "Another workbook window is active, so Excel will not act on this one.",
    advice: "Click into this workbook's window, then try again.",
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
    message: "The add-in sent Excel more data in one request than Excel accepts.",
    advice: "Try again; if it happens again, save the workbook, close and reopen it, then try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    message: "Excel's answer to the add-in was larger than Excel lets an add-in receive.",
    advice: "Close other large workbooks and try again; if it happens again, save, close and reopen this one.",
  },
  InvalidSelection: {
    message: "Excel could not select that cell just now.",
    advice: "Click a cell in the workbook (close any open dialog or chart selection), then try Go to cell again.",
  },
  InsertDeleteConflict: {
    message: "Excel could not add or delete the sheet because of a conflicting change.",
    advice: "Try again; if it persists, save and reopen the workbook.",
  },
};

/** Go to cell on a sheet that is hidden, or gone: what to do instead. */
export function goToCellError(refusal: GoToCellRefusal): PaneError {
  if (refusal.kind === "sheet-missing") {
    return {
      message: `The sheet "${refusal.sheet}" is no longer in the workbook.`,
      advice: "Run Validate only to see the workbook as it is now.",
    };
  }
  return refusal.veryHidden
    ? {
        message: `The sheet "${refusal.sheet}" is very hidden, so Excel cannot show its cells.`,
        advice: "Only the Visual Basic editor can show it (its Visible property): ask whoever set up the workbook.",
      }
    : {
        message: `The sheet "${refusal.sheet}" is hidden, so Excel cannot show its cells.`,
        advice: `Unhide it (right-click a sheet tab → Unhide… → ${refusal.sheet}), then try Go to cell again.`,
      };
}

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
    // Object.prototype.hasOwnProperty, not Object.hasOwn: Safari before 15.4 (older Mac webviews) lacks it.
    if (Object.prototype.hasOwnProperty.call(BY_CODE, code)) return BY_CODE[code];
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
