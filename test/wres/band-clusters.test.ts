/** Representation by band cluster, worked by hand from a small indicator 1. */

import { BAND_CLUSTERS, bandClusters } from "../../src/wres/band-clusters";
import { AFC_ROWS, I1_BLOCK_ROWS, I1_BLOCKS, type I1Block } from "../../src/wres/contract";
import type { I1Report, I1RowReport } from "../../src/wres/report";

type Counts = readonly [number | null, number | null, number | null];

/** Every row of indicator 1 at zero, but for the ones given ("Block|Row label" → White, BME, Unknown). */
function i1(given: Record<string, Counts>, workforceBme = 0.3): I1Report {
  const rows: I1RowReport[] = I1_BLOCKS.flatMap((block: I1Block) =>
    I1_BLOCK_ROWS[block].map((label) => {
      const [white, bme, unknown] = given[`${block}|${label}`] ?? [0, 0, 0];
      return { block, label, white, bme, unknown, pct: null, bmeGap: null, underRepresented: false };
    }),
  );
  return {
    workforce: null,
    workforcePct: { white: 0.6, bme: workforceBme, unknown: 0.1 },
    rows,
    workforcePY: null,
    workforcePctPY: null,
  };
}

describe("bandClusters", () => {
  const result = bandClusters(
    i1({
      "NonClinical|Band 2": [40, 10, 0],
      "Clinical|Band 4": [30, 15, 5],
      "NonClinical|Band 5": [8, 2, 0],
      "Clinical|Band 7": [12, 8, 0],
      "Clinical|VSM": [null, 1, 0],
      "Medical|Consultants": [5, 5, 0],
      "Medical|Trainee grades": [10, 10, 0],
      "NonClinical|Other": [3, 1, 0],
      "Clinical|Other": [1, 0, 0],
    }),
  );
  const byLabel = (label: string) => result.clusters.find((c) => c.label === label)!;

  test("the five clusters trusts report, in order", () => {
    expect(result.clusters.map((c) => c.label)).toEqual([
      "Bands 1–4",
      "Bands 5–7",
      "Bands 8a–8b",
      "Bands 8c–VSM",
      "Medical and dental grades",
    ]);
  });

  test("Bands 1–4 pools non-clinical and clinical rows: 70 + 25 + 5 = 100 staff, 25% BME, 5 points below a 30% workforce", () => {
    const c = byLabel("Bands 1–4");
    expect(c.counts).toEqual({ white: 70, bme: 25, unknown: 5 });
    expect(c.staff).toBe(100);
    expect(c.pct?.bme).toBeCloseTo(0.25, 12);
    expect(c.bmeGap).toBeCloseTo(-0.05, 12);
  });

  test("Bands 5–7: 10 BME of 30 staff is a third, 3.3 points above the workforce", () => {
    const c = byLabel("Bands 5–7");
    expect(c.counts).toEqual({ white: 20, bme: 10, unknown: 0 });
    expect(c.pct?.bme).toBeCloseTo(1 / 3, 12);
    expect(c.bmeGap).toBeCloseTo(1 / 3 - 0.3, 12);
  });

  test("a cluster with no staff has no share and no gap (never NaN)", () => {
    const c = byLabel("Bands 8a–8b");
    expect(c).toEqual({
      label: "Bands 8a–8b",
      counts: { white: 0, bme: 0, unknown: 0 },
      staff: 0,
      pct: null,
      bmeGap: null,
    });
  });

  test("a missing count in any row leaves the cluster without figures, never a partial sum", () => {
    expect(byLabel("Bands 8c–VSM")).toEqual({
      label: "Bands 8c–VSM",
      counts: null,
      staff: null,
      pct: null,
      bmeGap: null,
    });
  });

  test("the medical and dental grades pool all four medical rows: 15 of 30 is 50% BME", () => {
    const c = byLabel("Medical and dental grades");
    expect(c.counts).toEqual({ white: 15, bme: 15, unknown: 0 });
    expect(c.bmeGap).toBeCloseTo(0.2, 12);
  });

  test("the Other rows (4 + 1 staff) belong to no cluster", () => {
    expect(result.unclustered).toBe(5);
  });

  test("every Agenda for Change row but Other is in exactly one cluster", () => {
    const afc = BAND_CLUSTERS.filter((c) => c.blocks.includes("Clinical")).flatMap((c) => c.rows);
    expect([...afc].sort()).toEqual(AFC_ROWS.filter((r) => r !== "Other").sort());
  });
});
