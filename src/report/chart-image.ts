/**
 * A chart's picture for Word: the SVG rasterised to PNG by resvg, compiled to WebAssembly
 * (@resvg/resvg-wasm), so that the command (Node) and the pane (a browser) make the same image
 * with the same code. Word 2016 and later draw the SVG itself; the PNG is what older Word,
 * LibreOffice and converters to PDF show, so it is drawn at twice the chart's size for print.
 *
 * WebAssembly has no system fonts: the caller passes the font files (the command finds them on
 * the machine, src/cli/chart-fonts.ts) and where the .wasm is (its bytes, or a URL in a browser).
 * Measured on the sample's nine charts (README, "The board report").
 */

import { initWasm, Resvg, type InitInput } from "@resvg/resvg-wasm";
import { CHART_SCALE } from "./report-charts";

/** A chart's SVG made into PNG bytes. */
export type Rasterise = (svg: string) => Uint8Array;

/** Font files (TrueType or OpenType) and the family they hold, which stands in for the charts' own (Segoe UI, Arial). */
export interface ChartFonts {
  readonly family: string;
  readonly files: readonly Uint8Array[];
}

export { CHART_SCALE } from "./report-charts";

/** The WebAssembly module may be started once per page or process; later callers wait on the first start. */
let started: Promise<void> | null = null;

function start(wasm: InitInput | Promise<InitInput>): Promise<void> {
  started ??= initWasm(wasm).catch((e: unknown) => {
    started = null;
    throw e;
  });
  return started;
}

/** Resolves once the renderer is ready; rasterising is then synchronous. */
export async function chartRasteriser(wasm: InitInput | Promise<InitInput>, fonts: ChartFonts): Promise<Rasterise> {
  await start(wasm);
  const options = {
    fitTo: { mode: "zoom" as const, value: CHART_SCALE },
    // White behind the chart, as on the printed page, whatever the viewer's own background.
    background: "#ffffff",
    font: {
      fontBuffers: [...fonts.files],
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
  };
  return (svg) => {
    const resvg = new Resvg(svg, options);
    try {
      const image = resvg.render();
      try {
        return image.asPng();
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
}
