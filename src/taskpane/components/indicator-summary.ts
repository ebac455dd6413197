/** The one-line summary in each indicator's header: its figure and its status in words (the domain's headline), and its tone. */

import type { IndicatorId } from "../../wres/contract";
import { indicatorHeadline } from "../../wres/indicator-words";
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
  const headline = indicatorHeadline(id, indicators);
  switch (id) {
    case "I1":
      return {
        ...headline,
        tone: !indicators.I1.workforcePct ? "neutral" : underRepresentedRows > 0 ? "adverse" : "good",
      };
    case "I2":
    case "I3":
    case "I4":
      return { ...headline, tone: RL_TONE[indicators[id].status] };
    case "I5":
    case "I6":
    case "I7":
    case "I8":
      return { ...headline, tone: GAP_TONE[indicators[id].status] };
    case "I9":
      return { ...headline, tone: GAP_TONE[indicators.I9.status] };
  }
}
