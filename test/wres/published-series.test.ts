/**
 * Published figures: a published run of RL2 must give the sentence its numbers imply.
 *
 * No trust's five consecutive published RL2 figures were found in the sources available to this
 * project, so the run is NHS England's national one (all NHS trusts in England), as published:
 *   - 2016 1.57, 2018 1.45, 2020 1.61 (the peak) and 2022 1.54: NHS England's WRES 2022 report,
 *     as reported in "White candidates still 50pc more likely to be recruited, says new NHSE
 *     data", 22 Feb 2023, https://www.hsjjobs.com/article/white-candidates-still-50pc-more-likely-to-be-recruited-says-new-nhse-data/
 *   - 2019 1.46 (applicants shortlisted in 2018/19, the WRES 2019 data): "NHS workforce
 *     appointments from shortlisting", https://www.ethnicity-facts-figures.service.gov.uk/workforce-and-business/workforce-diversity/success-of-shortlisted-nhs-job-applicants/latest/
 * The 2017 and 2021 figures were not in those sources: they are left blank, as a trust leaves a
 * year it did not report, and a blank year ends a run.
 */

import { seriesSentence } from "../../src/wres/indicator-words";
import { seriesRun, type SeriesPoint } from "../../src/wres/series";
import { DEFAULT_SETTINGS } from "../../src/wres/settings";

const NATIONAL_RL2: readonly SeriesPoint[] = [
  { year: 2016, value: 1.57 },
  { year: 2017, value: null },
  { year: 2018, value: 1.45 },
  { year: 2019, value: 1.46 },
  { year: 2020, value: 1.61 },
  { year: 2021, value: null },
  { year: 2022, value: 1.54 },
];

const upTo = (year: number) => NATIONAL_RL2.filter((p) => p.year <= year);
const sentence = (points: readonly SeriesPoint[]) =>
  seriesSentence(seriesRun("I2", points, DEFAULT_SETTINGS), DEFAULT_SETTINGS);

test("2016–2020: at or above 1.25 in 2018, 2019 and 2020 (2017 blank ends the run), each year further from 1.00", () => {
  // 1.45 → 1.46 → 1.61: |ln| 0.372 → 0.378 → 0.476, so each step moves away from parity.
  const run = seriesRun("I2", upTo(2020), DEFAULT_SETTINGS);
  expect(run).toMatchObject({
    level: "adverse",
    levelYears: 3,
    levelSince: 2018,
    direction: "worse",
    directionSteps: 2,
  });
  expect(sentence(upTo(2020))).toBe(
    "RL2 has been at or above 1.25 in each of the last three years, moving further from 1.00 every year since 2018.",
  );
});

test("2018–2022: 2022's 1.54 is adverse, and with 2021 blank there is no year before it to compare with", () => {
  expect(sentence(NATIONAL_RL2.filter((p) => p.year >= 2018))).toBe(
    "RL2 is at or above 1.25 in 2022; 2021 has no figure to compare with.",
  );
});
