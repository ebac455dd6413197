/**
 * The domain's use cases (Validate, Calculate) as the services load them. In the bundle,
 * webpack.config.js replaces this module with `use-cases.lazy.ts`, which loads them as their own
 * chunk on the first check; here (jest, the type-check) they are imported statically.
 */

import { calculateWorkbook, draftWorkbookActionPlan, validateWorkbook } from "../../wres/check";

export interface UseCases {
  readonly validateWorkbook: typeof validateWorkbook;
  readonly calculateWorkbook: typeof calculateWorkbook;
  readonly draftWorkbookActionPlan: typeof draftWorkbookActionPlan;
}

export function loadUseCases(): Promise<UseCases> {
  return Promise.resolve({ validateWorkbook, calculateWorkbook, draftWorkbookActionPlan });
}
