/**
 * The pane must fit a 320 px task pane with no horizontal scroll and follow the light or dark
 * theme: so the styles written here set no fixed width wider than 320 px and no colour of their
 * own (Fluent tokens only). jsdom does no layout, so this reads the sources.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const COMPONENTS = join(__dirname, "../../src/taskpane/components");
const sources = readdirSync(COMPONENTS)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(COMPONENTS, f), "utf8") }));

test("the components are there to check", () => {
  expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(["App.tsx", "Results.tsx", "Problems.tsx"]));
});

test.each(sources.map((s) => [s.file, s.text]))("%s sets no width, min-width or flex-basis above 320px", (_f, text) => {
  const sizes = [...text.matchAll(/(?:width|minWidth|flexBasis|flex)\s*:\s*["'`][^"'`]*?(\d+)px/g)].map((m) =>
    Number(m[1]),
  );
  expect(sizes.filter((px) => px > 320)).toEqual([]);
  expect(text).not.toMatch(/\b(?:width|minWidth)\s*:\s*["'`]\d+(?:vw|em|rem)/);
});

test.each(sources.map((s) => [s.file, s.text]))("%s uses no colour but Fluent's tokens", (_f, text) => {
  expect(text).not.toMatch(/["'`]#[0-9a-fA-F]{3,8}["'`]/);
  expect(text).not.toMatch(/\brgba?\(|\bhsla?\(/);
  expect(text).not.toMatch(/(?:color|backgroundColor|borderColor)\s*:\s*["'`](?!var\()/);
});
