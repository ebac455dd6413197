/**
 * Raw blocks → typed inputs and data flags. Template faults come first (template-check);
 * then every input cell is read by its kind, and empty cells are judged by what the contract
 * says is required, year by year.
 */

import { NAMES } from "./names";
import { readCell, type CellProblem, type CellReading } from "./cell-value";
import {
  byId,
  CONTRACT,
  I1_BLOCKS,
  INDICATOR_IDS,
  SURVEY_INDICATORS,
  TEMPLATE_MAJOR_VERSION,
  TEMPLATE_VERSION,
  specOf,
  yearName,
  type IndicatorId,
  type NameSpec,
  type SurveyIndicator,
} from "./contract";
import { flagAt, type Flag } from "./flags";
import { showNumber } from "./format";
import { NO_BEYOND_INPUTS } from "./beyond-inputs";
import type { Groups2, Groups3, Inputs, Metadata, SurveyInputs, YearInputs } from "./inputs";
import { blockWords, cellLabel, locatorOf, type Locator } from "./locate";
import type { RawCell, RawWorkbook } from "./raw";
import { readBeyond, type BlockCells } from "./read-beyond";
import { checkTemplate, type UsableRange } from "./template-check";

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

export function readWorkbook(raw: RawWorkbook): ReadOutcome {
  const { ranges, flags } = checkTemplate(raw);
  const locate = locatorOf(ranges);
  const reported = new Map<string, readonly (readonly RawCell[])[]>();
  for (const spec of CONTRACT) {
    const r = ranges.get(spec.name);
    if (spec.role === "output" && r) reported.set(spec.name, r.cells);
  }

  const version = readVersion(ranges, locate, flags);
  if (version.refused) {
    return { inputs: emptyInputs(version.text), flags, locate, reported, refused: true };
  }

  const readings = new Map<string, CellReading[][]>();
  for (const spec of CONTRACT) {
    const r = ranges.get(spec.name);
    // Template 1.1's blocks beyond the single year have their own reader.
    if (spec.role === "input" && r && spec.name !== NAMES.templateVersion && spec.since === "1.0") {
      readings.set(
        spec.name,
        r.cells.map((row) => row.map((cell) => readCell(spec.kind, cell))),
      );
    }
  }

  for (const previousYear of [false, true]) readAmbiguousPercents(readings, previousYear);
  const reader = new BlockReader(readings, locate, flags);
  const current = reader.year(false);
  const previous = reader.year(true);
  const meta = reader.metadata(version.text);
  const beyond = readBeyond(
    {
      blocks: beyondBlocks(ranges),
      locate,
      dates: { date1904: raw.date1904 ?? false },
      reportingYear: meta.reportingYear,
    },
    flags,
  );
  return { inputs: { meta, current, previous, beyond }, flags, locate, reported, refused: false };
}

/** The usable ranges of template 1.1's input blocks (the action plan is partly the trust's input). */
function beyondBlocks(ranges: ReadonlyMap<string, UsableRange>): BlockCells {
  const blocks = new Map<string, UsableRange["cells"]>();
  for (const spec of CONTRACT) {
    const r = ranges.get(spec.name);
    if (r && spec.since !== "1.0" && spec.role !== "output") blocks.set(spec.name, r.cells);
  }
  return blocks;
}

function readVersion(
  ranges: Map<string, UsableRange>,
  locate: Locator,
  flags: Flag[],
): { text: string | null; refused: boolean } {
  const spec = specOf(NAMES.templateVersion);
  const r = ranges.get(spec.name);
  if (!r) return { text: null, refused: false };
  const reading = readCell(spec.kind, r.cells[0][0]);
  if (reading.status === "invalid") {
    const message = `${cellLabel(spec, 0, 0)} ${reading.problem.says}.`;
    const { code, severity } = reading.problem;
    flags.push(flagAt(locate, { code, severity, indicator: null, name: spec.name, message }));
  }
  if (reading.status !== "ok") return { text: null, refused: false };
  const text = String(reading.value);
  // Strictly "1", "1.0", "1.1": "1 (draft 7)" or 1.5e21 names no version at all.
  const version = /^(\d{1,3})(\.\d{1,3})?$/.exec(text);
  if (!version || Number(version[1]) !== TEMPLATE_MAJOR_VERSION) {
    const found = version
      ? `The template version is "${text}"`
      : `The template version is "${text}", which is not a version number such as ${TEMPLATE_VERSION}`;
    const message = `${found}; this tool reads version ${TEMPLATE_MAJOR_VERSION}.x templates only, so nothing was checked. Use a matching version of the tool or the current template.`;
    flags.push(
      flagAt(locate, {
        code: "UNKNOWN_TEMPLATE_VERSION",
        severity: "error",
        indicator: null,
        name: spec.name,
        message,
      }),
    );
    return { text, refused: true };
  }
  return { text, refused: false };
}

const PARTIAL_PREVIOUS_YEAR: CellProblem = {
  code: "PARTIAL_PREVIOUS_YEAR",
  severity: "warning",
  says: "is empty while other previous-year figures for this indicator are filled; complete it or clear them all",
};

/** What is wrong with a cell as read, or null: invalid, a notice, or empty where it is needed. */
function cellProblem(spec: NameSpec, reading: CellReading, previousYear: boolean): CellProblem | null {
  if (reading.status === "invalid") return reading.problem;
  if (reading.status === "ok") return reading.notice ?? null;
  if (previousYear) return PARTIAL_PREVIOUS_YEAR;
  return {
    code: "MISSING_VALUE",
    severity: "error",
    says: `is empty${spec.kind === "count" ? "; enter 0 if there were none" : ""}`,
  };
}

/** Each indicator's input blocks, for each year. */
const INPUT_SPECS = {
  current: inputSpecs(false),
  previous: inputSpecs(true),
};

function inputSpecs(previousYear: boolean): Record<IndicatorId, readonly NameSpec[]> {
  return byId(INDICATOR_IDS, (id) =>
    CONTRACT.filter((s) => s.role === "input" && s.previousYear === previousYear && s.indicator === id),
  );
}

class BlockReader {
  constructor(
    private readonly readings: ReadonlyMap<string, CellReading[][]>,
    private readonly locate: Locator,
    private readonly flags: Flag[],
  ) {}

  year(previousYear: boolean): YearInputs {
    const present = new Set<IndicatorId>();
    // Each indicator's previous-year blocks are judged together: blank, all zeros, or present.
    for (const id of INDICATOR_IDS) {
      const specs = INPUT_SPECS[previousYear ? "previous" : "current"][id];
      const filled = specs.filter((s) => this.anyFilled(s.name));
      if (!previousYear) present.add(id);
      else if (filled.length > 0 && filled.every((s) => this.allZero(s.name)))
        this.noteZeroPreviousYear(id, filled[0].name);
      else if (filled.length > 0) present.add(id);
    }
    const grid = (base: string, id: IndicatorId): Grid | null =>
      present.has(id) ? this.grid(yearName(base, previousYear), previousYear) : null;
    const optionalGrid = (base: string, id: IndicatorId): Grid | null =>
      present.has(id) ? this.optionalGrid(yearName(base, previousYear), previousYear) : null;
    const headcount = (id: "I3" | "I4"): Grid | null =>
      present.has(id) ? this.headcountGrid(id, previousYear, present.has("I1")) : null;

    const [nonClinical, clinical, medical] = I1_BLOCKS.map((b) => grid(NAMES.i1(b), "I1"));
    const surveyOf = (id: SurveyIndicator): SurveyInputs | null => {
      const pct = grid(NAMES.surveyPct(id), id);
      const respondents = optionalGrid(NAMES.surveyRespondents(id), id);
      return pct ? { pct: groups2(pct[0]), respondents: respondents ? groups2(respondents[0]) : null } : null;
    };
    const survey = byId(SURVEY_INDICATORS, surveyOf);
    const shortlisted = grid(NAMES.population("I2"), "I2");
    const appointed = grid(NAMES.events("I2"), "I2");
    const entered = grid(NAMES.events("I3"), "I3");
    const accessed = grid(NAMES.events("I4"), "I4");
    const h3 = headcount("I3");
    const h4 = headcount("I4");
    const board = grid(NAMES.board, "I9");
    return {
      I1:
        nonClinical && clinical && medical
          ? { NonClinical: nonClinical.map(groups3), Clinical: clinical.map(groups3), Medical: medical.map(groups3) }
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
    const value = (name: string, required = true): number | string | null => this.grid(name, false, required)[0][0];
    // Text cells read as strings and year cells as numbers (readCell by the contract's kind).
    const text = (v: number | string | null): string | null => (typeof v === "string" ? v : null);
    return {
      templateVersion,
      organisation: text(value(NAMES.organisation)),
      orgCode: text(value(NAMES.orgCode)),
      reportingYear: num(value(NAMES.reportingYear)),
      surveyYear: num(value(NAMES.surveyYear, surveyFilled)),
    };
  }

  /** Every filled cell of the block reads as 0 (a template filled with zeros, not a year of no staff). */
  private allZero(name: string): boolean {
    return (
      this.readings
        .get(name)
        ?.every((row) => row.every((r) => r.status === "empty" || (r.status === "ok" && r.value === 0))) ?? true
    );
  }

  /** A previous year of zeros is no previous year, like a blank one: said once, as information. */
  private noteZeroPreviousYear(id: IndicatorId, name: string): void {
    const message = `The previous-year figures for indicator ${id.slice(1)} are all zero, so they are read as no previous year, as if blank: no trend or two-year figure comes from them. Clear them if there was no previous return, or enter the real figures.`;
    this.flags.push(
      flagAt(this.locate, { code: "PREVIOUS_YEAR_ZEROS", severity: "info", indicator: id, name, message }),
    );
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
        if (reading.status === "empty" && !required) return null;
        const flag = this.cellFlag(spec, r, c, reading, previousYear);
        if (flag) this.flags.push(flag);
        return reading.status === "ok" ? reading.value : null;
      }),
    );
  }

  /** The flag a cell's reading raises, or null: invalid, a notice, or empty where it is needed. */
  private cellFlag(spec: NameSpec, r: number, c: number, reading: CellReading, previousYear: boolean): Flag | null {
    const problem = cellProblem(spec, reading, previousYear);
    if (!problem) return null; // nearly every cell
    return flagAt(
      this.locate,
      {
        code: problem.code,
        severity: problem.severity,
        indicator: spec.indicator,
        name: spec.name,
        message: `${cellLabel(spec, r, c)} ${problem.says}.`,
      },
      r,
      c,
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
      const message = `${blockWords(specOf(name))} is blank, so the indicator 1 workforce${previousYear ? " of the previous year" : ""} is used as the headcount.`;
      this.flags.push(
        flagAt(this.locate, { code: "HEADCOUNT_FROM_WORKFORCE", severity: "info", indicator: id, name, message }),
      );
    }
    return null;
  }
}

/**
 * A survey indicator's percentages (its White and BME pair: one block per year) written partly as
 * whole numbers (45 for 45 %, 3.5 for 3.5 %) and partly as values of 1 or below are ambiguous:
 * 1 may mean 100 % or 1 %, 0.588 may mean 58.8 % or 0.588 %. Every such value gets a warning at
 * its cell saying how it was read, taking for each the reading a careful reader would: 1 as 1 %,
 * like its whole-number neighbour (all staff, 100 %, is not a survey result; I8 of 1 % and
 * 3.5 % is a gap of +2.5 points, not −96.5); a fraction below 1 as the fraction it is (0.588 is
 * 58.8 %: a share under 1 % is not typed as 0.588 beside 45). 0 reads the same either way and is
 * not flagged.
 */
function readAmbiguousPercents(readings: Map<string, CellReading[][]>, previousYear: boolean): void {
  for (const id of SURVEY_INDICATORS) {
    const block = readings.get(yearName(NAMES.surveyPct(id), previousYear));
    const whole = block?.flat().find((r) => r.status === "ok" && r.notice?.code === "PCT_AS_WHOLE_NUMBER");
    if (!block || !whole || whole.status !== "ok") continue;
    const neighbour = showNumber(Number(whole.value) * 100);
    const ambiguous = (value: number, says: string): CellReading => ({
      status: "ok",
      value,
      notice: { code: "PCT_AMBIGUOUS", severity: "warning", says },
    });
    for (const row of block) {
      row.forEach((r, c) => {
        if (r.status !== "ok" || typeof r.value !== "number" || r.value <= 0 || r.value > 1 || r.notice) return;
        if (r.value === 1) {
          row[c] = ambiguous(
            0.01,
            `holds 1, which could mean 100% or 1%; the other percentage of this block is typed as a whole number (${neighbour}), so it is read as 1%. If 100% was meant, enter 100`,
          );
          return;
        }
        const typed = showNumber(r.value);
        const asPercent = showNumber(r.value * 100);
        row[c] = ambiguous(
          r.value,
          `holds ${typed}, which could mean ${asPercent}% or ${typed}%, as the other percentage of this block is typed as a whole number (${neighbour}); it is read as ${asPercent}%. Type both the same way, as ${asPercent}% and ${neighbour}% (or ${typed}% and ${neighbour}% if that was meant), to clear this warning`,
        );
      });
    }
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
    beyond: NO_BEYOND_INPUTS,
  };
}
