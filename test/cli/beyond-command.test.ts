/**
 * `wres check` on template 1.1's blocks, as a user runs it: `--today` read strictly and passed to
 * the checks, and the JSON keys `series`, `actionPlan` and `goals`, which a 1.0 workbook does
 * not have. The CSV gains one column for the uncovered findings and one for the goal shortfall.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildTemplate } from "../../scripts/template/build-workbook";
import type { SampleGrid, SampleValues } from "../../scripts/template/values";
import { removeDefinedName } from "../../scripts/xlsx-craft/xlsx-patch";
import { validYear } from "../helpers/raw-workbook";
import { assertCommandBuilt, wres } from "../helpers/run-wres";

const BEYOND_NAMES = ["WRES_History", "WRES_ActionPlan", "WRES_Goals", "WRES_Goals_Year"];

function values(overrides: Record<string, SampleGrid>): SampleValues {
  return new Map(Object.entries({ ...(validYear() as Record<string, SampleGrid>), ...overrides }));
}

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  assertCommandBuilt();
  dir = mkdtempSync(join(tmpdir(), "wres-beyond-"));
  // A 1.0 workbook: version 1.0 and none of 1.1's names.
  let old = await buildTemplate(values({ WRES_TemplateVersion: [["1.0"]] }));
  for (const name of BEYOND_NAMES) old = removeDefinedName(old, name);
  writeFileSync(file("v10.xlsx"), old);
  // A 1.1 workbook: one earlier year, and an action for I2 due 31 March 2026, in progress.
  const blank = (rows: number, columns: number) => Array.from({ length: rows }, () => Array<null>(columns).fill(null));
  const plan: SampleGrid = [
    ["I2", null, "Panel training", "Head of HR", "2026-03-31", "In progress", null],
    ...blank(29, 7),
  ];
  const history: SampleGrid = [[2022, 0.19, 1.9, 1.5, 1.1, 0.06, 0.02, -0.08, 0.05, -0.02], ...blank(4, 10)];
  writeFileSync(
    file("v11.xlsx"),
    await buildTemplate(
      values({
        WRES_TemplateVersion: [["1.1"]],
        WRES_History: history,
        WRES_ActionPlan: plan,
      }),
    ),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type JsonFile = Record<string, unknown> & { flags: { code: string; cell: string | null; indicator: string }[] };
const check = (...args: string[]) => {
  const run = wres("check", ...args, "--json");
  return { run, files: (run.stdout ? JSON.parse(run.stdout).files : []) as JsonFile[] };
};

describe("--today", () => {
  test.each(["2026-02-30", "31/03/2026", "2026-3-31", "today", ""])("%p is refused with exit 2", (today) => {
    const run = wres("check", file("v11.xlsx"), "--today", today);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`wres: --today takes a date as YYYY-MM-DD, such as 2026-03-31, not "${today}".\n`);
    expect(run.stdout).toBe("");
  });

  test("an action due 31 March 2026 and in progress is overdue on 1 April 2026, not on 31 March", () => {
    const late = check(file("v11.xlsx"), "--today", "2026-04-01").files[0];
    const overdue = late.flags.filter((f) => f.code === "ACTION_OVERDUE");
    expect(overdue.map((f) => f.indicator)).toEqual(["I2"]);
    expect(overdue[0].cell).toMatch(/!\$?[A-Z]+\$?\d+$/);
    const onTime = check(file("v11.xlsx"), "--today", "2026-03-31").files[0];
    expect(onTime.flags.filter((f) => f.code === "ACTION_OVERDUE")).toEqual([]);
  });
});

describe("the JSON keys of template 1.1", () => {
  test("a 1.1 workbook has series, actionPlan and goals", () => {
    const f = check(file("v11.xlsx"), "--today", "2026-04-01").files[0];
    const series = f.series as Record<string, { year: number; value: number | null }[]>;
    // 2022 from the history, 2024 (no previous year given: null), 2025 computed: RL2 = 0.25 / 0.15.
    expect(series.I2.map((p) => p.year)).toEqual([2022, 2024, 2025]);
    expect(series.I2[0].value).toBe(1.9);
    expect(series.I2[1].value).toBeNull();
    expect(series.I2[2].value).toBeCloseTo(5 / 3, 12);
    const plan = f.actionPlan as { rows: { indicator: string; due: string }[]; uncovered: string[] };
    expect(plan.rows[0]).toMatchObject({ indicator: "I2", due: "2026-03-31", status: "In progress" });
    // validYear(): I3, I5, I7 and I8 are adverse too, and have no action.
    expect(plan.uncovered).toEqual(["I3", "I5", "I7", "I8"]);
    const goals = f.goals as { year: number; share: number; rows: unknown[] };
    expect(goals).toMatchObject({ year: 2028, share: 0.21 });
    expect(goals.rows).toHaveLength(6);
  });

  test("a 1.0 workbook has none of them, and no action-plan flag", () => {
    const { run, files } = check(file("v10.xlsx"), "--today", "2026-04-01");
    expect(run.status).toBe(0);
    const f = files[0];
    expect(f.status).toBe("ok");
    for (const key of ["series", "seriesSentences", "actionPlan", "goals"]) expect(f).not.toHaveProperty(key);
    expect(f.flags.filter((x) => x.code.startsWith("ACTION_"))).toEqual([]);
  });

  test("the settings say the goal share; --set goalShare=0.19 fixes it", () => {
    const doc = JSON.parse(wres("check", file("v11.xlsx"), "--json", "--set", "goalShare=0.19").stdout);
    expect(doc.settings.goalShare).toBe(0.19);
    expect(doc.files[0].goals.share).toBe(0.19);
    expect(JSON.parse(wres("check", file("v11.xlsx"), "--json").stdout).settings.goalShare).toBe("workforce");
  });
});

describe("a folder mixing 1.0 and 1.1 returns: CSV and report", () => {
  test("one column for the uncovered findings and one for the goal shortfall, blank for 1.0", () => {
    const csvFile = file("returns.csv");
    const reportFile = file("returns.html");
    const run = wres("check", file("v10.xlsx"), file("v11.xlsx"), "--csv", csvFile, "--report", reportFile);
    expect(run.status).toBe(0);
    const [header, ...rows] = readFileSync(csvFile, "utf8").trimEnd().split("\r\n");
    const columns = header.split(",");
    const cell = (row: string, name: string) => row.split(",")[columns.indexOf(name)];
    expect(cell(rows[0], "action_uncovered")).toBe("");
    expect(cell(rows[0], "goal_shortfall")).toBe("");
    expect(cell(rows[1], "action_uncovered")).toBe("I3 I5 I7 I8");
    // validYear() has no staff in the senior bands: nothing short.
    expect(cell(rows[1], "goal_shortfall")).toBe("0");
    const html = readFileSync(reportFile, "utf8");
    expect(html).toContain("No action");
    expect(html).toContain("Goal shortfall");
    expect(html).toContain("I3 I5 I7 I8");
  });
});
