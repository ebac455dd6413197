/**
 * Each organisation's flags in the report: one collapsible entry per checked return (errors
 * first, each with its cell and sentence), and the files that could not be read with the reason.
 */

import { FLAG_CODES, type Flag } from "../wres/flags";
import { formatFlagCounts } from "../wres/format";
import type { CheckedFile, FileReport, UnreadableFile } from "./file-report";
import { reportedMismatches } from "./flag-summary";
import { markup, type Html } from "./html";

function countsLine(r: CheckedFile): string {
  return formatFlagCounts(r.counts, reportedMismatches(r));
}

function flagRow(f: Flag): Html {
  return markup`<tr><td><span class="badge ${f.severity}">${f.severity}</span></td><td><abbr title="${FLAG_CODES[f.code].title}">${f.code}</abbr></td><td class="cell">${f.cell ?? f.name ?? "—"}</td><td>${f.message}</td></tr>
`;
}

function organisationEntry(r: CheckedFile, anchor: string): Html {
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

function unreadableEntry(r: UnreadableFile, anchor: string): Html {
  return markup`<li id="${anchor}">${r.error}</li>
`;
}

/** The "Flags by organisation" and "Files that could not be read" sections. */
export function flagSections(reports: readonly FileReport[], anchorOf: (index: number) => string): Html {
  const checked = reports.flatMap((r, i) => (r.status === "ok" ? [organisationEntry(r, anchorOf(i))] : []));
  const unreadable = reports.flatMap((r, i) => (r.status === "unreadable" ? [unreadableEntry(r, anchorOf(i))] : []));
  const unreadableSection = markup`<section id="unreadable">
<h2>Files that could not be read</h2>
<ul class="unreadable-files">
${unreadable}</ul>
</section>
`;
  return markup`<section id="flags">
<h2>Flags by organisation</h2>
${checked.length ? checked : markup`<p>No return could be checked.</p>`}</section>
${unreadable.length ? unreadableSection : ""}`;
}
