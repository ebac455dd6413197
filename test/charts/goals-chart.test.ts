/**
 * The goals chart (template 1.1) on hand-worked figures: each senior band's BME share now
 * against the target share, the shortfall in staff, "no staff" for an empty band (never 0 %),
 * and the method labelled as this tool's.
 */

import { goalsChart, renderChart, REPORT_PALETTE, type GoalsChartSpec } from "../../src/charts";
import { goalsScale } from "../../src/charts/goals-chart";
import type { GoalRow, GoalsReport } from "../../src/wres/goals";
import { checkSample } from "../taskpane/sample";

const row = (label: GoalRow["label"], headcount: number, bme: number, target: number, atTarget: number): GoalRow => ({
  label,
  headcount,
  bme,
  bmePct: headcount === 0 ? null : bme / headcount,
  target,
  atTarget,
  shortfall: Math.max(0, atTarget - bme),
});

/** A fixed share of 20%: ⌈0.2 × 50⌉ = 10 at target (6 now, 4 short), ⌈0.2 × 12⌉ = 3 (4 now, none short), ⌈0.2 × 0⌉ = 0. */
const FIXED: GoalsReport = {
  year: 2028,
  share: 0.2,
  shareFrom: "fixed",
  rows: [
    row("Band 8a", 50, 6, 0.2, 10),
    row("Band 8b", 12, 4, 0.2, 3),
    row("Band 8c", 0, 0, 0.2, 0),
    { label: "Band 8d", headcount: null, bme: null, bmePct: null, target: 0.2, atTarget: null, shortfall: null },
    row("Band 9", 5, 1, 0.2, 1),
    row("VSM", 4, 0, 0.2, 1),
  ],
  shortfallTotal: 5,
};

function chart(goals: GoalsReport): GoalsChartSpec {
  const spec = goalsChart(goals);
  if (!spec) throw new Error("no chart");
  return spec;
}

const tags = (svg: string, tag: string, where: RegExp): string[] =>
  [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].map((m) => m[0]).filter((el) => where.test(el));
const num = (el: string, name: string): number => Number(new RegExp(` ${name}="([^"]+)"`).exec(el)![1]);

describe("goals chart", () => {
  test("the sample: 25.7% by 2028, each band's share now and its shortfall, 66 short in all", () => {
    const goals = checkSample().beyond.goals!;
    const spec = chart(goals);
    expect(spec.title).toBe("Aspirational goals for 2028");
    // 25.7% × 1.05 = 26.9%: the scale's top is 40%.
    expect(spec.limit).toBe(0.4);
    expect(spec.text.table.columns).toEqual(["Band or grade", "BME share now", "Goal", "BME staff short of the goal"]);
    // Band 8a: 40 of 267 = 15.0%; ⌈267 × 0.2566⌉ = ⌈68.52⌉ = 69 at the goal, 29 short.
    expect(spec.text.table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ["Band 8a", "15.0%", "25.7%", "29"],
      ["Band 8b", "12.5%", "25.7%", "16"],
      ["Band 8c", "9.8%", "25.7%", "10"],
      ["Band 8d", "8.0%", "25.7%", "5"],
      ["Band 9", "0.0%", "25.7%", "3"],
      ["VSM", "11.8%", "25.7%", "3"],
    ]);
    expect(spec.text.caption).toBe(
      "BME share of each senior band now against the goal of 25.7% for 2028 (this tool's method, not NHS England's): " +
        "Band 8a 15.0%, 29 short; Band 8b 12.5%, 16 short; Band 8c 9.8%, 10 short; Band 8d 8.0%, 5 short; " +
        "Band 9 0.0%, 3 short; VSM 11.8%, 3 short. In all, 66 BME staff members short.",
    );
  });

  test("a band with no staff says so, never 0 %; a band at its goal is none short; an unreadable band a dash", () => {
    const spec = chart(FIXED);
    expect(spec.text.table.rows.map((r) => r.cells)).toEqual([
      ["12.0%", "20.0%", "4"],
      ["33.3%", "20.0%", "0"],
      ["no staff", "20.0%", "0"],
      ["—", "20.0%", "—"],
      ["20.0%", "20.0%", "0"],
      ["0.0%", "20.0%", "1"],
    ]);
    expect(spec.text.caption).toContain("Band 8b 33.3%, none short; Band 8c no staff; Band 8d —, —;");
    const svg = renderChart(spec, { palette: REPORT_PALETTE, width: 320 });
    expect(svg).toContain(">no staff</text>");
    expect(svg).not.toMatch(/>0\.0%<\/text>[^]*>no staff/);
    // Bars for the four bands with staff (Band 9's 20% and VSM's 0% included), none for 8c or 8d; plus the legend's key.
    expect(tags(svg, "rect", /wres-chart-bme-fill/)).toHaveLength(5);
  });

  test("positions at 320 px: bars from the labels' edge, the goal's line at 25.7%", () => {
    const spec = chart(checkSample().beyond.goals!);
    const x = goalsScale(spec, 320);
    // Labels: "Band 8a", 7 × 11 × 0.56 = 43.12 + 8 → bars start at 10 + 51.12 = 61.12.
    // End columns: "29 short" 8 × 10 × 0.56 + 8 = 52.8, "100.0%" 6 × 10 × 0.56 + 6 = 39.6:
    // the scale ends at 320 − 10 − 52.8 − 39.6 = 217.6 (40%).
    expect(x.range[0]).toBeCloseTo(61.12, 6);
    expect(x.range[1]).toBeCloseTo(217.6, 6);
    const svg = renderChart(spec, { palette: REPORT_PALETTE, width: 320 });
    const bars = tags(svg, "rect", /wres-chart-bme-fill/);
    // Band 8a: 0.149813 × 156.48 / 0.4 = 58.61 px wide, in the first row (centre 4 + 11 = 15, top 8).
    expect(num(bars[0], "x")).toBeCloseTo(61.12, 2);
    expect(num(bars[0], "y")).toBe(8);
    expect(num(bars[0], "width")).toBeCloseTo(58.61, 2);
    // The goal: 61.12 + 0.256631 × 391.2 = 161.51.
    const [goal] = tags(svg, "line", /stroke-dasharray="4 2"/);
    expect(num(goal, "x1")).toBeCloseTo(161.51, 2);
    expect(svg).toContain(">short of the goal. Method: this tool&#39;s, not NHS</text>");
  });

  test("nothing to draw without a target share or a band with staff", () => {
    expect(goalsChart({ ...FIXED, share: null })).toBeNull();
    expect(goalsChart({ ...FIXED, rows: [row("Band 8a", 0, 0, 0.2, 0)] })).toBeNull();
  });
});
