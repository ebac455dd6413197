/**
 * End to end: the committed workbooks through the real reader and checker. The blank template
 * has no template faults; the sample raises each flag SAMPLE_PROBLEMS promises, at its cell,
 * and none of SAMPLE_ABSENT_FLAGS.
 */

import { TEMPLATE_LAYOUT } from "../../scripts/template/layout";
import { SAMPLE_ABSENT_FLAGS, SAMPLE_PROBLEMS, type SampleProblem } from "../../scripts/template/sample";
import { readXlsx } from "../../src/workbook/xlsx";
import { parseRangeReference } from "../../src/wres/a1";
import { validateWorkbook, type CheckedWorkbook } from "../../src/wres/check";
import { templateNames } from "../../src/wres/contract";
import { FLAG_CODES, type Flag } from "../../src/wres/flags";
import { SAMPLE_PATH, TEMPLATE_PATH, readAsset } from "./support";

function check(path: string): CheckedWorkbook {
  const read = readXlsx(readAsset(path), templateNames());
  if (!read.ok) throw new Error(read.error);
  const result = validateWorkbook(read.workbook);
  if (result.kind !== "checked") throw new Error(result.message);
  return result;
}

/** Whether a flag is the one a problem promises: same code and name, and in its row / column when given. */
function matches(flag: Flag, p: SampleProblem): boolean {
  if (flag.code !== p.code || flag.name !== p.name) return false;
  if (p.row === null && p.column === null) return true;
  const at = flag.cell ? parseRangeReference(flag.cell) : null;
  if (!at || "reason" in at) return false;
  const block = TEMPLATE_LAYOUT.get(p.name)!;
  return (p.row === null || at.top === block.top + p.row) && (p.column === null || at.left === block.left + p.column);
}

describe("the blank template, checked", () => {
  test("has no template faults", () => {
    const faults = check(TEMPLATE_PATH).flags.filter((f) => FLAG_CODES[f.code].category === "template");
    expect(faults).toEqual([]);
  });
});

describe("the sample, checked", () => {
  const result = check(SAMPLE_PATH);

  const where = (p: SampleProblem): string => (p.row === null ? p.name : `${p.name} row ${p.row}`);
  test.each(SAMPLE_PROBLEMS.map((p) => [p.code, where(p), p] as const))("raises %s on %s", (_code, _where, problem) => {
    const found = result.flags.filter((f) => matches(f, problem));
    if (!found.length) {
      const sameCode = result.flags.filter((f) => f.code === problem.code).map((f) => `${f.name} ${f.cell}`);
      throw new Error(
        `no ${problem.code} on ${problem.name} (${problem.why}); ${problem.code} raised on: ${sameCode.join(", ") || "nothing"}`,
      );
    }
  });

  test.each(SAMPLE_ABSENT_FLAGS.map((a) => [a.code, a.name, a] as const))("does not raise %s on %s", (code, name) => {
    expect(result.flags.filter((f) => f.code === code && f.name === name)).toEqual([]);
  });

  test("has no template faults and computes the main indicators", () => {
    expect(result.flags.filter((f) => FLAG_CODES[f.code].category === "template")).toEqual([]);
    expect(result.indicators.I1.workforce).toEqual({ white: 4307, bme: 1548, unknown: 177 });
    expect(result.indicators.I2.rl).toBeCloseTo(1.6, 10);
    expect(result.indicators.I2.rlPY).toBeCloseTo(1.45, 10);
    expect(result.indicators.I3.rl).toBeCloseTo(1.3179, 4);
    expect(result.indicators.I4.rl).toBeCloseTo(1.0453, 4);
    expect(result.indicators.I4.status).toBe("within");
  });
});
