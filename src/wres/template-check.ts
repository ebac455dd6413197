/**
 * Template faults: every contract name must be one workbook-scoped range of the contract's
 * shape. Returns the usable ranges and a flag for each fault.
 */

import { rangeAddress } from "./a1";
import { CONTRACT, type NameSpec } from "./contract";
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
  for (const spec of CONTRACT) {
    const range = usableRange(spec, raw.names.get(spec.name), flags);
    if (range) ranges.set(spec.name, range);
  }
  return { ranges, flags };
}

/** The name's range when it is usable, else null; each fault found is added to `flags`. */
function usableRange(spec: NameSpec, found: RawName | undefined, flags: Flag[]): UsableRange | null {
  const fault = (code: FlagCode, message: string, cell: string | null = null, severity = faultSeverity(spec)): void => {
    flags.push(newFlag({ code, severity, indicator: spec.indicator, name: spec.name, message }, cell));
  };
  const def = found?.workbook ?? null;
  for (const scoped of found?.sheetScoped ?? []) {
    if (def)
      fault(
        "SHEET_SCOPED_NAME",
        `${spec.name} is also defined on sheet "${scoped.sheet}" only (${scoped.refersTo}), which shadows the workbook name on that sheet; delete the sheet-level name.`,
        null,
        "warning",
      );
    else
      fault(
        "SHEET_SCOPED_NAME",
        `${spec.name} exists only as a name of sheet "${scoped.sheet}" (${scoped.refersTo}); make it a workbook-level name so ${consequence(spec)}.`,
      );
  }
  if (!def) {
    if (!found?.sheetScoped.length)
      fault("MISSING_NAME", `The workbook has no name ${spec.name}, so ${consequence(spec)}.`);
    return null;
  }
  if (def.kind === "broken") {
    fault("BROKEN_NAME", `${spec.name} ${def.reason} (${def.refersTo}), so ${consequence(spec)}.`);
    return null;
  }
  const rows = spec.rows.length;
  const columns = spec.columns.length;
  if (def.rows !== rows || def.columns !== columns || def.cells === null) {
    fault(
      "WRONG_SHAPE",
      `${spec.name} covers ${def.rows} × ${def.columns} cells, but the template needs ${rows} × ${columns} (${shapeHint(spec)}), so ${consequence(spec)}.`,
      rangeAddress(def.sheet, def.top, def.left, Math.min(def.rows, 1_048_576), def.columns),
    );
    return null;
  }
  return { ...def, cells: def.cells };
}

function shapeHint(spec: NameSpec): string {
  const rows = spec.rows.length > 1 ? `rows ${spec.rows[0]} … ${spec.rows[spec.rows.length - 1]}` : "one row";
  return `${rows}; columns ${spec.columns.join(", ")}`;
}
