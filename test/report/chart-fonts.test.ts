/**
 * The command's fonts for the charts' PNGs: the first family whose regular and bold faces are
 * both installed, and none when no family is complete (Word then shows each chart's table).
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findChartFont } from "../../src/cli/chart-fonts";

describe("findChartFont", () => {
  let dir: string;
  const at = (name: string) => join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "wres-fonts-"));
    for (const name of ["a.ttf", "b.ttf", "b-bold.ttf"]) writeFileSync(at(name), "");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("takes the first family with both faces, passing over one whose bold face is missing", () => {
    expect(
      findChartFont([
        { family: "A", files: [at("a.ttf"), at("a-bold.ttf")] },
        { family: "B", files: [at("b.ttf"), at("b-bold.ttf")] },
      ]),
    ).toEqual({ family: "B", files: [at("b.ttf"), at("b-bold.ttf")] });
  });

  test("is null when no family is complete", () => {
    expect(findChartFont([{ family: "A", files: [at("a.ttf"), at("a-bold.ttf")] }])).toBeNull();
  });
});
