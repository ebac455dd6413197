/** One input cell read by its kind (wres.md "Data checks"): numbers, text, logicals, errors, ranges. */

import { readCell, type CellReading } from "../../src/wres/cell-value";
import { showNumber } from "../../src/wres/format";
import type { CellKind } from "../../src/wres/contract";
import { cell, type TestValue } from "../helpers/raw-workbook";

const read = (kind: CellKind, v: TestValue, format = "General"): CellReading => readCell(kind, cell(v, format));
const problem = (r: CellReading) => (r.status === "invalid" ? r.problem : null);

describe("empty cells", () => {
  test.each(["count", "percent", "year", "text", "orgCode", "ratio"] as const)(
    "%s: blank and whitespace-only text are empty",
    (kind) => {
      expect(read(kind, null)).toEqual({ status: "empty" });
      expect(read(kind, "   ")).toEqual({ status: "empty" });
    },
  );
});

describe("counts: whole numbers of 0 or more", () => {
  test("12 and 0 are read as they are", () => {
    expect(read("count", 12)).toEqual({ status: "ok", value: 12 });
    expect(read("count", 0)).toEqual({ status: "ok", value: 0 });
  });

  test('the text "12" is NOT_A_NUMBER, and the message says to re-enter it as a number', () => {
    const p = problem(read("count", "12"))!;
    expect(p.code).toBe("NOT_A_NUMBER");
    expect(p.severity).toBe("error");
    expect(p.says).toContain('"12" as text');
  });

  test('other text ("n/a") is NOT_A_NUMBER', () => {
    expect(problem(read("count", "n/a"))).toMatchObject({
      code: "NOT_A_NUMBER",
      says: 'holds the text "n/a" instead of a number',
    });
  });

  test("TRUE and FALSE are NOT_A_NUMBER", () => {
    expect(problem(read("count", true))).toMatchObject({ code: "NOT_A_NUMBER", says: expect.stringContaining("TRUE") });
    expect(problem(read("count", false))).toMatchObject({
      code: "NOT_A_NUMBER",
      says: expect.stringContaining("FALSE"),
    });
  });

  test.each(["#REF!", "#DIV/0!", "#N/A", "#VALUE!"])("the error %s is ERROR_VALUE, naming the error", (e) => {
    expect(problem(read("count", { error: e }))).toMatchObject({
      code: "ERROR_VALUE",
      severity: "error",
      says: expect.stringContaining(e),
    });
  });

  test("−3 is NEGATIVE", () => {
    expect(problem(read("count", -3))).toMatchObject({ code: "NEGATIVE", says: "is -3; a count cannot be negative" });
  });

  test("12.5 is NOT_WHOLE", () => {
    expect(problem(read("count", 12.5))).toMatchObject({
      code: "NOT_WHOLE",
      says: "is 12.5; a count must be a whole number",
    });
  });

  test("a formula's number result is read like a typed number", () => {
    expect(read("count", { formula: 42 })).toEqual({ status: "ok", value: 42 });
  });
});

describe("percentages: fractions 0–1, a plain number above 1 read as a percentage with a notice", () => {
  test("0.453 (45.3 %) is read as it is, with no notice", () => {
    expect(read("percent", 0.453, "0.0%")).toEqual({ status: "ok", value: 0.453 });
    expect(read("percent", 0)).toEqual({ status: "ok", value: 0 });
    expect(read("percent", 1)).toEqual({ status: "ok", value: 1 });
  });

  test("45 is read as 45 % = 0.45 with a PCT_AS_WHOLE_NUMBER warning", () => {
    const r = read("percent", 45);
    if (r.status !== "ok") throw new Error("expected ok");
    expect(r.value).toBe(0.45);
    expect(r.notice).toMatchObject({ code: "PCT_AS_WHOLE_NUMBER", severity: "warning" });
    expect(r.notice!.says).toBe("holds 45, read as 45%; enter it as 45% (0.45) to clear this notice");
  });

  test("100 is read as 100 % = 1", () => {
    const r = read("percent", 100);
    expect(r).toMatchObject({ status: "ok", value: 1, notice: { code: "PCT_AS_WHOLE_NUMBER" } });
  });

  test.each([
    [-0.05, "is -0.05 (-5%); a percentage must lie between 0% and 100%"],
    [150, "is 150 (15,000%); a percentage must lie between 0% and 100%"],
  ])("%p is PCT_OUT_OF_RANGE", (v, says) => {
    expect(problem(read("percent", v))).toEqual({ code: "PCT_OUT_OF_RANGE", severity: "error", says });
  });

  test('the text "45%" is NOT_A_NUMBER, not a percentage', () => {
    expect(problem(read("percent", "45%"))).toMatchObject({
      code: "NOT_A_NUMBER",
      says: expect.stringContaining("as text"),
    });
  });
});

describe("years", () => {
  test("2025 is a year", () => {
    expect(read("year", 2025)).toEqual({ status: "ok", value: 2025 });
  });
  test.each([25, 1999, 2101, 2024.5])("%p is INVALID_VALUE", (v) => {
    expect(problem(read("year", v))).toMatchObject({
      code: "INVALID_VALUE",
      severity: "error",
      says: expect.stringContaining("a year must be"),
    });
  });
  test('the text "2025" is NOT_A_NUMBER', () => {
    expect(problem(read("year", "2025"))).toMatchObject({ code: "NOT_A_NUMBER" });
  });
});

describe("organisation name and ODS code", () => {
  test("text is trimmed; a number is shown as text", () => {
    expect(read("text", "  Test Trust ")).toEqual({ status: "ok", value: "Test Trust" });
    expect(read("text", 1234)).toEqual({ status: "ok", value: "1,234" });
  });
  test("a logical is INVALID_VALUE and an error is ERROR_VALUE", () => {
    expect(problem(read("text", true))).toMatchObject({ code: "INVALID_VALUE" });
    expect(problem(read("text", { error: "#N/A" }))).toMatchObject({ code: "ERROR_VALUE" });
  });
  test("ODS codes of 3–5 letters or digits are upper-cased: rxx → RXX, R1H, 0AB12", () => {
    expect(read("orgCode", "rxx")).toEqual({ status: "ok", value: "RXX" });
    expect(read("orgCode", "R1H")).toEqual({ status: "ok", value: "R1H" });
    expect(read("orgCode", "0AB12")).toEqual({ status: "ok", value: "0AB12" });
  });
  test.each(["RX", "RXXXXX", "R-1", "R X1"])("%p is not an ODS code: INVALID_VALUE", (v) => {
    expect(problem(read("orgCode", v))).toMatchObject({
      code: "INVALID_VALUE",
      says: expect.stringContaining("an ODS code is 3 to 5 letters or digits"),
    });
  });
});

describe("template version", () => {
  test('a number 1 reads as "1.0", text as written', () => {
    expect(read("version", 1)).toEqual({ status: "ok", value: "1.0" });
    expect(read("version", "2.0")).toEqual({ status: "ok", value: "2.0" });
  });
});

describe("showNumber: numbers as a person reads them", () => {
  test.each([
    [12, "12"],
    [1234, "1,234"],
    [0.453, "0.453"],
    [0.1 + 0.2, "0.3"],
    [-3, "-3"],
  ])("%p → %p", (n, s) => {
    expect(showNumber(n)).toBe(s);
  });
});
