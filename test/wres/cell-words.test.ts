/** Where a flag's cell is, in the template's own words, and its block said for a person (issue 10, defects 4 and 8). */

import { readFileSync } from "node:fs";
import path from "node:path";
import { readXlsx } from "../../src/workbook/xlsx";
import { validateWorkbook } from "../../src/wres/check";
import { CONTRACT, specOf, templateNames } from "../../src/wres/contract";
import { blockWords, cellWhere } from "../../src/wres/locate";

function checkAsset(file: string) {
  const read = readXlsx(readFileSync(path.join(__dirname, "../../assets", file)), templateNames());
  if (!read.ok) throw new Error(read.error);
  const check = validateWorkbook(read.workbook);
  if (check.kind !== "checked") throw new Error(file);
  return check;
}

test("a cell is named by its row and column labels, leaving out those that are just Value", () => {
  expect(cellWhere(specOf("WRES_I1_NonClinical"), 5, 1)).toBe("Band 5, BME");
  expect(cellWhere(specOf("WRES_I2_Appointed"), 0, 2)).toBe("Appointed, Unknown");
  expect(cellWhere(specOf("WRES_I9_Board_PY"), 0, 0)).toBe("Total board, White");
  expect(cellWhere(specOf("WRES_I2_RL"), 0, 0)).toBe("Relative likelihood");
  expect(cellWhere(specOf("WRES_OrgCode"), 0, 0)).toBeNull();
});

test("blocks are said in words, never by their internal name", () => {
  expect(blockWords(specOf("WRES_I1_NonClinical"))).toBe("Indicator 1, non-clinical");
  expect(blockWords(specOf("WRES_I1_Medical_PY"))).toBe("Indicator 1, medical and dental, previous year");
  expect(blockWords(specOf("WRES_I1_Clinical_Gap"))).toBe("Indicator 1, clinical gaps");
  expect(blockWords(specOf("WRES_I2_Shortlisted"))).toBe("Indicator 2, shortlisted");
  expect(blockWords(specOf("WRES_I6_Respondents"))).toBe("Indicator 6, respondents");
  expect(blockWords(specOf("WRES_I9_Board"))).toBe("Indicator 9, board members by ethnicity");
  expect(blockWords(specOf("WRES_OrgCode"))).toBe("ODS code");
  expect(blockWords(specOf("WRES_Organisation"))).toBe("Organisation name");
  for (const spec of CONTRACT) expect(blockWords(spec)).not.toMatch(/WRES_|_/);
});

test("the flags of the sample carry where their cell is; those without a cell carry none", () => {
  const { flags } = checkAsset("wres-sample.xlsx");
  const notANumber = flags.find((f) => f.code === "NOT_A_NUMBER")!;
  expect(notANumber).toMatchObject({ name: "WRES_I9_Board_PY", cell: "'Indicator 9'!J8", where: "Total board, White" });
  const missing = flags.find((f) => f.code === "MISSING_VALUE")!;
  expect(missing).toMatchObject({
    name: "WRES_I6_Respondents",
    cell: "'Indicators 5-8'!C29",
    where: "Respondents, BME",
  });
  const underRepresented = flags.find((f) => f.code === "UNDER_REPRESENTED_BAND")!;
  expect(underRepresented).toMatchObject({ cell: "'Indicator 1'!H12", where: "Band 4, BME gap" });
  for (const f of flags) if (f.cell === null) expect(f.where).toBeNull();
});

test("a blank template's missing values name each cell's row and column", () => {
  const { flags } = checkAsset("wres-template.xlsx");
  const nonClinical = flags.filter((f) => f.code === "MISSING_VALUE" && f.name === "WRES_I1_NonClinical");
  expect(nonClinical).toHaveLength(45);
  expect(nonClinical[0]).toMatchObject({ cell: "'Indicator 1'!B8", where: "Under Band 1, White" });
  expect(flags.find((f) => f.name === "WRES_OrgCode")).toMatchObject({ cell: "About!B11", where: null });
});
