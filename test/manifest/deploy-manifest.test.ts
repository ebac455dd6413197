/**
 * The manifest the build writes: the deployable build (`--env deploy`) refuses to run without an
 * https deployment URL and puts a trailing slash on it; a local build keeps localhost and says so.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const load = createRequire(path.join(ROOT, "package.json"));
type Pattern = { from: string; transform?: (content: Buffer) => string | Buffer };
const configure = load("./webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<{ plugins: { patterns?: Pattern[] }[] }>;
const manifest = readFileSync(path.join(ROOT, "manifest.xml"));

/** The manifest as the build with these settings writes it. */
async function builtManifest(env: Record<string, unknown>, url: string | undefined): Promise<string> {
  const saved = process.env.WRES_ADDIN_URL;
  if (url === undefined) delete process.env.WRES_ADDIN_URL;
  else process.env.WRES_ADDIN_URL = url;
  try {
    const config = await configure(env, { mode: "production" });
    const patterns = config.plugins.flatMap((p) => p.patterns ?? []);
    const copy = patterns.find((p) => p.from === "manifest.xml");
    return String(copy?.transform?.(manifest) ?? manifest);
  } finally {
    if (saved === undefined) delete process.env.WRES_ADDIN_URL;
    else process.env.WRES_ADDIN_URL = saved;
  }
}

describe("the manifest the build writes", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it.each([
    ["no deployment URL", undefined, "needs WRES_ADDIN_URL"],
    ["an http URL", "http://wres.example.nhs.uk/", "must be an https URL"],
    ["text that is not a URL", "wres.example.nhs.uk", "is not a URL"],
  ])("refuses to make the deployable manifest with %s", async (_label, url, reason) => {
    await expect(builtManifest({ deploy: true }, url)).rejects.toThrow(reason);
  });

  it("puts every URL under the deployment URL, adding its trailing slash", async () => {
    const built = await builtManifest({ deploy: true }, "https://wres.example.nhs.uk/addin");
    expect(built).not.toContain("localhost");
    expect(built).toContain('<SourceLocation DefaultValue="https://wres.example.nhs.uk/addin/taskpane.html"/>');
    expect(built).toContain('DefaultValue="https://wres.example.nhs.uk/addin/assets/icon-32.png"');
    expect(warn).not.toHaveBeenCalled();
  });

  it("keeps localhost in a local build, and says so", async () => {
    const built = await builtManifest({}, undefined);
    expect(built).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("manifest.xml keeps https://localhost:3000/"));
  });
});
