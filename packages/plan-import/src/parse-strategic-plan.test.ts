import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { parseStrategicPlan, PlanImportError, SAMPLE_FILES } from "./index.js";

describe("strategic improvement plan 2021-2026", () => {
  const plan = parseStrategicPlan(readFileSync(SAMPLE_FILES.strategicPlan2021To2026, "utf8"));
  const steps = plan.goals.flatMap((g) =>
    g.objectives.flatMap((o) => o.initiatives.flatMap((i) => i.actionSteps)),
  );

  it("reads six goals down to action steps 1.1.1a ... 6.1.2b", () => {
    expect(plan.startYear).toBe(2021);
    expect(plan.endYear).toBe(2026);
    expect(plan.goals.map((g) => g.title)).toEqual([
      "Literacy for All",
      "Highly Effective Teachers, Leaders, and Staff",
      "Safe, Healthy, and Supportive Learning Environments",
      "Effective and Sustainable Operational Practices",
      "Equitable Systems",
      "Education In and Through the Arts",
    ]);
    expect(steps[0]?.code).toBe("1.1.1a");
    expect(steps.at(-1)?.code).toBe("6.1.2b");
    expect(new Set(steps.map((s) => s.code)).size).toBe(steps.length);
  });

  it("accepts the document's variant spellings and keeps GVPE references", () => {
    const codes = steps.map((s) => s.code);
    expect(codes).toContain("3.1.1c"); // printed "Action Plan 3.1.1c"
    expect(codes).toContain("3.1.2c"); // printed "Action Steps 3.1.2c"
    const initiatives = plan.goals.flatMap((g) => g.objectives.flatMap((o) => o.initiatives));
    expect(initiatives.map((i) => i.code)).toContain("4.4.1"); // printed without a colon
    const budget = steps.find((s) => s.code === "5.1.2a");
    expect(budget?.description).toMatch(/re-allocate funding to the neediest areas/);
    expect(budget?.gvpeReferences).toEqual(["9.1"]);
    expect(steps.find((s) => s.code === "1.1.1b")?.gvpeReferences).toEqual(["4.3", "5.1"]);
    expect(plan.goals[4]?.description).toMatch(/^To create and assess equity metrics/);
  });

  it("reads the addendum's choice of priority objectives: when, and how many", () => {
    // The text says the team chose four on January 27, 2022 but does not name them.
    expect(plan.priorities).toEqual({ chosenOn: "2022-01-27", count: 4, objectiveCodes: [] });
    const named = parseStrategicPlan(
      [
        "the 2021-2026 Strategic Improvement Plan",
        "Goal 1: Literacy",
        "Performance Objective 1.1: Read",
        "Performance Objective 1.2: Graduate",
        "Addendum: Performance Objectives Priorities",
        "The team met on March 3, 2022 and selected 2 Performance Objectives:",
        "Performance Objective 1.2 and Performance Objective 1.1",
      ].join("\n"),
    );
    expect(named.priorities).toEqual({
      chosenOn: "2022-03-03",
      count: 2,
      objectiveCodes: ["1.2", "1.1"],
    });
  });

  it("refuses text with no goals", () => {
    expect(() => parseStrategicPlan("nothing here")).toThrow(PlanImportError);
  });
});
