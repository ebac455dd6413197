/**
 * Names that no longer line up with their table (issue 8, item 7): the labels beside a block are
 * compared with the contract's. The contract's own labels, shifted, make the name misaligned:
 * one error on the block, and nothing read from or written to it. Any other label, or none,
 * says nothing.
 */

import { AFC_ROWS } from "../../src/wres/contract";
import type { RawLabel, RawSurroundings } from "../../src/wres/raw";
import { TOP_ROW, validYear } from "../helpers/raw-workbook";
import { calculate, check, codes, expectFlag } from "./support";

/** Labels as the template writes them beside a block in column B: row labels in column A, column labels above. */
function labelled(rowLabels: readonly RawLabel[], columnLabels: readonly RawLabel[]): RawSurroundings {
  return { left: rowLabels.map((label) => [label]), above: columnLabels };
}

const WHITE_BME_UNKNOWN = ["White", "BME", "Unknown"];
/** The name's block on the test sheet, e.g. `T!B18:D32`. */
function blockAddress(name: string, rows: number, lastColumn = "D"): string {
  const top = TOP_ROW.get(name)! + 1;
  return rows === 1 ? `T!B${top}:${lastColumn}${top}` : `T!B${top}:${lastColumn}${top + rows - 1}`;
}

/** Band 4's row was inserted above by a program that left the name where it was: from 'Band 5' on, each row bears the label of the row before. */
const SHIFTED_AT_BAND_5: RawLabel[] = AFC_ROWS.map((label, r) => (r < 4 ? label : r === 4 ? null : AFC_ROWS[r - 1]));

describe("a name whose labels are the contract's own, shifted", () => {
  const shifted = () =>
    check(validYear(), {
      surroundings: { WRES_I1_NonClinical: labelled(SHIFTED_AT_BAND_5, WHITE_BME_UNKNOWN) },
    });

  test("is one error on the block, in the issue's words", () => {
    const f = expectFlag(shifted(), {
      code: "MISALIGNED_NAME",
      severity: "error",
      name: "WRES_I1_NonClinical",
      cell: blockAddress("WRES_I1_NonClinical", 15),
    });
    expect(f.indicator).toBe("I1");
    expect(f.message).toMatch(
      /^Indicator 1, non-clinical \(the name WRES_I1_NonClinical\) no longer lines up with its table: its row 'Band 5' is labelled 'Band 4'\. /,
    );
  });

  test("gives no figure from the block, and no data flag on its cells", () => {
    const r = shifted();
    // validYear's non-clinical staff (Band 3: 320 White, 60 BME, 20 Unknown) are not read.
    const nonClinical = r.indicators.I1.rows.filter((row) => row.block === "NonClinical");
    expect(nonClinical.map((row) => [row.white, row.bme, row.unknown])).toEqual(AFC_ROWS.map(() => [null, null, null]));
    expect(r.indicators.I1.workforce).toBeNull();
    expect(r.flags.filter((f) => f.name === "WRES_I1_NonClinical").map((f) => f.code)).toEqual(["MISALIGNED_NAME"]);
  });

  test("a one-row block labelled as the row above it", () => {
    const r = check(validYear(), {
      surroundings: { WRES_I2_Appointed: labelled(["Shortlisted"], WHITE_BME_UNKNOWN) },
    });
    const f = expectFlag(r, {
      code: "MISALIGNED_NAME",
      severity: "error",
      name: "WRES_I2_Appointed",
      cell: blockAddress("WRES_I2_Appointed", 1),
    });
    expect(f.message).toMatch(
      /^Indicator 2, appointed \(the name WRES_I2_Appointed\) no longer lines up with its table: its row 'Appointed' is labelled 'Shortlisted'\./,
    );
    expect(r.indicators.I2.rl).toBeNull();
  });

  test("a block whose first row is its header ('White'), read as the header, not as text in a count", () => {
    const values = { ...validYear(), WRES_I2_Shortlisted: [WHITE_BME_UNKNOWN] };
    const r = check(values, { surroundings: { WRES_I2_Shortlisted: labelled([null], [null, null, null]) } });
    const f = expectFlag(r, {
      code: "MISALIGNED_NAME",
      severity: "error",
      name: "WRES_I2_Shortlisted",
      cell: blockAddress("WRES_I2_Shortlisted", 1),
    });
    expect(f.message).toMatch(
      /^Indicator 2, shortlisted \(the name WRES_I2_Shortlisted\) no longer lines up with its table: its row 'Shortlisted' holds the column label 'White'\./,
    );
    expect(codes(r)).not.toContain("NOT_A_NUMBER");
    expect(r.indicators.I2.rl).toBeNull();
  });

  test("a column headed by another of the contract's column labels", () => {
    const r = check(validYear(), {
      surroundings: { WRES_I2_Shortlisted: labelled(["Shortlisted"], [null, "White", "BME"]) },
    });
    const f = expectFlag(r, {
      code: "MISALIGNED_NAME",
      severity: "error",
      name: "WRES_I2_Shortlisted",
      cell: blockAddress("WRES_I2_Shortlisted", 1),
    });
    expect(f.message).toMatch(/its column 'BME' is labelled 'White'\./);
  });

  test("an output block that no longer lines up is not written", () => {
    const r = calculate(validYear(), { surroundings: { WRES_I2_RL: labelled(["Likelihood"], [null]) } });
    const cell = `T!B${TOP_ROW.get("WRES_I2_RL")! + 1}`;
    expectFlag(r, { code: "MISALIGNED_NAME", severity: "error", name: "WRES_I2_RL", cell });
    expect(r.outputs.map((o) => o.name)).not.toContain("WRES_I2_RL");
    expect(r.outputs.map((o) => o.name)).toContain("WRES_I2_Likelihood");
  });
});

describe("labels that say nothing", () => {
  const plain = check(validYear());

  test("the contract's own labels in place: as without labels", () => {
    const r = check(validYear(), {
      surroundings: {
        WRES_I1_NonClinical: labelled(AFC_ROWS, WHITE_BME_UNKNOWN),
        WRES_I2_Shortlisted: labelled(["Shortlisted"], WHITE_BME_UNKNOWN),
        WRES_I5_Pct: labelled(["% of staff"], ["White %", "BME %"]),
      },
    });
    expect(r.flags).toEqual(plain.flags);
    expect(r.indicators).toEqual(plain.indicators);
  });

  test("labels the trust renamed, and blank ones, even where a row was inserted", () => {
    const renamed = AFC_ROWS.map((label, r) => (r === 4 ? null : `AfC ${label.toLowerCase()}`));
    const r = check(validYear(), {
      surroundings: {
        WRES_I1_NonClinical: labelled(renamed, ["White British", "Black and minority ethnic", null]),
        WRES_I2_Appointed: labelled(["Shortlisted and appointed"], ["W", "B", "U"]),
      },
    });
    expect(codes(r)).not.toContain("MISALIGNED_NAME");
    expect(r.flags).toEqual(plain.flags);
    expect(r.indicators).toEqual(plain.indicators);
  });
});
