/**
 * The shared string table (`xl/sharedStrings.xml`), read lazily: items are located only as
 * far as the highest index asked for, and each item's text is decoded only when asked for.
 */

import { readStringItem } from "./rich-text";
import { endOfElement, nextStartTag, nextTag, XmlSyntaxError } from "./xml-scan";

export class SharedStrings {
  /** [content start, content end] of each item found so far. */
  private readonly itemBounds: (readonly [number, number])[] = [];
  private readonly texts = new Map<number, string>();
  private scanAt: number;
  private readonly scanEnd: number;

  /** Throws XmlSyntaxError when the part has no `<sst>` table. */
  constructor(private readonly xml: string) {
    const table = nextStartTag(xml, "sst", 0);
    if (!table) throw new XmlSyntaxError("no <sst> element");
    this.scanAt = table.end;
    this.scanEnd = table.selfClosing ? table.end : endOfElement(xml, table).contentEnd;
  }

  /** The text of item `index`, or undefined when the table has no such item. */
  get(index: number): string | undefined {
    const cached = this.texts.get(index);
    if (cached !== undefined) return cached;
    while (this.itemBounds.length <= index && this.findNextItem());
    const bounds = this.itemBounds[index];
    if (!bounds) return undefined;
    const text = readStringItem(this.xml, bounds[0], bounds[1]);
    this.texts.set(index, text);
    return text;
  }

  private findNextItem(): boolean {
    for (
      let tag = nextTag(this.xml, this.scanAt, this.scanEnd);
      tag;
      tag = nextTag(this.xml, this.scanAt, this.scanEnd)
    ) {
      this.scanAt = tag.end;
      if (tag.kind === "start" && tag.local === "si") {
        const { contentEnd, end } = endOfElement(this.xml, tag);
        this.itemBounds.push([tag.end, contentEnd]);
        this.scanAt = end;
        return true;
      }
    }
    return false;
  }
}
