/** How numbers read: counts with thousands separators exactly as en-GB writes them. */

import { formatCount, showNumber } from "../../src/wres/format";

describe("formatCount: thousands separators as en-GB writes them", () => {
  test.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1,000"],
    [6032, "6,032"],
    [1234567, "1,234,567"],
    [-4321, "-4,321"],
    [10_000_000, "10,000,000"],
    [1234.5, "1,234.5"],
    [null, "—"],
  ])("formatCount(%p) = %p", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  test("agrees with Intl's en-GB formatter on whole numbers of every size, and on the rest", () => {
    const intl = new Intl.NumberFormat("en-GB");
    const differ: number[] = [];
    for (let digits = 1; digits <= 16; digits++)
      for (let k = 0; k < 200; k++) {
        const n = Math.floor(((k * 7919) % 1000) * 10 ** (digits - 3) + k) % Number.MAX_SAFE_INTEGER;
        for (const v of [n, -n, n + 0.25, 2 ** 53 + 2 * k])
          if (v !== 0 && formatCount(v) !== intl.format(v)) differ.push(v);
      }
    expect(differ).toEqual([]);
    expect(showNumber(2843)).toBe("2,843");
  });
});
