/**
 * What Create report loads on first use, as the "report" chunk (report-maker.lazy.ts): the
 * report's model and renderers with the `docx` library, the download, the words of what was
 * done and, for Excel, the builder of the "WRES charts" sheet. None of it is in the pane's
 * initial JavaScript.
 */

export { makeReportFile } from "./report-document";
export { saveFile } from "./report-download";
export { chartsNotice, makeAndOfferReport, reportInBrowser, withNotices } from "./report-delivery";
export { rebuildChartsSheet } from "../../workbook/office/charts-sheet";
