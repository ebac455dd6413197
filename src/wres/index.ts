/** The WRES domain: pure TypeScript, no Office, React or file I/O. Everything else calls it. */
export * from "./a1";
export * from "./check";
export * from "./contract";
export * from "./flags";
export * from "./format";
export * from "./indicator-words";
export * from "./inputs";
export * from "./judge";
export * from "./outputs";
export * from "./overwrite";
export * from "./raw";
export * from "./report";
export * from "./settings";
export * from "./statistics";
export { readWorkbook, type ReadOutcome } from "./read";
export { cellLabel, type Locator } from "./locate";
export { agrees, displayPrecision } from "./review";
