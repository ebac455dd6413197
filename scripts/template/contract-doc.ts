/**
 * docs/template-contract.md, generated from the contract (like the template itself), so the
 * documented names, shapes and roles can never drift from what the code reads and writes.
 */

import { AREAS, CONTRACT, NUMBER_FORMATS, numberFormatAt, type NameSpec } from "../../src/wres/contract";
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
  const role =
    s.role === "input"
      ? `input, ${REQUIRED_WORDS[s.required]}`
      : s.role === "mixed"
        ? `mixed (the add-in drafts into empty rows only), ${REQUIRED_WORDS[s.required]}`
        : "output";
  const cell = (t: string) => t.replace(/\|/g, "\\|");
  const formats = s.columnKinds
    ? s.columns.map((c, i) => `${c}: \`${cell(numberFormatAt(s, i))}\``).join("; ")
    : `\`${cell(NUMBER_FORMATS[s.kind])}\``;
  const shape = `${s.rows.length}×${s.columns.length}${s.extensible ? " or taller" : ""}`;
  const since = s.since === "1.0" ? "" : ` (template ${s.since}; a workbook of an earlier version may lack it)`;
  return `| \`${s.name}\` | ${shape} | ${role}${since} | ${cell(s.columns.join(", "))} | ${formats} | ${where} | ${cell(s.description)} |`;
}

export function contractMarkdown(): string {
  const lines = [
    "# The template contract (generated)",
    "",
    "Generated from `src/wres/contract.ts` by `npm run template`; do not edit by hand. Every name is",
    "workbook-scoped; a trust may move blocks, and the name still finds its cells. `_PY` names are",
    "the previous reporting year: optional as a whole, but not partly filled. Where: the position in",
    "the bundled template. Names of template 1.1 (history, action plan, goals) are optional in a 1.0",
    "workbook, which is read without them and without any flag. `WRES_ActionPlan` may be extended",
    "downwards by the trust: a taller range of the same 7 columns is read in full (insert rows inside",
    "the table and the name grows with them).",
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
