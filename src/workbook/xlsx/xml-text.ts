/**
 * Turns the raw text of XML content and attributes into the characters a conforming parser
 * reports (XML 1.0 §2.11, §3.3.3, §4.1): line ends normalised, the five predefined entities and
 * character references decoded. Anything else after `&` is not well-formed.
 */

import { XmlSyntaxError } from "./xml-syntax-error";

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** Characters XML 1.0 does not allow anywhere, even as a reference. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters being refused
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LINE_END = /\r\n?/g;
const ATTRIBUTE_SPACE = /[\t\n]/g;

/** Content text between tags; in a CDATA section (`cdata`) only line ends change. */
export function decodeText(raw: string, cdata = false): string {
  if (isPlain(raw, true)) return raw;
  if (NOT_XML_CHARACTER.test(raw)) throw new XmlSyntaxError("a character XML does not allow");
  const text = raw.indexOf("\r") < 0 ? raw : raw.replace(LINE_END, "\n");
  return cdata ? text : decodeReferences(text);
}

/** An attribute value: line ends and tabs become spaces before references are decoded (§3.3.3). */
export function decodeAttribute(raw: string): string {
  if (isPlain(raw, false)) return raw;
  if (raw.indexOf("<") >= 0) throw new XmlSyntaxError("a < in an attribute value");
  if (NOT_XML_CHARACTER.test(raw)) throw new XmlSyntaxError("a character XML does not allow");
  const text = /[\r\n\t]/.test(raw) ? raw.replace(LINE_END, "\n").replace(ATTRIBUTE_SPACE, " ") : raw;
  return decodeReferences(text);
}

/**
 * Whether the text stands as written: no reference, no line end to normalise, nothing to
 * refuse (most values, such as `B12` or `42`, checked in one pass instead of three searches).
 * In content text tabs and line feeds stand; in attribute values they become spaces.
 */
function isPlain(raw: string, content: boolean): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x20) {
      if (c === 0x26 /* & */ || c === 0x3c /* < */ || c >= 0xfffe) return false;
    } else if (!content || (c !== 0x09 && c !== 0x0a)) {
      return false;
    }
  }
  return true;
}

/** `a &amp; b &#233;` → `a & b é`; throws on `&nbsp;`, a bare `&` or a reference to no character. */
export function decodeReferences(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let at = 0;
  while (amp >= 0) {
    const semicolon = text.indexOf(";", amp + 1);
    if (semicolon < 0) throw new XmlSyntaxError("a & that starts no reference");
    out += text.slice(at, amp) + referenced(text.slice(amp + 1, semicolon));
    at = semicolon + 1;
    amp = text.indexOf("&", at);
  }
  return out + text.slice(at);
}

function referenced(name: string): string {
  const named = NAMED[name];
  if (named !== undefined) return named;
  let code = NaN;
  if (/^#x[0-9a-fA-F]+$/.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
  if (!isXmlCharacter(code)) throw new XmlSyntaxError(`&${name.slice(0, 20)}; is not a character XML allows`);
  return String.fromCodePoint(code);
}

function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
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
