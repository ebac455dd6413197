import { toRawCell, toRawCells } from "../../../src/workbook/office";

describe("toRawCell: Excel's loaded cell → the domain's cell", () => {
  it.each([
    ["Double", 0.453, { type: "number", value: 0.453 }],
    ["Integer", 12, { type: "number", value: 12 }],
    ["String", "Band 5", { type: "string", value: "Band 5" }],
    ["String", "", { type: "string", value: "" }],
    ["Boolean", true, { type: "boolean", value: true }],
    ["Boolean", false, { type: "boolean", value: false }],
    ["Error", "#REF!", { type: "error", value: "#REF!" }],
    ["Error", "#DIV/0!", { type: "error", value: "#DIV/0!" }],
    ["Empty", "", { type: "empty", value: null }],
    ["RichValue", "Leeds", { type: "string", value: "Leeds" }],
    ["Unknown", "", { type: "empty", value: null }],
  ])("%s %p", (valueType, value, expected) => {
    expect(toRawCell(valueType, value, "0.0%", value)).toEqual({ ...expected, numberFormat: "0.0%" });
  });

  it("marks a formula cell and keeps its result as the value", () => {
    expect(toRawCell("Double", 1.6, "0.00", "=B5/C5")).toEqual({
      type: "number",
      value: 1.6,
      numberFormat: "0.00",
      formula: true,
    });
  });

  it("reads a missing number format as General", () => {
    expect(toRawCell("Double", 3, "", 3).numberFormat).toBe("General");
    expect(toRawCell("Double", 3, null, 3).numberFormat).toBe("General");
  });

  it("translates a block row by row", () => {
    expect(
      toRawCells({
        values: [
          [1, "x"],
          ["", "#N/A"],
        ],
        valueTypes: [
          ["Double", "String"],
          ["Empty", "Error"],
        ],
        numberFormat: [
          ["#,##0", "@"],
          ["General", "General"],
        ],
        formulas: [
          [1, "x"],
          ["", "=NA()"],
        ],
      }),
    ).toEqual([
      [
        { type: "number", value: 1, numberFormat: "#,##0" },
        { type: "string", value: "x", numberFormat: "@" },
      ],
      [
        { type: "empty", value: null, numberFormat: "General" },
        { type: "error", value: "#N/A", numberFormat: "General", formula: true },
      ],
    ]);
  });
});
