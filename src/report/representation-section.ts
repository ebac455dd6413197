/**
 * Section 3 of the report: representation by band. The clusters trusts report (computed in the
 * domain, src/wres/band-clusters.ts), every band and grade as indicator 1 gives it, and the
 * aspirational goals table of template 1.1.
 */

import { bandClusters } from "../wres/band-clusters";
import type { CheckedWorkbook } from "../wres/check";
import { I1_BLOCK_TITLES, I1_BLOCKS } from "../wres/contract";
import { formatCount, formatPoints, formatShare } from "../wres/format";
import { shareNowWords } from "../wres/goals";
import { figures, paragraph, section, table, text } from "./blocks";
import type { ChartProvider, ReportBlock, ReportExtras, ReportSection } from "./model";

export const NO_GOALS = "This workbook has no aspirational goals (template 1.0).";

function clusterBlocks(checked: CheckedWorkbook, charts: ChartProvider | undefined): ReportBlock[] {
  const { clusters, unclustered } = bandClusters(checked.indicators.I1);
  const chart = charts?.representation?.({ clusters, unclustered }, checked) ?? null;
  const workforceBme = formatShare(checked.indicators.I1.workforcePct?.bme ?? null);
  return [
    ...(chart ? [{ kind: "chart", chart } as const] : []),
    table(
      "BME staff by band cluster",
      [text("Cluster"), figures("Staff"), figures("BME staff"), figures("BME share"), figures("Gap to the workforce")],
      clusters.map((c) => [
        c.label,
        formatCount(c.staff),
        formatCount(c.counts?.bme ?? null),
        formatShare(c.pct?.bme ?? null),
        formatPoints(c.bmeGap),
      ]),
    ),
    paragraph(
      `Non-clinical and clinical staff are pooled in each band cluster; Under Band 1 counts with Bands 1–4. The workforce is ${workforceBme} BME. ` +
        (unclustered === null
          ? "The Other rows have a count missing, so they are in no cluster."
          : `The Other rows (${formatCount(unclustered)} staff) belong to no band, so to no cluster.`),
      "note",
    ),
  ];
}

function bandTables(checked: CheckedWorkbook): ReportBlock[] {
  const rows = checked.indicators.I1.rows;
  return I1_BLOCKS.flatMap((block) => {
    const inBlock = rows.filter((r) => r.block === block);
    if (inBlock.length === 0) return [];
    return [
      table(
        I1_BLOCK_TITLES[block],
        [
          text("Band or grade"),
          figures("Staff"),
          figures("BME share"),
          figures("Gap to the workforce"),
          text("Judged"),
        ],
        inBlock.map((r) => [
          r.label,
          formatCount(r.white === null || r.bme === null || r.unknown === null ? null : r.white + r.bme + r.unknown),
          formatShare(r.pct?.bme ?? null),
          formatPoints(r.bmeGap),
          r.underRepresented ? "under-represented" : "",
        ]),
      ),
    ];
  });
}

function goalBlocks(extras: ReportExtras): ReportBlock[] {
  const goals = extras.goals;
  if (!goals) return [paragraph(NO_GOALS)];
  return [
    paragraph(
      `The goals for ${goals.year}, at a BME share of ${formatShare(goals.share)}; the method is this tool's (section 6).`,
    ),
    table(
      `Aspirational goals for ${goals.year}`,
      [
        text("Band or grade"),
        figures("Staff"),
        figures("BME staff"),
        figures("BME share"),
        figures("Goal"),
        figures("BME staff at the goal"),
        figures("Short of the goal"),
      ],
      goals.rows.map((g) => [
        g.label,
        formatCount(g.headcount),
        formatCount(g.bme),
        shareNowWords(g),
        formatShare(g.target),
        formatCount(g.atTarget),
        formatCount(g.shortfall),
      ]),
    ),
  ];
}

export function representationSection(
  checked: CheckedWorkbook,
  extras: ReportExtras,
  charts: ChartProvider | undefined,
): ReportSection {
  return section(
    "representation",
    "3. Representation by band",
    [],
    [
      section("band-clusters", "Band clusters", clusterBlocks(checked, charts)),
      section("bands", "Every band and grade", bandTables(checked)),
      section("goals", "Aspirational goals", goalBlocks(extras)),
    ],
  );
}
