import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// IDEA Part B as its two subgrants: 611 (ages 3-21) and 619 (preschool), each within its part.
let api: TestApi;
let ideaStep: string;
let titleIIIStep: string;

const RULE = graphql(`
  query IdeaRule {
    budgetCompliance(fiscalYear: 2022) {
      checks {
        ruleId
        status
        citation
        detail
        missing
      }
    }
    awards(fiscalYear: 2022) {
      id
      version
      amount
      preschool
      fundingSource {
        code
      }
    }
  }
`);
const CREATE = graphql(`
  mutation IdeaLine($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) {
      budgetLine {
        id
        version
        subgrant
      }
      userErrors {
        field
        message
      }
    }
  }
`);
const DELETE = graphql(`
  mutation IdeaDelete($input: DeleteBudgetLineInput!) {
    deleteBudgetLine(input: $input) {
      userErrors {
        message
      }
    }
  }
`);
const AWARD = graphql(`
  mutation IdeaAward($input: UpdateAwardInput!) {
    updateAward(input: $input) {
      award {
        preschool
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const read = async () => dataOf(await api.gql(RULE));
const rule = (r: Awaited<ReturnType<typeof read>>) =>
  r.budgetCompliance.checks.find((c) => c.ruleId === "IDEA_SUBGRANTS")!;
const line = async (input: Record<string, unknown>) =>
  dataOf(
    await api.gql(CREATE, {
      input: {
        fiscalYear: 2022,
        program: "IDEA_B",
        actionStepId: ideaStep,
        description: "Preschool speech therapy",
        ...input,
      },
    }),
  ).createBudgetLine;

beforeAll(async () => {
  api = await startTestApi();
  const steps = dataOf(
    await api.gql(
      graphql(`
        query IdeaSteps {
          improvementPlan(fiscalYear: 2022) {
            needs {
              actionSteps {
                id
                allowedFundingSources {
                  code
                }
              }
            }
          }
        }
      `),
    ),
  ).improvementPlan!.needs.flatMap((n) => n.actionSteps);
  const allows = (code: string) =>
    steps.find((s) => s.allowedFundingSources.some((f) => f.code === code))!.id;
  ideaStep = allows("IDEA_B");
  titleIIIStep = allows("TITLE_III_A");
});
afterAll(() => api?.close());

describe("IDEA Part B's subgrants", () => {
  it("the seeded budget keeps each subgrant within its part; a 619 line beyond the preschool part fails, citing IDEA 619", async () => {
    const before = await read();
    expect(rule(before)).toMatchObject({
      status: "PASS",
      citation: "IDEA 611, 619 (20 U.S.C. 1411, 1419)",
    });
    const idea = before.awards.find((a) => a.fundingSource.code === "IDEA_B")!;
    const over = (Math.round(Number(idea.preschool) * 100) + 1) / 100;
    const made = await line({ amount: over.toFixed(2), subgrant: "IDEA_619" });
    expect(made.userErrors).toEqual([]);
    expect(made.budgetLine!.subgrant).toBe("IDEA_619");
    const after = rule(await read());
    expect(after.status).toBe("FAIL");
    expect(after.detail).toMatch(/619 preschool: \$[\d,.]+ of \$[\d,.]+\.$/);
    await api.gql(DELETE, {
      input: { id: made.budgetLine!.id, expectedVersion: made.budgetLine!.version },
    });
    expect(rule(await read()).status).toBe("PASS");
  });

  it("asks for the subgrant of an untagged IDEA line instead of passing it", async () => {
    const made = await line({ amount: "10.00" });
    expect(made.userErrors).toEqual([]);
    expect(rule(await read())).toMatchObject({ status: "NOT_CHECKED", missing: "subgrant" });
    await api.gql(DELETE, {
      input: { id: made.budgetLine!.id, expectedVersion: made.budgetLine!.version },
    });
  });

  it("refuses a subgrant on another program's line and a preschool part on another award, at the field", async () => {
    const r = await line({
      program: "TITLE_III_A",
      actionStepId: titleIIIStep,
      amount: "10.00",
      subgrant: "IDEA_611",
    });
    expect(r.userErrors).toEqual([
      {
        field: ["input", "subgrant"],
        message: "Only IDEA Part B lines name a subgrant (611 or 619), not Title III, Part A.",
      },
    ]);
    const { awards } = await read();
    const t1 = awards.find((a) => a.fundingSource.code === "TITLE_I_A")!;
    const a = dataOf(await api.gql(AWARD, { input: { id: t1.id, preschool: "1.00" } })).updateAward;
    expect(a.userErrors).toEqual([
      {
        field: ["input", "preschool"],
        message: "Only an IDEA Part B award has a 619 preschool part.",
      },
    ]);
    const idea = awards.find((x) => x.fundingSource.code === "IDEA_B")!;
    const big = ((Math.round(Number(idea.amount) * 100) + 1) / 100).toFixed(2);
    const b = dataOf(await api.gql(AWARD, { input: { id: idea.id, preschool: big } })).updateAward;
    expect(b.userErrors[0]!.field).toEqual(["input", "preschool"]);
  });
});
