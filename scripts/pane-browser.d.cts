/** Types of pane-browser.cjs, for the TypeScript tests that load it. */

import type { Browser, BrowserContext } from "playwright-core";

export declare const CHROMIUM_ARGS: readonly string[];
export declare const CHROMIUM_PATH: string;
/** The project's dist/, where `npm run build` puts the pane. */
export declare const DIST: string;
/** node_modules/@microsoft/office-js/dist. */
export declare const OFFICE_JS_DIST: string;

export interface PaneServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/** What left the page's origin. */
export interface OffOriginTraffic {
  /** Requests aborted: anything but office.js's own files. */
  readonly blocked: string[];
  /** Paths of the office.js files served from the package. */
  readonly officeJs: string[];
  /** office.js files asked for that the package lacks (answered 404). */
  readonly missing: string[];
}

export declare function buildPane(outDir?: string, options?: { sourceMaps?: boolean }): Promise<string>;
export declare function isProductionBuild(dir?: string): boolean;
export declare function launchChromium(): Promise<Browser>;
export declare function routeOfficeJs(context: BrowserContext, origin: string): Promise<OffOriginTraffic>;
export declare function servePane(root?: string): Promise<PaneServer>;
