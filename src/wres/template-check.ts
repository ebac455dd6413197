/**
 * Template faults: every contract name must be one workbook-scoped range of the contract's
 * shape. Returns the usable ranges and a flag for each fault.
 */

import { rangeAddress } from "./a1";
import { CONTRACT, type NameSpec } from "./contract";
import type { Flag, Severity } from "./flags";
import type { RawCell, RawRange, RawWorkbook } from "./raw";

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
    const found = raw.names.get(spec.name);
    const severity = faultSeverity(spec);
    const base = { indicator: spec.indicator, name: spec.name };
    const def = found?.workbook ?? null;
    for (const scoped of found?.sheetScoped ?? []) {
      flags.push({
        ...base,
        code: "SHEET_SCOPED_NAME",
        severity: def ? "warning" : severity,
        cell: null,
        message: def
          ? `${spec.name} is also defined on sheet "${scoped.sheet}" only (${scoped.refersTo}), which shadows the workbook name on that sheet; delete the sheet-level name.`
          : `${spec.name} exists only as a name of sheet "${scoped.sheet}" (${scoped.refersTo}); make it a workbook-level name so ${consequence(spec)}.`,
      });
    }
    if (!def) {
      if (!found?.sheetScoped.length) {
        flags.push({
          ...base,
          code: "MISSING_NAME",
          severity,
          cell: null,
          message: `The workbook has no name ${spec.name}, so ${consequence(spec)}.`,
        });
      }
      continue;
    }
    if (def.kind === "broken") {
      flags.push({
        ...base,
        code: "BROKEN_NAME",
        severity,
        cell: null,
        message: `${spec.name} ${def.reason} (${def.refersTo}), so ${consequence(spec)}.`,
      });
      continue;
    }
    const rows = spec.rows.length;
    const columns = spec.columns.length;
    if (def.rows !== rows || def.columns !== columns || def.cells === null) {
      const range = rangeAddress(def.sheet, def.top, def.left, Math.min(def.rows, 1_048_576), def.columns);
      flags.push({
        ...base,
        code: "WRONG_SHAPE",
        severity,
        cell: range,
        message: `${spec.name} covers ${def.rows} × ${def.columns} cells, but the template needs ${rows} × ${columns} (${shapeHint(spec)}), so ${consequence(spec)}.`,
      });
      continue;
    }
    ranges.set(spec.name, { ...def, cells: def.cells });
  }
  return { ranges, flags };
}

function shapeHint(spec: NameSpec): string {
  const rows = spec.rows.length > 1 ? `rows ${spec.rows[0]} … ${spec.rows[spec.rows.length - 1]}` : "one row";
  return `${rows}; columns ${spec.columns.join(", ")}`;
}
