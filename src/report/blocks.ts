/** Small constructors for the report model's blocks and sections, so that the section builders read as the report does. */

import type { ReportBlock, ReportColumn, ReportFact, ReportSection } from "./model";

export const paragraph = (text: string, tone?: "lead" | "note"): ReportBlock =>
  tone ? { kind: "paragraph", text, tone } : { kind: "paragraph", text };

export const facts = (...list: readonly (ReportFact | null)[]): ReportBlock => ({
  kind: "facts",
  facts: list.filter((f): f is ReportFact => f !== null),
});

export const fact = (label: string, text: string): ReportFact => ({ label, text });

export const list = (items: readonly string[]): ReportBlock => ({ kind: "list", items });

/** A text column ("Band or grade") or a column of figures. */
export const text = (header: string): ReportColumn => ({ header, numeric: false });
export const figures = (header: string): ReportColumn => ({ header, numeric: true });

export const table = (
  caption: string,
  columns: readonly ReportColumn[],
  rows: readonly (readonly string[])[],
): ReportBlock => ({ kind: "table", table: { caption, columns, rows } });

export const section = (
  id: string,
  heading: string,
  blocks: readonly ReportBlock[],
  subsections: readonly ReportSection[] = [],
): ReportSection => ({ id, heading, blocks, subsections });
