/** The text of a string item (`<si>` or `<is>`): plain `<t>` or rich-text runs, without phonetic guides. */

import { endOfElement, nextTag } from "./xml-scan";
import { decodeOoxmlEscapes, decodeXmlContent } from "./xml-text";

/** Concatenates every `<t>` between `from` and `to`, skipping `<rPh>` (phonetic reading) runs. */
export function readStringItem(xml: string, from: number, to: number): string {
  let text = "";
  let at = from;
  for (let tag = nextTag(xml, at, to); tag; tag = nextTag(xml, at, to)) {
    at = tag.end;
    if (tag.kind !== "start" || (tag.local !== "t" && tag.local !== "rPh")) continue;
    const element = endOfElement(xml, tag);
    if (tag.local === "t") text += decodeXmlContent(xml.slice(tag.end, element.contentEnd));
    at = element.end;
  }
  return decodeOoxmlEscapes(text);
}
