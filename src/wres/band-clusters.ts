/**
 * Representation by band cluster, as trusts report it to their boards: indicator 1's rows
 * pooled into Bands 1–4, 5–7, 8a–8b, 8c–VSM (non-clinical and clinical staff together) and the
 * medical and dental grades. Each cluster's BME share is of its own headcount, White + BME +
 * Unknown, as each row's is; its gap is that share minus the workforce's.
 *
 * "Under Band 1" is counted with Bands 1–4 (apprentices and trainees paid below Band 1); the
 * "Other" Agenda for Change rows belong to no band, so to no cluster: `unclustered` counts them.
 */

import { AFC_ROWS, MEDICAL_ROWS, type I1Block } from "./contract";
import { shares } from "./indicators";
import type { I1Report, I1RowReport, WhiteBmeUnknown } from "./report";

export interface BandClusterSpec {
  readonly label: string;
  /** The indicator 1 blocks whose rows it pools. */
  readonly blocks: readonly I1Block[];
  /** The row labels it pools, in each of those blocks. */
  readonly rows: readonly string[];
}

type AfcRow = (typeof AFC_ROWS)[number];
const afc = (...rows: AfcRow[]): readonly string[] => rows;
const AFC_BLOCKS: readonly I1Block[] = ["NonClinical", "Clinical"];

export const BAND_CLUSTERS: readonly BandClusterSpec[] = [
  { label: "Bands 1–4", blocks: AFC_BLOCKS, rows: afc("Under Band 1", "Band 1", "Band 2", "Band 3", "Band 4") },
  { label: "Bands 5–7", blocks: AFC_BLOCKS, rows: afc("Band 5", "Band 6", "Band 7") },
  { label: "Bands 8a–8b", blocks: AFC_BLOCKS, rows: afc("Band 8a", "Band 8b") },
  { label: "Bands 8c–VSM", blocks: AFC_BLOCKS, rows: afc("Band 8c", "Band 8d", "Band 9", "VSM") },
  { label: "Medical and dental grades", blocks: ["Medical"], rows: MEDICAL_ROWS },
];

export interface BandCluster {
  readonly label: string;
  /** Null when a row of the cluster has a count missing or invalid (flagged): a partial sum would be silently wrong. */
  readonly counts: WhiteBmeUnknown | null;
  readonly staff: number | null;
  readonly pct: WhiteBmeUnknown | null;
  /** BME % of the cluster minus BME % of the workforce (a fraction), or null. */
  readonly bmeGap: number | null;
}

export interface BandClusters {
  readonly clusters: readonly BandCluster[];
  /** The staff of the "Other" rows, in no cluster; null when a count there is missing. */
  readonly unclustered: number | null;
}

function pooled(rows: readonly I1RowReport[]): WhiteBmeUnknown | null {
  let white = 0;
  let bme = 0;
  let unknown = 0;
  for (const r of rows) {
    if (r.white === null || r.bme === null || r.unknown === null) return null;
    white += r.white;
    bme += r.bme;
    unknown += r.unknown;
  }
  return { white, bme, unknown };
}

const staffOf = (c: WhiteBmeUnknown | null): number | null => (c ? c.white + c.bme + c.unknown : null);

export function bandClusters(i1: I1Report): BandClusters {
  const workforceBme = i1.workforcePct?.bme ?? null;
  const clusters = BAND_CLUSTERS.map((spec): BandCluster => {
    const rows = i1.rows.filter((r) => spec.blocks.includes(r.block) && spec.rows.includes(r.label));
    const counts = rows.length ? pooled(rows) : null;
    const pct = counts ? shares(counts) : null;
    return {
      label: spec.label,
      counts,
      staff: staffOf(counts),
      pct,
      bmeGap: pct && workforceBme !== null ? pct.bme - workforceBme : null,
    };
  });
  const other = i1.rows.filter((r) => r.block !== "Medical" && r.label === "Other");
  return { clusters, unclustered: other.length ? staffOf(pooled(other)) : 0 };
}
