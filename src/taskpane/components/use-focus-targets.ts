/** Focus follows the outcome of what the user did: the results, the error, the message or the notice. */

import { useEffect, useRef, type RefObject } from "react";
import type { FocusRequest } from "../state/pane-state";

export interface FocusTargets {
  readonly resultsHeading: RefObject<HTMLHeadingElement | null>;
  readonly notWresHeading: RefObject<HTMLHeadingElement | null>;
  readonly errorBar: RefObject<HTMLDivElement | null>;
  readonly noticeBar: RefObject<HTMLDivElement | null>;
}

/** The elements focus can move to, focused as each new request comes. */
export function useFocusTargets(focus: FocusRequest | null): FocusTargets {
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const notWresHeading = useRef<HTMLHeadingElement>(null);
  const errorBar = useRef<HTMLDivElement>(null);
  const noticeBar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const targets = { results: resultsHeading, "not-wres": notWresHeading, error: errorBar, notice: noticeBar };
    targets[focus.target].current?.focus();
  }, [focus]);
  return { resultsHeading, notWresHeading, errorBar, noticeBar };
}
