/** A1-style references as Excel writes them, and the parsing of a defined name's range. */

import {
  absoluteRange,
  cellAddress,
  cellRef,
  columnIndex,
  columnLetters,
  parseRangeReference,
  quoteSheet,
  rangeAddress,
} from "../../src/wres/a1";

describe("column letters", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"], // 26 = 1 × 26 + 0
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"], // 26 × 26 + 25
    [702, "AAA"],
    [16383, "XFD"], // Excel's last column
  ])("column %p is %p, and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });
});

describe("sheet names in references", () => {
  test.each([
    ["T", "T"],
    ["About", "About"],
    ["Indicators 2-4", "'Indicators 2-4'"],
    ["Indicator 1", "'Indicator 1'"],
    ["A1", "'A1'"], // would read as a cell
    ["XFD1", "'XFD1'"], // the last column's first cell
    ["ABCD1", "ABCD1"], // four letters are not a column
    ["O'Brien", "'O''Brien'"],
    ["2024", "'2024'"],
  ])("%p → %p", (sheet, quoted) => {
    expect(quoteSheet(sheet)).toBe(quoted);
  });
});

describe("cell and range addresses", () => {
  test("row 6, column 3 (zero-based) is D7", () => {
    expect(cellRef(6, 3)).toBe("D7");
    expect(cellAddress("Indicators 2-4", 6, 3)).toBe("'Indicators 2-4'!D7");
  });
  test("a 1 × 3 block at D7 is D7:F7; a single cell has no colon", () => {
    expect(rangeAddress("Indicators 2-4", 6, 3, 1, 3)).toBe("'Indicators 2-4'!D7:F7");
    expect(rangeAddress("T", 0, 1, 1, 1)).toBe("T!B1");
    expect(absoluteRange("Indicators 2-4", 6, 3, 1, 3)).toBe("'Indicators 2-4'!$D$7:$F$7");
    expect(absoluteRange("T", 0, 1, 1, 1)).toBe("T!$B$1");
    expect(absoluteRange("T", 9, 1, 15, 3)).toBe("T!$B$10:$D$24");
  });
});

describe("parseRangeReference", () => {
  test.each([
    ["'Indicators 2-4'!$D$7:$F$7", { sheet: "Indicators 2-4", top: 6, left: 3, rows: 1, columns: 3 }],
    ["=T!$B$10:$D$24", { sheet: "T", top: 9, left: 1, rows: 15, columns: 3 }],
    ["T!B1", { sheet: "T", top: 0, left: 1, rows: 1, columns: 1 }],
    ["T!D24:B10", { sheet: "T", top: 9, left: 1, rows: 15, columns: 3 }], // corners in either order
    ["'O''Brien'!A1", { sheet: "O'Brien", top: 0, left: 0, rows: 1, columns: 1 }],
    ["T!$A:$C", { sheet: "T", top: 0, left: 0, rows: 1_048_576, columns: 3 }],
    ["T!$1:$2", { sheet: "T", top: 0, left: 0, rows: 2, columns: 16_384 }],
  ])("%p is one range", (formula, expected) => {
    expect(parseRangeReference(formula)).toEqual(expected);
  });

  test.each([
    ["#REF!", "refers to #REF! (its cells were deleted)"],
    ["T!#REF!", "refers to #REF! (its cells were deleted)"],
    ["=0.05", "is a constant, not a range"],
    ['="1.0"', "is a constant, not a range"],
    ["TRUE", "is a constant, not a range"],
    ["={1,2,3}", "is a constant, not a range"],
    ["T!A1,T!B2", "refers to several areas, not one range"],
    ["OFFSET(T!A1,0,0,1,3)", "is not a range reference"],
    ["T!A0", "is not a valid cell reference"],
    ["T!XFE1", "is not a valid cell reference"],
  ])("%p is not: %p", (formula, reason) => {
    expect(parseRangeReference(formula)).toEqual({ reason });
  });
});
