/** Where a chart goes in an indicator's panel: nothing until the charts' chunk has loaded, then the chart. */

import { Suspense } from "react";
import type { PanelChartProps } from "./IndicatorChart";
import { LazyIndicatorChart } from "./lazy-panels";

export function IndicatorChartSlot(props: PanelChartProps) {
  return (
    <Suspense fallback={null}>
      <LazyIndicatorChart {...props} />
    </Suspense>
  );
}
