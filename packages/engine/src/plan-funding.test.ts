import { describe, expect, it } from "vitest";

import { fundingByPlanStructure, NONE_STATED } from "./plan-funding.js";

const step = (
  label: string,
  budgeted: number,
  over: Partial<Parameters<typeof fundingByPlanStructure>[0][number]> = {},
) => ({
  label,
  budgeted,
  equityInterventions: [],
  systems: [],
  subgroups: [],
  strategicGoals: [],
  ...over,
});

describe("funding by the plan's own structure", () => {
  const steps = [
    step("1.1", 100_00, {
      equityInterventions: ["EI-1"],
      systems: ["Coherent Instruction", "Professional Capacity"],
    }),
    step("1.2", 33_33, {
      systems: ["Family and Community Engagement"],
      strategicGoals: ["Goal 4: Safe Schools"],
    }),
    step("2.1", 1, { equityInterventions: ["EI-2"], systems: ["Professional Capacity"] }),
  ];
  const f = fundingByPlanStructure(steps);

  it("totals each intervention, system and goal, to the cent, with the steps counted", () => {
    expect(f.total).toBe(133_34);
    expect(f.byEquityIntervention).toEqual([
      { key: "EI-1", budgeted: 100_00, steps: ["1.1"] },
      { key: "EI-2", budgeted: 1, steps: ["2.1"] },
      { key: NONE_STATED, budgeted: 33_33, steps: ["1.2"] },
    ]);
    expect(f.bySystem).toEqual([
      { key: "Professional Capacity", budgeted: 100_01, steps: ["1.1", "2.1"] },
      { key: "Coherent Instruction", budgeted: 100_00, steps: ["1.1"] },
      { key: "Family and Community Engagement", budgeted: 33_33, steps: ["1.2"] },
    ]);
  });

  it("leaves no dollar out: steps naming nothing count under NONE, so each dimension covers the total", () => {
    for (const groups of [f.byEquityIntervention, f.bySubgroup, f.byStrategicGoal]) {
      const steps = new Set(groups.flatMap((g) => g.steps));
      expect([...steps].sort()).toEqual(["1.1", "1.2", "2.1"]);
    }
    expect(f.bySubgroup).toEqual([
      { key: NONE_STATED, budgeted: 133_34, steps: ["1.1", "1.2", "2.1"] },
    ]);
    expect(f.byStrategicGoal.at(-1)).toEqual({
      key: NONE_STATED,
      budgeted: 100_01,
      steps: ["1.1", "2.1"],
    });
  });
});
