/**
 * The shared string table (`xl/sharedStrings.xml`), read lazily: items are read only as far
 * as the highest index asked for.
 */

import { readStringItem } from "./rich-text";
import { isSpreadsheetElement, XmlCursor, XmlSyntaxError } from "./xml-cursor";

export class SharedStrings {
  private readonly items: string[] = [];
  private readonly cursor: XmlCursor;
  private complete = false;

  /** Throws XmlSyntaxError when the part has no `<sst>` table. */
  constructor(xml: string) {
    this.cursor = new XmlCursor(xml);
    if (!this.cursor.nextElement() || !isSpreadsheetElement(this.cursor, "sst")) {
      throw new XmlSyntaxError("no <sst> element");
    }
  }

  /** The text of item `index`, or undefined when the table has no such item. Throws XmlSyntaxError. */
  get(index: number): string | undefined {
    while (this.items.length <= index && !this.complete) this.readNextItem();
    return this.items[index];
  }

  private readNextItem(): void {
    const cursor = this.cursor;
    while (cursor.nextInside(1)) {
      if (cursor.depth === 2 && isSpreadsheetElement(cursor, "si")) {
        this.items.push(readStringItem(cursor));
        return;
      }
      cursor.skip();
    }
    cursor.finish();
    this.complete = true;
  }
}
