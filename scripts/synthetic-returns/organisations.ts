/**
 * Fictional organisation names and codes for synthetic returns, and the hostile names a
 * reviewer's tools must survive: markup, a spreadsheet formula, text that looks like a number.
 */

import type { Random } from "./random";

const PLACES = [
  "Ashworth",
  "Brackenfield",
  "Calder Vale",
  "Dunmore",
  "Eastleigh Bay",
  "Fenwick",
  "Greystone",
  "Harrowfield",
  "Ingleby",
  "Kestrel Moor",
  "Larkhill",
  "Marston Cross",
  "Northmoor",
  "Oakhampton",
  "Pennington",
  "Quarry Bank",
  "Redmarsh",
  "Saltcombe",
  "Thornbury Vale",
  "Upperton",
  "Wexcombe",
  "Yardley Heath",
  "Alderbrook",
  "Birchcliffe",
  "Coldharbour",
  "Deansgate",
  "Elmstead",
  "Foxley",
  "Glenfield",
  "Hollins",
];
const KINDS = [
  "NHS Trust",
  "NHS Foundation Trust",
  "Hospitals NHS Foundation Trust",
  "Teaching Hospitals NHS Trust",
  "Community Healthcare NHS Trust",
  "Mental Health NHS Foundation Trust",
  "and District NHS Foundation Trust",
];

export const REGIONS = [
  "east-of-england",
  "london",
  "midlands",
  "north-east-and-yorkshire",
  "north-west",
  "south-east",
  "south-west",
] as const;

export function organisationName(random: Random): string {
  return `${random.pick(PLACES)} ${random.pick(KINDS)}`;
}

/** A unique ODS-like code: R and three letters or digits. */
export function orgCode(index: number): string {
  return `R${index.toString(36).toUpperCase().padStart(3, "0")}`;
}

/** Names that must reach every output as plain text: escaped in HTML, neutralised in CSV. */
export const HOSTILE_NAMES: readonly { readonly name: string; readonly why: string }[] = [
  { name: "Hillside <script>alert(1)</script> NHS Trust", why: "markup in the organisation name" },
  { name: '=HYPERLINK("http://evil.example/","Open")', why: "a spreadsheet formula as the organisation name" },
  { name: "-0.05", why: "an organisation name that looks like a negative number" },
  { name: "@SUM(1+1)*cmd|' /C calc'!A0", why: "a DDE payload as the organisation name" },
];
