/** Where an indicator's chart goes in its panel: nothing until the chart's chunk has loaded, then the chart. */

import { Suspense } from "react";
import type { IndicatorChartProps } from "./IndicatorChart";
import { LazyIndicatorChart } from "./lazy-panels";

export function IndicatorChartSlot(props: IndicatorChartProps) {
  return (
    <Suspense fallback={null}>
      <LazyIndicatorChart {...props} />
    </Suspense>
  );
}
