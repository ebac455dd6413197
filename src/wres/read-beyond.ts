/**
 * Template 1.1's blocks beyond the single year → typed inputs and data flags (template.md
 * "Template 1.1", wres.md "Beyond the single year"): the history of earlier years, the action
 * plan and the goal year. A block whose name the workbook lacks reads as null (a 1.0 workbook);
 * every flag names its cell; text the trust typed is read, never changed.
 */

import {
  ACTION_STATUSES,
  DEFAULT_GOALS_YEAR,
  type ActionPlanRow,
  type ActionStatus,
  type BeyondInputs,
  type HistoryYear,
} from "./beyond-inputs";
import { readCell, type CellProblem, type CellReading, type DateSystem } from "./cell-value";
import {
  ACTION_PLAN_COLUMNS,
  HISTORY_INDICATORS,
  INDICATOR_IDS,
  kindAt,
  RL_INDICATORS,
  specOf,
  SURVEY_INDICATORS,
  type IndicatorId,
  type NameSpec,
} from "./contract";
import { flagAt, type Flag } from "./flags";
import { showNumber } from "./format";
import { cellLabel, type Locator } from "./locate";
import { NAMES } from "./names";
import type { RawCell } from "./raw";

/** The raw cells of the blocks the workbook has (usable ranges only), by name. */
export type BlockCells = ReadonlyMap<string, readonly (readonly RawCell[])[]>;

export interface BeyondContext {
  readonly blocks: BlockCells;
  readonly locate: Locator;
  readonly dates: DateSystem;
  /** The reporting year (null when unreadable): history years must be before the year before it. */
  readonly reportingYear: number | null;
}

/** Reads the three blocks, adding a flag to `flags` for each problem. */
export function readBeyond(context: BeyondContext, flags: Flag[]): BeyondInputs {
  const reader = new BeyondReader(context, flags);
  return { history: reader.history(), actionPlan: reader.actionPlan(), goalsYear: reader.goalsYear() };
}

const YEAR = 0;
const WORKFORCE_PCT = 1;
const FIRST_RL = 2;
const FIRST_GAP = FIRST_RL + RL_INDICATORS.length;
const I9_TOTAL = FIRST_GAP + SURVEY_INDICATORS.length;

const ACTION = {
  indicator: ACTION_PLAN_COLUMNS.indexOf("Indicator"),
  finding: ACTION_PLAN_COLUMNS.indexOf("Finding"),
  action: ACTION_PLAN_COLUMNS.indexOf("Action"),
  lead: ACTION_PLAN_COLUMNS.indexOf("Lead"),
  due: ACTION_PLAN_COLUMNS.indexOf("Due"),
  status: ACTION_PLAN_COLUMNS.indexOf("Status"),
  measure: ACTION_PLAN_COLUMNS.indexOf("Measure of success"),
} as const;

const notice = (code: CellProblem["code"], severity: CellProblem["severity"], says: string): CellProblem => ({
  code,
  severity,
  says,
});

class BeyondReader {
  constructor(
    private readonly context: BeyondContext,
    private readonly flags: Flag[],
  ) {}

  history(): HistoryYear[] | null {
    const spec = specOf(NAMES.history);
    const cells = this.context.blocks.get(spec.name);
    if (!cells) return null;
    const { reportingYear } = this.context;
    const previousYear = reportingYear === null ? null : reportingYear - 1;
    const seen = new Map<number, number>();
    const years: HistoryYear[] = [];
    cells.forEach((row, r) => {
      const readings = row.map((cell, c) => this.read(spec, cell, c));
      if (readings.every((x) => x.status === "empty")) return; // empty rows are allowed anywhere
      const year = this.historyYear(spec, readings[YEAR], r, previousYear, seen);
      const figure = (c: number): number | null => this.historyFigure(spec, readings[c], r, c);
      // Every figure is read (and flagged) even when the row's year is unusable.
      const figures = row.map((_, c) => (c === YEAR ? null : figure(c)));
      if (year === null) return;
      seen.set(year, r);
      years.push({
        row: r,
        year,
        workforceBmePct: figures[WORKFORCE_PCT],
        rl: { I2: figures[FIRST_RL], I3: figures[FIRST_RL + 1], I4: figures[FIRST_RL + 2] },
        gap: {
          I5: figures[FIRST_GAP],
          I6: figures[FIRST_GAP + 1],
          I7: figures[FIRST_GAP + 2],
          I8: figures[FIRST_GAP + 3],
        },
        i9Total: figures[I9_TOTAL],
      });
    });
    return years.sort((a, b) => a.year - b.year);
  }

  /** A filled row's year, or null (flagged) when it is missing, not a year, a repeat, or not before the previous year. */
  private historyYear(
    spec: NameSpec,
    reading: CellReading,
    r: number,
    previousYear: number | null,
    seen: ReadonlyMap<number, number>,
  ): number | null {
    const problem = (says: string): null => {
      this.flag(spec, r, YEAR, notice(reading.status === "empty" ? "MISSING_VALUE" : "INVALID_VALUE", "error", says));
      return null;
    };
    if (reading.status === "empty") {
      return problem("is empty while the row has figures; enter the reporting year they are for, or clear the row");
    }
    if (reading.status === "invalid") {
      this.flag(spec, r, YEAR, reading.problem);
      return null;
    }
    const year = Number(reading.value);
    const earlier = seen.get(year);
    if (earlier !== undefined) {
      return problem(
        `is ${year}, which ${spec.rows[earlier] ?? `row ${earlier + 1}`} already holds; each earlier year goes in one row only, so this row is not read`,
      );
    }
    if (previousYear !== null && year >= previousYear) {
      const which =
        year === previousYear
          ? "the previous year"
          : year === previousYear + 1
            ? "the reporting year"
            : "after the reporting year";
      return problem(
        `is ${year}, ${which}; the history holds only years before ${previousYear} (the previous year has its own blocks), so this row is not read`,
      );
    }
    return year;
  }

  private historyFigure(spec: NameSpec, reading: CellReading, r: number, c: number): number | null {
    if (reading.status === "empty") return null; // not reported that year
    if (reading.status === "invalid") {
      this.flag(spec, r, c, reading.problem);
      return null;
    }
    if (reading.notice) this.flag(spec, r, c, reading.notice);
    const value = Number(reading.value);
    const kind = kindAt(spec, c);
    if (kind === "ratio" && !(value > 0)) {
      this.flag(
        spec,
        r,
        c,
        notice("INVALID_VALUE", "error", `is ${showNumber(value)}; a relative likelihood is more than 0`),
      );
      return null;
    }
    if (kind === "gap") return this.gapValue(spec, value, r, c);
    return value;
  }

  /** A gap is a difference of fractions (−1 to 1); one typed in points (−4.3 for −4.3 points) is read as such, with a notice. */
  private gapValue(spec: NameSpec, value: number, r: number, c: number): number | null {
    if (Math.abs(value) <= 1) return value;
    if (Math.abs(value) > 100) {
      this.flag(
        spec,
        r,
        c,
        notice(
          "PCT_OUT_OF_RANGE",
          "error",
          `is ${showNumber(value)}; a difference of percentages lies between −100% and 100%`,
        ),
      );
      return null;
    }
    this.flag(
      spec,
      r,
      c,
      notice(
        "PCT_AS_WHOLE_NUMBER",
        "warning",
        `holds ${showNumber(value)}, read as ${showNumber(value)} percentage points; enter it as ${showNumber(value)}% (${showNumber(value / 100)}) to clear this notice`,
      ),
    );
    return value / 100;
  }

  actionPlan(): ActionPlanRow[] | null {
    const spec = specOf(NAMES.actionPlan);
    const cells = this.context.blocks.get(spec.name);
    if (!cells) return null;
    const rows: ActionPlanRow[] = [];
    cells.forEach((row, r) => {
      const readings = row.map((cell, c) => this.read(spec, cell, c));
      if (readings.every((x) => x.status === "empty")) return; // an empty row is room to type
      const indicator = this.actionIndicator(spec, readings[ACTION.indicator], r);
      const text = (c: number): string => {
        const reading = readings[c];
        if (reading.status === "invalid") this.flag(spec, r, c, reading.problem, indicator);
        return reading.status === "ok" ? String(reading.value) : "";
      };
      rows.push({
        row: r,
        indicator,
        finding: text(ACTION.finding),
        action: text(ACTION.action),
        lead: text(ACTION.lead),
        due: this.actionDue(spec, readings[ACTION.due], r, indicator),
        status: this.actionStatus(spec, readings[ACTION.status], r, indicator),
        measure: text(ACTION.measure),
      });
    });
    return rows;
  }

  /** I1…I9 (any case, spaces around ignored); a code that names no indicator is an error on the row. */
  private actionIndicator(spec: NameSpec, reading: CellReading, r: number): IndicatorId | null {
    const c = ACTION.indicator;
    if (reading.status === "invalid") {
      this.flag(spec, r, c, reading.problem);
      return null;
    }
    if (reading.status === "empty") {
      this.flag(
        spec,
        r,
        c,
        notice(
          "MISSING_VALUE",
          "warning",
          "is empty, so this action covers no finding; enter the indicator it is for (I1 to I9)",
        ),
      );
      return null;
    }
    const code = String(reading.value).toUpperCase();
    const id = INDICATOR_IDS.find((x) => x === code);
    if (id) return id;
    this.flag(
      spec,
      r,
      c,
      notice(
        "INVALID_VALUE",
        "error",
        `is "${String(reading.value)}", which is not an indicator; enter one of I1 to I9`,
      ),
    );
    return null;
  }

  private actionDue(spec: NameSpec, reading: CellReading, r: number, indicator: IndicatorId | null): string | null {
    if (reading.status === "invalid") {
      // An unreadable date is the row's problem to fix, not a fault that stops anything: a warning.
      this.flag(spec, r, ACTION.due, { ...reading.problem, severity: "warning" }, indicator);
      return null;
    }
    return reading.status === "ok" ? String(reading.value) : null;
  }

  private actionStatus(
    spec: NameSpec,
    reading: CellReading,
    r: number,
    indicator: IndicatorId | null,
  ): ActionStatus | null {
    if (reading.status === "invalid") {
      this.flag(spec, r, ACTION.status, { ...reading.problem, severity: "warning" }, indicator);
      return null;
    }
    if (reading.status === "empty") return null;
    const typed = String(reading.value);
    const status = ACTION_STATUSES.find((s) => s.toLowerCase() === typed.replace(/\s+/g, " ").toLowerCase());
    if (status) return status;
    const list = ACTION_STATUSES.map((s) => `"${s}"`).join(", ");
    this.flag(
      spec,
      r,
      ACTION.status,
      notice(
        "INVALID_VALUE",
        "warning",
        `is "${typed}", which is not one of ${list}, so the action's status is not known; choose one from the list`,
      ),
      indicator,
    );
    return null;
  }

  goalsYear(): number {
    const spec = specOf(NAMES.goalsYear);
    const cells = this.context.blocks.get(spec.name);
    if (!cells) return DEFAULT_GOALS_YEAR;
    const reading = this.read(spec, cells[0][0], 0);
    if (reading.status === "ok") return Number(reading.value);
    if (reading.status === "invalid") {
      // Optional, with a default: a bad year is a warning, and the default is used.
      const says = `${reading.problem.says}; ${DEFAULT_GOALS_YEAR} is used`;
      this.flag(spec, 0, 0, { ...reading.problem, severity: "warning", says });
    }
    return DEFAULT_GOALS_YEAR;
  }

  private read(spec: NameSpec, cell: RawCell, c: number): CellReading {
    return readCell(kindAt(spec, c), cell, this.context.dates);
  }

  /** A flag on one cell, said as "<block>: <row>, <column> …". */
  private flag(
    spec: NameSpec,
    r: number,
    c: number,
    problem: CellProblem,
    indicator: IndicatorId | null = spec.name === NAMES.history ? HISTORY_INDICATORS[c] : spec.indicator,
  ): void {
    const message = `${cellLabel(spec, r, c)} ${problem.says}.`;
    this.flags.push(
      flagAt(
        this.context.locate,
        { code: problem.code, severity: problem.severity, indicator, name: spec.name, message },
        r,
        c,
      ),
    );
  }
}
