/**
 * Each organisation's flags in the report: one collapsible entry per checked return (errors
 * first, each with its cell and sentence), and the files that could not be read with the reason.
 * Entries are made one return at a time, as the reports come in, so that the page's largest
 * part need not be held in memory (./report-html).
 */

import { FLAG_CODES, type Flag } from "../wres/flags";
import { formatFlagCounts } from "../wres/format";
import type { CheckedFile, UnreadableFile } from "./file-report";
import { reportedMismatches } from "./flag-summary";
import { markup, type Html } from "./html";

function countsLine(r: CheckedFile): string {
  return formatFlagCounts(r.counts, reportedMismatches(r));
}

function flagRow(f: Flag): Html {
  return markup`<tr><td><span class="badge ${f.severity}">${f.severity}</span></td><td><abbr title="${FLAG_CODES[f.code].title}">${f.code}</abbr></td><td class="cell">${f.cell ?? f.name ?? "—"}</td><td>${f.message}</td></tr>
`;
}

/** A checked return's entry: its flag counts and every flag. */
export function organisationEntry(r: CheckedFile, anchor: string): Html {
  const who = r.organisation ?? "(organisation not given)";
  const flags =
    r.flags.length === 0
      ? markup`<p>No flags.</p>`
      : markup`<table class="flags">
<thead><tr><th scope="col">Severity</th><th scope="col">Code</th><th scope="col">Cell</th><th scope="col">What it means</th></tr></thead>
<tbody>
${r.flags.map(flagRow)}</tbody>
</table>`;
  return markup`<details id="${anchor}">
<summary><strong>${who}</strong>${r.orgCode ? markup` (${r.orgCode})` : ""} — ${countsLine(r)} <span class="file">${r.file}</span></summary>
${flags}
</details>
`;
}

/** A file that could not be read, with the reason. */
export function unreadableEntry(r: UnreadableFile, anchor: string): Html {
  return markup`<li id="${anchor}">${r.error}</li>
`;
}

/**
 * The "Flags by organisation" and "Files that could not be read" sections, as the markup before
 * and after the checked returns' entries, which go between the two in the order found.
 */
export function flagSections(checked: number, unreadable: readonly Html[]): { before: Html; after: Html } {
  const unreadableSection = markup`<section id="unreadable">
<h2>Files that could not be read</h2>
<ul class="unreadable-files">
${unreadable}</ul>
</section>
`;
  return {
    before: markup`<section id="flags">
<h2>Flags by organisation</h2>
${checked ? "" : markup`<p>No return could be checked.</p>`}`,
    after: markup`</section>
${unreadable.length ? unreadableSection : ""}`,
  };
}
