/**
 * Seeded mutations of spreadsheet XML for the differential and property tests: each keeps the
 * document well-formed (comments, processing instructions, character references, CDATA, CRLF,
 * prefixes, Strict namespaces, foreign elements, odd spacing and quoting) or, in MALFORMING,
 * breaks it in one way a conforming parser refuses.
 */

import { Random as SeededRandom } from "../../../scripts/synthetic-returns/random";

/** A seeded source (the synthetic returns' mulberry32), so that every failure reproduces from its seed. */
export function seededRandom(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const TOKEN = /<(?:[^"'>]|"[^"]*"|'[^']*')*>|[^<]+/g;
const TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const TRANSITIONAL_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** Indices of the text tokens holding more than white space. */
function textTokens(tokens: readonly string[]): number[] {
  return tokens.flatMap((t, i) => (!t.startsWith("<") && t.trim() !== "" ? [i] : []));
}

/** Character positions in raw text that are not inside an entity reference, and the plain characters there. */
function plainPositions(raw: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "&") {
      i = raw.indexOf(";", i);
      continue;
    }
    const code = raw.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) out.push(i);
  }
  return out;
}

type TextEdit = (raw: string, at: number) => string;

/** Applies `edit` at a plain position of a random text token. */
function editText(xml: string, random: Random, edit: TextEdit): string {
  const tokens = xml.match(TOKEN) ?? [];
  const candidates = textTokens(tokens);
  if (candidates.length === 0) return xml;
  const index = pick(random, candidates);
  const positions = plainPositions(tokens[index]);
  if (positions.length === 0) return xml;
  tokens[index] = edit(tokens[index], pick(random, positions));
  return tokens.join("");
}

const insertAt =
  (inserted: string): TextEdit =>
  (raw, at) =>
    raw.slice(0, at) + inserted + raw.slice(at);

/** Binds the main namespace to `x:` on the root and writes every unprefixed element with it. */
function prefixEverything(xml: string): string {
  if ((xml.match(/\sxmlns\s*=/g) ?? []).length !== 1) return xml;
  return (xml.match(TOKEN) ?? [])
    .map((t) => {
      if (!t.startsWith("<") || t.startsWith("<?") || t.startsWith("<!")) return t;
      const named = t.replace(/^<(\/?)([^\s/>:]+)(?=[\s/>])/, "<$1x:$2");
      return named.replace(/\sxmlns\s*=/, " xmlns:x=");
    })
    .join("");
}

/** Inserts `element` after a random start tag of `local` (any prefix) that has content. */
function insertAfterStart(xml: string, random: Random, local: string, element: string): string {
  const tokens = xml.match(TOKEN) ?? [];
  const start = new RegExp(`^<(?:[^\\s/>:]+:)?${local}[\\s>]`);
  const starts = tokens.flatMap((t, i) => (start.test(t) && !t.endsWith("/>") ? [i] : []));
  if (starts.length === 0) return xml;
  const index = pick(random, starts);
  tokens[index] += element;
  return tokens.join("");
}

export const WELL_FORMED: readonly (readonly [string, (xml: string, random: Random) => string])[] = [
  ["comment in text", (xml, r) => editText(xml, r, insertAt("<!-- reviewed by JS -->"))],
  ["processing instruction in text", (xml, r) => editText(xml, r, insertAt("<?wres note?>"))],
  [
    "character reference",
    (xml, r) =>
      editText(xml, r, (raw, at) => {
        const code = raw.charCodeAt(at);
        const reference = r() < 0.5 ? `&#${code};` : `&#x${code.toString(16).toUpperCase()};`;
        return raw.slice(0, at) + reference + raw.slice(at + 1);
      }),
  ],
  [
    "CDATA",
    (xml, r) =>
      editText(xml, r, (raw, at) =>
        raw[at] === "]" || raw[at] === ">" ? raw : `${raw.slice(0, at)}<![CDATA[${raw[at]}]]>${raw.slice(at + 1)}`,
      ),
  ],
  ["entity for >", (xml, r) => editText(xml, r, (raw, at) => (raw[at] === ">" ? raw : insertAt("&gt;&amp;")(raw, at)))],
  ["CRLF line ends", (xml) => xml.replace(/\n/g, "\r\n")],
  ["prefixed elements", (xml) => prefixEverything(xml)],
  ["Strict namespaces", (xml) => xml.split(TRANSITIONAL).join(STRICT).split(TRANSITIONAL_R).join(STRICT_R)],
  [
    "foreign cell in a row",
    (xml, r) => insertAfterStart(xml, r, "row", '<o:c xmlns:o="urn:other" r="A1"><o:v>999</o:v></o:c>'),
  ],
  ["foreign value in a cell", (xml, r) => insertAfterStart(xml, r, "c", '<o:v xmlns:o="urn:other">999</o:v>')],
  [
    "foreign defined name",
    (xml, r) =>
      insertAfterStart(
        xml,
        r,
        "definedNames",
        '<o:definedName xmlns:o="urn:other" name="WRES_Fake">X!$A$1</o:definedName>',
      ),
  ],
  [
    "foreign string item",
    (xml, r) => insertAfterStart(xml, r, "sst", '<o:si xmlns:o="urn:other"><o:t>fake</o:t></o:si>'),
  ],
  [
    "spaces in tags",
    (xml) => xml.replace(/<\/(\w+:)?(v|c|row|t|si)>/g, "</$1$2 \n>").replace(/<(\w+:)?c r=/g, "<$1c  r = "),
  ],
  ["single quotes", (xml) => xml.replace(/ (r|t|s|name)="([^"']*)"/g, " $1='$2'")],
];

export const MALFORMING: readonly (readonly [string, (xml: string, random: Random) => string])[] = [
  ["mismatched prefix", (xml) => prefixEverything(xml).replace(/<\/x:(v|row|si|definedName|c)>/, "</$1>")],
  ["undefined entity", (xml, r) => editText(xml, r, insertAt("&nbsp;"))],
  ["bare ampersand", (xml, r) => editText(xml, r, insertAt("R&D "))],
  ["unbound prefix", (xml, r) => insertAfterStart(xml, r, "row", '<q:c r="A1"><q:v>1</q:v></q:c>')],
  ["DTD", (xml) => xml.replace(/(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE x [<!ENTITY e "x">]>')],
  ["cut short", (xml, r) => xml.slice(0, Math.floor(xml.length * (0.3 + 0.6 * r())))],
];
