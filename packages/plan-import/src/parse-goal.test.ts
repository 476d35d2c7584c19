import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { SAMPLE_FILES } from "./index.js";
import { parseGoal } from "./parse-goal.js";
import { parseImprovementPlan } from "./parse-plan.js";

describe("a plan goal as a measure", () => {
  it("reads the graduation goal's baseline, target and year, and leaves the baseline's year to a person", () => {
    expect(
      parseGoal(
        "By 2023, Clayton County Public Schools will increase the graduation rate from 69.6% to 90% or higher.",
      ),
    ).toEqual({
      measure: "graduation rate",
      dataSource: null,
      unit: "PERCENT",
      baseline: 69.6,
      baselineYear: null,
      target: 90,
      targetYear: 2023,
      annualChange: null,
      missing: ["dataSource", "baselineYear"],
    });
  });

  it("reads growth in points each year and its data source, and asks for the baseline it does not state", () => {
    expect(
      parseGoal(
        "By 2023, Clayton County Public Schools will increase by 3% percentage points growth each school year, for students scoring at the proficiency levels as evidenced by the state assessments.",
      ),
    ).toEqual({
      measure: "students scoring proficient on the state assessments",
      dataSource: "state assessments",
      unit: "PERCENTAGE_POINTS",
      baseline: null,
      baselineYear: null,
      target: null,
      targetYear: 2023,
      annualChange: 3,
      missing: ["baseline", "baselineYear"],
    });
  });

  it("guesses nothing from a goal without figures", () => {
    const g = parseGoal("Improve school climate for every student.");
    expect(g).toMatchObject({ baseline: null, target: null, targetYear: null, annualChange: null });
    expect(g.missing).toEqual([
      "measure",
      "dataSource",
      "baseline",
      "baselineYear",
      "target",
      "targetYear",
    ]);
  });

  it("finds both goals of the district's FY2022 plan", () => {
    const plan = parseImprovementPlan(readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8"));
    const goals = plan.needs.map((n) => parseGoal(n.goal ?? ""));
    expect(goals.map((g) => [g.baseline, g.target, g.annualChange])).toEqual([
      [null, null, 3],
      [69.6, 90, null],
    ]);
  });
});
