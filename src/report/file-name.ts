/**
 * The report's default file name, `<organisation>-WRES-<year>.docx`, made safe for any file
 * system: only letters, digits, dots and hyphens, no leading dot, never empty, never long.
 */

import type { Metadata } from "../wres/inputs";

export type ReportFormat = "docx" | "html";

const MAX_STEM = 100;

/** "Northmoor Valley NHS Foundation Trust", 2025 → "Northmoor-Valley-NHS-Foundation-Trust-WRES-2025.docx". */
export function reportFileName(meta: Pick<Metadata, "organisation" | "reportingYear">, format: ReportFormat): string {
  const safe = (meta.organisation ?? "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}.]+/gu, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  // Cut by characters, not UTF-16 units, so that no character is split in half.
  const organisation = Array.from(safe)
    .slice(0, MAX_STEM)
    .join("")
    .replace(/[-.]+$/, "");
  const parts = [
    organisation || "organisation",
    "WRES",
    ...(meta.reportingYear !== null ? [String(meta.reportingYear)] : []),
  ];
  return `${parts.join("-")}.${format}`;
}
