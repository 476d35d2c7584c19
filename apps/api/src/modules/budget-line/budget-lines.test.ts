import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import type { CreateBudgetLineInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
let steps: Map<string, string>;
let schoolId: string;

const CREATE = graphql(`
  mutation BudgetLinesCreate($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) {
      budgetLine {
        id
        amount
        version
        description
        accountCode
        functionCode
        objectCode
        use
        quantity
        unitPrice
        vendor
        narrative
        fundingSource {
          code
        }
        actionStep {
          label
        }
        school {
          name
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
const UPDATE = graphql(`
  mutation BudgetLinesUpdate($input: UpdateBudgetLineInput!) {
    updateBudgetLine(input: $input) {
      budgetLine {
        id
        amount
        version
        quantity
        unitPrice
        functionCode
        school {
          name
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
const DELETE = graphql(`
  mutation BudgetLinesDelete($input: DeleteBudgetLineInput!) {
    deleteBudgetLine(input: $input) {
      deletedBudgetLineId
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const PROGRAM_TOTALS = graphql(`
  query BudgetLinesProgramTotals {
    fundingByActionStep(fiscalYear: 2022) {
      total
      programs {
        fundingSource {
          code
        }
        budgeted
        remaining
      }
    }
  }
`);

async function totals() {
  return dataOf(await api.gql(PROGRAM_TOTALS)).fundingByActionStep!;
}
/** The global id of the FY2022 plan's action step with this label ("1.2"). */
const step = (label: string) => steps.get(label) ?? `no action step ${label}`;

async function create(input: CreateBudgetLineInput) {
  return dataOf(await api.gql(CREATE, { input })).createBudgetLine;
}

beforeAll(async () => {
  api = await startTestApi();
  const plan = dataOf(
    await api.gql(
      graphql(`
        query BudgetLinesImprovementPlan {
          improvementPlan(fiscalYear: 2022) {
            needs {
              actionSteps {
                id
                label
              }
            }
          }
        }
      `),
    ),
  );
  steps = new Map(
    plan.improvementPlan!.needs.flatMap((n) => n.actionSteps.map((s) => [s.label, s.id] as const)),
  );
  schoolId = dataOf(
    await api.gql(
      graphql(`
        query BudgetLinesSchools {
          schools(first: 1) {
            nodes {
              id
            }
          }
        }
      `),
    ),
  ).schools.nodes[0]!.id;
});
afterAll(() => api?.close());

describe("budget lines", () => {
  it("creates a line and the totals move by exactly its amount", async () => {
    const before = await totals();
    const r = await create({
      fiscalYear: 2022,
      program: "TITLE_III_A",
      actionStepId: step("1.2"),
      schoolId,
      amount: "12500.55",
      description: "Family English classes",
      accountCode: "462-1000-610",
    });
    expect(r.userErrors).toEqual([]);
    expect(r.budgetLine).toMatchObject({ amount: "12500.55", version: 1 });
    const after = await totals();
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(cents(after.total) - cents(before.total)).toBe(1_250_055);
    const t3 = (t: typeof before) =>
      t.programs.find((p) => p.fundingSource.code === "TITLE_III_A")!;
    expect(cents(t3(before).remaining) - cents(t3(after).remaining)).toBe(1_250_055);
  });

  it("lists a step's newest lines first, so a line just added is on the first page however many the step has", async () => {
    const r = await create({
      fiscalYear: 2022,
      program: "TITLE_I_A",
      actionStepId: step("1.1"),
      amount: "10.00",
      description: "Newest of the step",
    });
    expect(r.userErrors).toEqual([]);
    const newest = graphql(`
      query BudgetLinesNewest($step: ID!) {
        budgetLines(fiscalYear: 2022, actionStepId: $step, first: 1, newestFirst: true) {
          nodes {
            description
          }
        }
      }
    `);
    const d = dataOf(await api.gql(newest, { step: step("1.1") }));
    expect(d.budgetLines.nodes.map((l) => l.description)).toEqual(["Newest of the step"]);
    const both = await api.gql(
      `{ budgetLines(fiscalYear: 2022, newestFirst: true, after: "x") { totalCount } }`,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses bad input with a userError naming the field, and writes nothing", async () => {
    const before = await totals();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ amount: "0" }, "amount", "NOT_POSITIVE"],
      [{ amount: "-5.00" }, "amount", "NOT_POSITIVE"],
      [{ program: "IDEA_B" }, "program", "PROGRAM_NOT_ALLOWED"],
      [
        { actionStepId: "QWN0aW9uU3RlcDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA" },
        "actionStepId",
        "NOT_FOUND",
      ],
      [{ actionStepId: schoolId }, "actionStepId", "NOT_FOUND"],
      [{ schoolId: step("1.1") }, "schoolId", "NOT_FOUND"],
      [{ amount: "99999999.00" }, "amount", "OVER_AWARD"],
      [{ description: "   " }, "description", "INVALID"],
      [{ fiscalYear: 2031 }, "fiscalYear", "NOT_FOUND"],
    ];
    for (const [change, field, code] of cases) {
      const r = await create({
        fiscalYear: 2022,
        program: "TITLE_III_A",
        actionStepId: step("1.2"),
        amount: "100.00",
        description: "Books",
        ...change,
      });
      expect(r.budgetLine, JSON.stringify(change)).toBeNull();
      expect(r.userErrors, JSON.stringify(change)).toContainEqual(
        expect.objectContaining({ field: ["input", field], code }),
      );
      expect(r.userErrors[0]?.message.length).toBeGreaterThan(10);
    }
    expect(await totals()).toEqual(before);
  });

  it("prices an item line as quantity x unit price, coded in the state's chart", async () => {
    const r = await create({
      fiscalYear: 2022,
      program: "TITLE_IV_A",
      actionStepId: step("1.1"),
      description: "Chromebooks for the media center",
      quantity: 12,
      unitPrice: "289.99",
      functionCode: "2220",
      objectCode: "616",
      use: "EFFECTIVE_USE_OF_TECHNOLOGY",
      vendor: "  State contract vendor ",
      narrative: "One cart per grade band.",
    });
    expect(r.userErrors).toEqual([]);
    expect(r.budgetLine).toMatchObject({
      amount: "3479.88",
      quantity: 12,
      unitPrice: "289.99",
      functionCode: "2220",
      objectCode: "616",
      use: "EFFECTIVE_USE_OF_TECHNOLOGY",
      vendor: "State contract vendor",
    });
    const line = r.budgetLine!;
    // A new quantity prices the line anew; an amount that disagrees with its items is refused.
    const more = dataOf(
      await api.gql(UPDATE, { input: { id: line.id, expectedVersion: 1, quantity: 13 } }),
    ).updateBudgetLine;
    expect(more.userErrors).toEqual([]);
    expect(more.budgetLine).toMatchObject({ amount: "3769.87", version: 2 });
    const wrong = dataOf(
      await api.gql(UPDATE, { input: { id: line.id, expectedVersion: 2, amount: "100.00" } }),
    ).updateBudgetLine;
    expect(wrong.userErrors[0]).toMatchObject({ field: ["input", "amount"], code: "INVALID" });
    expect(wrong.userErrors[0]!.message).toMatch(/quantity x unit price \(\$3,769\.87\)/);
    // Clearing the items makes it a lump sum again.
    const lump = dataOf(
      await api.gql(UPDATE, {
        input: {
          id: line.id,
          expectedVersion: 2,
          amount: "100.00",
          quantity: null,
          unitPrice: null,
        },
      }),
    ).updateBudgetLine;
    expect(lump.userErrors).toEqual([]);
    expect(lump.budgetLine).toMatchObject({ amount: "100.00", quantity: null, unitPrice: null });
  });

  it("filters lines by function, object, school and time of change, for integrations that sync", async () => {
    const FILTERED = graphql(`
      query BudgetLinesFiltered(
        $functionCode: String
        $objectCode: String
        $schoolId: ID
        $updatedSince: String
      ) {
        budgetLines(
          fiscalYear: 2022
          first: 100
          functionCode: $functionCode
          objectCode: $objectCode
          schoolId: $schoolId
          updatedSince: $updatedSince
        ) {
          totalCount
          nodes {
            description
            functionCode
            objectCode
            school {
              id
            }
          }
        }
      }
    `);
    const since = new Date().toISOString();
    const made = await create({
      fiscalYear: 2022,
      program: "TITLE_III_A",
      actionStepId: step("1.2"),
      schoolId,
      amount: "42.00",
      description: "Bilingual dictionaries",
      functionCode: "1000",
      objectCode: "642",
    });
    expect(made.userErrors).toEqual([]);
    const read = async (v: Record<string, string>) =>
      dataOf(await api.gql(FILTERED, v)).budgetLines.nodes;
    const recent = await read({ updatedSince: since });
    expect(recent.map((l) => l.description)).toContain("Bilingual dictionaries");
    for (const l of await read({ objectCode: "642", schoolId }))
      expect([l.objectCode, l.school?.id]).toEqual(["642", schoolId]);
    for (const l of await read({ functionCode: "2230" })) expect(l.functionCode).toBe("2230");
    const bad = await api.gql(FILTERED, { updatedSince: "yesterday" });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'Argument "updatedSince" must be an ISO 8601 time, e.g. 2022-07-01T00:00:00Z.',
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("refuses codes outside the state's chart and a use of another program, at the field", async () => {
    const base = {
      fiscalYear: 2022,
      program: "TITLE_III_A" as const,
      actionStepId: step("1.2"),
      amount: "100.00",
      description: "Books",
    };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ functionCode: "1001" }, "functionCode", /"1001" is not in the GA chart of accounts/],
      [{ objectCode: "999" }, "objectCode", /"999" is not in the GA chart of accounts/],
      [{ functionCode: "10 00" }, "functionCode", /1 to 8 letters or digits/],
      [{ use: "FAMILY_ENGAGEMENT" }, "use", /is a use of Title I, Part A, not of Title III/],
      [{ quantity: 3 }, "unitPrice", /Unit price is required with a quantity/],
      [{ amount: null }, "amount", /Amount is required/],
      [{ quantity: 0, unitPrice: "1.00", amount: null }, "quantity", /whole number from 1/],
    ];
    for (const [change, field, message] of cases) {
      const r = await create({ ...base, ...change });
      expect(r.budgetLine, JSON.stringify(change)).toBeNull();
      const error = r.userErrors.find((e) => e.field.join(".") === `input.${field}`);
      expect(error?.message, JSON.stringify(change)).toMatch(message);
    }
  });

  it("refuses a total above what the program has, even by one cent", async () => {
    const t = await totals();
    const remaining = t.programs.find((p) => p.fundingSource.code === "MCKINNEY_VENTO")!.remaining;
    const over = await create({
      fiscalYear: 2022,
      program: "MCKINNEY_VENTO",
      actionStepId: step("1.1"),
      amount: (Number(remaining) + 0.01).toFixed(2),
      description: "Transport",
    });
    expect(over.userErrors[0]).toMatchObject({ field: ["input", "amount"], code: "OVER_AWARD" });
    expect(over.userErrors[0]!.message).toContain(
      `$${Number(remaining).toLocaleString("en-US", { minimumFractionDigits: 2 })} of`,
    );
    const exact = await create({
      fiscalYear: 2022,
      program: "MCKINNEY_VENTO",
      actionStepId: step("1.1"),
      amount: remaining,
      description: "Transport",
    });
    expect(exact.userErrors).toEqual([]);
    const after = await totals();
    expect(after.programs.find((p) => p.fundingSource.code === "MCKINNEY_VENTO")!.remaining).toBe(
      "0.00",
    );
    await api.gql(DELETE, { input: { id: exact.budgetLine!.id } });
  });

  it("updates with a version check: a stale version gets CONFLICT and changes nothing", async () => {
    const made = await create({
      fiscalYear: 2022,
      program: "TITLE_I_A",
      actionStepId: step("1.7"),
      amount: "1000.00",
      description: "Early literacy kits",
    });
    const id = made.budgetLine!.id;
    const first = dataOf(
      await api.gql(UPDATE, {
        input: { id, expectedVersion: 1, amount: "1500.00", schoolId: null },
      }),
    ).updateBudgetLine;
    expect(first.userErrors).toEqual([]);
    expect(first.budgetLine).toMatchObject({ amount: "1500.00", version: 2, school: null });
    const stale = dataOf(
      await api.gql(UPDATE, {
        input: { id, expectedVersion: 1, amount: "9.00" },
      }),
    ).updateBudgetLine;
    expect(stale.budgetLine).toBeNull();
    expect(stale.userErrors[0]).toMatchObject({
      field: ["input", "expectedVersion"],
      code: "CONFLICT",
    });
    const bad = dataOf(await api.gql(UPDATE, { input: { id, amount: "-1.00" } })).updateBudgetLine;
    expect(bad.userErrors[0]).toMatchObject({ field: ["input", "amount"], code: "NOT_POSITIVE" });
    const { node } = dataOf(
      await api.gql(
        graphql(`
          query BudgetLinesNode($id: ID!) {
            node(id: $id) {
              ... on BudgetLine {
                amount
                version
              }
            }
          }
        `),
        { id },
      ),
    );
    expect(node).toEqual({ amount: "1500.00", version: 2 });
  });

  it("moving a line to a program the step does not allow is refused", async () => {
    const made = await create({
      fiscalYear: 2022,
      program: "TITLE_I_A",
      actionStepId: step("1.1"),
      amount: "10.00",
      description: "x",
    });
    const moved = dataOf(
      await api.gql(UPDATE, {
        input: { id: made.budgetLine!.id, actionStepId: step("2.4") },
      }),
    ).updateBudgetLine;
    expect(moved.userErrors[0]).toMatchObject({
      field: ["input", "program"],
      code: "PROGRAM_NOT_ALLOWED",
    });
  });

  it("deletes, refusing a stale version and an unknown id", async () => {
    const made = await create({
      fiscalYear: 2022,
      program: "TITLE_II_A",
      actionStepId: step("2.2"),
      amount: "250.00",
      description: "Coaching",
    });
    const id = made.budgetLine!.id;
    const stale = dataOf(
      await api.gql(DELETE, { input: { id, expectedVersion: 7 } }),
    ).deleteBudgetLine;
    expect(stale).toEqual({
      deletedBudgetLineId: null,
      userErrors: [expect.objectContaining({ code: "CONFLICT" })],
    });
    const ok = dataOf(
      await api.gql(DELETE, {
        input: { id, expectedVersion: 1 },
      }),
    ).deleteBudgetLine;
    expect(ok.deletedBudgetLineId).toBe(id);
    const again = dataOf(await api.gql(DELETE, { input: { id } })).deleteBudgetLine;
    expect(again.userErrors[0]).toMatchObject({ field: ["input", "id"], code: "NOT_FOUND" });
  });

  it("two concurrent lines that together exceed the award: exactly one is written", async () => {
    const t = await totals();
    const remaining = Number(
      t.programs.find((p) => p.fundingSource.code === "TITLE_I_A_1003")!.remaining,
    );
    const amount = (Math.floor(remaining * 60) / 100).toFixed(2); // each 60% of what is left
    const results = await Promise.all(
      [1, 2].map(() =>
        create({
          fiscalYear: 2022,
          program: "TITLE_I_A_1003",
          actionStepId: step("1.6"),
          amount,
          description: "Coaches",
        }),
      ),
    );
    expect(results.filter((r) => r.budgetLine).length).toBe(1);
    expect(results.filter((r) => r.userErrors[0]?.code === "OVER_AWARD").length).toBe(1);
    const after = await totals();
    expect(
      Number(after.programs.find((p) => p.fundingSource.code === "TITLE_I_A_1003")!.remaining),
    ).toBeGreaterThanOrEqual(0);
  });
});
