/**
 * What Create report loads on first use, as the "report" chunk (report-maker.lazy.ts): the
 * report's model and renderers with the `docx` library, and, for Excel, the builder of the
 * "WRES charts" sheet. None of it is in the pane's initial JavaScript.
 */

export { makeReportFile } from "./report-document";
export { rebuildChartsSheet } from "../../workbook/office/charts-sheet";
