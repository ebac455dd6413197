/**
 * The command's chart renderer for Word (src/report/chart-image.ts): resvg's WebAssembly read
 * from node_modules, and a sans-serif font found on the machine, since WebAssembly sees no system
 * fonts. The charts ask for Segoe UI or Arial; the first family here that is installed stands in,
 * regular and bold. Without one the report is still made: each chart's place in Word holds its
 * text equivalent, and the command says why.
 */

import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { setFlagsFromString } from "v8";
import { chartRasteriser, type Rasterise } from "../report/chart-image";

interface FontCandidate {
  readonly family: string;
  /** The regular face first, then the bold; both must be there. */
  readonly files: readonly [string, string];
}

const windowsFonts = path.join(process.env.WINDIR ?? "C:\\Windows", "Fonts");

/** Where the common systems keep the fonts the charts ask for, or faces of the same build. */
const CANDIDATES: readonly FontCandidate[] = [
  { family: "Segoe UI", files: [path.join(windowsFonts, "segoeui.ttf"), path.join(windowsFonts, "segoeuib.ttf")] },
  { family: "Arial", files: [path.join(windowsFonts, "arial.ttf"), path.join(windowsFonts, "arialbd.ttf")] },
  {
    family: "Arial",
    files: ["/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"],
  },
  { family: "Arial", files: ["/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"] },
  {
    family: "Arial",
    files: [
      "/usr/share/fonts/truetype/msttcorefonts/Arial.ttf",
      "/usr/share/fonts/truetype/msttcorefonts/Arial_Bold.ttf",
    ],
  },
  {
    family: "Liberation Sans",
    files: [
      "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
      "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ],
  },
  {
    family: "Liberation Sans",
    files: [
      "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
      "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf",
    ],
  },
  {
    family: "DejaVu Sans",
    files: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
  },
  { family: "DejaVu Sans", files: ["/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"] },
  {
    family: "DejaVu Sans",
    files: ["/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"],
  },
];

/** The first font family installed here, regular and bold; null when none is. */
export function findChartFont(candidates: readonly FontCandidate[] = CANDIDATES): FontCandidate | null {
  return candidates.find((c) => c.files.every((f) => existsSync(f))) ?? null;
}

/**
 * The renderer for the Word document's charts, or a sentence saying why there is none (it
 * completes "the charts are shown as tables in Word: …").
 */
export async function nodeChartRasteriser(): Promise<Rasterise | string> {
  const font = findChartFont();
  if (!font) return "no Arial, Segoe UI, Liberation Sans or DejaVu Sans font was found to draw their text with";
  try {
    // One report renders a few dozen charts and exits: V8's optimising tier-up of the renderer's
    // hottest functions costs more than it saves in so short a run (the sample's 18 charts: about
    // 4 s with the baseline compiler only against 11 s with tier-up, on a loaded 2-core machine).
    // Read when the module is compiled, so set before; the command runs no other WebAssembly.
    setFlagsFromString("--liftoff-only");
    const [wasm, ...files] = await Promise.all([
      fs.readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm")),
      ...font.files.map((f) => fs.readFile(f)),
    ]);
    return await chartRasteriser(wasm, { family: font.family, files: files.map((b) => new Uint8Array(b)) });
  } catch (e) {
    return `the chart renderer could not start (${e instanceof Error ? e.message : String(e)})`;
  }
}
