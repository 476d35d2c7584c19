import { describe, expect, it } from "vitest";

import type { GoalMeasureFieldsFragment } from "../../graphql/generated";
import { goalSeries } from "./goal-series";

const goal = (over: Partial<GoalMeasureFieldsFragment>): GoalMeasureFieldsFragment => ({
  measure: "Four-year graduation rate",
  dataSource: null,
  unit: "PERCENT",
  baseline: null,
  baselineYear: null,
  target: null,
  targetYear: null,
  annualChange: null,
  missing: [],
  version: 1,
  values: [],
  ...over,
});

describe("a goal's path for its chart", () => {
  it("runs from the baseline through yearly targets to the target, with the values reached", () => {
    expect(
      goalSeries(
        goal({
          baseline: 69.6,
          baselineYear: 2020,
          target: 90,
          targetYear: 2023,
          values: [
            { year: 2022, kind: "REACHED", value: 74.25 },
            { year: 2022, kind: "TARGET", value: 80 },
          ],
        }),
      ),
    ).toEqual([
      { year: 2020, target: 69.6, reached: 69.6 },
      { year: 2022, target: 80, reached: 74.25 },
      { year: 2023, target: 90 },
    ]);
  });

  it("is empty when the text stated no year for anything", () => {
    expect(goalSeries(goal({ baseline: 69.6, target: 90 }))).toEqual([]);
  });
});
