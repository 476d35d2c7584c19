import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// The year's budget by the plan's own structure, from the demo's budget lines on Clayton
// County's FY2022 plan.
let api: TestApi;

const FUNDING = graphql(`
  query PlanStructureFunding {
    planStructureFunding(fiscalYear: 2022) {
      total
      byEquityIntervention {
        key
        budgeted
        steps
      }
      bySystem {
        key
        budgeted
        steps
      }
      bySubgroup {
        key
        budgeted
        steps
      }
      byStrategicGoal {
        key
        budgeted
        steps
      }
    }
    fundingByActionStep(fiscalYear: 2022) {
      total
      rows {
        actionStep {
          label
          systems
        }
        total
      }
    }
  }
`);

const cents = (money: string) => Math.round(Number(money) * 100);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("funding by the plan's own structure", () => {
  it("totals the budget by equity intervention, system, subgroup and strategic goal, to the cent and leaving no step out", async () => {
    const r = dataOf(await api.as("VIEWER")(FUNDING));
    const f = r.planStructureFunding!;
    expect(f.total).toBe(r.fundingByActionStep!.total);
    const stepTotal = new Map(
      r.fundingByActionStep!.rows.map((x) => [x.actionStep.label, x.total]),
    );
    // Clayton's two needs each have one intervention: EI-1 (teacher development), EI-2 (leaders).
    expect(f.byEquityIntervention.map((g) => g.key).sort()).toEqual(["EI-1", "EI-2", "NONE"]);
    for (const groups of [f.byEquityIntervention, f.bySystem, f.bySubgroup, f.byStrategicGoal]) {
      // Every step is counted somewhere, and each group is the sum of its steps to the cent.
      expect(new Set(groups.flatMap((g) => g.steps))).toEqual(new Set(stepTotal.keys()));
      for (const g of groups)
        expect(cents(g.budgeted)).toBe(
          g.steps.reduce((sum, s) => sum + cents(stepTotal.get(s)!), 0),
        );
    }
    // Step 1.2 names Family and Community Engagement as its system.
    const family = f.bySystem.find((g) => g.key === "Family and Community Engagement")!;
    expect(family.steps).toContain("1.2");
    // One step's intervention: 1.1 supports EI-1; 1.2 does not.
    const ei1 = f.byEquityIntervention.find((g) => g.key === "EI-1")!;
    expect(ei1.steps).toContain("1.1");
    expect(ei1.steps).not.toContain("1.2");
  });
});
