/** Where a flag's cell is, in the template's own words, and its block said for a person (issue 10, defects 4 and 8). */

import { readFileSync } from "node:fs";
import path from "node:path";
import { readXlsx } from "../../src/workbook/xlsx";
import { calculateWorkbook, validateWorkbook } from "../../src/wres/check";
import { CONTRACT, specOf, templateNames } from "../../src/wres/contract";
import type { FlagCode } from "../../src/wres/flags";
import { blockWords, cellLabel, cellWhere } from "../../src/wres/locate";
import type { RawWorkbook } from "../../src/wres/raw";

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
  expect(blockWords(specOf("WRES_History"))).toBe("Earlier years");
  expect(blockWords(specOf("WRES_ActionPlan"))).toBe("Action plan");
  expect(blockWords(specOf("WRES_Goals"))).toBe("Aspirational goals");
  expect(blockWords(specOf("WRES_Goals_Year"))).toBe("Goal year");
  for (const spec of CONTRACT) expect(blockWords(spec)).not.toMatch(/WRES_|_/);
});

test("a cell in a message is its block in words, then its row and column where the block has several", () => {
  expect(cellLabel(specOf("WRES_I1_NonClinical"), 5, 1)).toBe("Indicator 1, non-clinical: Band 5, BME");
  expect(cellLabel(specOf("WRES_I2_Appointed_PY"), 0, 0)).toBe("Indicator 2, appointed, previous year: White");
  expect(cellLabel(specOf("WRES_I1_Clinical_Gap"), 0, 0)).toBe("Indicator 1, clinical gaps: Under Band 1");
  expect(cellLabel(specOf("WRES_I2_RL"), 0, 0)).toBe("Indicator 2, relative likelihood");
  expect(cellLabel(specOf("WRES_OrgCode"), 0, 0)).toBe("ODS code");
  expect(cellLabel(specOf("WRES_History"), 1, 2)).toBe("Earlier years: Row 2, RL2");
  // A row of an action plan extended beyond the template's 30 is numbered on.
  expect(cellLabel(specOf("WRES_ActionPlan"), 30, 4)).toBe("Action plan: Action 31, Due");
  expect(cellWhere(specOf("WRES_ActionPlan"), 30, 4)).toBe("Action 31, Due");
  for (const spec of CONTRACT) expect(cellLabel(spec, 0, 0)).not.toContain("WRES_");
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

/** The faults whose fix is in Formulas › Name Manager: their messages say the internal name, after the block in words. */
const NAME_MANAGER_CODES: ReadonlySet<FlagCode> = new Set<FlagCode>([
  "MISSING_NAME",
  "BROKEN_NAME",
  "WRONG_SHAPE",
  "SHEET_SCOPED_NAME",
  "MISALIGNED_NAME",
]);

function readAsset(file: string): RawWorkbook {
  const read = readXlsx(readFileSync(path.join(__dirname, "../../assets", file)), templateNames());
  if (!read.ok) throw new Error(read.error);
  return read.workbook;
}

test.each(["wres-sample.xlsx", "wres-template.xlsx"])(
  "no message of %s says an internal name, except where the fix is in Name Manager",
  (file) => {
    const raw = readAsset(file);
    // Validate with a date that makes the sample's actions overdue, and Calculate (which drafts into an empty plan).
    const validated = validateWorkbook(raw, { today: "2026-11-27" });
    const calculated = calculateWorkbook(raw, { today: "2026-11-27" });
    if (validated.kind !== "checked" || calculated.kind !== "checked") throw new Error(file);
    const flags = [...validated.flags, ...calculated.flags];
    expect(flags.length).toBeGreaterThan(2);
    for (const f of flags) if (!NAME_MANAGER_CODES.has(f.code)) expect(f.message).not.toContain("WRES_");
    if (calculated.actionPlanDraft && !calculated.actionPlanDraft.ok)
      expect(calculated.actionPlanDraft.message).not.toContain("WRES_");
  },
);

test("the sample's own flags name their blocks in words", () => {
  const validated = validateWorkbook(readAsset("wres-sample.xlsx"), { today: "2026-11-27" });
  if (validated.kind !== "checked") throw new Error("sample");
  const messages = validated.flags.map((f) => f.message);
  expect(messages).toContain(
    'Indicator 9, board members by ethnicity, previous year: Total board, White holds "12" as text, not a number; re-enter it as a number.',
  );
  expect(messages).toContain("Indicator 6, respondents: BME is empty; enter 0 if there were none.");
  expect(messages).toContain(
    'The action for indicator 9 (row 5 of the action plan) was due on 30 September 2026 and is "In progress", not Done.',
  );
});

test("a fault fixed in Name Manager says the block in words, then its name", () => {
  const raw = readAsset("wres-sample.xlsx");
  const names = new Map(raw.names);
  names.delete("WRES_I1_NonClinical");
  const check = validateWorkbook({ ...raw, names });
  if (check.kind !== "checked") throw new Error("sample");
  const missing = check.flags.filter((f) => f.code === "MISSING_NAME");
  expect(missing.map((f) => f.message)).toEqual([
    "Indicator 1, non-clinical: the workbook has no name WRES_I1_NonClinical, so its data cannot be read.",
  ]);
  for (const f of check.flags) if (!NAME_MANAGER_CODES.has(f.code)) expect(f.message).not.toContain("WRES_");
});
