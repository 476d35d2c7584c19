import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// A school leader drafts lines for their own school inside its envelope (its allocation in the
// adopted budget); the director approves them.
let api: TestApi;
let schoolId: string;
let otherSchoolId: string;
let program: "TITLE_I_A" | "TITLE_II_A" | "TITLE_III_A" | "TITLE_IV_A" | "IDEA_B";
let stepId: string;

const BUDGET = graphql(`
  query DraftsSchoolBudget($schoolId: ID!) {
    schoolBudget(fiscalYear: 2022, schoolId: $schoolId) {
      program
      envelope
      approved
      drafts
      left
    }
  }
`);
const CREATE = graphql(`
  mutation DraftsCreate($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) {
      budgetLine {
        id
        version
        status
        draftedBy
        amount
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation DraftsApprove($input: DeleteBudgetLineInput!) {
    approveBudgetLine(input: $input) {
      budgetLine {
        status
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation DraftsUpdate($input: UpdateBudgetLineInput!) {
    updateBudgetLine(input: $input) {
      budgetLine {
        amount
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DRAFTS = graphql(`
  query DraftsList {
    budgetLines(fiscalYear: 2022, status: DRAFT, first: 100) {
      nodes {
        id
        description
        status
      }
    }
  }
`);

const leader = () => api.as("SCHOOL_LEADER");
const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");
const cents = (m: string) => Math.round(Number(m) * 100);
const money = (c: number) => (c / 100).toFixed(2);
const envelopeOf = async () =>
  dataOf(await leader()(BUDGET, { schoolId })).schoolBudget.find((r) => r.program === program)!;
const draft = (amount: string, description: string, school = schoolId) =>
  leader()(CREATE, {
    input: {
      fiscalYear: 2022,
      program,
      actionStepId: stepId,
      schoolId: school,
      amount,
      description,
    },
  });

beforeAll(async () => {
  api = await startTestApi();
  const me = dataOf(
    await leader()(
      graphql(`
        query DraftsMe {
          me {
            schoolId
          }
        }
      `),
    ),
  );
  schoolId = me.me!.schoolId!;
  const d = dataOf(
    await api.gql(
      graphql(`
        query DraftsSetup {
          schools(first: 2) {
            nodes {
              id
            }
          }
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
  );
  otherSchoolId = d.schools.nodes.find((s) => s.id !== schoolId)!.id;
  // No budget adopted yet: the school has no envelope, and a draft is refused saying so.
  const before = dataOf(await leader()(BUDGET, { schoolId })).schoolBudget;
  expect(before.every((r) => r.envelope === null)).toBe(true);
  const t1Step = d
    .improvementPlan!.needs.flatMap((n) => n.actionSteps)
    .find((s) => s.allowedFundingSources.some((f) => f.code === "TITLE_I_A"))!.id;
  const early = dataOf(
    await leader()(CREATE, {
      input: {
        fiscalYear: 2022,
        program: "TITLE_I_A",
        actionStepId: t1Step,
        schoolId,
        amount: "10.00",
        description: "Too early",
      },
    }),
  ).createBudgetLine;
  expect(early.userErrors[0]).toMatchObject({
    code: "OVER_ENVELOPE",
    message: expect.stringMatching(/^No budget is adopted for FY2022 yet/) as string,
  });

  // Adopt a budget: run and approve a scenario, which gives each school its allocation.
  const id = dataOf(
    await api.as("FINANCE_ANALYST")(
      graphql(`
        mutation DraftsScenario {
          createScenario(input: { fiscalYear: 2022, name: "Adopted", source: EMPTY }) {
            scenario {
              id
            }
          }
        }
      `),
    ),
  ).createScenario.scenario!.id;
  const act = (
    name: "runScenario" | "submitScenario" | "approveScenario",
    role: "FINANCE_ANALYST" | "FEDERAL_PROGRAMS_DIRECTOR",
  ) =>
    api.as(role)<Record<string, { userErrors: { message: string }[] }>>(
      `mutation($i: ScenarioActionInput!) { ${name}(input: $i) { userErrors { message } } }`,
      { i: { id } },
    );
  for (const [name, role] of [
    ["runScenario", "FINANCE_ANALYST"],
    ["submitScenario", "FINANCE_ANALYST"],
    ["approveScenario", "FEDERAL_PROGRAMS_DIRECTOR"],
  ] as const)
    expect(dataOf(await act(name, role))[name]!.userErrors).toEqual([]);

  const rows = dataOf(await leader()(BUDGET, { schoolId })).schoolBudget;
  const steps = d.improvementPlan!.needs.flatMap((n) => n.actionSteps);
  const row = rows.find(
    (r) =>
      cents(r.envelope ?? "0") > 100_000 &&
      steps.some((s) => s.allowedFundingSources.some((f) => f.code === r.program)),
  )!;
  program = row.program as typeof program;
  stepId = steps.find((s) => s.allowedFundingSources.some((f) => f.code === program))!.id;
});
afterAll(() => api?.close());

describe("a school leader's drafts", () => {
  it("drafts up to the cent of the school's envelope, refused one cent beyond with what is left; the director approves", async () => {
    const e = await envelopeOf();
    expect(cents(e.left!)).toBe(cents(e.envelope!) - cents(e.approved) - cents(e.drafts));
    const left = cents(e.left!);
    const over = dataOf(await draft(money(left + 1), "Too much")).createBudgetLine;
    expect(over.budgetLine).toBeNull();
    expect(over.userErrors).toEqual([
      {
        field: ["input", "amount"],
        message: expect.stringContaining(
          `$${(left / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })} of it is left`,
        ) as string,
        code: "OVER_ENVELOPE",
      },
    ]);

    const made = dataOf(await draft(money(left), "Reading tutors")).createBudgetLine;
    expect(made.userErrors).toEqual([]);
    expect(made.budgetLine).toMatchObject({
      status: "DRAFT",
      draftedBy: "user:leader@demo.allot.example",
    });
    expect(cents((await envelopeOf()).left!)).toBe(0);
    expect(dataOf(await api.gql(DRAFTS)).budgetLines.nodes.map((l) => l.description)).toContain(
      "Reading tutors",
    );

    // The leader may not approve their own; the director does, and the line is in the budget.
    const self = await leader()(APPROVE, { input: { id: made.budgetLine!.id } });
    expect(self.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ok = dataOf(
      await director()(APPROVE, {
        input: { id: made.budgetLine!.id, expectedVersion: made.budgetLine!.version },
      }),
    ).approveBudgetLine;
    expect(ok.userErrors).toEqual([]);
    expect(ok.budgetLine!.status).toBe("APPROVED");
    const after = await envelopeOf();
    expect(cents(after.drafts)).toBe(cents(e.drafts));
    expect(cents(after.approved)).toBe(cents(e.approved) + left);
    // An approved line is the director's now: the leader can no longer change it.
    const change = dataOf(
      await leader()(UPDATE, { input: { id: made.budgetLine!.id, amount: "1.00" } }),
    ).updateBudgetLine;
    expect(change.userErrors[0]).toMatchObject({ field: ["input", "id"], code: "INVALID" });
    const again = dataOf(
      await director()(APPROVE, { input: { id: made.budgetLine!.id } }),
    ).approveBudgetLine;
    expect(again.userErrors[0]!.message).toBe("This line is approved already.");
  });

  it("drafts only at their own school, and reads only their own school's budget", async () => {
    const r = dataOf(await draft("10.00", "Elsewhere", otherSchoolId)).createBudgetLine;
    expect(r.userErrors).toEqual([
      {
        field: ["input", "schoolId"],
        message: "A school leader drafts lines for their own school only: give its id.",
        code: "INVALID",
      },
    ]);
    const other = await leader()(BUDGET, { schoolId: otherSchoolId });
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
