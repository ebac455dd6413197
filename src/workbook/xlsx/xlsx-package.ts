/**
 * The parts of an .xlsx package (a zip archive), decompressed one at a time on request and
 * within the size limits.
 */

import { InflateBudget, inflateEntry } from "./bounded-inflate";
import { FAULT } from "./fault";
import { faultForNonZip } from "./file-kind";
import type { XlsxLimits } from "./limits";
import { XmlSyntaxError } from "./xml-syntax-error";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

export class XlsxPackage {
  private readonly texts = new Map<string, string>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly budget: InflateBudget,
  ) {}

  /** Opens the archive's directory; throws an XlsxFault for anything that is not a readable zip. */
  static open(bytes: Uint8Array, limits: XlsxLimits): XlsxPackage {
    if (bytes.length > limits.maxFileBytes) throw FAULT.tooLarge(limits.maxFileBytes);
    const entries = readZipDirectory(bytes);
    if (!entries) throw faultForNonZip(bytes);
    return new XlsxPackage(bytes, entries, new InflateBudget(limits));
  }

  /** Whether the package holds a part of this name (part names are case-insensitive). */
  has(partName: string): boolean {
    return this.entries.has(partName.toLowerCase());
  }

  /** A part's text, or null when the package has no such part. Decompressed once, then cached. */
  text(partName: string): string | null {
    const key = partName.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(key);
    if (!entry) return null;
    const text = decodeText(inflateEntry(this.bytes, entry, this.budget));
    this.texts.set(key, text);
    return text;
  }

  /**
   * Parses a part with `parse`, turning XML syntax errors into a fault that names the part.
   * Returns null when the part does not exist.
   */
  parse<T>(partName: string, parse: (xml: string) => T): T | null {
    const xml = this.text(partName);
    if (xml === null) return null;
    return readingPart(partName, () => parse(xml));
  }

  /** Like parse, for parts a workbook cannot do without. */
  parseRequired<T>(partName: string, parse: (xml: string) => T): T {
    const parsed = this.parse(partName, parse);
    if (parsed === null) throw FAULT.missingPart(partName);
    return parsed;
  }
}

/** Runs `read` on a part's text, turning XML syntax errors into a fault that names the part. */
export function readingPart<T>(partName: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw FAULT.invalidXml(partName);
    throw e;
  }
}

const utf8 = new TextDecoder("utf-8");

/** Parts are UTF-8 (a BOM is dropped by the decoder); UTF-16 is allowed when it has a BOM. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8.decode(bytes);
}
