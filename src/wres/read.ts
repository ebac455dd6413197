/**
 * Raw blocks → typed inputs and data flags. Template faults come first (template-check);
 * then every input cell is read by its kind, and empty cells are judged by what the contract
 * says is required, year by year.
 */

import { cellAddress } from "./a1";
import { NAMES } from "./names";
import { readCell, type CellReading } from "./cell-value";
import {
  CONTRACT,
  I1_BLOCKS,
  SURVEY_INDICATORS,
  TEMPLATE_MAJOR_VERSION,
  specOf,
  yearName,
  type IndicatorId,
  type NameSpec,
} from "./contract";
import type { Flag } from "./flags";
import type { Groups2, Groups3, Inputs, Metadata, SurveyInputs, YearInputs } from "./inputs";
import type { RawCell, RawWorkbook } from "./raw";
import { checkTemplate, type UsableRange } from "./template-check";

/** Finds the cell address of a name's cell, for flags. */
export interface Locator {
  cell(name: string, row?: number, column?: number): string | null;
  has(name: string): boolean;
}

export interface ReadOutcome {
  readonly inputs: Inputs;
  readonly flags: Flag[];
  readonly locate: Locator;
  /** Raw cells of the output names that are usable ranges: what the workbook reports now. */
  readonly reported: ReadonlyMap<string, readonly (readonly RawCell[])[]>;
  /** True when the template's major version is not one this engine knows: nothing was read. */
  readonly refused: boolean;
}

type Grid = (number | string | null)[][];

export function cellLabel(spec: NameSpec, row: number, column: number): string {
  const parts: string[] = [];
  if (spec.rows.length > 1) parts.push(spec.rows[row]);
  if (spec.columns.length > 1) parts.push(spec.columns[column]);
  return parts.length ? `${parts.join(", ")} in ${spec.name}` : spec.name;
}

export function readWorkbook(raw: RawWorkbook): ReadOutcome {
  const { ranges, flags } = checkTemplate(raw);
  const locate: Locator = {
    has: (name) => ranges.has(name),
    cell(name, row = 0, column = 0) {
      const r = ranges.get(name);
      return r ? cellAddress(r.sheet, r.top + row, r.left + column) : null;
    },
  };
  const reported = new Map<string, readonly (readonly RawCell[])[]>();
  for (const spec of CONTRACT) {
    const r = ranges.get(spec.name);
    if (spec.role === "output" && r) reported.set(spec.name, r.cells);
  }

  const version = readVersion(ranges, flags);
  if (version.refused) {
    return { inputs: emptyInputs(version.text), flags, locate, reported, refused: true };
  }

  const readings = new Map<string, CellReading[][]>();
  for (const spec of CONTRACT) {
    const r = ranges.get(spec.name);
    if (spec.role === "input" && r && spec.name !== NAMES.templateVersion) {
      readings.set(
        spec.name,
        r.cells.map((row) => row.map((cell) => readCell(spec.kind, cell))),
      );
    }
  }

  const reader = new BlockReader(readings, locate, flags);
  const current = reader.year(false);
  const previous = reader.year(true);
  const meta = reader.metadata(version.text);
  return { inputs: { meta, current, previous }, flags, locate, reported, refused: false };
}

function readVersion(ranges: Map<string, UsableRange>, flags: Flag[]): { text: string | null; refused: boolean } {
  const spec = specOf(NAMES.templateVersion);
  const r = ranges.get(spec.name);
  if (!r) return { text: null, refused: false };
  const reading = readCell(spec.kind, r.cells[0][0]);
  if (reading.status !== "ok") return { text: null, refused: false };
  const text = String(reading.value);
  const major = Number.parseInt(text, 10);
  if (major !== TEMPLATE_MAJOR_VERSION) {
    const cell = cellAddress(r.sheet, r.top, r.left);
    flags.push({
      code: "UNKNOWN_TEMPLATE_VERSION",
      severity: "error",
      indicator: null,
      name: spec.name,
      cell,
      message: `The template version in ${cell} is "${text}"; this tool reads version ${TEMPLATE_MAJOR_VERSION}.x templates only, so nothing was checked. Use a matching version of the tool or the current template.`,
    });
    return { text, refused: true };
  }
  return { text, refused: false };
}

/** Which indicator's previous-year blocks are judged together for "partly filled". */
const PY_GROUPS: readonly IndicatorId[] = ["I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9"];

class BlockReader {
  constructor(
    private readonly readings: ReadonlyMap<string, CellReading[][]>,
    private readonly locate: Locator,
    private readonly flags: Flag[],
  ) {}

  year(previousYear: boolean): YearInputs {
    const present = new Set<IndicatorId>();
    for (const id of PY_GROUPS) {
      const specs = CONTRACT.filter((s) => s.role === "input" && s.previousYear === previousYear && s.indicator === id);
      if (!previousYear || specs.some((s) => this.anyFilled(s.name))) present.add(id);
    }
    const grid = (base: string, id: IndicatorId): Grid | null =>
      present.has(id) ? this.grid(yearName(base, previousYear), previousYear) : null;
    const optionalGrid = (base: string, id: IndicatorId): Grid | null =>
      present.has(id) ? this.optionalGrid(yearName(base, previousYear), previousYear) : null;
    const headcount = (id: "I3" | "I4"): Grid | null =>
      present.has(id) ? this.headcountGrid(id, previousYear, present.has("I1")) : null;

    const i1 = I1_BLOCKS.map((b) => grid(NAMES.i1(b), "I1"));
    const survey = {} as Record<(typeof SURVEY_INDICATORS)[number], SurveyInputs | null>;
    for (const id of SURVEY_INDICATORS) {
      const pct = grid(NAMES.surveyPct(id), id);
      const respondents = optionalGrid(NAMES.surveyRespondents(id), id);
      survey[id] = pct ? { pct: groups2(pct[0]), respondents: respondents ? groups2(respondents[0]) : null } : null;
    }
    const shortlisted = grid(NAMES.population("I2"), "I2");
    const appointed = grid(NAMES.events("I2"), "I2");
    const entered = grid(NAMES.events("I3"), "I3");
    const accessed = grid(NAMES.events("I4"), "I4");
    const h3 = headcount("I3");
    const h4 = headcount("I4");
    const board = grid(NAMES.board, "I9");
    return {
      I1: i1.every((g) => g !== null)
        ? { NonClinical: i1[0]!.map(groups3), Clinical: i1[1]!.map(groups3), Medical: i1[2]!.map(groups3) }
        : null,
      I2: shortlisted && appointed ? { shortlisted: groups3(shortlisted[0]), appointed: groups3(appointed[0]) } : null,
      I3: entered ? { headcount: h3 ? groups3(h3[0]) : null, entered: groups3(entered[0]) } : null,
      I4: accessed ? { headcount: h4 ? groups3(h4[0]) : null, accessed: groups3(accessed[0]) } : null,
      survey,
      I9: board ? { board: board.map(groups3) } : null,
    };
  }

  metadata(templateVersion: string | null): Metadata {
    const surveyFilled = SURVEY_INDICATORS.some((id) => this.anyFilled(NAMES.surveyPct(id)));
    const value = (name: string, required: boolean): number | string | null => this.grid(name, false, required)[0][0];
    return {
      templateVersion,
      organisation: value(NAMES.organisation, true) as string | null,
      orgCode: value(NAMES.orgCode, true) as string | null,
      reportingYear: value(NAMES.reportingYear, true) as number | null,
      surveyYear: value(NAMES.surveyYear, surveyFilled) as number | null,
    };
  }

  private anyFilled(name: string): boolean {
    return this.readings.get(name)?.some((row) => row.some((r) => r.status !== "empty")) ?? false;
  }

  /**
   * A block's values, flagging invalid cells and, where `required`, empty ones. An unusable
   * name gives a grid of nulls (its fault is already flagged).
   */
  private grid(name: string, previousYear: boolean, required = true): Grid {
    const spec = specOf(name);
    const readings = this.readings.get(name);
    if (!readings) return spec.rows.map(() => spec.columns.map(() => null));
    return readings.map((row, r) =>
      row.map((reading, c) => {
        if (reading.status === "ok" && !reading.notice) return reading.value;
        if (reading.status === "empty" && !required) return null;
        // Only a cell with something to say costs an address and a label.
        const cell = this.locate.cell(name, r, c);
        const at = `${cell} (${cellLabel(spec, r, c)})`;
        const flag = { indicator: spec.indicator, name, cell };
        switch (reading.status) {
          case "ok":
            this.flags.push({
              ...flag,
              code: reading.notice!.code,
              severity: reading.notice!.severity,
              message: `${at} ${reading.notice!.says}.`,
            });
            return reading.value;
          case "invalid":
            this.flags.push({
              ...flag,
              code: reading.problem.code,
              severity: reading.problem.severity,
              message: `${at} ${reading.problem.says}.`,
            });
            return null;
          case "empty":
            this.flags.push(
              previousYear
                ? {
                    ...flag,
                    code: "PARTIAL_PREVIOUS_YEAR",
                    severity: "warning",
                    message: `${at} is empty while other previous-year figures for this indicator are filled; complete it or clear them all.`,
                  }
                : {
                    ...flag,
                    code: "MISSING_VALUE",
                    severity: "error",
                    message: `${at} is empty${spec.kind === "count" ? "; enter 0 if there were none" : ""}.`,
                  },
            );
            return null;
        }
      }),
    );
  }

  /** A block that may be left wholly blank (null), but not partly. */
  private optionalGrid(name: string, previousYear: boolean): Grid | null {
    return this.anyFilled(name) ? this.grid(name, previousYear) : null;
  }

  /**
   * Indicator 3 or 4's headcount: left blank, the year's indicator 1 workforce is used (with a
   * notice); without one (a previous year with no indicator 1) it is needed after all.
   */
  private headcountGrid(id: "I3" | "I4", previousYear: boolean, hasWorkforce: boolean): Grid | null {
    const name = yearName(NAMES.population(id), previousYear);
    if (this.anyFilled(name) || !hasWorkforce) return this.grid(name, previousYear);
    if (this.locate.has(name)) {
      const cell = this.locate.cell(name);
      this.flags.push({
        code: "HEADCOUNT_FROM_WORKFORCE",
        severity: "info",
        indicator: id,
        name,
        cell,
        message: `${cell} (${name}) is blank, so the indicator 1 workforce${previousYear ? " of the previous year" : ""} is used as the headcount.`,
      });
    }
    return null;
  }
}

function groups3(row: (number | string | null)[]): Groups3 {
  return { white: num(row[0]), bme: num(row[1]), unknown: num(row[2]) };
}

function groups2(row: (number | string | null)[]): Groups2 {
  return { white: num(row[0]), bme: num(row[1]) };
}

const num = (v: number | string | null): number | null => (typeof v === "number" ? v : null);

function emptyInputs(templateVersion: string | null): Inputs {
  const year: YearInputs = {
    I1: null,
    I2: null,
    I3: null,
    I4: null,
    survey: { I5: null, I6: null, I7: null, I8: null },
    I9: null,
  };
  return {
    meta: { templateVersion, organisation: null, orgCode: null, reportingYear: null, surveyYear: null },
    current: year,
    previous: year,
  };
}
