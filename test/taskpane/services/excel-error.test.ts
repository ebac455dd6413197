import { paneErrorFrom } from "../../../src/taskpane/services/excel-error";
import { FakeOfficeError } from "../../../scripts/fake-excel/fake-excel";

describe("paneErrorFrom", () => {
  it.each([
    [
      "InvalidOperationInCellEditMode",
      "Excel is busy: a cell is being edited.",
      "Finish editing the cell (press Enter or Esc), then try again.",
    ],
    [
      "InvalidOperation",
      "most often because a cell is being edited",
      "Finish editing the cell (press Enter or Esc), then try again.",
    ],
    ["InactiveWorkbook", "Another workbook window is active", "Click into this workbook's window"],
    ["ResponsePayloadSizeLimitExceeded", "larger than Excel lets an add-in receive", "Close other large workbooks"],
    ["InvalidSelection", "could not select that cell", "try Go to cell again"],
    ["AccessDenied", "the sheet or workbook is protected", "Unprotect the sheets"],
    ["ApiNotFound", "does not support something the add-in needs", "Update Excel"],
    ["NotImplemented", "does not support something the add-in needs", "Update Excel"],
    ["ItemNotFound", "no longer in the workbook", "Validate only"],
    ["ItemAlreadyExists", "already has a sheet or name", "Rename or remove"],
    // The advice about whole-column names is gone: the read's cell window already bounds them.
    ["RequestPayloadSizeLimitExceeded", "more data in one request", "Try again"],
  ])("explains %s", (code, message, advice) => {
    const error = paneErrorFrom(new FakeOfficeError(code, "raw text from Excel"));
    expect(error.message).toContain(message);
    expect(error.advice).toContain(advice);
  });

  it("gives each code the issue names a sentence of its own", () => {
    const codes = [
      "InvalidOperationInCellEditMode",
      "InactiveWorkbook",
      "ResponsePayloadSizeLimitExceeded",
      "InvalidSelection",
    ];
    const messages = codes.map((code) => paneErrorFrom(new FakeOfficeError(code, "raw")).message);
    expect(new Set(messages).size).toBe(codes.length);
    expect(messages.some((m) => m.includes("raw"))).toBe(false);
  });

  it("names an unknown Excel code with Excel's own words", () => {
    expect(paneErrorFrom(new FakeOfficeError("GeneralException", "An internal error has occurred."))).toEqual({
      message: "Excel reported a problem (GeneralException): An internal error has occurred.",
      advice: "Try again; if it persists, save the workbook, close and reopen it, then try again.",
    });
    expect(paneErrorFrom(new FakeOfficeError("toString", "odd")).message).toContain("(toString)");
  });

  it("reports anything else as a problem of the add-in, never as nothing", () => {
    expect(paneErrorFrom(new TypeError("x is not a function")).message).toBe(
      "Something went wrong in the add-in: x is not a function",
    );
    expect(paneErrorFrom("plain").message).toBe("Something went wrong in the add-in: plain");
    expect(paneErrorFrom(undefined).advice).not.toBe("");
  });
});
