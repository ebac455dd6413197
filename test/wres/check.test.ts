import { checkWorkbook } from "../../src/wres/check";
import { rawWorkbook, validYear, addressOf } from "../helpers/raw-workbook";

function checked(values = validYear()) {
  const r = checkWorkbook(rawWorkbook(values));
  if (r.kind !== "checked") throw new Error("not checked");
  return r;
}

describe("checkWorkbook on a complete small trust (worked by hand)", () => {
  const r = checked();

  test("indicator 1: workforce 740 / 210 / 50 of 1,000", () => {
    expect(r.indicators.I1.workforce).toEqual({ white: 740, bme: 210, unknown: 50 });
    expect(r.indicators.I1.workforcePct!.bme).toBeCloseTo(0.21, 12);
    const band5 = r.indicators.I1.rows.find((x) => x.block === "Clinical" && x.label === "Band 5")!;
    expect(band5.pct).toEqual({ white: 0.7, bme: 0.25, unknown: 0.05 });
    expect(band5.bmeGap).toBeCloseTo(0.04, 12);
  });

  test("indicator 2: (100/400)/(30/200) = 1.6667 with log interval 1.150–2.415", () => {
    expect(r.indicators.I2.rl).toBeCloseTo(5 / 3, 12);
    expect(r.indicators.I2.ci![0]).toBeCloseTo(1.15005, 4);
    expect(r.indicators.I2.ci![1]).toBeCloseTo(2.41536, 4);
    expect(r.indicators.I2.status).toBe("adverse");
    expect(r.indicators.I2.significant).toBe(true);
  });

  test("indicators 3 and 4", () => {
    expect(r.indicators.I3.rl).toBeCloseTo(12 / 210 / (20 / 740), 12);
    expect(r.indicators.I4.rl).toBeCloseTo(0.5 / (100 / 210), 12);
    expect(r.indicators.I4.status).toBe("within");
  });

  test("survey gaps and board", () => {
    expect(r.indicators.I5.gap).toBeCloseTo(0.05, 12);
    expect(r.indicators.I5.status).toBe("adverse");
    expect(r.indicators.I6.status).toBe("within");
    expect(r.indicators.I7.status).toBe("adverse");
    expect(r.indicators.I9.total).toBeCloseTo(2 / 12 - 0.21, 12);
    expect(r.indicators.I9.status).toBe("within");
  });

  test("findings", () => {
    const codes = r.flags.filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.cell}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        `GAP_RL@${addressOf("WRES_I2_RL")}`,
        `UNDER_REPRESENTED_BAND@${addressOf("WRES_I1_NonClinical_Gap", 3)}`,
        `GAP_SURVEY@${addressOf("WRES_I5_Gap")}`,
      ]),
    );
    expect(r.counts.errors).toBe(0);
    console.log(
      r.flags
        .filter((f) => f.severity !== "info")
        .map((f) => f.message)
        .join("\n"),
    );
    console.log(r.summaryLine);
  });
});
