/**
 * Section 5 of the report: the quality of the data, in the flags' own words — the errors (only a
 * draft has any), the warnings and the information notes. The gaps are the findings of sections
 * 2 and 3, so they are counted here, not repeated.
 */

import type { CheckedWorkbook } from "../wres/check";
import { FLAG_CODES, flagGroup, type Flag, type FlagGroup } from "../wres/flags";
import { countWords, formatFlagCounts } from "../wres/format";
import { paragraph, section, table, text } from "./blocks";
import type { ReportSection } from "./model";

const GROUPS: readonly { group: FlagGroup; heading: string; none: string }[] = [
  { group: "errors", heading: "Errors", none: "" },
  { group: "warnings", heading: "Warnings", none: "The check found no warnings." },
  { group: "information", heading: "Information", none: "The check has no information notes." },
];

function flagTable(caption: string, flags: readonly Flag[]) {
  return table(
    caption,
    [text("Flag"), text("Cell"), text("In words")],
    flags.map((f) => [FLAG_CODES[f.code].title, f.cell ?? "", f.message]),
  );
}

export function dataQualitySection(checked: CheckedWorkbook): ReportSection {
  const gaps = countWords(checked.counts).gaps;
  const subsections = GROUPS.flatMap(({ group, heading, none }) => {
    const flags = checked.flags.filter((f) => flagGroup(f) === group);
    if (group === "errors" && flags.length === 0) return [];
    return [section(`quality-${group}`, heading, [flags.length ? flagTable(heading, flags) : paragraph(none)])];
  });
  return section(
    "data-quality",
    "5. Data quality",
    [
      paragraph(`The check found ${formatFlagCounts(checked.counts)}.`),
      paragraph(`The ${gaps} are the findings of sections 2 and 3.`, "note"),
    ],
    subsections,
  );
}
