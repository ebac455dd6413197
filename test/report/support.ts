/**
 * Reading a report back as a reader sees it: the text of a .docx's body, header and footer
 * (paragraph by paragraph, from its XML), the visible text of the HTML page, and the headline
 * figures of a check as the shared formatter prints them.
 */

import { strFromU8, unzipSync } from "fflate";
import { INDICATOR_IDS, RL_INDICATORS, SURVEY_INDICATORS, type IndicatorId } from "../../src/wres/contract";
import { formatCount, formatPoints, formatRl, formatShare } from "../../src/wres/format";
import type { IndicatorsReport } from "../../src/wres/report";
import type { Series } from "../../src/wres/series";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
export const decode = (xml: string): string =>
  xml.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_m, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name],
  );

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** Each paragraph's text (its w:t runs joined), in order. */
export function paragraphsOf(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(""))
    .filter((t) => t.length > 0);
}

/** The document's text: body, headers and footers, one paragraph a line. */
export function docxText(bytes: Uint8Array): { body: string; headers: string[]; footers: string[] } {
  const parts = docxParts(bytes);
  const of = (prefix: string) =>
    Object.keys(parts)
      .filter((n) => n.startsWith(`word/${prefix}`) && n.endsWith(".xml"))
      .map((n) => paragraphsOf(parts[n]).join("\n"));
  return { body: paragraphsOf(parts["word/document.xml"]).join("\n"), headers: of("header"), footers: of("footer") };
}

/** The headings of the body with their style: ["Title", "WRES report 2025"], ["Heading1", "1. Summary"], … */
export function docxHeadings(bytes: Uint8Array): [string, string][] {
  const xml = docxParts(bytes)["word/document.xml"];
  return xml.split(/<\/w:p>/).flatMap((p): [string, string][] => {
    const style = /<w:pStyle w:val="(Title|Heading\d)"\/>/.exec(p);
    if (!style) return [];
    return [[style[1], [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join("")]];
  });
}

/** The page's text as read: tags dropped, entities decoded, the style sheet left out. */
export function htmlText(html: string): string {
  return decode(
    html
      .replace(/<style[\s\S]*?<\/style>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/[ \t]+/g, " "),
  );
}

/** Every relative likelihood of a check (this year's, last year's, two-year, interval bounds), formatted. */
export function rlFigures(i: IndicatorsReport): string[] {
  return RL_INDICATORS.flatMap((id) => {
    const r = i[id];
    return [r.rl, r.rlPY, r.ci?.[0] ?? null, r.ci?.[1] ?? null, id === "I3" ? i.I3.rl2y : null];
  })
    .filter((v): v is number => v !== null)
    .map(formatRl);
}

/** The headline figures of a check, each as the shared formatter prints it. */
export function headlineFigures(i: IndicatorsReport): string[] {
  const w = i.I1.workforce;
  const pct = i.I1.workforcePct;
  const i1 =
    w && pct
      ? [
          formatCount(w.white + w.bme + w.unknown),
          formatShare(pct.white),
          formatShare(pct.bme),
          formatShare(pct.unknown),
        ]
      : [];
  const survey = SURVEY_INDICATORS.flatMap((id) => {
    const s = i[id];
    return [
      formatShare(s.white),
      formatShare(s.bme),
      formatPoints(s.gap),
      ...(s.gapPY !== null ? [formatPoints(s.gapPY)] : []),
    ];
  });
  const board = [i.I9.total, i.I9.voting, i.I9.executive].map(formatPoints);
  return [...i1, ...rlFigures(i), ...survey, ...board];
}

/** RL figures followed by "%" (a ratio printed as a percentage), e.g. ["1.60%"]. */
export function rlsAsPercentages(text: string, rls: readonly string[]): string[] {
  return rls.flatMap((rl) => {
    const found = new RegExp(`(?<![\\d.])${rl.replace(".", "\\.")}\\s*%`).exec(text);
    return found ? [found[0]] : [];
  });
}

/** A series value as cli.md's `series` holds it: I1 a share, I2–I4 an RL, I5–I9 a gap in points. */
const seriesFigure = (id: IndicatorId, v: number): string =>
  id === "I1" ? formatShare(v) : (RL_INDICATORS as readonly string[]).includes(id) ? formatRl(v) : formatPoints(v);

/** Every figure of the series (template 1.1), each as the shared formatter prints it. */
export function seriesFigures(series: Series | undefined): string[] {
  if (!series) return [];
  return INDICATOR_IDS.flatMap((id) =>
    series[id].flatMap((p) => (p.value === null ? [] : [seriesFigure(id, p.value)])),
  );
}

/** The RLs of the series (indicators 2 to 4), formatted. */
export function seriesRlFigures(series: Series | undefined): string[] {
  if (!series) return [];
  return RL_INDICATORS.flatMap((id) => series[id].flatMap((p) => (p.value === null ? [] : [formatRl(p.value)])));
}

/** Each picture's alt text in a .docx (the `descr` of its `wp:docPr`), in order. */
export function docxAltTexts(bytes: Uint8Array): string[] {
  const xml = docxParts(bytes)["word/document.xml"];
  return [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => decode(m[1]));
}
