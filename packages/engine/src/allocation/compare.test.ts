import { describe, expect, it } from "vitest";

import { compareResults } from "./compare.js";
import { runScenario, type ScenarioParameters } from "./scenario.js";
import { NO_WEIGHTS } from "./weights.js";
import { WORKED_EXAMPLE_SCHOOLS } from "./worked-example.js";

const schools = WORKED_EXAMPLE_SCHOOLS.map((s) => ({
  ...s,
  englishLearners: 10,
  studentsWithDisabilities: 20,
  homeless: 1,
  foster: 0,
  migrant: 0,
  supportDesignation: "NONE" as const,
}));
const params = (perChild: number): ScenarioParameters => ({
  titleI: {
    policy: { ppa: { kind: "SINGLE", perChild } },
    reservations: { familyEngagement: 0, homeless: 100_000 },
  },
  weights: NO_WEIGHTS,
});

describe("comparing two scenarios' results", () => {
  it("lists what moves per school and program, per program and per measure, and nothing that does not", () => {
    const run = (perChild: number) =>
      runScenario({
        schools,
        available: { TITLE_I_A: 400_000_000, TITLE_III_A: 5_000_000 },
        parameters: params(perChild),
      });
    const [a, b] = [run(60_000), run(70_000)];
    const c = compareResults(a, b);
    // Title III is the same in both; only Title I moves (850 public children at Violet Hill).
    expect(new Set(c.schools.map((d) => d.program))).toEqual(new Set(["TITLE_I_A"]));
    const violet = c.schools.find((d) => d.schoolId === "violet-hill")!;
    expect(violet).toEqual({
      schoolId: "violet-hill",
      program: "TITLE_I_A",
      a: 850 * 60_000,
      b: 850 * 70_000,
      difference: 850 * 10_000,
    });
    const titleI = c.programs.find((p) => p.program === "TITLE_I_A")!;
    expect(titleI.difference).toBe(c.schools.reduce((s, d) => s + d.difference, 0));
    expect(c.programs.find((p) => p.program === "TITLE_III_A")!.difference).toBe(0);
    expect(c.measures.map((m) => m.measure)).toContain("gini");
    expect(compareResults(a, a).schools).toEqual([]);
  });
});
