/**
 * The board report, from the checked workbook to the ordered document every renderer draws, in
 * the order trusts use: 1 summary, 2 the indicators one by one, 3 representation by band, 4 the
 * action plan, 5 data quality, 6 method. A workbook with errors makes a draft, marked
 * "DRAFT: n errors" on every page.
 */

import type { CheckedWorkbook } from "../wres/check";
import { INDICATOR_IDS, type IndicatorId } from "../wres/contract";
import { formatFlagCounts, plural } from "../wres/format";
import { INDICATOR_WORDS, indicatorHeadline, trendWords } from "../wres/indicator-words";
import type { IndicatorsReport, Trend } from "../wres/report";
import { actionPlanSection } from "./action-plan-section";
import { figures, paragraph, section, table, text } from "./blocks";
import { dataQualitySection } from "./data-quality-section";
import { reportExtras } from "./extras";
import { indicatorFigure, indicatorSections, NO_FIGURE } from "./indicator-sections";
import { methodSection } from "./method-section";
import type { ReportDocument, ReportOptions, ReportSection } from "./model";
import { representationSection } from "./representation-section";

export const NO_ORGANISATION = "(organisation not given)";

/** "Northmoor Valley NHS Foundation Trust (RNV)". */
export function organisationOf(checked: CheckedWorkbook): string {
  const { organisation, orgCode } = checked.meta;
  return `${organisation ?? NO_ORGANISATION}${orgCode ? ` (${orgCode})` : ""}`;
}

/** Last year's figure and the trend of each indicator, as the summary shows them. */
function lastYear(id: IndicatorId, i: IndicatorsReport): { figure: number | null; trend: Trend } {
  switch (id) {
    case "I1":
      return { figure: i.I1.workforcePctPY?.bme ?? null, trend: null };
    case "I2":
    case "I3":
    case "I4":
      return { figure: i[id].rlPY, trend: i[id].trend };
    case "I5":
    case "I6":
    case "I7":
    case "I8":
      return { figure: i[id].gapPY, trend: i[id].trend };
    case "I9":
      return { figure: i.I9.previous?.total ?? null, trend: i.I9.trend };
  }
}

function summarySection(checked: CheckedWorkbook): ReportSection {
  const rows = INDICATOR_IDS.map((id) => {
    const headline = indicatorHeadline(id, checked.indicators);
    const before = lastYear(id, checked.indicators);
    return [
      `${id.slice(1)}. ${INDICATOR_WORDS[id].title}`,
      headline.figure,
      headline.status,
      before.figure === null ? NO_FIGURE : `${indicatorFigure(id, before.figure)}${id === "I1" ? " BME" : ""}`,
      trendWords(before.trend) || "—",
    ];
  });
  const adverse = INDICATOR_IDS.filter((id) => isAdverse(id, checked.indicators));
  return section("summary", "1. Summary", [
    paragraph(
      adverse.length
        ? `${adverse.length} of the nine indicators ${adverse.length === 1 ? "shows" : "show"} an adverse gap or under-representation: ${adverse.length === 1 ? "indicator" : "indicators"} ${adverse.map((id) => id.slice(1)).join(", ")}.`
        : "No indicator shows an adverse gap or under-representation.",
      "lead",
    ),
    table(
      "The nine indicators",
      [text("Indicator"), figures("Figure"), text("Status"), figures("Last year"), text("Trend")],
      rows,
    ),
    paragraph(
      "Relative likelihoods (indicators 2 to 4) are ratios: 1.00 is no difference, above 1.00 BME staff fare worse. Gaps (indicators 1 and 5 to 9) are in percentage points.",
      "note",
    ),
  ]);
}

function isAdverse(id: IndicatorId, i: IndicatorsReport): boolean {
  if (id === "I1") return i.I1.rows.some((r) => r.underRepresented);
  return i[id].status === "adverse";
}

function draftLine(checked: CheckedWorkbook): string | null {
  return checked.counts.errors > 0 ? `DRAFT: ${plural(checked.counts.errors, "error")}` : null;
}

export function buildReport(checked: CheckedWorkbook, options: ReportOptions = {}): ReportDocument {
  const extras = options.extras ?? reportExtras(checked);
  const organisation = organisationOf(checked);
  const year = checked.meta.reportingYear;
  const title = `WRES report${year !== null ? ` ${year}` : ""}`;
  const draft = draftLine(checked);
  const source = [
    options.source ? `from ${options.source}` : null,
    options.generator ? `by ${options.generator}` : null,
  ].filter(Boolean);
  const subtitle = [
    `Workforce Race Equality Standard, ${year !== null ? `reporting year ${year}` : "reporting year not given"}${checked.meta.surveyYear !== null ? ` (NHS Staff Survey ${checked.meta.surveyYear})` : ""}.`,
    `Every figure is recomputed from the workbook's counts and checked${source.length ? ` (${source.join(", ")})` : ""}: ${formatFlagCounts(checked.counts)}.`,
    ...(draft
      ? [
          `This is a draft: the workbook has ${plural(checked.counts.errors, "error")} (section 5), so some figures may be missing or wrong. Correct them before the board signs it off.`,
        ]
      : []),
  ];
  return {
    title,
    organisation,
    year,
    subtitle,
    subject: `Workforce Race Equality Standard report, ${organisation}, ${year !== null ? `reporting year ${year}` : "reporting year not given"}`,
    draft,
    sections: [
      summarySection(checked),
      section("indicators", "2. The indicators", [], indicatorSections(checked, extras, options.charts)),
      representationSection(checked, extras, options.charts),
      actionPlanSection(extras),
      dataQualitySection(checked),
      methodSection(checked, extras),
    ],
  };
}

/** Every heading in order, with its level (1 for a numbered section, 2 for a subsection): the document's outline. */
export function outline(doc: ReportDocument): { level: 1 | 2; heading: string }[] {
  return doc.sections.flatMap((s) => [
    { level: 1 as const, heading: s.heading },
    ...s.subsections.map((sub) => ({ level: 2 as const, heading: sub.heading })),
  ]);
}
