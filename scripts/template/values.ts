/** Cell values to write into a template's named blocks (the sample workbook, test fixtures). */

export type SampleCell = number | string | null;

/** Rows × columns, the block's exact shape. */
export type SampleGrid = readonly (readonly SampleCell[])[];

/** Template name → the values of its block; null leaves a cell empty. */
export type SampleValues = ReadonlyMap<string, SampleGrid>;
