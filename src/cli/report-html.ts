/**
 * `--report FILE.html`: one self-contained page for a reviewer of many returns — the totals,
 * a sortable table of organisations × indicators, the distribution of RL2, RL3 and RL4 across
 * all returns against the band, and each organisation's flags. No external scripts, fonts or
 * images; every string from a workbook goes through the escaping of ./html.
 */

import { writeSync } from "fs";
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
import { flagSections, organisationEntry, unreadableEntry } from "./report-flags";
import { returnRow, returnsTable } from "./report-table";
import { Spool } from "./spool";

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

/** The run's totals, counted as the reports come in. */
interface Totals {
  files: number;
  checked: number;
  withErrors: number;
  mismatched: number;
}

function totals(t: Totals): Html {
  const item = (n: number, words: string): Html => markup`<li><strong>${n}</strong> ${words}</li>`;
  return markup`<ul class="totals">${[
    item(t.files, t.files === 1 ? "file" : "files"),
    item(t.checked, "checked"),
    item(t.files - t.checked, "could not be read"),
    item(t.checked - t.withErrors, "with no errors"),
    item(t.withErrors, "with errors"),
    item(t.mismatched, "with reported values that do not match the data"),
  ]}</ul>`;
}

const STATUS_ORDER: readonly RlStatus[] = ["adverse", "within", "reverse", "not-computable"];

/** One relative likelihood across the returns: each computable value, and how many returns had each status. */
interface Distribution {
  readonly points: StripPoint[];
  readonly byStatus: Map<RlStatus, number>;
}

function distribution(id: RlIndicator, d: Distribution, checked: number, band: Settings["rlBand"]): Html {
  const label = `RL${id.slice(1)}`;
  const points = d.points;
  const byStatus = STATUS_ORDER.map((s) => [s, d.byStatus.get(s) ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${RL_STATUS_WORDS[s]} ${n}`)
    .join(", ");
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const named = (ps: readonly StripPoint[]): string => ps.map((p) => `${p.label} ${formatRl(p.value)}`).join("; ");
  const caption = `${label} — ${INDICATOR_WORDS[id].title}: ${points.length} of ${plural(checked, "return")} computable (${byStatus || "none"})`;
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

/**
 * The report, built as the reports come in (`add`, in the order found) and written at the end
 * (`write`). Only what the page's head, table and distributions need is kept from each report;
 * each organisation's flags are rendered at once and set aside in a Spool, so that memory does
 * not grow with the flags of thousands of returns.
 */
export class HtmlReport {
  private readonly totals: Totals = { files: 0, checked: 0, withErrors: 0, mismatched: 0 };
  private readonly rows: Html[] = [];
  private readonly distributions = new Map<RlIndicator, Distribution>(
    RL_INDICATORS.map((id) => [id, { points: [], byStatus: new Map() }]),
  );
  private readonly unreadable: Html[] = [];
  private readonly entries = new Spool();

  add(r: FileReport): void {
    const index = this.totals.files++;
    const anchor = anchorOf(index);
    this.rows.push(returnRow(r, anchor));
    if (r.status !== "ok") {
      this.unreadable.push(unreadableEntry(r, anchor));
      return;
    }
    this.totals.checked++;
    if (r.counts.errors > 0) this.totals.withErrors++;
    if (reportedMismatches(r) > 0) this.totals.mismatched++;
    for (const [id, d] of this.distributions) {
      const { rl, status } = r.indicators[id];
      if (rl !== null) d.points.push({ label: whoOf(r), value: rl, status, anchor });
      d.byStatus.set(status, (d.byStatus.get(status) ?? 0) + 1);
    }
    this.entries.append(organisationEntry(r, anchor).text);
  }

  /** Writes the page to the open file `fd`. */
  writeTo(fd: number, context: ReportContext): void {
    const { before, after } = this.page(context);
    writeSync(fd, before);
    this.entries.copyTo(fd);
    writeSync(fd, after);
  }

  /** Removes what was set aside. */
  dispose(): void {
    this.entries.dispose();
  }

  /** The page before and after the organisations' entries. */
  private page(context: ReportContext): { before: string; after: string } {
    const band = context.settings.rlBand;
    const when = context.checkedAt.replace("T", " ").slice(0, 16);
    const flags = flagSections(this.totals.checked, this.unreadable);
    const before = markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>WRES returns checked: ${plural(this.totals.files, "file")}</title>
${STYLE_ELEMENT}
</head>
<body>
<header>
<h1>WRES returns checked</h1>
<p class="meta">${context.tool}, ${when} UTC. Settings: ${settingsLine(context.settings)}.</p>
${totals(this.totals)}
<p class="hint">Each figure is recomputed from the counts in the return. Statuses are shown in words and by shape: ▲ adverse, ● within, ▼ reverse gap, ◆ favourable, ○ n/c (not computable).</p>
</header>
<main>
<section id="returns">
<h2>Returns</h2>
<p class="hint">One row per file, in the order the files were found. Select a column heading to sort; select an organisation to see its flags.</p>
${returnsTable(this.rows)}
</section>
<section id="distribution">
<h2>Relative likelihoods across all returns</h2>
<p class="hint">Each mark is one return, on a logarithmic scale (1.00 = no difference; above 1.00 BME staff fare worse). The shaded band is ${formatRl(band[0])}–${formatRl(band[1])}; marks outside it stand out. Select a mark to see its organisation's flags.</p>
${RL_INDICATORS.map((id) => distribution(id, this.distributions.get(id)!, this.totals.checked, band))}
</section>
${flags.before}`;
    const after = markup`${flags.after}
</main>
${SCRIPT_ELEMENT}
</body>
</html>
`;
    return { before: before.text, after: after.text };
  }
}
