/**
 * docs/template-contract.md, generated from the contract (like the template itself), so the
 * documented names, shapes and roles can never drift from what the code reads and writes.
 */

import { AREAS, CONTRACT, NUMBER_FORMATS, type NameSpec } from "../../src/wres/contract";
import { TEMPLATE_LAYOUT } from "./layout";
import { rangeAddress } from "../../src/wres/a1";

const REQUIRED_WORDS: Record<NameSpec["required"], string> = {
  yes: "required",
  no: "optional",
  "whole-block": "optional as a whole block",
  "if-survey": "required if indicators 5–8 are filled",
};

function row(s: NameSpec): string {
  const at = TEMPLATE_LAYOUT.get(s.name);
  const where = at ? `\`${rangeAddress(at.sheet, at.top, at.left, at.rows, at.columns)}\`` : "";
  const role = s.role === "input" ? `input, ${REQUIRED_WORDS[s.required]}` : "output";
  const cell = (t: string) => t.replace(/\|/g, "\\|");
  return `| \`${s.name}\` | ${s.rows.length}×${s.columns.length} | ${role} | ${cell(s.columns.join(", "))} | \`${cell(NUMBER_FORMATS[s.kind])}\` | ${where} | ${cell(s.description)} |`;
}

export function contractMarkdown(): string {
  const lines = [
    "# The template contract (generated)",
    "",
    "Generated from `src/wres/contract.ts` by `npm run template`; do not edit by hand. Every name is",
    "workbook-scoped; a trust may move blocks, and the name still finds its cells. `_PY` names are",
    "the previous reporting year: optional as a whole, but not partly filled. Where: the position in",
    "the bundled template.",
    "",
  ];
  for (const area of AREAS) {
    lines.push(
      `## ${area}`,
      "",
      "| name | shape | role | columns | number format | where | content |",
      "|---|---|---|---|---|---|---|",
    );
    for (const s of CONTRACT.filter((x) => x.area === area)) lines.push(row(s));
    lines.push("");
  }
  return lines.join("\n");
}
