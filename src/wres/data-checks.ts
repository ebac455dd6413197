/**
 * Checks across cells (wres.md "Data checks" and "Judging a value"): events within their
 * populations, board rows adding up, headcounts against the workforce, small numbers, high
 * Unknown shares, and results that cannot be computed.
 */

import { BOARD_ROWS, I1_BLOCK_TITLES, RL_INDICATORS, yearName, type IndicatorId, type RlIndicator } from "./contract";
import { NAMES } from "./names";
import { flagAt, type Flag, type FlagCode, type Severity } from "./flags";
import { formatShare, showNumber } from "./format";
import { RL_WORDS } from "./indicator-words";
import { total3, type Groups3 } from "./inputs";
import { RL_NUMERATOR, type RlResult, type YearResults } from "./indicators";
import type { Locator } from "./locate";
import type { Settings } from "./settings";

const GROUPS = [
  ["white", "White", 0],
  ["bme", "BME", 1],
  ["unknown", "Unknown", 2],
] as const;

/** Collects the data flags, each placed on its cell. */
class FlagSink {
  readonly flags: Flag[] = [];
  constructor(readonly locate: Locator) {}

  add(
    code: FlagCode,
    severity: Severity,
    indicator: IndicatorId,
    name: string,
    at: [number, number] | null,
    message: string,
  ): void {
    this.flags.push(flagAt(this.locate, { code, severity, indicator, name, message }, at?.[0] ?? 0, at?.[1] ?? 0));
  }
}

export function checkData(
  current: YearResults,
  previous: YearResults,
  twoYear: RlResult | null,
  locate: Locator,
  settings: Settings,
): Flag[] {
  const sink = new FlagSink(locate);
  for (const [year, previousYear] of [
    [current, false],
    [previous, true],
  ] as const) {
    const pyWords = previousYear ? " (previous year)" : "";
    const n = (base: string) => yearName(base, previousYear);
    for (const id of RL_INDICATORS) {
      const r = year[id];
      if (!r) continue;
      eventsWithinPopulation(sink, id, r, n, pyWords);
      if (id !== "I2" && r.populationSource === "input")
        headcountAgainstWorkforce(sink, id, r, year, n, pyWords, settings);
      notComputable(sink, id, r, n(NAMES.rl(id)), previousYear ? "info" : "warning", pyWords);
    }
    if (year.I9)
      boardAddsUp(
        sink,
        year.I9.rows.map((row) => row.counts),
        n(NAMES.board),
        pyWords,
      );
    if (year.I1 && year.I1.workforce && !year.I1.workforcePct) {
      sink.add(
        "ZERO_DENOMINATOR",
        "error",
        "I1",
        n(NAMES.workforcePct),
        null,
        `The workforce totals zero staff${pyWords}, so no percentage can be computed.`,
      );
    }
    if (year.I9) {
      const total = year.I9.rows[0];
      if (total.total === 0)
        sink.add(
          "ZERO_DENOMINATOR",
          "warning",
          "I9",
          n(NAMES.board),
          [0, 0],
          `The board has no members${pyWords}, so its percentages cannot be computed.`,
        );
    }
  }
  if (twoYear) notComputable(sink, "I3", twoYear, NAMES.rl2y, "info", " (two-year)");
  zeroRows(sink, current);
  smallNumbers(sink, current, settings);
  highUnknown(sink, current, settings);
  return sink.flags;
}

function eventsWithinPopulation(
  sink: FlagSink,
  id: RlIndicator,
  r: RlResult,
  n: (b: string) => string,
  pyWords: string,
): void {
  const words = RL_WORDS[id];
  for (const [key, label, col] of GROUPS) {
    const { events, population } = r[key];
    if (events === null || population === null || events <= population) continue;
    const source = r.populationSource === "workforce" ? "the indicator 1 workforce" : `the ${words.populationWords}`;
    sink.add(
      "INCONSISTENT",
      "error",
      id,
      n(NAMES.events(id)),
      [0, col],
      `${showNumber(events)} ${label} staff ${words.eventWords}${pyWords}, more than ${source} (${showNumber(population)}).`,
    );
  }
}

function headcountAgainstWorkforce(
  sink: FlagSink,
  id: RlIndicator,
  r: RlResult,
  year: YearResults,
  n: (b: string) => string,
  pyWords: string,
  settings: Settings,
): void {
  const workforce = year.I1?.workforce;
  if (!workforce) return;
  for (const [key, label, col] of GROUPS.slice(0, 2)) {
    const h = r[key].population;
    const w = workforce[key];
    if (h === null || w === 0) continue;
    const apart = Math.abs(h - w) / w;
    if (apart > settings.headcountTolerance) {
      sink.add(
        "HEADCOUNT_MISMATCH",
        "warning",
        id,
        n(NAMES.population(id)),
        [0, col],
        `The ${label} headcount${pyWords} (${showNumber(h)}) is ${formatShare(apart)} away from the indicator 1 workforce (${showNumber(w)}); more than ${formatShare(settings.headcountTolerance)} suggests different snapshots.`,
      );
    }
  }
}

function notComputable(
  sink: FlagSink,
  id: RlIndicator,
  r: RlResult,
  outputName: string,
  severity: Severity,
  pyWords: string,
): void {
  const why = r.undefinedBecause;
  if (!why) return;
  const numeratorIsBme = RL_NUMERATOR[id] === "bme";
  const group = (why.group === "numerator") === numeratorIsBme ? "BME" : "White";
  const reason =
    why.why === "no-population"
      ? `there are no ${group} staff in the ${r.populationSource === "workforce" ? "workforce" : RL_WORDS[id].populationWords}`
      : `no ${group} staff ${RL_WORDS[id].eventWords}`;
  sink.add(
    "ZERO_DENOMINATOR",
    severity,
    id,
    outputName,
    null,
    `The relative likelihood${pyWords} is not computable because ${reason}.`,
  );
}

function boardAddsUp(sink: FlagSink, rows: readonly Groups3[], name: string, pyWords: string): void {
  const checks: [number, number, number][] = [
    [0, 1, 2],
    [0, 3, 4],
  ];
  for (const [total, a, b] of checks) {
    for (const [key, label, col] of GROUPS) {
      const t = rows[total][key];
      const x = rows[a][key];
      const y = rows[b][key];
      if (t === null || x === null || y === null || t === x + y) continue;
      sink.add(
        "INCONSISTENT",
        "error",
        "I9",
        name,
        [total, col],
        `${label} board members${pyWords}: ${BOARD_ROWS[a].toLowerCase()} (${x}) + ${BOARD_ROWS[b].toLowerCase()} (${y}) = ${x + y}, but the total board is ${t}.`,
      );
    }
  }
}

/** Band rows with no staff: their percentages are undefined (information only: many trusts have empty bands). */
function zeroRows(sink: FlagSink, year: YearResults): void {
  for (const row of year.I1?.rows ?? []) {
    if (row.total === 0) {
      sink.add(
        "ZERO_DENOMINATOR",
        "info",
        "I1",
        NAMES.i1Pct(row.block),
        [row.row, 0],
        `${row.label} (${I1_BLOCK_TITLES[row.block].toLowerCase()}) has no staff, so its percentages are not computed.`,
      );
    }
  }
}

function smallNumbers(sink: FlagSink, year: YearResults, settings: Settings): void {
  for (const id of RL_INDICATORS) {
    const r = year[id];
    if (!r) continue;
    for (const [key, label, col] of GROUPS.slice(0, 2)) {
      const e = r[key].events;
      if (e === null || e >= settings.smallNumber) continue;
      sink.add(
        "SMALL_NUMBERS",
        "warning",
        id,
        NAMES.events(id),
        [0, col],
        `Only ${showNumber(e)} ${label} staff ${RL_WORDS[id].eventWords} (fewer than ${settings.smallNumber}): the rate is unstable and a published figure may identify people.`,
      );
    }
  }
}

function highUnknown(sink: FlagSink, year: YearResults, settings: Settings): void {
  const check = (id: IndicatorId, name: string, row: number, g: Groups3, what: string) => {
    const t = total3(g);
    if (t === null || t < settings.minPopulation || g.unknown === null) return;
    const s = g.unknown / t;
    if (s > settings.unknownShare) {
      sink.add(
        "HIGH_UNKNOWN",
        "warning",
        id,
        name,
        [row, 2],
        `${formatShare(s)} of ${what} have unknown ethnicity (more than ${formatShare(settings.unknownShare)}), which weakens every comparison.`,
      );
    }
  };
  for (const row of year.I1?.rows ?? [])
    check("I1", NAMES.i1(row.block), row.row, row.counts, `${row.label} (${I1_BLOCK_TITLES[row.block].toLowerCase()})`);
  if (year.I1?.workforce) check("I1", NAMES.workforce, 0, year.I1.workforce, "the workforce");
  if (year.I2) check("I2", NAMES.population("I2"), 0, groupsOf(year.I2, "population"), "shortlisted applicants");
  for (const id of ["I3", "I4"] as const) {
    const r = year[id];
    if (r && r.populationSource === "input")
      check(id, NAMES.population(id), 0, groupsOf(r, "population"), `the indicator ${id.slice(1)} headcount`);
  }
}

function groupsOf(r: RlResult, f: "events" | "population"): Groups3 {
  return { white: r.white[f], bme: r.bme[f], unknown: r.unknown[f] };
}
