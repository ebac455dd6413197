/**
 * `--report FILE.html`: one self-contained page for a reviewer of many returns — the totals,
 * a sortable table of organisations × indicators, the distribution of RL2, RL3 and RL4 across
 * all returns against the band, and each organisation's flags. No external scripts, fonts or
 * images; every string from a workbook goes through the escaping of ./html.
 */

import { RL_INDICATORS, type RlIndicator } from "../wres/contract";
import { formatRl, plural } from "../wres/format";
import { INDICATOR_WORDS, RL_STATUS_WORDS } from "../wres/indicator-words";
import type { RlStatus } from "../wres/report";
import type { Settings } from "../wres/settings";
import type { CheckedFile, FileReport } from "./file-report";
import { reportedMismatches } from "./flag-summary";
import { markup, type Html } from "./html";
import { REPORT_CONTENT_SECURITY_POLICY, SCRIPT_ELEMENT, STYLE_ELEMENT } from "./report-assets";
import { rlStrip, type StripPoint } from "./report-distribution";
import { flagSections } from "./report-flags";
import { returnsTable } from "./report-table";

export interface ReportContext {
  /** e.g. "wres 0.1.0". */
  readonly tool: string;
  /** When the check ran (ISO 8601). */
  readonly checkedAt: string;
  readonly settings: Settings;
}

const anchorOf = (index: number): string => `return-${index + 1}`;

const whoOf = (r: CheckedFile): string =>
  `${r.organisation ?? "(organisation not given)"}${r.orgCode ? ` (${r.orgCode})` : ""}`;

function totals(reports: readonly FileReport[]): Html {
  const checked = reports.filter((r): r is CheckedFile => r.status === "ok");
  const item = (n: number, words: string): Html => markup`<li><strong>${n}</strong> ${words}</li>`;
  return markup`<ul class="totals">${[
    item(reports.length, reports.length === 1 ? "file" : "files"),
    item(checked.length, "checked"),
    item(reports.length - checked.length, "could not be read"),
    item(checked.filter((r) => r.counts.errors === 0).length, "with no errors"),
    item(checked.filter((r) => r.counts.errors > 0).length, "with errors"),
    item(checked.filter((r) => reportedMismatches(r) > 0).length, "with reported values that do not match the data"),
  ]}</ul>`;
}

const STATUS_ORDER: readonly RlStatus[] = ["adverse", "within", "reverse", "not-computable"];

function distribution(
  id: RlIndicator,
  checked: readonly { r: CheckedFile; index: number }[],
  band: Settings["rlBand"],
): Html {
  const label = `RL${id.slice(1)}`;
  const points: StripPoint[] = checked.flatMap(({ r, index }) => {
    const v = r.indicators[id];
    return v.rl === null ? [] : [{ label: whoOf(r), value: v.rl, status: v.status, anchor: anchorOf(index) }];
  });
  const byStatus = STATUS_ORDER.map(
    (s) => [s, checked.filter(({ r }) => r.indicators[id].status === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${RL_STATUS_WORDS[s]} ${n}`)
    .join(", ");
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const named = (ps: readonly StripPoint[]): string => ps.map((p) => `${p.label} ${formatRl(p.value)}`).join("; ");
  const caption = `${label} — ${INDICATOR_WORDS[id].title}: ${points.length} of ${plural(checked.length, "return")} computable (${byStatus || "none"})`;
  const extremes = markup`<p class="hint">Highest: ${named(sorted.slice(0, 3))}. Lowest: ${named(sorted.slice(-3).reverse())}.</p>`;
  return markup`<figure>
<figcaption id="strip-${label}">${caption}</figcaption>
${points.length ? rlStrip(label, points, band) : markup`<p>No return gives a computable ${label}.</p>`}
${sorted.length ? extremes : ""}
</figure>
`;
}

function settingsLine(settings: Settings): string {
  return Object.entries(settings)
    .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join("–") : String(v)}`)
    .join(", ");
}

export function formatHtmlReport(reports: readonly FileReport[], context: ReportContext): string {
  const checked = reports.flatMap((r, index) => (r.status === "ok" ? [{ r, index }] : []));
  const band = context.settings.rlBand;
  const when = context.checkedAt.replace("T", " ").slice(0, 16);
  return markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>WRES returns checked: ${plural(reports.length, "file")}</title>
${STYLE_ELEMENT}
</head>
<body>
<header>
<h1>WRES returns checked</h1>
<p class="meta">${context.tool}, ${when} UTC. Settings: ${settingsLine(context.settings)}.</p>
${totals(reports)}
<p class="hint">Each figure is recomputed from the counts in the return. Statuses are shown in words and by shape: ▲ adverse, ● within, ▼ reverse gap, ◆ favourable, ○ n/c (not computable).</p>
</header>
<main>
<section id="returns">
<h2>Returns</h2>
<p class="hint">One row per file, in the order the files were found. Select a column heading to sort; select an organisation to see its flags.</p>
${returnsTable(reports, anchorOf)}
</section>
<section id="distribution">
<h2>Relative likelihoods across all returns</h2>
<p class="hint">Each mark is one return, on a logarithmic scale (1.00 = no difference; above 1.00 BME staff fare worse). The shaded band is ${formatRl(band[0])}–${formatRl(band[1])}; marks outside it stand out. Select a mark to see its organisation's flags.</p>
${RL_INDICATORS.map((id) => distribution(id, checked, band))}
</section>
${flagSections(reports, anchorOf)}
</main>
${SCRIPT_ELEMENT}
</body>
</html>
`.text;
}
