/**
 * The report's chart pictures for Word, drawn by the browser: each SVG the report model holds,
 * decoded as an image and painted on a canvas at the report's scale on white, as the command's
 * resvg draws them (src/report/chart-image.ts). The browser has its own fonts, so the pane ships
 * neither the WebAssembly renderer nor a font. A chart the browser cannot draw (no canvas, as in
 * jsdom) gets no picture, and Word holds its table instead.
 */

import { CHART_SCALE, chartSize } from "../../report/report-charts";

/** PNG bytes of each SVG that could be drawn, keyed by the SVG itself. */
export async function drawChartPictures(svgs: Iterable<string>): Promise<Map<string, Uint8Array>> {
  const pictures = new Map<string, Uint8Array>();
  for (const svg of new Set(svgs)) {
    const png = await drawPng(svg).catch(() => null);
    if (png) pictures.set(svg, png);
  }
  return pictures;
}

async function drawPng(svg: string): Promise<Uint8Array | null> {
  const { width, height } = chartSize(svg);
  if (typeof document === "undefined" || typeof Image === "undefined" || !(width > 0 && height > 0)) return null;
  const image = new Image();
  // A data: address (the pane's page allows images from data:), so the canvas stays readable.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * CHART_SCALE);
  canvas.height = Math.round(height * CHART_SCALE);
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
}
