import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// The strategic plan: its addendum's priority objectives marked, and the links from the
// improvement plan's steps edited so their money rolls up to the strategic goals.
let api: TestApi;

const STRATEGIC = graphql(`
  query StrategicRead {
    strategicPlan {
      title
      prioritiesChosenOn
      priorityCount
      goals {
        number
        objectives {
          id
          code
          priority
          initiatives {
            actionSteps {
              id
              code
            }
          }
        }
      }
    }
    improvementPlan(fiscalYear: 2022) {
      needs {
        actionSteps {
          id
          label
          strategicActionSteps {
            id
            code
          }
        }
      }
    }
    planStructureFunding(fiscalYear: 2022) {
      byStrategicGoal {
        key
        steps
      }
    }
  }
`);
const PRIORITIES = graphql(`
  mutation StrategicPriorities($input: SetPriorityObjectivesInput!) {
    setPriorityObjectives(input: $input) {
      strategicPlan {
        goals {
          objectives {
            code
            priority
          }
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const LINKS = graphql(`
  mutation StrategicLinks($input: SetStrategicLinksInput!) {
    setStrategicLinks(input: $input) {
      actionStep {
        label
        strategicActionSteps {
          code
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");
const read = async () => dataOf(await api.gql(STRATEGIC));
const objectives = (r: Awaited<ReturnType<typeof read>>) =>
  r.strategicPlan!.goals.flatMap((g) => g.objectives);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("the strategic plan", () => {
  it("keeps the addendum's choice (four objectives on 27 January 2022) and lets the director mark them, never more than four", async () => {
    const r = await read();
    expect(r.strategicPlan).toMatchObject({ prioritiesChosenOn: "2022-01-27", priorityCount: 4 });
    const all = objectives(r);
    const five = all.slice(0, 5);
    const tooMany = dataOf(
      await director()(PRIORITIES, { input: { objectiveIds: five.map((o) => o.id) } }),
    ).setPriorityObjectives;
    expect(tooMany.userErrors[0]).toMatchObject({
      field: ["input", "objectiveIds"],
      code: "INVALID",
      message: "The addendum chose 4 priority objectives; 5 were marked.",
    });
    const current = all.filter((o) => o.priority).map((o) => o.id);
    const four = ["1.1", "1.2", "4.3", "5.1"].map((c) => all.find((o) => o.code === c)!.id);
    const ok = dataOf(
      await director()(PRIORITIES, {
        input: { objectiveIds: four, expectedObjectiveIds: current },
      }),
    ).setPriorityObjectives;
    expect(ok.userErrors).toEqual([]);
    const marked = ok
      .strategicPlan!.goals.flatMap((g) => g.objectives)
      .filter((o) => o.priority)
      .map((o) => o.code);
    expect(marked).toEqual(["1.1", "1.2", "4.3", "5.1"]);
    // A second writer who read the old set is refused.
    const stale = dataOf(
      await director()(PRIORITIES, {
        input: { objectiveIds: [four[0]!], expectedObjectiveIds: current },
      }),
    ).setPriorityObjectives;
    expect(stale.userErrors[0]).toMatchObject({ code: "CONFLICT" });
    const viewer = await api.as("VIEWER")(PRIORITIES, { input: { objectiveIds: [] } });
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("links a step to strategic steps, so its money rolls up to their goal; a stale or unknown link is refused", async () => {
    const r = await read();
    const step = r
      .improvementPlan!.needs.flatMap((n) => n.actionSteps)
      .find((s) => s.label === "2.4")!;
    const strategicSteps = objectives(r).flatMap((o) =>
      o.initiatives.flatMap((i) => i.actionSteps),
    );
    const arts = strategicSteps.find((s) => s.code === "6.1.2a")!;
    const before = step.strategicActionSteps.map((s) => s.id);
    const set = dataOf(
      await director()(LINKS, {
        input: {
          actionStepId: step.id,
          strategicActionStepIds: [...before, arts.id],
          expectedStrategicActionStepIds: before,
        },
      }),
    ).setStrategicLinks;
    expect(set.userErrors).toEqual([]);
    expect(set.actionStep!.strategicActionSteps.map((s) => s.code)).toContain("6.1.2a");
    const goal6 = (await read()).planStructureFunding!.byStrategicGoal.find((g) =>
      g.key.startsWith("Goal 6:"),
    )!;
    expect(goal6.steps).toContain("2.4");

    const stale = dataOf(
      await director()(LINKS, {
        input: {
          actionStepId: step.id,
          strategicActionStepIds: before,
          expectedStrategicActionStepIds: before,
        },
      }),
    ).setStrategicLinks;
    expect(stale.userErrors[0]).toMatchObject({ code: "CONFLICT" });
    const unknown = dataOf(
      await director()(LINKS, {
        input: { actionStepId: step.id, strategicActionStepIds: [step.id] },
      }),
    ).setStrategicLinks;
    expect(unknown.userErrors[0]).toMatchObject({
      field: ["input", "strategicActionStepIds", "0"],
      code: "NOT_FOUND",
    });
    const undo = dataOf(
      await director()(LINKS, { input: { actionStepId: step.id, strategicActionStepIds: before } }),
    ).setStrategicLinks;
    expect(undo.actionStep!.strategicActionSteps.map((s) => s.code)).not.toContain("6.1.2a");
  });
});
