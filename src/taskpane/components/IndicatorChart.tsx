/**
 * A chart in an indicator's panel (the indicator's own chart; template 1.1's series over the
 * years; indicator 1's aspirational goals): the chart module's SVG (an image named by its caption),
 * drawn in the Fluent theme's colours (so it follows light, dark and high contrast; system
 * colours in forced-colours mode), and its data as a table behind "Show the chart's data".
 * Loaded as a chunk of its own (lazy-panels.ts): the chart module stays out of the initial script.
 */

import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { FIGURE_TABLE_STYLES } from "./figure-table";
import {
  forcedColourRules,
  goalsChart,
  indicatorChart,
  renderChart,
  seriesChart,
  type ChartPalette,
  type ChartSpec,
  type DataTable,
} from "../../charts";
import type { IndicatorId } from "../../wres/contract";
import type { GoalsReport } from "../../wres/goals";
import type { IndicatorsReport } from "../../wres/report";
import type { SeriesPoint } from "../../wres/series";
import type { Settings } from "../../wres/settings";

/** The theme's colours as CSS custom properties: the chart follows whichever theme the FluentProvider sets. */
const PANE_PALETTE: ChartPalette = {
  colours: {
    text: tokens.colorNeutralForeground1,
    muted: tokens.colorNeutralForeground3,
    grid: tokens.colorNeutralStrokeAccessible,
    band: tokens.colorPaletteGreenBorderActive,
    point: tokens.colorBrandForeground1,
    adverse: tokens.colorPaletteRedForeground1,
    previous: tokens.colorNeutralForeground2,
    white: tokens.colorNeutralStrokeAccessible,
    bme: tokens.colorBrandBackground,
    reference: tokens.colorNeutralForeground1,
  },
  bandOpacity: 0.18,
  fontFamily: tokens.fontFamilyBase,
};

/** The drawing's widest; narrower, it is drawn at the panel's width and reflows (labels above rows). */
const CHART_WIDTH = 320;
/** Below this the drawing scales down instead (its viewBox) rather than reflowing further. */
const MIN_CHART_WIDTH = 120;

/** The width to draw at: the box's, within [MIN_CHART_WIDTH, CHART_WIDTH], following it as it changes. */
function useChartWidth(box: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(CHART_WIDTH);
  useLayoutEffect(() => {
    const element = box.current;
    // jsdom has no layout (and no ResizeObserver): the widest drawing.
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = (): void => {
      const w = Math.floor(element.clientWidth);
      setWidth(w > 0 ? Math.max(MIN_CHART_WIDTH, Math.min(CHART_WIDTH, w)) : CHART_WIDTH);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return width;
}

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  picture: {
    "& svg": { display: "block", width: "100%", maxWidth: `${CHART_WIDTH}px`, height: "auto", overflow: "visible" },
    "@media (forced-colors: active)": forcedColourRules(),
  },
  data: {
    fontSize: tokens.fontSizeBase200,
    "& summary": {
      cursor: "pointer",
      color: tokens.colorBrandForegroundLink,
      width: "fit-content",
      ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    },
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    marginTop: tokens.spacingVerticalXS,
    // At 200 % zoom a row of four columns cannot fit without breaking words: each row becomes a
    // block, its header first, then each figure on its own line named by its column.
    "@media (max-width: 240px)": {
      "& thead": { display: "none" },
      "& tbody, & tr, & th, & td": { display: "block" },
      "& td::before": { content: "attr(data-column) ': '", color: tokens.colorNeutralForeground3 },
    },
  },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  cell: { ...FIGURE_TABLE_STYLES.cell, textAlign: "start" },
  rowHeader: { fontWeight: tokens.fontWeightRegular },
});

/** The indicator's own chart (this year, last year). */
export interface IndicatorChartProps {
  kind?: "indicator";
  id: IndicatorId;
  indicators: IndicatorsReport;
  settings: Settings;
}

/** Template 1.1: the indicator's headline figure over the years. */
export interface SeriesChartProps {
  kind: "series";
  id: IndicatorId;
  points: readonly SeriesPoint[];
  settings: Settings;
}

/** Template 1.1: the senior bands' BME share now against the goal. */
export interface GoalsChartProps {
  kind: "goals";
  goals: GoalsReport;
}

export type PanelChartProps = IndicatorChartProps | SeriesChartProps | GoalsChartProps;

interface PanelChart {
  readonly spec: ChartSpec | null;
  /** The name its box carries (`data-chart`: "I2", "I2-series", "goals"). */
  readonly name: string;
  /** What opens its data: each chart of a panel says which data it shows. */
  readonly summary: string;
}

function chartOf(props: PanelChartProps): PanelChart {
  switch (props.kind) {
    case "series":
      return {
        spec: seriesChart(props.id, props.points, props.settings),
        name: `${props.id}-series`,
        summary: "Show the figures year by year",
      };
    case "goals":
      return { spec: goalsChart(props.goals), name: "goals", summary: "Show the goals chart's data" };
    default:
      return {
        spec: indicatorChart(props.id, props.indicators, props.settings),
        name: props.id,
        summary: "Show the chart's data",
      };
  }
}

export function IndicatorChart(props: PanelChartProps) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const { spec, name, summary } = chartOf(props);
  if (!spec) return null;
  return (
    <div className={styles.figure} data-chart={name} ref={box}>
      {/* The chart module escapes every text it writes into the SVG. */}
      <div
        className={styles.picture}
        dangerouslySetInnerHTML={{ __html: renderChart(spec, { palette: PANE_PALETTE, width }) }}
      />
      <details className={styles.data}>
        <summary>{summary}</summary>
        <ChartTable table={spec.text.table} caption={`${spec.title}: data`} />
      </details>
    </div>
  );
}

function ChartTable({ table, caption }: { table: DataTable; caption: string }) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col" className={styles.cell}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.header}>
            <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
              {r.header}
            </th>
            {r.cells.map((c, i) => (
              <td key={i} className={styles.cell} data-column={table.columns[i + 1]}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
