/// <reference types="office-js" />
/**
 * Picks the pane's service once office.js is ready: the live workbook when the host is Excel,
 * else a workbook file in the browser (no host, another host, or office.js not loaded at all,
 * as when the page is opened offline and the CDN cannot be reached).
 */

import type { WresService } from "../wres-service";
import { ExcelWresService } from "./excel-wres-service";
import { FileWresService } from "./file-wres-service";

/** Office.onReady's answer, or null when office.js is not on the page. */
export type HostInfo = { readonly host: Office.HostType | string | null } | null;

export async function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const info = await Office.onReady();
  return { host: info.host };
}

export function serviceFor(info: HostInfo): WresService {
  // Office.HostType.Excel is the string "Excel"; compared as text so this runs without office.js.
  return info?.host === "Excel" ? new ExcelWresService() : new FileWresService();
}

export async function createService(): Promise<WresService> {
  return serviceFor(await whenOfficeReady());
}
