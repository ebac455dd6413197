/**
 * Writing SVG as text: escaped attributes and text, one element per call, and the rough text
 * widths the layouts need (no DOM to measure with: the same string serves the pane, the HTML
 * report and Word).
 */

/** Text and attribute values made safe for XML and HTML alike. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export type Attributes = Readonly<Record<string, string | number | null | undefined>>;

/** Coordinates to 0.01 px: enough for any screen or print, and stable strings for tests. */
export function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === "number" ? px(v) : v)}"`)
    .join("");
}

/** `<name attrs/>`, or `<name attrs>children</name>` (children already SVG). */
export function element(name: string, attrs: Attributes, children?: string): string {
  return children === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** A `<text>` element; its content is escaped. */
export function text(content: string, attrs: Attributes): string {
  return element("text", attrs, escapeXml(content));
}

/** Average advance of a character as a share of the font size, for Segoe UI and similar sans-serif faces. */
const CHAR_WIDTH = 0.56;

/** Rough width of `content` at `fontSize` px: enough to keep labels apart, never exact. */
export function textWidth(content: string, fontSize: number): number {
  return content.length * fontSize * CHAR_WIDTH;
}

/** Words broken into lines no wider than `width` at `fontSize` (a word longer than a line keeps its own line). */
export function wrapText(content: string, width: number, fontSize: number): string[] {
  const maxChars = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = "";
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
