/**
 * The chart module on hand-worked figures: positions on its scales, the specs' captions and
 * tables (the text equivalents), and the SVG's accessible name, marks and escaping.
 */

import {
  boardChart,
  forcedColourRules,
  indicatorChart,
  renderChart,
  REPORT_PALETTE,
  representationChart,
  rlChart,
  rlOverviewChart,
  surveyChart,
  type ChartSpec,
} from "../../src/charts";
import { gapScales } from "../../src/charts/gap-chart";
import { representationScale } from "../../src/charts/representation-chart";
import { rlScale } from "../../src/charts/rl-chart";
import { linearScale, logScale, pointsLimit, ratioDomain, shareLimit } from "../../src/charts/scales";
import { escapeXml, wrapText } from "../../src/charts/svg";
import { INDICATOR_IDS } from "../../src/wres/contract";
import { formatPointsTick } from "../../src/wres/format";
import type { I1Report, I9Report, RlReport, SurveyReport } from "../../src/wres/report";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";
import { checkSample } from "../taskpane/sample";

const svgOf = (spec: ChartSpec | null, width = 320): string => {
  if (!spec) throw new Error("no chart");
  return renderChart(spec, { palette: REPORT_PALETTE, width });
};

/** The numeric attribute `name` of every element `tag` whose attributes match `where`. */
function attrs(svg: string, tag: string, where: RegExp, name: string): number[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))]
    .map((m) => m[0])
    .filter((el) => where.test(el))
    .map((el) => Number(new RegExp(` ${name}="([^"]+)"`).exec(el)![1]));
}

const rl = (over: Partial<RlReport>): RlReport => ({
  rl: null,
  ci: null,
  likelihood: null,
  rlPY: null,
  status: "not-computable",
  trend: null,
  significant: null,
  notComputable: null,
  headcountSource: "input",
  ...over,
});

describe("scales", () => {
  test("log scale: 1.25 and 0.80 lie equally far either side of 1.00", () => {
    const x = logScale([0.5, 2], [0, 200]);
    expect(x(1)).toBeCloseTo(100, 10);
    // 100 × ln 1.25 / ln 2 = 100 × 0.223144 / 0.693147 = 32.193
    expect(x(1.25)).toBeCloseTo(132.193, 3);
    expect(x(0.8)).toBeCloseTo(67.807, 3);
    expect(x(2)).toBe(200);
    expect(x(0.5)).toBeCloseTo(0, 10);
    // Beyond the domain: clamped to its ends.
    expect(x(10)).toBe(200);
  });

  test("linear scale: 25% of a 0–50% scale is half its length", () => {
    const x = linearScale([0, 0.5], [40, 240]);
    expect(x(0.25)).toBe(140);
    expect(x(0)).toBe(40);
    expect(x(-1)).toBe(40);
  });

  test("domains: round ends that hold every value", () => {
    // ln 1.86 = 0.621, × 1.05 = 0.652: ln 1.5 = 0.405 is too short, ln 2 = 0.693 holds it.
    expect(ratioDomain([0.8, 1.25, 1.6, 1.37, 1.86, 1.45])).toEqual([0.5, 2]);
    expect(ratioDomain([0.8, 1.25])).toEqual([1 / 1.5, 1.5]);
    expect(ratioDomain([0.8, 1.25, 0.001])).toEqual([0.01, 100]);
    expect(shareLimit([0.25, 0.4])).toBe(0.5);
    expect(shareLimit([0.25, 0.5])).toBe(0.6);
    // 11.4 points × 1.1 = 12.5: 15 points.
    expect(pointsLimit([0.05, -0.114])).toBe(0.15);
  });
});

describe("words and text", () => {
  test("axis points are signed with a true minus, without a unit", () => {
    expect(formatPointsTick(0.05)).toBe("+5");
    expect(formatPointsTick(-0.1)).toBe("−10");
    expect(formatPointsTick(0)).toBe("0");
  });

  test("text is escaped and wrapped", () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe("a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
    // 10 px at 0.56 em a character: 100 px holds 17 characters.
    expect(wrapText("Above 1.00, BME applicants were less likely", 100, 10)).toEqual([
      "Above 1.00, BME",
      "applicants were",
      "less likely",
    ]);
  });
});

describe("relative likelihoods (the sample's indicator 2: 1.60, 95% CI 1.37 to 1.86, last year 1.45)", () => {
  const { indicators, settings } = checkSample();
  const spec = rlChart("I2", indicators.I2, settings)!;
  const svg = svgOf(spec);

  test("the caption states the figure, its interval, the band, last year and the adverse direction", () => {
    expect(spec.text.caption).toBe(
      "Appointment from shortlisting, relative likelihood on a scale centred on 1.00, the band 0.80 to 1.25 shaded. " +
        "This year: 1.60 (95% CI 1.37 to 1.86), at or above 1.25: an adverse gap; last year 1.45. " +
        "Above 1.00, BME applicants were less likely to be appointed from shortlisting.",
    );
  });

  test("the table holds the data", () => {
    expect(spec.text.table).toEqual({
      columns: ["Figure", "Relative likelihood", "95% CI", "Last year", "Status"],
      rows: [{ header: "This year", cells: ["1.60", "1.37 to 1.86", "1.45", "adverse gap"] }],
    });
  });

  test("the SVG is an image named by its caption, with a title", () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 320 \d+" width="320" height="\d+" role="img"/,
    );
    expect(svg).toContain(` aria-label="${spec.text.caption}"`);
    expect(svg).toContain(`<title>${spec.text.caption}</title>`);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  test("positions: the band symmetric about 1.00 on the log scale, the point at 1.60, last year's diamond at 1.45", () => {
    const x = rlScale(spec, 320);
    // No row labels for a single row: the scale runs from 14 to 306, centred on 160.
    expect(x(1)).toBeCloseTo(160, 10);
    const [bandX] = attrs(svg, "rect", /wres-chart-band-fill/, "x");
    const [bandWidth] = attrs(svg, "rect", /wres-chart-band-fill/, "width");
    // 146 × ln 1.25 / ln 2 = 47.0 px either side of 160.
    expect(bandX).toBeCloseTo(160 - 47.0, 1);
    expect(bandWidth).toBeCloseTo(2 * 47.0, 1);
    // 160 + 146 × ln 1.6 / ln 2 = 160 + 99.0
    expect(attrs(svg, "circle", /r="4.5" class="wres-chart-adverse-fill"/, "cx")).toEqual([expect.closeTo(259.0, 1)]);
    expect(svg).toContain('class="wres-chart-previous-stroke"');
    expect(svg).toContain("Above 1.00, BME applicants were less likely to be");
  });

  test("indicator 3 adds the two years pooled, unjudged; indicators 2–4 together for a report", () => {
    const i3 = rlChart("I3", indicators.I3, settings)!;
    expect(i3.text.table.rows.map((r) => [r.header, r.cells[0], r.cells[3]])).toEqual([
      ["This year", "1.32", "adverse gap"],
      ["Two years pooled", "1.41", "—"],
    ]);
    const all = rlOverviewChart(indicators, settings)!;
    expect(all.text.table.rows.map((r) => r.header)).toEqual([
      "I2 Appointment from shortlisting",
      "I3 Entry into the formal disciplinary process",
      "I4 Non-mandatory training and CPD",
    ]);
    expect(attrs(svgOf(all), "circle", /r="4.5"/, "cx")).toHaveLength(3);
  });

  test("nothing to draw: no chart; not computable this year but known last year: said in words", () => {
    expect(rlChart("I2", rl({}), DEFAULT_SETTINGS)).toBeNull();
    const spec2 = rlChart("I2", rl({ rlPY: 1.3 }), DEFAULT_SETTINGS)!;
    expect(spec2.text.caption).toContain("This year: not computable.");
    expect(svgOf(spec2)).toContain(">not computable</text>");
  });

  test("a custom band is the one shaded", () => {
    const spec3 = rlChart("I4", rl({ rl: 1.1, status: "within" }), { ...DEFAULT_SETTINGS, rlBand: [0.9, 1.2] })!;
    expect(spec3.text.caption).toContain("1.10, inside the band 0.90 to 1.20");
  });
});

describe("representation by band", () => {
  const row = (label: string, bme: number, gap: number, underRepresented: boolean) => ({
    block: "NonClinical" as const,
    label,
    white: 100,
    bme: 25,
    unknown: 0,
    pct: { white: 1 - bme, bme, unknown: 0 },
    bmeGap: gap,
    underRepresented,
  });
  const i1: I1Report = {
    workforce: { white: 800, bme: 200, unknown: 0 },
    workforcePct: { white: 0.8, bme: 0.2, unknown: 0 },
    rows: [row("Band 5", 0.25, 0.05, false), row("Band 8a <&>", 0.1, -0.1, true)],
    workforcePY: null,
    workforcePctPY: null,
  };
  const spec = representationChart(i1, DEFAULT_SETTINGS)!;
  const svg = svgOf(spec);

  test("caption and table: the workforce's share and each band, the under-represented named", () => {
    expect(spec.text.caption).toBe(
      "BME share of each pay band against the workforce's 20.0%. 1 band is under-represented, more than 5.0 points below it (Band 8a <&>, non-clinical staff, 10.0%).",
    );
    expect(spec.text.table.rows).toEqual([
      { header: "Band 5, non-clinical staff", cells: ["25.0%", "+5.0 points", "no"] },
      { header: "Band 8a <&>, non-clinical staff", cells: ["10.0%", "−10.0 points", "yes"] },
    ]);
  });

  test("under-represented by shape: a filled triangle, the others a hollow circle", () => {
    // The legend draws one of each as well.
    const triangles = [...svg.matchAll(/<path d="M[^"]*Z" class="wres-chart-adverse-fill"/g)];
    expect(triangles).toHaveLength(2);
    const rings = [...svg.matchAll(/<circle [^>]*fill="none"[^>]*class="wres-chart-point-stroke"/g)];
    expect(rings).toHaveLength(2);
  });

  test("positions: the workforce line at 20% and a band at 25% on a 0–40% scale", () => {
    expect(spec.limit).toBe(0.4);
    const [workforceX] = attrs(svg, "line", /wres-chart-reference-stroke/, "x1");
    const x = representationScale(spec, 320);
    const [band5X] = attrs(svg, "circle", /wres-chart-point-stroke/, "cx");
    expect(workforceX).toBeCloseTo(x(0.2), 2);
    expect(band5X).toBeCloseTo(x(0.25), 2);
    // From the scale's start, 25% lies five quarters as far as 20%.
    expect((band5X - x.range[0]) / (workforceX - x.range[0])).toBeCloseTo(1.25, 6);
  });

  test("text is escaped in the SVG", () => {
    expect(svg).toContain("Band 8a &lt;&amp;&gt;");
    expect(svg).not.toContain("<&>");
  });

  test("no workforce share: no chart", () => {
    expect(representationChart({ ...i1, workforcePct: null }, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe("survey and board", () => {
  const { indicators, settings } = checkSample();

  test("the sample's indicator 6: White and BME side by side, the gap in points, last year's", () => {
    const spec = surveyChart("I6", indicators.I6, settings)!;
    expect(spec.text.caption).toBe(
      "Staff survey, Harassment, bullying or abuse from staff: White 20.5%, BME 24.1%, a gap of +3.6 points (adverse gap); last year +4.5 points. A positive gap (BME above White) is adverse.",
    );
    expect(spec.text.table.rows).toEqual([
      { header: "White staff", cells: ["20.5%", "—"] },
      { header: "BME staff", cells: ["24.1%", "—"] },
      { header: "Gap (BME − White)", cells: ["+3.6 points", "+4.5 points"] },
    ]);
    const svg = svgOf(spec);
    expect(svg).toContain(">+3.6 points</text>");
    expect(svg).toContain('class="wres-chart-previous-stroke"');
  });

  test("indicator 7's adverse direction is negative", () => {
    expect(surveyChart("I7", indicators.I7, settings)!.text.caption).toContain(
      "A negative gap (BME below White) is adverse.",
    );
  });

  test("a bar for 25% is half as long as the scale of 0–50%; the gap at +15 points on ±20", () => {
    const report: SurveyReport = {
      white: 0.25,
      bme: 0.4,
      gap: 0.15,
      ci: null,
      gapPY: null,
      status: "adverse",
      trend: null,
      respondents: null,
      notComputable: null,
    };
    const spec = surveyChart("I5", report, DEFAULT_SETTINGS)!;
    expect(spec.barLimit).toBe(0.5);
    expect(spec.limit).toBe(0.2);
    const svg = svgOf(spec);
    const { bars, gap } = gapScales(spec, 320);
    const [whiteWidth] = attrs(svg, "rect", /wres-chart-white-fill/, "width");
    const [bmeWidth] = attrs(svg, "rect", /wres-chart-bme-fill/, "width");
    expect(whiteWidth).toBeCloseTo((bars.range[1] - bars.range[0]) / 2, 2);
    expect(bmeWidth).toBeCloseTo(((bars.range[1] - bars.range[0]) * 4) / 5, 2);
    const [gapX] = attrs(svg, "circle", /r="4.5" class="wres-chart-adverse-fill"/, "cx");
    // +15 points on a scale of −20 to +20: seven eighths along.
    expect(gapX).toBeCloseTo(gap.range[0] + ((gap.range[1] - gap.range[0]) * 7) / 8, 2);
    expect(svg).not.toContain("last year");
  });

  test("board: differences judged by the domain's threshold, last year's marked", () => {
    const i9: I9Report = {
      total: -0.114,
      voting: -0.04,
      executive: null,
      status: "adverse",
      trend: "better",
      previous: { total: -0.15, voting: null, executive: null },
      boardBmePct: 0.143,
    };
    const spec = boardChart(i9, 0.257, DEFAULT_SETTINGS)!;
    expect(spec.rows.map((r) => r.adverse)).toEqual([true, false, false]);
    expect(spec.text.caption).toBe(
      "Board against the workforce: BME share of the board 14.3%, of the workforce 25.7%; differences total board −11.4 points (adverse), voting members −4.0 points; last year, total board −15.0 points. A negative difference (a board less diverse than the workforce) is adverse.",
    );
    expect(spec.text.table.rows.at(-3)).toEqual({
      header: "Total board, difference",
      cells: ["−11.4 points", "−15.0 points"],
    });
    const svg = svgOf(spec);
    expect(attrs(svg, "circle", /r="4.5" class="wres-chart-adverse-fill"/, "cx")).toHaveLength(1);
    expect(svg).toContain(">not computable</text>");
  });
});

describe("every chart of the sample", () => {
  test("each indicator has a chart whose SVG is named by its caption, with no NaN", () => {
    const { indicators, settings } = checkSample();
    for (const id of INDICATOR_IDS) {
      const spec = indicatorChart(id, indicators, settings)!;
      const svg = svgOf(spec, 240);
      expect(svg).toContain('width="240"');
      expect(svg).toContain(`aria-label="${escapeXml(spec.text.caption)}"`);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      for (const r of spec.text.table.rows) expect(r.cells).toHaveLength(spec.text.table.columns.length - 1);
    }
  });

  test("forced colours: every role has a system colour for what it paints; hollow marks stay hollow", () => {
    const rules = forcedColourRules();
    expect(rules["& .wres-chart-point-fill"]).toEqual({ fill: "CanvasText" });
    expect(rules["& .wres-chart-point-stroke"]).toEqual({ stroke: "CanvasText" });
    expect(rules["& .wres-chart-band-fill"]).toEqual({ fill: "Highlight" });
    expect(Object.keys(rules)).toHaveLength(20);
  });
});

describe("narrow drawings reflow", () => {
  const { indicators, settings } = checkSample();

  test("below 240 px the row labels go above their rows and the scales take the whole width", () => {
    const board = indicatorChart("I9", indicators, settings)!;
    if (board.kind !== "gap") throw new Error("indicator 9 is a gap chart");
    // 10 px margins; the gap scale keeps 10 px more each side for its end markers.
    expect(gapScales(board, 160).bars.range).toEqual([10, 160 - 10 - (6 * 11 * 0.56 + 6)]);
    expect(gapScales(board, 160).gap.range).toEqual([20, 140]);
    const wide = svgOf(board, 320);
    const narrow = svgOf(board, 160);
    const labelY = (svg: string, name: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${name}</text>`).exec(svg)![1]);
    const dotY = (svg: string) => attrs(svg, "circle", /r="4.5" class="wres-chart-adverse-fill"/, "cy")[0];
    // Beside its row when wide (the label's baseline 4 px below the marker's centre), above it when narrow.
    expect(labelY(wide, "Total board") - dotY(wide)).toBe(4);
    expect(labelY(narrow, "Total board")).toBeLessThan(dotY(narrow) - 8);
    for (const x of attrs(narrow, "circle", /cx=/, "cx")) expect(x).toBeLessThanOrEqual(160);
  });

  test("every chart of the sample draws at 120 px (a 160 px pane's panel) with its marks inside the drawing", () => {
    for (const id of INDICATOR_IDS) {
      const svg = svgOf(indicatorChart(id, indicators, settings), 120);
      for (const x of [...attrs(svg, "circle", /cx=/, "cx"), ...attrs(svg, "line", /x2=/, "x2")]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(120);
      }
    }
  });
});
