/**
 * The one way the pane runs a service operation: one at a time, shown as started, and its
 * result turned into the action that follows. A rejection is still caught here, though the
 * service never rejects: a bug is said plainly too, never left as a stuck spinner.
 *
 * The user's latest request wins: opening a file may start while a check runs (the sample
 * loading on start, say), and the earlier request's result, whenever it arrives, is dropped,
 * never shown. Each run has a number; only the newest one's result is dispatched.
 */

import { useCallback, useRef, type Dispatch } from "react";
import { failure, type PaneError, type PaneResult } from "../wres-service";
import { REPLACEABLE_OPERATIONS, type Operation } from "./announcements";
import type { PaneAction } from "./pane-state";

/** A rejected promise is a bug, not the user's doing; it is still said plainly, never a blank pane. */
export function unexpectedError(e: unknown): PaneError {
  return {
    message: `Something went wrong: ${e instanceof Error ? e.message : String(e)}`,
    advice: "Try again. If it happens again, close and reopen the add-in.",
  };
}

/** The call's result, or a rejection as an error result. */
export async function settle<T>(call: () => Promise<PaneResult<T>>): Promise<PaneResult<T>> {
  try {
    return await call();
  } catch (e) {
    return failure(unexpectedError(e));
  }
}

export interface OperationRun<T> {
  readonly operation: Operation;
  readonly call: () => Promise<PaneResult<T>>;
  /** The action the result leads to. */
  readonly after: (result: PaneResult<T>) => PaneAction;
  /** The file being opened, for the busy label. */
  readonly fileName?: string;
  /**
   * A request that replaces a check already running (REPLACEABLE_OPERATIONS), whose result is then
   * dropped. Without it, a request made while another runs is refused.
   */
  readonly replaces?: boolean;
}

/** Runs an operation and dispatches what follows; gives its result, or null when it was refused or replaced. */
export type RunOperation = <T>(run: OperationRun<T>) => Promise<PaneResult<T> | null>;

/** Whether a request may start now, given the operation running (null when none). */
export function mayStart(running: Operation | null, replaces: boolean): boolean {
  return running === null || (replaces && REPLACEABLE_OPERATIONS.has(running));
}

export function useRunOperation(dispatch: Dispatch<PaneAction>): RunOperation {
  // Set synchronously, so that a second click before the next render cannot start a second run.
  const running = useRef<Operation | null>(null);
  const latest = useRef(0);
  return useCallback(
    async <T>({ operation, call, after, fileName, replaces = false }: OperationRun<T>) => {
      if (!mayStart(running.current, replaces)) return null;
      const run = ++latest.current;
      running.current = operation;
      dispatch({ type: "started", operation, fileName });
      const result = await settle(call);
      // A later request started meanwhile: its result is the one to show, and it is still running.
      if (run !== latest.current) return null;
      running.current = null;
      dispatch(after(result));
      return result;
    },
    [dispatch],
  );
}
