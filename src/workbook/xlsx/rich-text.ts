/** The text of a string item (`<si>` or `<is>`): plain `<t>` or rich-text runs, without phonetic guides. */

import { isSpreadsheetElement, type XmlCursor } from "./xml-cursor";
import { decodeOoxmlEscapes } from "./xml-text";

/**
 * Concatenates every `<t>` inside the current element, skipping `<rPh>` (phonetic reading)
 * runs; consumes the element.
 */
export function readStringItem(cursor: XmlCursor): string {
  const depth = cursor.depth;
  let text = "";
  while (cursor.nextInside(depth)) {
    if (isSpreadsheetElement(cursor, "t")) text += cursor.text();
    else if (isSpreadsheetElement(cursor, "rPh")) cursor.skip();
  }
  return decodeOoxmlEscapes(text);
}
