/**
 * HTML built from tagged templates in which every interpolated value is escaped unless it is
 * already Html. Workbook text (organisation names, codes, file names, messages) therefore
 * cannot become markup by accident: the only way in is `escapeHtml`.
 *
 * The tag is `markup`, not `html`: Prettier reformats templates tagged `html`, which would add
 * whitespace to the page and change the inline script whose hash the page's policy allows.
 */

/** A fragment of markup that is safe to insert as it is. */
export class Html {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text as it must appear in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text;
}
const SPECIAL = /[&<>"']/;

export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

function render(part: HtmlPart): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) {
    let out = "";
    for (const item of part as readonly HtmlPart[]) out += render(item);
    return out;
  }
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

/** `markup\`<td>${name}</td>\``: the literal parts are markup, every value is escaped (arrays are joined). */
export function markup(literals: TemplateStringsArray, ...values: readonly HtmlPart[]): Html {
  let out = literals[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + literals[i + 1];
  return new Html(out);
}

/** Markup written by this program itself (the page's style sheet and script), never workbook text. */
export function trustedMarkup(text: string): Html {
  return new Html(text);
}
