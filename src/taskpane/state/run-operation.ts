/**
 * The one way the pane runs a service operation: one at a time, shown as started, and its
 * result turned into the action that follows. A rejection is still caught here, though the
 * service never rejects: a bug is said plainly too, never left as a stuck spinner.
 */

import { useCallback, useRef, type Dispatch } from "react";
import { failure, type PaneError, type PaneResult } from "../wres-service";
import type { Operation } from "./announcements";
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
}

/** Runs an operation and dispatches what follows; gives its result, or null when another was running. */
export type RunOperation = <T>(run: OperationRun<T>) => Promise<PaneResult<T> | null>;

export function useRunOperation(dispatch: Dispatch<PaneAction>): RunOperation {
  // Set synchronously, so that a second click before the next render cannot start a second run.
  const running = useRef(false);
  return useCallback(
    async <T>({ operation, call, after, fileName }: OperationRun<T>) => {
      if (running.current) return null;
      running.current = true;
      dispatch({ type: "started", operation, fileName });
      const result = await settle(call);
      running.current = false;
      dispatch(after(result));
      return result;
    },
    [dispatch],
  );
}
