import { validateWorkbook } from "../../src/wres/check";
import { rawWorkbook, validYear, addressOf } from "../helpers/raw-workbook";

function checked(values = validYear()) {
  const r = validateWorkbook(rawWorkbook(values), { checkedAt: "2026-11-22T14:03", checkedBy: "wres 0.1.0" });
  if (r.kind !== "checked") throw new Error("not checked");
  return r;
}

describe("validateWorkbook on a complete small trust (worked by hand)", () => {
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
    // RL2 5/3 = 1.67, interval 1.150–2.415 (above), read without its cell.
    expect(r.flags.find((f) => f.code === "GAP_RL")?.message).toBe(
      "White applicants were 1.67 times as likely to be appointed from shortlisting as BME applicants. " +
        "1.67 is at or above 1.25: an adverse gap. " +
        "The 95% CI 1.15 to 2.42 excludes 1.00 (statistically significant; an addition to the standard).",
    );
  });

  test("the summary line counts the flags in words", () => {
    // Notes: 34 band rows, of which only non-clinical Band 3 and clinical Band 5 have staff; each empty row is a note.
    expect(r.summaryLine).toBe("Checked 2026-11-22 14:03 by wres 0.1.0: 0 errors, 0 warnings, 6 gaps, 32 notes.");
  });
});
