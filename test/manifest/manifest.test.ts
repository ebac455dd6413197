/**
 * manifest.xml, checked offline: valid against Microsoft's XSDs (copied into ./schemas, with
 * xmllint compiled to WebAssembly, so no network and no system xmllint), every resid names
 * a resource of the right kind, and every icon exists at the size the manifest states.
 * (`npm run validate` is Microsoft's online check, the authority for store submission.)
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = path.join(__dirname, "../..");
const SCHEMAS = path.join(__dirname, "schemas");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The ids of one kind of resource: `<bt:Images>`, `<bt:Urls>`, `<bt:ShortStrings>`, `<bt:LongStrings>`. */
function resources(section: string): Map<string, string> {
  const body = new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`).exec(manifest)?.[1] ?? "";
  return new Map([...body.matchAll(/<bt:\w+ id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Every `<Element … resid="…">` of the manifest: [element, resid, the tag's other text]. */
const references = [...manifest.matchAll(/<([\w:]+)([^>]*?)\bresid="([^"]+)"/g)].map((m) => ({
  element: m[1],
  attributes: m[2],
  resid: m[3],
}));

/** Which resources each referring element may name. */
const KIND: Record<string, string> = {
  "bt:Image": "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function assetOf(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

describe("manifest.xml", () => {
  it("is valid against the Office add-in manifest schemas (OfficeApp 1.1, VersionOverrides 1.0)", async () => {
    const schemaFiles = readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd"));
    const result = await validateXML({
      xml: [{ fileName: "manifest.xml", contents: manifest }],
      schema: [
        {
          fileName: "OfficeAppManifestV1_1.xsd",
          contents: readFileSync(path.join(SCHEMAS, "OfficeAppManifestV1_1.xsd"), "utf8"),
        },
      ],
      preload: schemaFiles
        .filter((f) => f !== "OfficeAppManifestV1_1.xsd")
        .map((f) => ({ fileName: f, contents: readFileSync(path.join(SCHEMAS, f), "utf8") })),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is an Excel task pane in en-GB that reads and writes the document, needing ExcelApi 1.7", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<DefaultLocale>en-GB<\/DefaultLocale>/);
    expect(manifest).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.7"\/>\s*<\/Sets>/);
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("puts a WRES button on the Home tab that opens the pane", () => {
    const home = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(manifest)?.[1] ?? "";
    expect(home).toMatch(/<Control xsi:type="Button" id="WRES.OpenPane">/);
    expect(home).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="WRES.Taskpane.Url"\/>/);
    expect(resources("ShortStrings").get("WRES.OpenPane.Label")).toBe("WRES");
    expect(resources("Urls").get("WRES.Taskpane.Url")).toBe(`${DEV_URL}taskpane.html`);
  });

  it("resolves every resid to a resource of the right kind", () => {
    expect(references.length).toBeGreaterThan(10);
    for (const { element, resid } of references) {
      const kind = KIND[element];
      expect({ element, resid, kind }).toEqual({ element, resid, kind: expect.any(String) });
      expect({ resid, found: resources(kind).has(resid) }).toEqual({ resid, found: true });
    }
  });

  it("has every icon it names, at the size it states", () => {
    const images = resources("Images");
    for (const { attributes, resid } of references.filter((r) => r.element === "bt:Image")) {
      const size = Number(/size="(\d+)"/.exec(attributes)?.[1]);
      expect(pngSize(assetOf(images.get(resid)!))).toEqual({ width: size, height: size });
    }
    const iconUrl = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    const highResolution = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(pngSize(assetOf(iconUrl))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetOf(highResolution))).toEqual({ width: 64, height: 64 });
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("points the pane at the page the build makes", () => {
    expect(existsSync(path.join(ROOT, "src/taskpane/taskpane.html"))).toBe(true);
  });
});
