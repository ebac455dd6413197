/** Indicator 1: the workforce and, block by block, each band's BME share and gap to the workforce. */

import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { I1_BLOCK_TITLES, I1_BLOCKS, type I1Block } from "../../wres/contract";
import { formatCount, formatPoints, formatShare } from "../../wres/format";
import type { I1Report, I1RowReport, WhiteBmeUnknown } from "../../wres/report";
import { Detail, Details } from "./Details";
import { StatusText } from "./StatusText";
import { FIGURE_TABLE_STYLES } from "./figure-table";

const useStyles = makeStyles({
  ...FIGURE_TABLE_STYLES,
  table: { ...FIGURE_TABLE_STYLES.table, marginTop: tokens.spacingVerticalM },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingBottom: tokens.spacingVerticalXS,
  },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
});

const total = (w: WhiteBmeUnknown | null): number | null => (w ? w.white + w.bme + w.unknown : null);

function rowTotal(r: I1RowReport): number | null {
  return r.white === null || r.bme === null || r.unknown === null ? null : r.white + r.bme + r.unknown;
}

export interface RepresentationPanelProps {
  report: I1Report;
  /** The indicator's chart, shown under the workforce's figures. */
  chart?: ReactNode;
  /** Template 1.1: the workforce BME % over the years, with its sentence (nothing without history). */
  history?: ReactNode;
  /** Template 1.1: the senior bands' aspirational goals (nothing for a 1.0 workbook), after the bands. */
  goals?: ReactNode;
}

export function RepresentationPanel({ report, chart, history, goals }: RepresentationPanelProps) {
  const { workforcePct } = report;
  return (
    <>
      <Details>
        <Detail label="Workforce">
          {workforcePct
            ? `White ${formatShare(workforcePct.white)}, BME ${formatShare(workforcePct.bme)}, Unknown ${formatShare(workforcePct.unknown)}`
            : "not computable: the band counts are missing or invalid (see Problems)"}
        </Detail>
        {report.workforcePY && report.workforcePctPY && (
          <Detail label="Last year">
            {formatCount(total(report.workforcePY))} staff, BME {formatShare(report.workforcePctPY.bme)}
          </Detail>
        )}
      </Details>
      {chart}
      {history}
      {I1_BLOCKS.map((block) => (
        <BandTable key={block} block={block} rows={report.rows.filter((r) => r.block === block)} />
      ))}
      {goals}
    </>
  );
}

interface BandTableProps {
  block: I1Block;
  rows: readonly I1RowReport[];
}

function BandTable({ block, rows }: BandTableProps) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  const header = mergeClasses(styles.cell, styles.header);
  const headerNumber = mergeClasses(styles.cell, styles.header, styles.number);
  const number = mergeClasses(styles.cell, styles.number);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{I1_BLOCK_TITLES[block]}</caption>
      <thead>
        <tr>
          <th scope="col" className={header}>
            Band or grade
          </th>
          <th scope="col" className={headerNumber}>
            BME
          </th>
          <th scope="col" className={headerNumber}>
            Gap
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const staff = rowTotal(r);
          return (
            <tr key={r.label}>
              <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
                {r.label}
                <span className={styles.note}>
                  {staff === null ? "counts incomplete" : `${formatCount(staff)} staff`}
                </span>
                {r.underRepresented && <StatusText tone="adverse">under-represented</StatusText>}
              </th>
              <td className={number}>{formatShare(r.pct?.bme ?? null)}</td>
              <td className={number}>{formatPoints(r.bmeGap)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
