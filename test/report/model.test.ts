/**
 * The report model built from the checked sample (a 1.0 workbook with 4 errors: a draft) and
 * from a clean workbook: the sections in the trusts' order, the summary's figures, the finding
 * sentences, the band clusters, and the slots where charts, series, the action plan and the
 * goals go.
 */

import { buildReport, outline } from "../../src/report/build-report";
import { reportFileName } from "../../src/report/file-name";
import type { ChartProvider, ReportBlock, ReportChart, ReportDocument, ReportSection } from "../../src/report/model";
import type { IndicatorId } from "../../src/wres/contract";
import { validYear } from "../helpers/raw-workbook";
import { checkSample } from "../taskpane/sample";
import { check } from "../wres/support";
import { headlineFigures, rlFigures, rlsAsPercentages, seriesFigures, seriesRlFigures } from "./support";

const SAMPLE_OUTLINE = [
  [1, "1. Summary"],
  [1, "2. The indicators"],
  [2, "Indicator 1: Representation by pay band"],
  [2, "Indicator 2: Appointment from shortlisting"],
  [2, "Indicator 3: Entry into the formal disciplinary process"],
  [2, "Indicator 4: Non-mandatory training and CPD"],
  [2, "Indicator 5: Harassment, bullying or abuse from patients, relatives or the public"],
  [2, "Indicator 6: Harassment, bullying or abuse from staff"],
  [2, "Indicator 7: Equal opportunities for career progression or promotion"],
  [2, "Indicator 8: Discrimination from a manager, team leader or colleague"],
  [2, "Indicator 9: Board membership compared with the workforce"],
  [1, "3. Representation by band"],
  [2, "Band clusters"],
  [2, "Every band and grade"],
  [2, "Aspirational goals"],
  [1, "4. Action plan"],
  [1, "5. Data quality"],
  [2, "Errors"],
  [2, "Warnings"],
  [2, "Information"],
  [1, "6. Method"],
  [2, "Formulas"],
  [2, "Thresholds and settings"],
  [2, "Intervals"],
  [2, "Aspirational goals: this tool's method"],
] as const;

function blockText(b: ReportBlock): string[] {
  switch (b.kind) {
    case "paragraph":
      return [b.text];
    case "facts":
      return b.facts.map((f) => `${f.label}: ${f.text}`);
    case "list":
      return [...b.items];
    case "table":
      return [
        b.table.caption,
        b.table.columns.map((c) => c.header).join(" | "),
        ...b.table.rows.map((r) => r.join(" | ")),
      ];
    case "chart":
      return [b.chart.title, b.chart.text.caption];
  }
}

const sectionText = (s: ReportSection): string[] => [
  s.heading,
  ...s.blocks.flatMap(blockText),
  ...s.subsections.flatMap(sectionText),
];
const documentText = (d: ReportDocument): string =>
  [d.draft ?? "", d.title, d.organisation, ...d.subtitle, ...d.sections.flatMap(sectionText)].join("\n");

function find(d: ReportDocument, id: string): ReportSection {
  const all = d.sections.flatMap((s) => [s, ...s.subsections]);
  const found = all.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

const tables = (s: ReportSection) => s.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
const paragraphs = (s: ReportSection) => s.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

describe("the sample's report (a draft: 4 errors)", () => {
  const checked = checkSample();
  const doc = buildReport(checked, { source: "wres-sample.xlsx", generator: "wres test" });

  test("sections in the trusts' order: summary, the nine indicators, bands, action plan, data quality, method", () => {
    expect(outline(doc).map((h) => [h.level, h.heading])).toEqual(SAMPLE_OUTLINE);
  });

  test("title, organisation, year and the draft line", () => {
    expect(doc.title).toBe("WRES report 2025");
    expect(doc.organisation).toBe("Northmoor Valley NHS Foundation Trust (RNV)");
    expect(doc.year).toBe(2025);
    expect(doc.draft).toBe("DRAFT: 4 errors");
    expect(doc.subject).toBe(
      "Workforce Race Equality Standard report, Northmoor Valley NHS Foundation Trust (RNV), reporting year 2025",
    );
    expect(doc.subtitle.join(" ")).toContain("from wres-sample.xlsx, by wres test");
  });

  test("the summary table: each indicator's figure, status in words, last year and trend", () => {
    const [summary] = tables(find(doc, "summary"));
    expect(summary.columns.map((c) => c.header)).toEqual(["Indicator", "Figure", "Status", "Last year", "Trend"]);
    expect(summary.rows).toEqual([
      ["1. Representation by pay band", "6,032 staff, 25.7% BME", "11 rows under-represented", "24.2% BME", "—"],
      ["2. Appointment from shortlisting", "1.60", "adverse gap", "1.45", "worse than last year"],
      ["3. Entry into the formal disciplinary process", "1.32", "adverse gap", "1.50", "better than last year"],
      ["4. Non-mandatory training and CPD", "1.05", "within the band", "1.10", "better than last year"],
      [
        "5. Harassment, bullying or abuse from patients, relatives or the public",
        "+1.2 points",
        "within the threshold",
        "+2.0 points",
        "better than last year",
      ],
      [
        "6. Harassment, bullying or abuse from staff",
        "+3.6 points",
        "adverse gap",
        "+4.5 points",
        "better than last year",
      ],
      [
        "7. Equal opportunities for career progression or promotion",
        "−13.8 points",
        "adverse gap",
        "−14.8 points",
        "better than last year",
      ],
      [
        "8. Discrimination from a manager, team leader or colleague",
        "+6.9 points",
        "adverse gap",
        "+8.0 points",
        "better than last year",
      ],
      // Last year's board figures hold text where a number belongs (an error), so there is no figure.
      ["9. Board membership compared with the workforce", "−11.4 points", "adverse gap", "no figure", "—"],
    ]);
    expect(paragraphs(find(doc, "summary"))[0]).toBe(
      "7 of the nine indicators show an adverse gap or under-representation: indicators 1, 2, 3, 6, 7, 8, 9.",
    );
  });

  test("a finding is said as its flag says it, with what got worse; an indicator within the band by its meaning", () => {
    const gap = checked.flags.find((f) => f.code === "GAP_RL" && f.indicator === "I2")!.message;
    expect(paragraphs(find(doc, "indicator-I2")).slice(1)).toEqual([
      gap,
      "The relative likelihood moved away from 1.00: 1.45 last year, 1.60 this year.",
      // The sample is a 1.1 workbook: its series' sentence closes the section.
      "RL2 has been at or above 1.25 in each of the last six years, moving further from 1.00 every year since 2023.",
    ]);
    expect(paragraphs(find(doc, "indicator-I4")).slice(1)).toEqual([
      "White staff were 1.05 times as likely to access non-mandatory training and CPD as BME staff.",
      "RL4 has been within 0.80–1.25 in each of the last six years.",
    ]);
    expect(paragraphs(find(doc, "indicator-I5")).slice(1)).toEqual([
      "27.4% of BME staff and 26.2% of White staff experienced harassment, bullying or abuse from patients, relatives or the public: a gap of +1.2 points.",
      "The indicator 5 gap has been within 3.0 points in each of the last five years, narrowing every year since 2020.",
    ]);
  });

  test("each indicator section gives last year's figure", () => {
    const facts = (id: IndicatorId) =>
      find(doc, `indicator-${id}`).blocks.flatMap((b) => (b.kind === "facts" ? b.facts : []));
    const lastYear = (id: IndicatorId) => facts(id).find((f) => f.label === "Last year")?.text;
    expect(lastYear("I1")).toBe("5,931 staff, BME 24.2%");
    expect(lastYear("I3")).toBe("1.50, better than last year");
    expect(lastYear("I7")).toBe("−14.8 points, better than last year");
    expect(lastYear("I9")).toBe("total board no figure");
    expect(facts("I3").find((f) => f.label === "Over two years")?.text).toBe("1.41 (this year and last pooled)");
  });

  test("the band clusters: Bands 8a–8b pool 82 + 48 + 185 + 72 = 387 staff, 55 BME: 14.2%, 11.5 points below the workforce", () => {
    const [clusters] = tables(find(doc, "band-clusters"));
    expect(clusters.rows.map((r) => r[0])).toEqual([
      "Bands 1–4",
      "Bands 5–7",
      "Bands 8a–8b",
      "Bands 8c–VSM",
      "Medical and dental grades",
    ]);
    expect(clusters.rows[2]).toEqual(["Bands 8a–8b", "387", "55", "14.2%", "−11.5 points"]);
  });

  test("the series of a 1.1 workbook: each indicator's years as its figure is formatted, oldest first", () => {
    const series = (id: IndicatorId) => tables(find(doc, `indicator-${id}`)).at(-1)!;
    expect(series("I2").caption).toBe("Appointment from shortlisting: year by year");
    // 2024 is 1.4500000000000002 in the workbook's history: formatted, never rounded twice.
    expect(series("I2").rows).toEqual([
      ["2020", "1.52"],
      ["2021", "1.38"],
      ["2022", "1.41"],
      ["2023", "1.33"],
      ["2024", "1.45"],
      ["2025", "1.60"],
    ]);
    expect(series("I1").rows.at(0)).toEqual(["2020", "21.4%"]);
    expect(series("I1").rows.at(-1)).toEqual(["2025", "25.7%"]);
    expect(series("I9").columns.map((c) => c.header)).toEqual(["Year", "Total board difference"]);
  });

  test("the goals and the action plan of a 1.1 workbook, as the workbook holds them", () => {
    const [goals] = tables(find(doc, "goals"));
    expect(goals.caption).toBe("Aspirational goals for 2028");
    expect(goals.rows.map((r) => r[0])).toEqual(["Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9", "VSM"]);
    // Band 8a: 267 staff, 40 BME; ⌈25.66…% × 267⌉ = ⌈68.52⌉ = 69 at the goal, 29 short of it.
    expect(goals.rows[0]).toEqual(["Band 8a", "267", "40", "15.0%", "25.7%", "69", "29"]);
    expect(paragraphs(find(doc, "goals"))[0]).toBe(
      "The goals for 2028, at a BME share of 25.7%; the method is this tool's (section 6).",
    );
    const plan = find(doc, "action-plan");
    const [actions] = tables(plan);
    expect(actions.columns.map((c) => c.header)).toEqual([
      "Indicator",
      "Finding",
      "Action",
      "Lead",
      "Due",
      "Status",
      "Measure",
    ]);
    expect(actions.rows[0]).toEqual([
      "Indicator 2: Appointment from shortlisting",
      "White applicants are 1.60 times as likely as BME applicants to be appointed from shortlisting.",
      "Diverse interview panels for every post at Band 7 and above.",
      "Director of People",
      "2026-03-31",
      "Done",
      "RL2 below 1.25 by the 2027 return.",
    ]);
    expect(actions.rows).toHaveLength(checked.beyond.actionPlan!.rows.length);
    // The sample's plan has no action for indicators 6 and 8 (the check's two warnings): said as the check states them.
    expect(plan.blocks.at(-1)).toEqual({
      kind: "list",
      items: [
        "Indicator 6: 24.1% of BME staff and 20.5% of White staff experienced harassment, bullying or abuse from staff: a gap of +3.6 points.",
        "Indicator 8: 13.1% of BME staff and 6.2% of White staff experienced discrimination at work from a manager, team leader or other colleagues: a gap of +6.9 points.",
      ],
    });
    expect(paragraphs(find(doc, "method-goals"))[1]).toBe(
      "Each senior band (non-clinical and clinical staff together) aims at a BME share of the workforce BME %. BME staff at the goal = the goal share × the band's staff, rounded up to a whole person; short of the goal = BME staff at the goal − BME staff now, never below 0. NHS England's Model Employer (2019) sets the aim but publishes no formula.",
    );
  });

  test("data quality: the errors, warnings and notes in the flags' words, with their cells; the gaps only counted", () => {
    const errors = tables(find(doc, "quality-errors"))[0];
    expect(errors.rows[0]).toEqual([
      "Reported value does not match the data",
      "'Indicators 2-4'!B16",
      "Indicator 2, relative likelihood holds 1.71, but the data give 1.60: the reported value does not match the data.",
    ]);
    expect(errors.rows).toHaveLength(4);
    // The sample's half-written action plan adds 3 warnings (no action for I6 and I8, I7's without a Due date) and 1 note (I4's gap closed).
    expect(tables(find(doc, "quality-warnings"))[0].rows).toHaveLength(9);
    expect(tables(find(doc, "quality-information"))[0].rows).toHaveLength(3);
    expect(paragraphs(find(doc, "data-quality"))).toEqual([
      "The check found 4 errors, 9 warnings, 19 gaps, 3 notes.",
      "The 19 gaps are the findings of sections 2 and 3.",
    ]);
  });

  test("method: the formulas, the settings used beside the defaults, and the interval methods", () => {
    const formulas = find(doc, "method-formulas").blocks[0];
    expect(formulas.kind === "list" && formulas.items[1]).toBe(
      "Indicator 2, the relative likelihood of White applicants being appointed from shortlisting compared to BME applicants: (White appointed ÷ White shortlisted) ÷ (BME appointed ÷ BME shortlisted).",
    );
    const [settings] = tables(find(doc, "method-settings"));
    expect(settings.rows[0]).toEqual([
      "Relative likelihoods inside this band show no adverse impact",
      "0.80 to 1.25",
      "0.80 to 1.25",
    ]);
    expect(settings.rows.find((r) => r[0].startsWith("Adverse survey gap"))?.slice(1)).toEqual([
      "3.0 points",
      "3.0 points",
    ]);
    expect(settings.rows.at(-2)).toEqual(["Confidence level of the intervals", "95.0%", "95.0%"]);
    expect(settings.rows.at(-1)?.slice(1)).toEqual(["the workforce BME %", "the workforce BME %"]);
    const intervals = find(doc, "method-intervals").blocks[0];
    expect(intervals.kind === "list" && intervals.items[0]).toContain("log method");
  });

  test("every headline figure and every series figure is in the text as the shared formatter gives it; no RL is followed by %", () => {
    const text = documentText(doc);
    const series = seriesFigures(checked.beyond.series);
    expect(series).toHaveLength(9 * 6 - 2); // Six years each; I5 and I9 lack one.
    for (const figure of [...headlineFigures(checked.indicators), ...series])
      expect({ figure, found: text.includes(figure) }).toEqual({ figure, found: true });
    expect(
      rlsAsPercentages(text, [...rlFigures(checked.indicators), ...seriesRlFigures(checked.beyond.series)]),
    ).toEqual([]);
  });

  test("the default file name: the organisation and the year, safe for any file system", () => {
    expect(reportFileName(checked.meta, "docx")).toBe("Northmoor-Valley-NHS-Foundation-Trust-WRES-2025.docx");
    expect(reportFileName({ organisation: "../St. Mary's: <A&E>", reportingYear: 2026 }, "html")).toBe(
      "St.-Mary-s-A-E-WRES-2026.html",
    );
    expect(reportFileName({ organisation: null, reportingYear: null }, "docx")).toBe("organisation-WRES.docx");
    expect(reportFileName({ organisation: "x".repeat(300), reportingYear: 2025 }, "docx")).toBe(
      `${"x".repeat(100)}-WRES-2025.docx`,
    );
  });
});

describe("a clean 1.0 workbook", () => {
  const doc = buildReport(check(validYear()));

  test("is no draft, and has no Errors subsection", () => {
    expect(doc.draft).toBeNull();
    expect(outline(doc).map((h) => h.heading)).not.toContain("Errors");
    // No Errors, and no goal method (a 1.0 workbook has no goals).
    expect(outline(doc)).toHaveLength(SAMPLE_OUTLINE.length - 2);
  });

  test("no goals, no action plan, no series: said in words where they would stand", () => {
    expect(paragraphs(find(doc, "goals"))).toEqual(["This workbook has no aspirational goals (template 1.0)."]);
    expect(paragraphs(find(doc, "action-plan"))).toEqual(["This workbook has no action plan (template 1.0)."]);
    expect(tables(find(doc, "indicator-I2")).map((t) => t.caption)).toEqual([]);
  });
});

describe("the slots: charts, series, action plan and goals", () => {
  const checked = checkSample();
  const chart = (title: string): ReportChart => ({
    title,
    text: {
      caption: `${title}, in words.`,
      table: { columns: ["Group", "Value"], rows: [{ header: "BME", cells: ["1.60"] }] },
    },
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
    width: 10,
    height: 10,
  });
  const asked: string[] = [];
  const charts: ChartProvider = {
    indicator: (id) => {
      asked.push(id);
      return id === "I2" ? chart("RL2 against the band") : null;
    },
    representation: (clusters) => chart(`BME share in ${clusters.clusters.length} clusters`),
  };
  const doc = buildReport(checked, {
    charts,
    extras: {
      series: {
        I2: [
          { year: 2023, value: 1.381 },
          { year: 2024, value: 1.45 },
          { year: 2025, value: 1.6 },
        ],
      },
      actionPlan: {
        rows: [
          {
            indicator: "I2",
            finding: "RL 1.60",
            action: "Diverse panels",
            lead: "HR director",
            due: "2026-03-31",
            status: "In progress",
          },
        ],
        uncovered: ["I7"],
      },
      goals: {
        year: 2028,
        share: 0.2566,
        rows: [
          { label: "Band 8a", headcount: 267, bme: 40, bmePct: 0.1498, target: 0.2566, atTarget: 69, shortfall: 29 },
        ],
        method: "Each band aims at the workforce's share.",
      },
    },
  });

  test("the chart provider is asked for each indicator in order, and its chart heads the section after the official wording", () => {
    expect(asked).toEqual(["I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9"]);
    expect(
      find(doc, "indicator-I2")
        .blocks.map((b) => b.kind)
        .slice(0, 3),
    ).toEqual(["paragraph", "chart", "paragraph"]);
    expect(find(doc, "indicator-I3").blocks.some((b) => b.kind === "chart")).toBe(false);
    expect(find(doc, "band-clusters").blocks[0]).toMatchObject({
      kind: "chart",
      chart: { title: "BME share in 5 clusters" },
    });
  });

  test("a series is a year-by-year table, formatted as the indicator's figure", () => {
    const series = tables(find(doc, "indicator-I2")).at(-1)!;
    expect(series.columns.map((c) => c.header)).toEqual(["Year", "Relative likelihood"]);
    expect(series.rows).toEqual([
      ["2023", "1.38"],
      ["2024", "1.45"],
      ["2025", "1.60"],
    ]);
  });

  test("the action plan as the workbook holds it, and the findings no action covers", () => {
    const s = find(doc, "action-plan");
    expect(tables(s)[0].rows).toEqual([
      [
        "Indicator 2: Appointment from shortlisting",
        "RL 1.60",
        "Diverse panels",
        "HR director",
        "2026-03-31",
        "In progress",
      ],
    ]);
    expect(s.blocks.at(-1)).toEqual({
      kind: "list",
      items: ["Indicator 7: Equal opportunities for career progression or promotion"],
    });
  });

  test('a band with no staff says "no staff" in the goals table, never 0 % (as the pane and the workbook say)', () => {
    const empty = buildReport(checked, {
      extras: {
        goals: {
          year: 2028,
          share: 0.2566,
          rows: [{ label: "Band 9", headcount: 0, bme: 0, bmePct: null, target: 0.2566, atTarget: 0, shortfall: 0 }],
        },
      },
    });
    expect(tables(find(empty, "goals"))[0].rows).toEqual([["Band 9", "0", "0", "no staff", "25.7%", "0", "0"]]);
  });

  test("the goals table, and the goal method in the method section labelled as this tool's", () => {
    expect(tables(find(doc, "goals"))[0].rows).toEqual([["Band 8a", "267", "40", "15.0%", "25.7%", "69", "29"]]);
    expect(outline(doc).at(-1)).toEqual({ level: 2, heading: "Aspirational goals: this tool's method" });
    expect(paragraphs(find(doc, "method-goals"))).toEqual([
      "The aspirational goals are not part of the standard: they are this tool's.",
      "Each band aims at the workforce's share.",
    ]);
  });
});
