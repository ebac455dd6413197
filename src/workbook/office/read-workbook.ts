/// <reference types="office-js" />
/**
 * Reads the template's names from the live workbook, translated exactly as the .xlsx reader
 * translates a file.
 *
 * The normal case (every name there, each one range) is ONE context.sync: the workbook's facts
 * (sheets, names, protection, calculation mode, stored values) and every name's range and cells.
 * One odd name (missing, `#REF!`, a constant, a formula, several areas, sheet-scoped only) makes
 * Excel refuse that whole batch. The read then isolates each name, never relying on what Excel
 * does with a method called on a null object (undocumented):
 *   1. the facts again, with every workbook-level name's type and definition (one sync);
 *   2. the ranges of the names that are of type Range and state one range of an existing sheet
 *      (one sync); should Excel still refuse that batch, each of them alone (one sync each).
 * Every name Excel will not give as a range becomes the domain's broken-name form, which it
 * flags (BROKEN_NAME) by name; everything else is read and computed.
 *
 * Manual calculation: formulas may hold stale results. When Excel is set to calculate manually
 * the read recalculates first (`application.calculate("Recalculate")`, what F9 does) and reads
 * again in a new batch, so the outputs are never computed from stale inputs (two more syncs only
 * then). The snapshot says so, for the pane to tell the user.
 *
 * Dates: the snapshot leaves `date1904` unset, so the action plan's Due serials are read in the
 * 1900 date system (Windows, and Mac since Excel 2011). The released Excel API (as typed in
 * @types/office-js) has no property for the workbook's date system, and asking for one a host
 * lacks would fail the whole read. A workbook switched to the 1904 system would read its Due
 * dates 1,462 days early here; the .xlsx reader reads the setting from the file.
 */

import type { RawDefinition, RawName, RawWorkbook } from "../../wres/raw";
import { interpretDefinition, nameKey } from "../definition";
import { nameRangeDefinition, queueNameRange, type QueuedNameRange } from "./name-ranges";
import {
  factsAfterSync,
  queueFacts,
  withoutEquals,
  wresNameCount,
  type ListedName,
  type QueuedFacts,
  type SheetFacts,
  type WorkbookFacts,
} from "./workbook-facts";

/** One read of the workbook: the names as the domain reads them, and what the write step needs. */
export interface WorkbookSnapshot {
  readonly raw: RawWorkbook;
  /** Every worksheet's name, in workbook order. */
  readonly sheetNames: readonly string[];
  /** Every worksheet, with its visibility and protection, in workbook order. */
  readonly sheets: readonly SheetFacts[];
  /** Review → Protect Workbook: sheets cannot be added or deleted. */
  readonly structureProtected: boolean;
  /** The add-in's values stored in the document, by key (absent keys are missing). */
  readonly stored: ReadonlyMap<string, unknown>;
  /** Excel was set to calculate manually, so the read recalculated the workbook first (as F9 does). */
  readonly recalculated: boolean;
}

/** Refusals that say nothing about the names: reading them one by one would be refused the same way. */
const NOT_ABOUT_NAMES = new Set([
  "InvalidOperationInCellEditMode",
  "InactiveWorkbook",
  "ApiNotFound",
  "NotImplemented",
]);

/** Reads the given names (missing, broken and sheet-scoped ones included) and the stored keys. */
export async function readWorkbook(
  context: Excel.RequestContext,
  names: readonly string[],
  storedKeys: readonly string[] = [],
): Promise<WorkbookSnapshot> {
  const first = await readOnce(context, { names, storedKeys, recalculate: false });
  if (first.facts.calculationMode !== "Manual") return snapshotOf(first, false);
  return snapshotOf(await readOnce(context, { names, storedKeys, recalculate: true }), true);
}

interface Read {
  readonly facts: WorkbookFacts;
  readonly definitions: ReadonlyMap<string, RawDefinition | null>;
}

function snapshotOf({ facts, definitions }: Read, recalculated: boolean): WorkbookSnapshot {
  const rawNames = new Map<string, RawName>();
  for (const [name, workbook] of definitions) {
    rawNames.set(name, {
      name,
      workbook,
      sheetScoped: facts.sheetScoped
        .filter((s) => s.key === nameKey(name))
        .map(({ sheet, refersTo }) => ({ sheet, refersTo })),
    });
  }
  return {
    raw: { names: rawNames, wresNameCount: wresNameCount(facts) },
    sheetNames: facts.sheets.map((s) => s.name),
    sheets: facts.sheets,
    structureProtected: facts.structureProtected,
    stored: facts.stored,
    recalculated,
  };
}

/** Queues the workbook's facts, recalculating first when asked (commands run in order). */
function queueRead(context: Excel.RequestContext, { storedKeys, recalculate }: ReadRequest): QueuedFacts {
  if (recalculate) context.application.calculate("Recalculate");
  return queueFacts(context, storedKeys);
}

/** After the sync: the facts, and how to find a sheet by name as Excel does (case-insensitively). */
function factsRead(queued: QueuedFacts) {
  const facts = factsAfterSync(queued);
  const byKey = new Map(facts.sheets.map((s) => [nameKey(s.name), s.name]));
  return { facts, findSheet: (sheet: string): string | undefined => byKey.get(nameKey(sheet)) };
}

/** What one read asks for: the names, the stored keys, and whether to recalculate first. */
interface ReadRequest {
  readonly names: readonly string[];
  readonly storedKeys: readonly string[];
  readonly recalculate: boolean;
}

async function readOnce(context: Excel.RequestContext, request: ReadRequest): Promise<Read> {
  const queuedFacts = queueRead(context, request);
  const queued = request.names.map((name) => queueNameRange(context, name));
  try {
    await context.sync();
  } catch (e) {
    if (NOT_ABOUT_NAMES.has(codeOf(e))) throw e;
    return readIsolated(context, request);
  }
  const { facts, findSheet } = factsRead(queuedFacts);
  // workbook.names holds workbook-level names only; scope is checked all the same.
  const definitions = new Map(
    queued.map((q) => [q.name, q.item.scope === "Workbook" ? nameRangeDefinition(q, findSheet) : null] as const),
  );
  return { facts, definitions };
}

interface RangeToRead {
  readonly name: string;
  readonly refersTo: string;
  readonly top: number;
  readonly left: number;
}

/** A name Excel lists but cannot give as one range, in the domain's broken-name form. */
function notARange(listed: ListedName): RawDefinition {
  const refersTo = withoutEquals(listed.formula);
  return { kind: "broken", refersTo, reason: `is not a range (Excel gives it as ${listed.type})` };
}

/** The fallback: the workbook's names and their types first, then the ranges of the Range names only. */
async function readIsolated(context: Excel.RequestContext, { names, ...request }: ReadRequest): Promise<Read> {
  const queuedFacts = queueRead(context, { names, ...request });
  await context.sync();
  const { facts, findSheet } = factsRead(queuedFacts);
  const listed = new Map(facts.workbookNames.map((n) => [nameKey(n.name), n]));

  const definitions = new Map<string, RawDefinition | null>();
  const ranges: RangeToRead[] = [];
  for (const name of names) {
    const found = listed.get(nameKey(name));
    if (!found) {
      definitions.set(name, null);
      continue;
    }
    const stated = interpretDefinition(withoutEquals(found.formula), findSheet);
    if (stated.kind === "broken") definitions.set(name, stated);
    else if (found.type !== "Range") definitions.set(name, notARange(found));
    else ranges.push({ name, refersTo: stated.refersTo, top: stated.top, left: stated.left });
  }

  for (const [name, definition] of await readRanges(context, ranges, findSheet)) definitions.set(name, definition);
  // In the order asked for.
  return { facts, definitions: new Map(names.map((n) => [n, definitions.get(n) ?? null])) };
}

/** The ranges of names that should be ranges: together in one sync; if Excel refuses that, each alone. */
async function readRanges(
  context: Excel.RequestContext,
  ranges: readonly RangeToRead[],
  findSheet: (sheet: string) => string | undefined,
): Promise<Map<string, RawDefinition>> {
  const read = (queued: readonly QueuedNameRange[]) =>
    new Map(queued.map((q) => [q.name, nameRangeDefinition(q, findSheet)] as const));
  if (ranges.length === 0) return new Map();
  const together = ranges.map((r) => queueNameRange(context, r.name, r));
  try {
    await context.sync();
    return read(together);
  } catch {
    const definitions = new Map<string, RawDefinition>();
    for (const r of ranges) {
      const alone = queueNameRange(context, r.name, r);
      try {
        // One sync per name, on purpose: only after Excel refused them together, to find which one it refuses.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        definitions.set(r.name, nameRangeDefinition(alone, findSheet));
      } catch (e) {
        definitions.set(r.name, {
          kind: "broken",
          refersTo: r.refersTo,
          reason: `could not be read by Excel (${codeOf(e)})`,
        });
      }
    }
    return definitions;
  }
}

function codeOf(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return code || "an error";
}
