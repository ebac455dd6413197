/** The one-line summary in each indicator's header: its figure and its status in words. */

import type { IndicatorId } from "../../wres/contract";
import { formatCount, formatPoints, formatRl, formatShare, NOT_COMPUTABLE, plural } from "../../wres/format";
import { GAP_STATUS_WORDS, RL_STATUS_WORDS } from "../../wres/indicator-words";
import type { IndicatorsReport } from "../../wres/report";
import { GAP_TONE, RL_TONE, type Tone } from "./wording";

export interface IndicatorSummary {
  readonly figure: string;
  readonly status: string;
  readonly tone: Tone;
}

/** `underRepresentedRows` is the number of indicator 1 rows the domain judged under-represented. */
export function indicatorSummary(
  id: IndicatorId,
  indicators: IndicatorsReport,
  underRepresentedRows: number,
): IndicatorSummary {
  switch (id) {
    case "I1": {
      const { workforce, workforcePct } = indicators.I1;
      if (!workforce || !workforcePct) return { figure: NOT_COMPUTABLE, status: NOT_COMPUTABLE, tone: "neutral" };
      const figure = `${formatCount(workforce.white + workforce.bme + workforce.unknown)} staff, ${formatShare(workforcePct.bme)} BME`;
      return underRepresentedRows > 0
        ? { figure, status: `${plural(underRepresentedRows, "row")} under-represented`, tone: "adverse" }
        : { figure, status: "no row under-represented", tone: "good" };
    }
    case "I2":
    case "I3":
    case "I4": {
      const r = indicators[id];
      return { figure: formatRl(r.rl), status: RL_STATUS_WORDS[r.status], tone: RL_TONE[r.status] };
    }
    case "I5":
    case "I6":
    case "I7":
    case "I8": {
      const s = indicators[id];
      return { figure: formatPoints(s.gap), status: GAP_STATUS_WORDS[s.status], tone: GAP_TONE[s.status] };
    }
    case "I9": {
      const b = indicators.I9;
      return { figure: formatPoints(b.total), status: GAP_STATUS_WORDS[b.status], tone: GAP_TONE[b.status] };
    }
  }
}
