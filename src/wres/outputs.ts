/** Output blocks: what the add-in writes into the template's output names. */

/** Values for one output name, rows × columns; null clears a cell. */
export interface OutputBlock {
  readonly name: string;
  readonly values: readonly (readonly (number | string | null)[])[];
  readonly numberFormat: string;
}
