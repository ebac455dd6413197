/**
 * A forward-only XML pull reader: enough of XML 1.0 with namespaces to read spreadsheet parts
 * exactly as a conforming parser does, in one linear pass and without building a tree.
 *
 * - Every end tag must match its start tag (`<x:c>…</c>` is not XML), so nesting is known
 *   at every step and no search ever looks ahead for an end tag.
 * - Elements are identified by namespace URI and local name, whatever prefix a generator bound
 *   (`<x:c>`, `<c>`), in the transitional or the Strict spreadsheet namespace.
 * - Text is what a parser reports: comments and processing instructions dropped, CDATA kept
 *   verbatim, the five entities and character references decoded, line ends normalised.
 *   Anything else (`&nbsp;`, a bare `&`, a DTD) is not well-formed and raises XmlSyntaxError.
 *
 * Attributes and namespaces are resolved only when asked for, so skipping an element costs one
 * scan of its tags.
 */

import { XmlSyntaxError } from "./xml-syntax-error";
import { decodeAttribute, decodeText } from "./xml-text";

export { XmlSyntaxError };

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** What advance() moved to. */
export const XmlEvent = { Start: 1, End: 2, EndOfDocument: 3 } as const;
export type XmlEvent = (typeof XmlEvent)[keyof typeof XmlEvent];

/** Namespace declarations of one element: prefix ("" for the default) → URI ("" undeclares). */
type Bindings = Map<string, string>;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COLON = 0x3a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

export class XmlCursor {
  /** Depth of the current element (the root is 1); after an end, of the element that ended. */
  depth = 0;

  private pos = 0;
  /** Where the current start tag's name starts, where its local part starts, where it ends. */
  private nameStart = 0;
  private localStart = 0;
  private nameEnd = 0;
  /** The open elements' names, as [start, end) offsets in the text, and their namespace declarations. */
  private openNames = new Int32Array(64);
  private readonly bindings: (Bindings | null)[] = [];
  /** How many open elements declare namespaces: while none does, no prefix needs looking up. */
  private declaring = 0;
  /** The last prefix looked up and its URI, valid while no declaration comes into or goes out of scope. */
  private cachedPrefix: string | null = null;
  private cachedUri: string | null = null;
  private rootSeen = false;
  /** A self-closing element was reported as started; its end comes next. */
  private pendingEnd = false;
  /** [name start, name end, value start, value end] of each attribute of the current start tag. */
  private readonly attributeBounds: number[] = [];
  private attributeCount = 0;
  /** Inside skip() or text(): no attribute of the tags passed over is ever asked for. */
  private passing = false;
  /** Text collected by text(); null when text is skipped. */
  private collected: string | null = null;

  constructor(readonly xml: string) {}

  /** The current start tag's name as written, e.g. `x:c`. */
  get qname(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** Its name without prefix, e.g. `c`. */
  get local(): string {
    return this.xml.slice(this.localStart, this.nameEnd);
  }

  /** Whether the current element's name without prefix is `local`. */
  hasLocalName(local: string): boolean {
    return this.nameEnd - this.localStart === local.length && this.xml.startsWith(local, this.localStart);
  }

  /** Moves to the next start or end tag, or the end of the document (after checking it is complete). */
  advance(): XmlEvent {
    if (this.pendingEnd) {
      this.pendingEnd = false;
      return this.pop();
    }
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      const textEnd = lt < 0 ? xml.length : lt;
      if (textEnd > this.pos) this.onText(this.pos, textEnd);
      if (lt < 0) return this.endOfDocument();
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) return this.readEndTag(lt);
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        this.readMarkup(lt);
        continue;
      }
      return this.readStartTag(lt);
    }
  }

  /**
   * Moves to the next start tag inside the element at `depth` (at any depth below it); false
   * once that element's end tag has been passed.
   */
  nextInside(depth: number): boolean {
    for (;;) {
      const event = this.advance();
      if (event === XmlEvent.Start) return true;
      if (event === XmlEvent.End && this.depth === depth) return false;
      if (event === XmlEvent.EndOfDocument) throw new XmlSyntaxError("an element is never closed");
    }
  }

  /** Moves to the first start tag of the document (the root element); false when there is none. */
  nextElement(): boolean {
    for (;;) {
      const event = this.advance();
      if (event === XmlEvent.Start) return true;
      if (event === XmlEvent.EndOfDocument) return false;
    }
  }

  /** Passes over the rest of the current element, checking its tags. */
  skip(): void {
    this.passOver(this.depth);
  }

  /** The text of the current element and its descendants, as a parser reports it; consumes the element. */
  text(): string {
    this.collected = "";
    try {
      this.passOver(this.depth);
      return this.collected;
    } finally {
      this.collected = null;
    }
  }

  /** To the end of the element at `depth`, not reading the attributes of the tags inside. */
  private passOver(depth: number): void {
    this.passing = true;
    try {
      while (this.nextInside(depth));
    } finally {
      this.passing = false;
    }
  }

  /** Reads to the end of the document, checking that it is complete. */
  finish(): void {
    while (this.advance() !== XmlEvent.EndOfDocument);
  }

  /** The namespace URI of the current element, or null when it has none. */
  get namespace(): string | null {
    const prefixed = this.localStart > this.nameStart;
    if (this.declaring === 0 && !prefixed) return null;
    return this.resolve(prefixed ? this.xml.slice(this.nameStart, this.localStart - 1) : "", prefixed);
  }

  /** The value of an attribute without a prefix (`r`, `t`, `name`), or undefined. */
  attribute(name: string): string | undefined {
    const b = this.attributeBounds;
    for (let i = 0; i < this.attributeCount * 4; i += 4) {
      if (b[i + 1] - b[i] === name.length && this.xml.startsWith(name, b[i])) return this.attributeValue(i);
    }
    return undefined;
  }

  /** The value of an attribute in one of these namespaces (e.g. `r:id`), or undefined. */
  attributeIn(namespaces: ReadonlySet<string>, local: string): string | undefined {
    const b = this.attributeBounds;
    for (let i = 0; i < this.attributeCount * 4; i += 4) {
      const name = this.xml.slice(b[i], b[i + 1]);
      const colon = name.indexOf(":");
      if (colon < 0 || name.slice(colon + 1) !== local || name.startsWith("xmlns:")) continue;
      const uri = this.resolve(name.slice(0, colon), true);
      if (uri !== null && namespaces.has(uri)) return this.attributeValue(i);
    }
    return undefined;
  }

  private attributeValue(i: number): string {
    const b = this.attributeBounds;
    return decodeAttribute(this.xml.slice(b[i + 2], b[i + 3]));
  }

  /** The URI bound to a prefix where the current element stands. */
  private resolve(prefix: string, prefixed: boolean): string | null {
    if (prefix === this.cachedPrefix) return this.cachedUri;
    if (prefix === "xml") return XML_NAMESPACE;
    let found: string | null = null;
    for (let i = this.bindings.length - 1; i >= 0; i--) {
      const uri = this.bindings[i]?.get(prefix);
      if (uri !== undefined) {
        found = uri === "" ? null : uri;
        break;
      }
      if (i === 0 && prefixed) throw new XmlSyntaxError(`the prefix ${prefix}: is not declared`);
    }
    if (this.bindings.length === 0 && prefixed) throw new XmlSyntaxError(`the prefix ${prefix}: is not declared`);
    this.cachedPrefix = prefix;
    this.cachedUri = found;
    return found;
  }

  private onText(from: number, to: number): void {
    if (this.collected !== null) {
      this.collected += decodeText(this.xml.slice(from, to));
    } else if (this.bindings.length === 0) {
      for (let i = from; i < to; i++) {
        if (!isSpace(this.xml.charCodeAt(i))) throw new XmlSyntaxError("text outside the root element");
      }
    }
    this.pos = to;
  }

  /** A comment, processing instruction, CDATA section or DTD at `lt`. */
  private readMarkup(lt: number): void {
    const xml = this.xml;
    if (xml.startsWith("<!--", lt)) {
      this.pos = this.closeOf(lt + 4, "-->");
    } else if (xml.startsWith("<?", lt)) {
      this.pos = this.closeOf(lt + 2, "?>");
    } else if (xml.startsWith("<![CDATA[", lt)) {
      if (this.bindings.length === 0) throw new XmlSyntaxError("CDATA outside the root element");
      this.pos = this.closeOf(lt + 9, "]]>");
      if (this.collected !== null) this.collected += decodeText(xml.slice(lt + 9, this.pos - 3), true);
    } else {
      // Office Open XML parts may not hold a DTD (ECMA-376 Part 2), and its entities are a hazard.
      throw new XmlSyntaxError("a DTD or unknown markup");
    }
  }

  private closeOf(from: number, close: string): number {
    const at = this.xml.indexOf(close, from);
    if (at < 0) throw new XmlSyntaxError(`unterminated ${close}`);
    return at + close.length;
  }

  private readEndTag(lt: number): XmlEvent {
    const xml = this.xml;
    const top = this.bindings.length * 2;
    if (top === 0) throw new XmlSyntaxError("an end tag that closes nothing");
    const start = this.openNames[top - 2];
    const length = this.openNames[top - 1] - start;
    let i = lt + 2;
    for (let k = 0; k < length; k++, i++) {
      if (xml.charCodeAt(i) !== xml.charCodeAt(start + k)) throw this.mismatch(lt);
    }
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== GT) throw this.mismatch(lt);
    this.pos = i + 1;
    return this.pop();
  }

  private mismatch(lt: number): XmlSyntaxError {
    const top = this.bindings.length * 2;
    const expected = this.xml.slice(this.openNames[top - 2], this.openNames[top - 1]);
    const found = /^<\/[^\s>]*/.exec(this.xml.slice(lt, lt + 100))?.[0] ?? "</";
    return new XmlSyntaxError(`${found}> closes <${expected}>`);
  }

  private pop(): XmlEvent {
    this.depth = this.bindings.length;
    if (this.bindings.pop()) this.scopeChanged(-1);
    return XmlEvent.End;
  }

  private scopeChanged(by: number): void {
    this.declaring += by;
    this.cachedPrefix = null;
  }

  private readStartTag(lt: number): XmlEvent {
    const xml = this.xml;
    const length = xml.length;
    if (this.bindings.length === 0) {
      if (this.rootSeen) throw new XmlSyntaxError("a second root element");
      this.rootSeen = true;
    }
    let i = lt + 1;
    let localStart = i;
    for (; i < length; i++) {
      const c = xml.charCodeAt(i);
      if (c === COLON) localStart = i + 1;
      else if (isSpace(c) || c === GT || c === SLASH) break;
      else if (c === LT || c === EQUALS || c === QUOTE || c === APOSTROPHE) throw new XmlSyntaxError("a malformed tag");
    }
    if (i === lt + 1) throw new XmlSyntaxError("a tag without a name");
    const nameEnd = i;
    const bounds = this.attributeBounds;
    let count = 0;
    let bindings: Bindings | null = null;
    let selfClosing = false;
    // Passing over: only where the tag ends matters (its declarations bind nothing that is read).
    if (this.passing) {
      i = this.endOfTag(i);
      selfClosing = xml.charCodeAt(i - 2) === SLASH;
    }
    while (!this.passing) {
      const spaced = isSpace(xml.charCodeAt(i));
      while (isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH && xml.charCodeAt(i + 1) === GT) {
        i += 2;
        selfClosing = true;
        break;
      }
      if (i >= length || !spaced) throw new XmlSyntaxError("an unterminated tag");
      const attributeStart = i;
      for (; i < length; i++) {
        const n = xml.charCodeAt(i);
        if (isSpace(n) || n === EQUALS || n === GT || n === SLASH || n === LT) break;
      }
      const attributeEnd = i;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (attributeEnd === attributeStart || xml.charCodeAt(i) !== EQUALS) {
        throw new XmlSyntaxError("an attribute without a value");
      }
      i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlSyntaxError("an unquoted attribute");
      const close = xml.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (close < 0) throw new XmlSyntaxError("an unterminated attribute");
      const at = count++ * 4;
      bounds[at] = attributeStart;
      bounds[at + 1] = attributeEnd;
      bounds[at + 2] = i + 1;
      bounds[at + 3] = close;
      if (xml.charCodeAt(attributeStart) === 0x78 /* x */ && xml.startsWith("xmlns", attributeStart)) {
        bindings = this.declare(bindings, attributeStart, attributeEnd, i + 1, close);
      }
      i = close + 1;
    }
    this.pos = i;
    this.attributeCount = count;
    this.nameStart = lt + 1;
    this.localStart = localStart;
    this.nameEnd = nameEnd;
    const top = this.bindings.length * 2;
    if (top + 2 > this.openNames.length) {
      const grown = new Int32Array(this.openNames.length * 2);
      grown.set(this.openNames);
      this.openNames = grown;
    }
    this.openNames[top] = lt + 1;
    this.openNames[top + 1] = nameEnd;
    this.bindings.push(bindings);
    if (bindings) this.scopeChanged(1);
    this.depth = this.bindings.length;
    this.pendingEnd = selfClosing;
    return XmlEvent.Start;
  }

  /** The index after the `>` that ends a tag, from inside it, stepping over quoted values. */
  private endOfTag(from: number): number {
    const xml = this.xml;
    for (let i = from; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === GT) return i + 1;
      if (c === QUOTE || c === APOSTROPHE) {
        i = xml.indexOf(c === QUOTE ? '"' : "'", i + 1);
        if (i < 0) break;
      } else if (c === LT) {
        break;
      }
    }
    throw new XmlSyntaxError("an unterminated tag");
  }

  private declare(bindings: Bindings | null, nameStart: number, nameEnd: number, from: number, to: number) {
    const xml = this.xml;
    let prefix: string;
    if (nameEnd - nameStart === 5) prefix = "";
    else if (xml.charCodeAt(nameStart + 5) === COLON) prefix = xml.slice(nameStart + 6, nameEnd);
    else return bindings; // an attribute that merely starts with "xmlns"
    const uri = decodeAttribute(xml.slice(from, to));
    if (prefix !== "" && uri === "") throw new XmlSyntaxError(`the prefix ${prefix}: is bound to nothing`);
    const out = bindings ?? new Map<string, string>();
    out.set(prefix, uri);
    return out;
  }

  private endOfDocument(): XmlEvent {
    if (this.bindings.length > 0) throw new XmlSyntaxError("an element is never closed");
    if (!this.rootSeen) throw new XmlSyntaxError("no root element");
    return XmlEvent.EndOfDocument;
  }
}

/** SpreadsheetML, transitional and Strict; elements without a namespace are read too (sloppy generators). */
export const SPREADSHEET_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/** The namespace of `r:id` attributes, transitional and Strict. */
export const RELATIONSHIP_ID_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

/** Package relationships (`.rels` parts); the same URI in Strict. */
export const PACKAGE_RELATIONSHIPS_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/package/2006/relationships",
]);

/** Whether the current element is `local` in one of the namespaces (or in none). */
export function isElement(cursor: XmlCursor, namespaces: ReadonlySet<string>, local: string): boolean {
  if (!cursor.hasLocalName(local)) return false;
  const uri = cursor.namespace;
  return uri === null || namespaces.has(uri);
}

/** Whether the current element is SpreadsheetML's `local`. */
export function isSpreadsheetElement(cursor: XmlCursor, local: string): boolean {
  return isElement(cursor, SPREADSHEET_NAMESPACES, local);
}
