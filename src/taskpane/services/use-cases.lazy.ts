/**
 * The bundle's `./use-cases` (webpack.config.js swaps it in): the domain's use cases as a chunk
 * of their own, loaded by the first check, so the initial JavaScript holds what draws the pane,
 * not the engine behind the button. Jest and the type-check use `use-cases.ts`, the same
 * functions imported statically (jest's runtime has no dynamic import); the browser tests run this.
 */

import type { UseCases } from "./use-cases";

let loading: Promise<UseCases> | null = null;

/** Loads once; a failed load (the connection dropped) is tried again by the next check. */
export function loadUseCases(): Promise<UseCases> {
  // A real ES dynamic import (hence ".js", which the bundler maps to the .ts source): webpack makes it the "check" chunk.
  loading ??= import(/* webpackChunkName: "check" */ "../../wres/check.js").catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
