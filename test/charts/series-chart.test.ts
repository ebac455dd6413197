/**
 * The series chart (template 1.1) on hand-worked figures: its scales and positions, the breaks
 * in the line where a year has no figure, its text equivalent, and nothing drawn without history.
 */

import { renderChart, REPORT_PALETTE, seriesChart, type SeriesChartSpec } from "../../src/charts";
import { lineRuns, seriesScales } from "../../src/charts/series-chart";
import { hasHistory, type SeriesPoint } from "../../src/wres/series";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkSample } from "../taskpane/sample";

const pts = (...pairs: [number, number | null][]): SeriesPoint[] => pairs.map(([year, value]) => ({ year, value }));

/** The sample's RL2: 1.52, 1.38, 1.41, 1.33 (history), 1.45 (2024), 1.60 (2025). */
const SAMPLE_RL2 = pts([2020, 1.52], [2021, 1.38], [2022, 1.41], [2023, 1.33], [2024, 1.45], [2025, 1.6]);

function chart(id: Parameters<typeof seriesChart>[0], points: SeriesPoint[]): SeriesChartSpec {
  const spec = seriesChart(id, points, DEFAULT_SETTINGS);
  if (!spec) throw new Error("no chart");
  return spec;
}

/** Every element `tag` whose attributes match `where`, as its opening tag. */
const tags = (svg: string, tag: string, where: RegExp): string[] =>
  [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].map((m) => m[0]).filter((el) => where.test(el));
const num = (el: string, name: string): number => Number(new RegExp(` ${name}="([^"]+)"`).exec(el)![1]);

describe("series chart: the spec", () => {
  test("the sample's RL2: six years on a ratio domain holding 1.60, with its sentence", () => {
    const series = checkSample().beyond.series;
    expect(series?.I2.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const spec = chart("I2", [...series!.I2]);
    expect(spec.measure).toBe("rl");
    // ln 1.60 × 1.05 = 0.4935: ln 1.5 = 0.405 is too short, ln 2 = 0.693 holds it.
    expect(spec.domain).toEqual([0.5, 2]);
    expect(spec.band).toEqual([0.8, 1.25]);
    expect(spec.reference).toBe(1);
    // 1.60 is at or above 1.25: this year is adverse.
    expect(spec.adverseNow).toBe(true);
    expect(spec.sentence).toBe(
      "RL2 has been at or above 1.25 in each of the last six years, moving further from 1.00 every year since 2023.",
    );
    expect(spec.text.table.columns).toEqual(["Year", "Relative likelihood"]);
    expect(spec.text.table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ["2020", "1.52"],
      ["2021", "1.38"],
      ["2022", "1.41"],
      ["2023", "1.33"],
      ["2024", "1.45"],
      ["2025", "1.60"],
    ]);
    expect(spec.text.caption).toBe(
      "Year by year from 2020 to 2025, appointment from shortlisting, relative likelihood on a scale centred on 1.00, the band 0.80 to 1.25 shaded: " +
        "2020 1.52; 2021 1.38; 2022 1.41; 2023 1.33; 2024 1.45; 2025 1.60. " +
        "RL2 has been at or above 1.25 in each of the last six years, moving further from 1.00 every year since 2023.",
    );
  });

  test("gaps: in points around zero, the survey threshold shaded both ways, the board's one way", () => {
    // Indicator 6: 5.9 points is the furthest; × 1.1 = 6.49 points, so the limit is 10 points.
    const i6 = chart("I6", pts([2022, 0.059], [2023, 0.049], [2024, 0.045], [2025, 0.036]));
    expect(i6.measure).toBe("points");
    expect(i6.domain).toEqual([-0.1, 0.1]);
    expect(i6.band).toEqual([-0.03, 0.03]);
    expect(i6.reference).toBe(0);
    expect(i6.text.table.rows.map((r) => r.cells[0])).toEqual([
      "+5.9 points",
      "+4.9 points",
      "+4.5 points",
      "+3.6 points",
    ]);
    // Indicator 9: −16.2 points × 1.1 = 17.8: the limit is 20 points; not adverse above −5 points.
    const i9 = chart("I9", pts([2021, -0.162], [2022, -0.139], [2023, -0.154], [2024, null], [2025, -0.114]));
    expect(i9.domain).toEqual([-0.2, 0.2]);
    expect(i9.band).toEqual([-0.05, 0.2]);
    expect(i9.text.table.rows.map((r) => r.cells[0])).toEqual([
      "−16.2 points",
      "−13.9 points",
      "−15.4 points",
      "no figure",
      "−11.4 points",
    ]);
    expect(i9.text.caption).toContain("2023 −15.4 points; 2024 no figure; 2025 −11.4 points.");
  });

  test("the workforce BME %: a share axis from 0, no band and no reference line", () => {
    // 25.7% × 1.05 = 26.9%: 25% is too short, 40% holds it.
    const i1 = chart("I1", pts([2022, 0.229], [2023, 0.236], [2024, 0.2423], [2025, 0.2566]));
    expect(i1.measure).toBe("share");
    expect(i1.domain).toEqual([0, 0.4]);
    expect(i1.band).toBeNull();
    expect(i1.reference).toBeNull();
    expect(i1.text.table.rows.map((r) => r.cells[0])).toEqual(["22.9%", "23.6%", "24.2%", "25.7%"]);
  });

  test("nothing to draw without a history year that has a figure", () => {
    expect(seriesChart("I2", pts([2024, 1.45], [2025, 1.6]), DEFAULT_SETTINGS)).toBeNull();
    expect(seriesChart("I2", pts([2023, null], [2024, 1.45], [2025, 1.6]), DEFAULT_SETTINGS)).toBeNull();
    expect(hasHistory(pts([2023, null], [2024, 1.45], [2025, 1.6]))).toBe(false);
    expect(hasHistory(pts([2023, 1.2], [2024, null], [2025, null]))).toBe(true);
    expect(seriesChart("I2", pts([2023, 1.2], [2024, null], [2025, null]), DEFAULT_SETTINGS)).not.toBeNull();
  });
});

describe("series chart: the drawing", () => {
  test("a year without a figure, or one the history skips, breaks the line", () => {
    const runs = lineRuns(pts([2019, 1.2], [2021, 1.3], [2022, 1.4], [2023, null], [2024, 1.5], [2025, 1.6]));
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2019], [2021, 2022], [2024, 2025]]);
  });

  test("the sample's RL2 at 320 px: hand-worked positions", () => {
    const spec = chart("I2", SAMPLE_RL2);
    const { x, y } = seriesScales(spec, 320);
    // Gutter: the widest tick label ("1.00" at 10 px, 4 × 10 × 0.56 = 22.4 px) + 8 = 30.4; plot from 10 + 30.4.
    // Years from 40.4 + 16 = 56.4 to 320 − 10 − 16 = 294, 47.52 px apart.
    expect(x(2020)).toBeCloseTo(56.4, 6);
    expect(x(2023)).toBeCloseTo(198.96, 6);
    expect(x(2025)).toBeCloseTo(294, 6);
    // Values from 128 (0.50) up to 18 (2.00) on a log scale: 1.00 halfway, at 73.
    expect(y(1)).toBeCloseTo(73, 6);
    // 128 − 110 × ln(1.60 / 0.50) / ln 4 = 128 − 110 × 1.163151 / 1.386294 = 35.706
    expect(y(1.6)).toBeCloseTo(35.706, 3);
    // 1.25 and 0.80 equally far either side of 1.00: 73 ∓ 110 × ln 1.25 / ln 4 = 73 ∓ 17.706
    expect(y(1.25)).toBeCloseTo(55.294, 3);
    expect(y(0.8)).toBeCloseTo(90.706, 3);

    const svg = renderChart(spec, { palette: REPORT_PALETTE, width: 320 });
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-label="${spec.text.caption}"`);
    // The band shaded from 1.25 down to 0.80.
    const [band] = tags(svg, "rect", /wres-chart-band-fill/);
    expect(num(band, "y")).toBeCloseTo(55.29, 2);
    expect(num(band, "height")).toBeCloseTo(35.41, 2);
    // This year a filled circle in the adverse colour at (294, 35.71).
    const [now] = tags(svg, "circle", /wres-chart-adverse-fill/);
    expect(num(now, "cx")).toBe(294);
    expect(num(now, "cy")).toBeCloseTo(35.71, 2);
    // One unbroken line through the six years, starting at 2020's 1.52.
    const paths = tags(svg, "path", /fill="none" stroke-width="1.5" class="wres-chart-previous-stroke"/).filter((p) =>
      /d="M[^"]*L/.test(p),
    );
    const lines = paths.filter((p) => (p.match(/L/g) ?? []).length === 5);
    expect(lines).toHaveLength(1);
    // 128 − 110 × ln(1.52 / 0.5) / ln 4 = 128 − 110 × 1.111858 / 1.386294 = 39.776
    expect(lines[0]).toMatch(/d="M56\.4 39\.78L/);
    // Four earlier years as hollow circles, last year a hollow diamond.
    expect(tags(svg, "circle", /r="3" fill="none"/).length).toBeGreaterThanOrEqual(4);
    // Every year's figure is written beside its point; this year's in bold.
    for (const v of ["1.52", "1.38", "1.41", "1.33", "1.45"]) expect(svg).toContain(`>${v}</text>`);
    expect(svg).toMatch(/font-weight="600"[^>]*>1\.60<\/text>/);
  });

  test("a missing year draws no point and no zero: the line stops and a note says so", () => {
    const spec = chart("I9", pts([2021, -0.162], [2022, -0.139], [2023, -0.154], [2024, null], [2025, -0.114]));
    const svg = renderChart(spec, { palette: REPORT_PALETTE, width: 320 });
    const joined = tags(svg, "path", /d="M[^"]*L/).filter((p) => /wres-chart-previous-stroke/.test(p) && !/Z"/.test(p));
    // Only 2021–2023 are joined (two segments); 2025 stands alone.
    expect(joined).toHaveLength(1);
    expect((joined[0].match(/L/g) ?? []).length).toBe(2);
    const { y } = seriesScales(spec, 320);
    // Zero is at 73 on a ±20 point scale: no point is drawn there.
    expect(y(0)).toBeCloseTo(73, 6);
    const cys = tags(svg, "circle", /./).map((c) => num(c, "cy"));
    expect(cys.some((cy) => Math.abs(cy - 73) < 0.01)).toBe(false);
    expect(svg).toContain("No figure for 2024: the line breaks there.");
    // −11.4 points is 5.0 points or more below the workforce: adverse.
    expect(tags(svg, "circle", /wres-chart-adverse-fill/)).toHaveLength(2); // the point and its legend key
  });

  test("narrow, only this year's figure is written beside its point", () => {
    const svg = renderChart(chart("I2", SAMPLE_RL2), { palette: REPORT_PALETTE, width: 200 });
    expect(svg).toContain(">1.60</text>");
    expect(svg).not.toContain(">1.52</text>");
  });
});
