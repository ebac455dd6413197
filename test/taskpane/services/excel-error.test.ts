import { paneErrorFrom } from "../../../src/taskpane/services/excel-error";
import { FakeOfficeError } from "../../../scripts/fake-excel/fake-excel";

describe("paneErrorFrom", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "Excel is busy: a cell is being edited.", "Press Enter or Esc"],
    ["AccessDenied", "the sheet or workbook is protected", "Unprotect the sheets"],
    ["ApiNotFound", "does not support something the add-in needs", "Update Excel"],
    ["NotImplemented", "does not support something the add-in needs", "Update Excel"],
    ["ItemNotFound", "no longer in the workbook", "Validate only"],
    ["ItemAlreadyExists", "already has a sheet or name", "Rename or remove"],
    ["RequestPayloadSizeLimitExceeded", "more data in one request", "Name Manager"],
  ])("explains %s", (code, message, advice) => {
    const error = paneErrorFrom(new FakeOfficeError(code, "raw text from Excel"));
    expect(error.message).toContain(message);
    expect(error.advice).toContain(advice);
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
