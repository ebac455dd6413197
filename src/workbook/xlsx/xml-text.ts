/** Turns the raw text of XML content and attributes back into the characters they stand for. */

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** `a &amp; b &#233;` → `a & b é`. Unknown or invalid references are kept as written. */
export function decodeXmlEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (whole: string, hex?: string, decimal?: string, name?: string) => {
    if (name) return NAMED[name];
    return fromCodePoint(hex ? parseInt(hex, 16) : Number(decimal)) ?? whole;
  });
}

/**
 * Content text between a start and an end tag: entities decoded, CDATA sections kept
 * verbatim (Excel never writes them, but other generators may).
 */
export function decodeXmlContent(raw: string): string {
  if (raw.indexOf("<![CDATA[") < 0) return decodeXmlEntities(raw);
  let out = "";
  let at = 0;
  for (;;) {
    const open = raw.indexOf("<![CDATA[", at);
    if (open < 0) return out + decodeXmlEntities(raw.slice(at));
    const close = raw.indexOf("]]>", open + 9);
    out += decodeXmlEntities(raw.slice(at, open)) + raw.slice(open + 9, close < 0 ? raw.length : close);
    if (close < 0) return out;
    at = close + 3;
  }
}

const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * Spreadsheet strings escape characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a
 * carriage return); `_x005F_` escapes the underscore of text that merely looks like one.
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(OOXML_ESCAPE, (_whole: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function fromCodePoint(code: number): string | undefined {
  const valid = code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}
