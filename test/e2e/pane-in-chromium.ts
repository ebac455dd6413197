/**
 * What every browser test starts from: the pane's production build served locally (built into a
 * temporary folder first when dist/ holds none) and a headless Chromium to open it in.
 */

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import {
  DIST,
  buildPane,
  isProductionBuild,
  launchChromium,
  servePane,
  type PaneServer,
} from "../../scripts/pane-browser.cjs";

export interface PaneInChromium {
  readonly server: PaneServer;
  readonly browser: Browser;
  /** Closes the browser and the server, and removes a build made for the test. */
  close(): Promise<void>;
}

export async function startPaneInChromium(): Promise<PaneInChromium> {
  let builtDir: string | null = null;
  let dist = DIST;
  if (!isProductionBuild(DIST)) {
    console.warn("No production build in dist/ (npm run build): building the pane for this test.");
    builtDir = mkdtempSync(path.join(os.tmpdir(), "wres-e2e-"));
    dist = await buildPane(builtDir, { sourceMaps: false });
  }
  const removeBuild = () => {
    if (builtDir) rmSync(builtDir, { recursive: true, force: true });
  };
  const server = await servePane(dist);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await server.close();
    removeBuild();
    throw e;
  }
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      removeBuild();
    },
  };
}
