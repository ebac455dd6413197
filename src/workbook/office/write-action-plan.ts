/// <reference types="office-js" />
/**
 * Writes a drafted action plan (a block of role "mixed", `WRES_ActionPlan`): only the cells the
 * draft fills (each drafted row's Indicator and Finding), never a null cell of the block, and only
 * into rows that were wholly empty in what was read. The domain drafts only into empty rows; this
 * adapter checks it again against the read itself, because a row a person typed in must never be
 * written over, whatever a bug upstream might ask. Checked before anything is queued: Excel does
 * not roll a failed batch back, so a refusal writes nothing at all.
 */

import { cellAddress } from "../../wres/a1";
import { specOf } from "../../wres/contract";
import type { OutputBlock } from "../../wres/outputs";
import type { RawWorkbook } from "../../wres/raw";

/** The add-in refused to write the draft: a target cell held something when read. Nothing was queued. */
export class DraftWriteRefused extends Error {}

/** One run of filled cells in a row of the block, written as one range. */
interface DraftRun {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (string | number)[];
  readonly formats: readonly string[];
}

/** The block's filled cells, as runs of neighbouring cells along each row. */
function draftRuns(block: OutputBlock): DraftRun[] {
  const runs: DraftRun[] = [];
  block.values.forEach((row, r) => {
    let start = -1;
    row.forEach((value, c) => {
      const filled = value !== null;
      if (filled && start < 0) start = c;
      const ends = start >= 0 && (!filled || c === row.length - 1);
      if (!ends) return;
      const end = filled ? c + 1 : c;
      runs.push({
        row: r,
        column: start,
        values: row.slice(start, end) as (string | number)[],
        formats: row.slice(start, end).map((_, i) => block.columnFormats?.[start + i] ?? block.numberFormat),
      });
      start = -1;
    });
  });
  return runs;
}

/**
 * Throws DraftWriteRefused unless every row the block fills was wholly empty in `read` (and the
 * block has the shape read); a programming error unless the block is of role "mixed".
 */
export function assertDraftIntoEmptyRows(block: OutputBlock, read: RawWorkbook | undefined): void {
  if (specOf(block.name).role !== "mixed") {
    throw new Error(`Programming error: ${block.name} is not a block the add-in drafts into.`);
  }
  const def = read?.names.get(block.name)?.workbook;
  if (def?.kind !== "range" || def.cells === null) {
    throw new DraftWriteRefused(
      `The action plan (the name ${block.name}) could not be read as one range just before writing, so nothing of it was written. Check again, then draft.`,
    );
  }
  const cells = def.cells;
  if (def.rows !== block.values.length || block.values.some((row) => row.length !== def.columns)) {
    throw new DraftWriteRefused(
      `The action plan (the name ${block.name}) changed shape since it was read, so nothing of it was written. Check again, then draft.`,
    );
  }
  for (const run of draftRuns(block)) {
    const typed = cells[run.row].findIndex((cell) => cell.type !== "empty");
    if (typed >= 0) {
      const where = cellAddress(def.sheet, def.top + run.row, def.left + typed);
      throw new DraftWriteRefused(
        `Row ${run.row + 1} of the action plan is not empty (${where} holds something), and a row a person typed in is never written over, so nothing of the action plan was written. Check again, then draft.`,
      );
    }
  }
}

/**
 * Queues the draft's filled cells, each run its number format then its values (text as "@", so
 * a finding is never read as a number or a formula). Call `assertDraftIntoEmptyRows` first.
 */
export function queueDraftCells(context: Excel.RequestContext, block: OutputBlock): void {
  const range = context.workbook.names.getItem(block.name).getRange();
  for (const run of draftRuns(block)) {
    const target = range.getCell(run.row, run.column).getResizedRange(0, run.values.length - 1);
    target.numberFormat = [[...run.formats]];
    target.values = [[...run.values]];
  }
}

/** "Draft the action plan": checks the draft against the read, then writes its cells in ONE context.sync. */
export async function writeActionPlanDraft(
  context: Excel.RequestContext,
  block: OutputBlock,
  read: RawWorkbook,
): Promise<void> {
  assertDraftIntoEmptyRows(block, read);
  queueDraftCells(context, block);
  await context.sync();
}
