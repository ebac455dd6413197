/**
 * The committed sample's template 1.1 blocks, read back through the real reader, and a 1.0
 * workbook (the sample and the blank template as they were before template 1.1) checked exactly
 * as before: the new names absent, no flag about them, the same flags and figures.
 */

import { join } from "node:path";
import { readXlsx } from "../../src/workbook/xlsx";
import { validateWorkbook, type CheckedWorkbook } from "../../src/wres/check";
import { CONTRACT, templateNames } from "../../src/wres/contract";
import { FLAG_CODES } from "../../src/wres/flags";
import { readWorkbook } from "../../src/wres/read";
import type { RawWorkbook } from "../../src/wres/raw";
import { SAMPLE_PATH, readAsset } from "./support";

const FIXTURES = join(__dirname, "fixtures");
const SAMPLE_1_0 = join(FIXTURES, "wres-sample-1.0.xlsx");
const TEMPLATE_1_0 = join(FIXTURES, "wres-template-1.0.xlsx");
const NEW_NAMES = new Set(CONTRACT.filter((s) => s.since === "1.1").map((s) => s.name));

function raw(path: string): RawWorkbook {
  const read = readXlsx(readAsset(path), templateNames());
  if (!read.ok) throw new Error(read.error);
  return read.workbook;
}

function check(path: string): CheckedWorkbook {
  const result = validateWorkbook(raw(path));
  if (result.kind !== "checked") throw new Error(result.message);
  return result;
}

describe("the sample's history, action plan and goal year", () => {
  const { inputs, flags } = readWorkbook(raw(SAMPLE_PATH));

  test("four earlier years, 2020–2023, oldest first, with 2020's board figure not reported", () => {
    expect(inputs.beyond.history).toEqual([
      {
        row: 0,
        year: 2020,
        workforceBmePct: 0.214,
        rl: { I2: 1.52, I3: 1.71, I4: 1.18 },
        gap: { I5: 0.031, I6: 0.059, I7: -0.169, I8: 0.094 },
        i9Total: null,
      },
      {
        row: 1,
        year: 2021,
        workforceBmePct: 0.223,
        rl: { I2: 1.38, I3: 1.64, I4: 1.15 },
        gap: { I5: 0.027, I6: 0.052, I7: -0.156, I8: 0.088 },
        i9Total: -0.162,
      },
      {
        row: 2,
        year: 2022,
        workforceBmePct: 0.229,
        rl: { I2: 1.41, I3: 1.58, I4: 1.12 },
        gap: { I5: 0.024, I6: 0.048, I7: -0.159, I8: 0.086 },
        i9Total: -0.139,
      },
      {
        row: 3,
        year: 2023,
        workforceBmePct: 0.236,
        rl: { I2: 1.33, I3: 1.55, I4: 1.09 },
        gap: { I5: 0.022, I6: 0.049, I7: -0.152, I8: 0.083 },
        i9Total: -0.154,
      },
    ]);
  });

  test("eight actions: dates stored as dates and one typed as text, a drafted row without an action, no row for I6", () => {
    const rows = inputs.beyond.actionPlan!;
    expect(rows.map((r) => [r.row, r.indicator, r.lead, r.due, r.status])).toEqual([
      [0, "I2", "Director of People", "2026-03-31", "Done"],
      [1, "I3", "Head of Employee Relations", "2027-03-31", "In progress"], // typed as "31/03/2027"
      [2, "I7", "Head of Talent", "2027-06-30", "In progress"],
      [3, "I7", "Head of Talent", null, "Not started"], // an Action with no Due: incomplete
      [4, "I9", "Chair", "2026-09-30", "In progress"], // overdue on 2026-11-27
      [5, "I4", "Head of Learning", "2026-12-31", "In progress"], // RL4 is within the band now
      [6, "I1", "Chief Nurse", "2027-03-31", "Not started"],
      [7, "I8", "", null, null], // as drafted: Indicator and Finding only
    ]);
    expect(rows[7].action).toBe("");
    expect(rows[7].finding).toBe(
      "13.1% of BME staff experienced discrimination from colleagues, against 6.2% of White staff.",
    );
    expect(rows.some((r) => r.indicator === "I6")).toBe(false);
  });

  test("the goal year is 2028, and reading the new blocks raises no flag", () => {
    expect(inputs.beyond.goalsYear).toBe(2028);
    expect(flags.filter((f) => f.name !== null && NEW_NAMES.has(f.name))).toEqual([]);
  });
});

describe("a 1.0 workbook (the sample and the template as they were before template 1.1)", () => {
  test("has none of the new names and is read with no flag about them", () => {
    const old = raw(SAMPLE_1_0);
    for (const name of NEW_NAMES)
      expect({ name, workbook: old.names.get(name)?.workbook ?? null }).toEqual({ name, workbook: null });
    const { inputs, flags } = readWorkbook(old);
    expect(inputs.meta.templateVersion).toBe("1.0");
    expect(inputs.beyond).toEqual({ history: null, actionPlan: null, goalsYear: 2028 });
    expect(flags.filter((f) => f.name !== null && NEW_NAMES.has(f.name))).toEqual([]);
    expect(flags.filter((f) => f.code === "MISSING_NAME")).toEqual([]);
  });

  test("the 1.0 sample gives the same flags, at the same cells, and the same figures as the 1.1 sample", () => {
    const old = check(SAMPLE_1_0);
    const current = check(SAMPLE_PATH);
    const aboutTheNewBlocks = (f: CheckedWorkbook["flags"][number]) =>
      (f.name !== null && NEW_NAMES.has(f.name)) || f.code.startsWith("ACTION_");
    expect(old.flags).toEqual(current.flags.filter((f) => !aboutTheNewBlocks(f)));
    expect(old.flags).toHaveLength(31); // 30 before issue 8 made I7's 0.588 beside 45 a PCT_AMBIGUOUS warning
    expect(old.indicators).toEqual(current.indicators);
  });

  test("the blank 1.0 template has no template faults", () => {
    const faults = check(TEMPLATE_1_0).flags.filter((f) => FLAG_CODES[f.code].category === "template");
    expect(faults).toEqual([]);
  });
});
