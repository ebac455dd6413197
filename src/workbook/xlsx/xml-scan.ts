/**
 * A forward-only XML tag scanner: enough XML to read spreadsheet parts quickly without
 * building a tree. Element names are matched by local name, so `<x:c>` and `<c>` are the
 * same element whatever prefix a generator bound to the namespace.
 */

import { decodeXmlEntities } from "./xml-text";

/** The XML is not well-formed where we needed it to be; the caller names the part. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

export interface StartTag {
  readonly kind: "start";
  /** The name as written, e.g. `x:c`. */
  readonly qname: string;
  /** The name without its prefix, e.g. `c`. */
  readonly local: string;
  /** Index of `<`. */
  readonly start: number;
  /** Index just after `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
  /** [name as written, decoded value] pairs, in document order. */
  readonly attributes: readonly (readonly [string, string])[];
}

export interface EndTag {
  readonly kind: "end";
  readonly local: string;
  readonly start: number;
  readonly end: number;
}

/** A comment, processing instruction, CDATA section or DOCTYPE: skipped by readers. */
export interface OtherMarkup {
  readonly kind: "other";
  readonly start: number;
  readonly end: number;
}

export type Tag = StartTag | EndTag | OtherMarkup;

const SPECIAL_MARKUP: readonly (readonly [string, string])[] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
  ["<!", ">"],
];

/** The next tag at or after `from` (and starting before `to`), or null when there is none. */
export function nextTag(xml: string, from: number, to: number = xml.length): Tag | null {
  const lt = xml.indexOf("<", from);
  if (lt < 0 || lt >= to) return null;
  return readTagAt(xml, lt);
}

/** The next start tag with this local name at or after `from`, before `to`. */
export function nextStartTag(xml: string, local: string, from: number, to: number = xml.length): StartTag | null {
  for (let tag = nextTag(xml, from, to); tag; tag = nextTag(xml, tag.end, to)) {
    if (tag.kind === "start" && tag.local === local) return tag;
  }
  return null;
}

/** Reads the tag whose `<` is at `lt`. */
export function readTagAt(xml: string, lt: number): Tag {
  const next = xml.charCodeAt(lt + 1);
  if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
    for (const [open, close] of SPECIAL_MARKUP) {
      if (xml.startsWith(open, lt)) {
        const closeAt = xml.indexOf(close, lt + open.length);
        if (closeAt < 0) throw new XmlSyntaxError(`unterminated ${open}`);
        return { kind: "other", start: lt, end: closeAt + close.length };
      }
    }
  }
  if (next === 0x2f /* / */) {
    const gt = xml.indexOf(">", lt + 2);
    if (gt < 0) throw new XmlSyntaxError("unterminated end tag");
    return { kind: "end", local: localName(xml.slice(lt + 2, gt).trim()), start: lt, end: gt + 1 };
  }
  return readStartTag(xml, lt);
}

function readStartTag(xml: string, lt: number): StartTag {
  let i = lt + 1;
  while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
  const qname = xml.slice(lt + 1, i);
  if (qname.length === 0) throw new XmlSyntaxError("a tag without a name");
  const attributes: (readonly [string, string])[] = [];
  for (;;) {
    while (isSpace(xml.charCodeAt(i))) i++;
    const c = xml.charCodeAt(i);
    if (c === 0x3e /* > */) return startTag(qname, lt, i + 1, false, attributes);
    if (c === 0x2f /* / */ && xml.charCodeAt(i + 1) === 0x3e) return startTag(qname, lt, i + 2, true, attributes);
    if (i >= xml.length || c === 0x3c /* < */ || c === 0x2f) throw new XmlSyntaxError(`unterminated <${qname}>`);
    const nameStart = i;
    while (i < xml.length && !isNameEnd(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3d /* = */) i++;
    const name = xml.slice(nameStart, i);
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3d) throw new XmlSyntaxError(`an attribute without a value in <${qname}>`);
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`an unquoted attribute in <${qname}>`);
    const close = xml.indexOf(quote, i + 1);
    if (close < 0) throw new XmlSyntaxError(`an unterminated attribute in <${qname}>`);
    attributes.push([name, decodeXmlEntities(xml.slice(i + 1, close))]);
    i = close + 1;
  }
}

function startTag(
  qname: string,
  start: number,
  end: number,
  selfClosing: boolean,
  attributes: (readonly [string, string])[],
): StartTag {
  return { kind: "start", qname, local: localName(qname), start, end, selfClosing, attributes };
}

/** An attribute by its name without prefix (`r:id` is found as `id`), or undefined. */
export function attribute(tag: StartTag, local: string): string | undefined {
  for (const [name, value] of tag.attributes) {
    if (name === local || (name.endsWith(local) && name.charCodeAt(name.length - local.length - 1) === 0x3a)) {
      return value;
    }
  }
  return undefined;
}

/**
 * Where the element opened by `tag` ends: the start index of its end tag and the index
 * after it. Only for elements that never contain an element of their own name (true of
 * every element this reader looks into).
 */
export function endOfElement(xml: string, tag: StartTag): ElementEnd {
  return tag.selfClosing ? { contentEnd: tag.end, end: tag.end } : findEndTag(xml, tag.qname, tag.end);
}

export interface ElementEnd {
  /** Index of the end tag's `<`. */
  readonly contentEnd: number;
  /** Index just after the end tag's `>`. */
  readonly end: number;
}

/** The first end tag of `qname` at or after `from`, allowing `</c >`. */
export function findEndTag(xml: string, qname: string, from: number): ElementEnd {
  const open = `</${qname}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.length)) {
    let i = at + open.length;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) === 0x3e /* > */) return { contentEnd: at, end: i + 1 };
  }
  // Rare: an end tag with another prefix bound to the same namespace.
  const local = localName(qname);
  const pattern = new RegExp(`</(?:[^\\s<>/:]+:)?${escapeRegExp(local)}\\s*>`, "g");
  pattern.lastIndex = from;
  const m = pattern.exec(xml);
  if (!m) throw new XmlSyntaxError(`<${qname}> is never closed`);
  return { contentEnd: m.index, end: m.index + m[0].length };
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e /* > */ || c === 0x2f; /* / */
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
