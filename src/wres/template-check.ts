/**
 * Template faults: every contract name must be one workbook-scoped range of the contract's
 * shape. Returns the usable ranges and a flag for each fault.
 */

import { rangeAddress } from "./a1";
import { misalignment } from "./alignment";
import { blockWithName, blockWords } from "./locate";
import { readCell } from "./cell-value";
import { CONTRACT, predates, specOf, type NameSpec } from "./contract";
import { newFlag, type Flag, type FlagCode, type Severity } from "./flags";
import type { RawCell, RawName, RawRange, RawWorkbook } from "./raw";

export interface UsableRange extends RawRange {
  readonly cells: readonly (readonly RawCell[])[];
}

/** A missing input the computation needs is an error; an optional input, a previous-year block or an output is a warning. */
export function faultSeverity(spec: NameSpec): Severity {
  return spec.role === "input" && !spec.previousYear && (spec.required === "yes" || spec.required === "if-survey")
    ? "error"
    : "warning";
}

function consequence(spec: NameSpec): string {
  if (spec.role === "output") return "this output cannot be written or checked";
  if (spec.previousYear) return "the previous year is not read from it";
  return "its data cannot be read";
}

export function checkTemplate(raw: RawWorkbook): { ranges: Map<string, UsableRange>; flags: Flag[] } {
  const ranges = new Map<string, UsableRange>();
  const flags: Flag[] = [];
  const version = { text: null as string | null };
  for (const spec of CONTRACT) {
    // A name newer than the workbook's template version is simply not there yet: no flag.
    const found = raw.names.get(spec.name);
    if (!found?.workbook && !found?.sheetScoped.length && predates(version.text, spec)) continue;
    const range = usableRange(spec, found, flags);
    if (range) ranges.set(spec.name, range);
    if (range && spec.kind === "version") version.text = versionText(range);
  }
  flags.push(...sheetCopies(raw));
  return { ranges, flags };
}

/**
 * Sheet-scoped twins of workbook names, as a copied sheet has: one warning per sheet holding
 * them, saying where the figures are read from and that the copies are ignored (the twin may even be
 * defined for the names' own sheet, so it is the copies that are ignored, not a sheet).
 */
function sheetCopies(raw: RawWorkbook): Flag[] {
  const twins = new Map<string, { names: string[]; readFrom: Set<string> }>();
  for (const spec of CONTRACT) {
    const found = raw.names.get(spec.name);
    if (!found?.workbook) continue;
    for (const scoped of found.sheetScoped) {
      const copy = twins.get(scoped.sheet) ?? { names: [], readFrom: new Set<string>() };
      copy.names.push(spec.name);
      if (found.workbook.kind === "range") copy.readFrom.add(found.workbook.sheet);
      twins.set(scoped.sheet, copy);
    }
  }
  return [...twins].map(([sheet, { names, readFrom }]) => {
    const first = names[0];
    const one = names.length === 1;
    const which = one
      ? `${blockWithName(specOf(first))} is`
      : `${names.length} template names (${first}${names.length > 2 ? ", …" : ""}, ${names[names.length - 1]}) are`;
    const sheets = [...readFrom].map((s) => `"${s}"`).join(", ");
    const workbookNames = one ? "the workbook-level name" : "the workbook-level names";
    const from =
      readFrom.size === 0
        ? workbookNames
        : `${workbookNames}, on ${readFrom.size === 1 ? "sheet" : "sheets"} ${sheets}`;
    const message = `${which} also defined on sheet "${sheet}" as ${one ? "a name" : "names"} of that sheet alone, as copying a sheet does; ${one ? "it shadows the workbook name" : "they shadow the workbook names"} on that sheet. The figures are read from ${from}; the ${one ? "copy" : "copies"} defined for sheet "${sheet}" ${one ? "is" : "are"} ignored. Delete the sheet-level ${one ? "name" : "names"} (Formulas › Name Manager), or the copied sheet if it is not needed.`;
    const spec = specOf(first);
    return newFlag(
      {
        code: "SHEET_SCOPED_NAME",
        severity: "warning",
        indicator: one ? spec.indicator : null,
        name: first,
        message,
      },
      null,
    );
  });
}

/** The workbook's template version as written ("1.0"), or null when blank or unreadable (read.ts judges it). */
function versionText(range: UsableRange): string | null {
  const reading = readCell("version", range.cells[0][0]);
  return reading.status === "ok" ? String(reading.value) : null;
}

/** The name's range when it is usable, else null; each fault found is added to `flags`. */
function usableRange(spec: NameSpec, found: RawName | undefined, flags: Flag[]): UsableRange | null {
  const fault = (code: FlagCode, message: string, cell: string | null = null, severity = faultSeverity(spec)): void => {
    flags.push(newFlag({ code, severity, indicator: spec.indicator, name: spec.name, message }, cell));
  };
  const def = found?.workbook ?? null;
  // Twins beside a workbook name are said once per sheet (sheetCopies).
  for (const scoped of def ? [] : (found?.sheetScoped ?? [])) {
    fault(
      "SHEET_SCOPED_NAME",
      `${blockWithName(spec)} exists only as a name of sheet "${scoped.sheet}" (${scoped.refersTo}), not of the whole workbook, so ${consequence(spec)}. In Formulas › Name Manager, make it a workbook-level name (scope: Workbook).`,
    );
  }
  if (!def) {
    if (!found?.sheetScoped.length)
      fault("MISSING_NAME", `${blockWords(spec)}: the workbook has no name ${spec.name}, so ${consequence(spec)}.`);
    return null;
  }
  if (def.kind === "broken") {
    fault("BROKEN_NAME", `${blockWithName(spec)} ${def.reason} (${def.refersTo}), so ${consequence(spec)}.`);
    return null;
  }
  const rows = spec.rows.length;
  const columns = spec.columns.length;
  // An extensible block (the action plan) may be taller than the template's, never narrower or shorter.
  const rowsFit = spec.extensible ? def.rows >= rows : def.rows === rows;
  if (!rowsFit || def.columns !== columns || !hasCells(def)) {
    const needs = spec.extensible ? `${columns} columns and at least ${rows} rows` : `${rows} × ${columns}`;
    fault(
      "WRONG_SHAPE",
      `${blockWithName(spec)} covers ${def.rows} × ${def.columns} cells, but the template needs ${needs} (${shapeHint(spec)}), so ${consequence(spec)}.`,
      rangeAddress(def.sheet, def.top, def.left, Math.min(def.rows, 1_048_576), def.columns),
    );
    return null;
  }
  // A name that reads the wrong rows is worse than none: nothing is read from it or written to it.
  const misaligned = misalignment(spec, def.cells, def.surroundings);
  if (misaligned) {
    fault(
      "MISALIGNED_NAME",
      `${blockWithName(spec)} no longer lines up with its table: ${misaligned}. Rows or columns were probably inserted by a program that does not move names, so ${consequence(spec)}. In Formulas › Name Manager, make ${spec.name} refer to its table again (or copy the figures into a fresh template).`,
      rangeAddress(def.sheet, def.top, def.left, rows, columns),
      "error",
    );
    return null;
  }
  return def;
}

/**
 * Whether the range's cells were read. The range itself is then the usable range: a copy of it
 * for each of a hundred names in every file was a good part of the check's time.
 */
function hasCells(range: RawRange): range is UsableRange {
  return range.cells !== null;
}

function shapeHint(spec: NameSpec): string {
  const rows = spec.rows.length > 1 ? `rows ${spec.rows[0]} … ${spec.rows[spec.rows.length - 1]}` : "one row";
  return `${rows}; columns ${spec.columns.join(", ")}`;
}
