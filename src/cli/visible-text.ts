/**
 * Workbook text made safe to print: control characters and bidirectional overrides shown as
 * visible escapes, so that an organisation named "\u001b]0;pwned\u0007" cannot retitle or clear
 * the terminal, nor a right-to-left override reorder what the reader sees. Used by the text
 * output and the CSV alike; `--json` escapes controls by itself.
 */

/**
 * C0 controls but the tab (harmless whitespace), DEL, C1 controls, and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
function isHidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** "\x1b" for a control of one byte, "\u202e" for a bidirectional mark. */
function escapeOf(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The text with every hidden character escaped visibly: "\u001b[2J" → "\x1b[2J". */
export function visibleText(text: string): string {
  let first = 0;
  while (first < text.length && !isHidden(text.charCodeAt(first))) first++;
  if (first === text.length) return text; // nearly always: nothing to escape
  let shown = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    shown += isHidden(code) ? escapeOf(code) : text[i];
  }
  return shown;
}
