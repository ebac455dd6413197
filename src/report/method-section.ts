/**
 * Section 6 of the report: how the figures were made — the formulas (wres.md), the thresholds
 * and settings this check used, and how the intervals are computed; with template 1.1's goals,
 * the aspirational-goal method, labelled as this tool's.
 */

import type { CheckedWorkbook } from "../wres/check";
import { RL_INDICATORS, SURVEY_INDICATORS, type RlIndicator } from "../wres/contract";
import { formatSettingValue, formatShare } from "../wres/format";
import { RL_WORDS, SURVEY_WORDS } from "../wres/indicator-words";
import { RL_NUMERATOR } from "../wres/indicators";
import { DEFAULT_SETTINGS, SETTING_DESCRIPTIONS, type Settings } from "../wres/settings";
import { figures, list, paragraph, section, table, text } from "./blocks";
import type { ReportExtras, ReportSection } from "./model";

function rlFormula(id: RlIndicator): string {
  const w = RL_WORDS[id];
  const [first, second] = RL_NUMERATOR[id] === "white" ? ["White", "BME"] : ["BME", "White"];
  const rate = (group: string) => `${group} ${w.eventsRow.toLowerCase()} ÷ ${group} ${w.populationRow.toLowerCase()}`;
  return `Indicator ${id.slice(1)}, the ${w.rlWording}: (${rate(first)}) ÷ (${rate(second)}).`;
}

function formulas(): string[] {
  const adverse = (sign: 1 | -1) => SURVEY_INDICATORS.filter((id) => SURVEY_WORDS[id].adverseSign === sign);
  const numbers = (ids: readonly string[]) => ids.map((id) => id.slice(1)).join(", ");
  return [
    "Indicator 1: each band's BME share is its BME staff ÷ its staff (White + BME + Unknown); its gap is that share minus the workforce's BME share, in percentage points.",
    ...RL_INDICATORS.map(rlFormula),
    "Relative likelihoods read the same way for all three: 1.00 means no difference, above 1.00 BME staff are worse off.",
    "Indicator 3 over two years: this year's and last year's counts pooled, then the same ratio.",
    `Indicators 5 to 8: the gap is the BME % minus the White % of the staff survey, in percentage points; a positive gap is adverse for ${numbers(adverse(1))}, a negative one for ${numbers(adverse(-1))} (a positive question).`,
    "Indicator 9: the BME share of the board (total, voting and executive members) minus the BME share of the workforce, in percentage points; negative means the board is less diverse than the workforce.",
    "Each figure is judged as it is shown: relative likelihoods to 2 decimals, shares and gaps to 0.1 point.",
  ];
}

function settingsTable(settings: Settings) {
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  return table(
    "The thresholds and settings used",
    [text("Setting"), figures("Used"), figures("Default")],
    keys.map((k) => [
      SETTING_DESCRIPTIONS[k],
      formatSettingValue(k, settings),
      formatSettingValue(k, DEFAULT_SETTINGS),
    ]),
  );
}

function intervals(settings: Settings): string[] {
  const level = formatShare(settings.confidence);
  return [
    `Relative likelihoods: a ${level} interval by the log method, SE = √(1/a − 1/n₁ + 1/c − 1/n₂) and interval = exp(ln RL ± z·SE), where a and c are the two groups' events, n₁ and n₂ their populations, and z the normal quantile of the level (1.96 for 95%). An interval that excludes 1.00 is statistically significant: an addition to the standard.`,
    `Survey gaps: a ${level} Wald interval for the difference of two proportions, gap ± z·√(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), given when the workbook holds each group's respondents.`,
  ];
}

export function methodSection(checked: CheckedWorkbook, extras: ReportExtras): ReportSection {
  const goals = extras.goals
    ? [
        section("method-goals", "Aspirational goals: this tool's method", [
          paragraph("The aspirational goals are not part of the standard: they are this tool's.", "note"),
          ...(extras.goals.method ? [paragraph(extras.goals.method)] : []),
        ]),
      ]
    : [];
  return section(
    "method",
    "6. Method",
    [],
    [
      section("method-formulas", "Formulas", [list(formulas())]),
      section("method-settings", "Thresholds and settings", [settingsTable(checked.settings)]),
      section("method-intervals", "Intervals", [list(intervals(checked.settings))]),
      ...goals,
    ],
  );
}
