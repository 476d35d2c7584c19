import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAuditChain } from "@allot/db";

import { createSchema } from "../schema.js";
import { dataOf, startTestApi, TEST_SESSION_SECRET, type TestApi } from "./api.js";

let api: TestApi;
let stepId: string;
/** Real global ids, so the fuzzer reaches past "not found" into the rules. */
let knownIds: string[] = [];

beforeAll(async () => {
  // The fuzzer sends 25 inputs to every mutation within a minute: more than one person's limit,
  // which limits.test.ts covers on its own.
  api = await startTestApi({ app: { rateLimit: { perMinute: 100_000 } } });
  const data = dataOf(
    await api.gql<{
      improvementPlan: { needs: { actionSteps: { id: string }[] }[] };
      schools: { nodes: { id: string }[] };
      awards: { id: string }[];
      positions: { nodes: { id: string }[] };
      jobClasses: { id: string }[];
    }>(
      "{ improvementPlan(fiscalYear: 2022) { needs { actionSteps { id } } } schools(first: 5) { nodes { id } } awards(fiscalYear: 2022) { id } positions(fiscalYear: 2022, first: 5) { nodes { id } } jobClasses { id } }",
    ),
  );
  stepId = data.improvementPlan.needs[0]!.actionSteps[0]!.id;
  knownIds = [
    ...data.improvementPlan.needs.flatMap((n) => n.actionSteps.map((s) => s.id)),
    ...data.schools.nodes.map((s) => s.id),
    ...data.awards.map((a) => a.id),
    ...data.positions.nodes.map((p) => p.id),
    ...data.jobClasses.map((j) => j.id),
  ];
});
afterAll(() => api?.close());

const UPDATE =
  "mutation($i: UpdateBudgetLineInput!) { updateBudgetLine(input: $i) { budgetLine { amount version } userErrors { code } } }";
type Updated = {
  updateBudgetLine: {
    budgetLine: { amount: string; version: number } | null;
    userErrors: { code: string }[];
  };
};

describe("integrity under concurrency", () => {
  it("100 rounds of two concurrent conflicting updates: exactly one wins each round, and the totals add up", async () => {
    const director = api.as("FEDERAL_PROGRAMS_DIRECTOR");
    const made = dataOf(
      await director<{ createBudgetLine: { budgetLine: { id: string; version: number } } }>(
        "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { budgetLine { id version } } }",
        {
          i: {
            fiscalYear: 2022,
            program: "TITLE_II_A",
            actionStepId: stepId,
            amount: "100.00",
            description: "Contested",
          },
        },
      ),
    ).createBudgetLine.budgetLine;
    let version = made.version;
    for (let round = 0; round < 100; round++) {
      const [a, b] = await Promise.all(
        [`${round + 1}.01`, `${round + 1}.02`].map(
          async (amount) =>
            dataOf(
              await director<Updated>(UPDATE, {
                i: { id: made.id, expectedVersion: version, amount },
              }),
            ).updateBudgetLine,
        ),
      );
      const winners = [a!, b!].filter((p) => p.userErrors.length === 0);
      const losers = [a!, b!].filter((p) => p.userErrors.length > 0);
      expect(winners).toHaveLength(1);
      expect(losers[0]!.userErrors).toEqual([{ code: "CONFLICT" }]);
      version = winners[0]!.budgetLine!.version;
      const { node } = dataOf(
        await director<{ node: { amount: string; version: number } }>(
          "query($id: ID!) { node(id: $id) { ... on BudgetLine { amount version } } }",
          { id: made.id },
        ),
      );
      expect(node).toEqual(winners[0]!.budgetLine);
    }
    const [row] = await api.orm.em
      .getConnection()
      .execute<{ sum: string }[]>(
        "select sum(amount_cents)::text as sum from budget_line bl join funding_source fs on fs.id = bl.funding_source_id where fs.code = 'TITLE_II_A'",
      );
    const totals = dataOf(
      await director<{
        fundingByActionStep: { programs: { fundingSource: { code: string }; budgeted: string }[] };
      }>(
        "{ fundingByActionStep(fiscalYear: 2022) { programs { fundingSource { code } budgeted } } }",
      ),
    ).fundingByActionStep.programs.find((p) => p.fundingSource.code === "TITLE_II_A")!;
    expect(Math.round(Number(totals.budgeted) * 100)).toBe(Number(row!.sum));
  }, 120_000); // 200 requests in pairs: a correctness test, given room on a busy two-core machine
});

/** A random value for a GraphQL input type: often wrong, sometimes right, never polite. */
function arbitraryFor(type: GraphQLInputType, depth = 0, required = false): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, depth, true);
  // Required fields are always given (most inputs then reach the resolvers' own rules); optional ones sometimes null.
  const nullable = (a: fc.Arbitrary<unknown>) =>
    required
      ? a
      : fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type))
    return nullable(
      fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 3 }),
    );
  const named = getNamedType(type);
  if (isEnumType(named))
    return nullable(
      fc.oneof(
        fc.constantFrom(...named.getValues().map((v) => v.name)),
        fc.constant("NOT_A_VALUE"),
      ),
    );
  if (isInputObjectType(named))
    return nullable(depth > 3 ? fc.constant({}) : objectFor(named, depth + 1));
  if (isScalarType(named)) {
    switch (named.name) {
      case "Int":
        return nullable(
          fc.oneof(
            fc.integer({ min: -5, max: 3000 }),
            fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648),
            fc.integer(),
          ),
        );
      case "Float":
        return nullable(
          fc.oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.constantFrom(0, -0.5, 100.5, 1e308),
          ),
        );
      case "Boolean":
        return nullable(fc.boolean());
      case "ID":
        return nullable(
          fc.oneof(
            fc.constantFrom(...knownIds),
            fc.string({ maxLength: 40 }),
            fc.base64String({ maxLength: 40 }),
          ),
        );
      case "Money":
        return nullable(
          fc.oneof(
            fc
              .nat({ max: 10_000_000 })
              .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`),
            fc.constantFrom(
              "-1.00",
              "0.00",
              "1e9",
              "12.345",
              "abc",
              "99999999999999999.99",
              " 1.00",
              "",
            ),
            fc.double({ noNaN: true }),
          ),
        );
      default:
        return nullable(
          fc.oneof(
            fc.string({ maxLength: 60 }),
            fc.string({ unit: "grapheme", maxLength: 30 }),
            fc.constantFrom("", " ", "'; drop table school; --", "\u0000", "x".repeat(5000)),
          ),
        );
    }
  }
  return fc.constant(null);
}

function objectFor(
  type: GraphQLInputObjectType,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(type.getFields());
  return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth)])), {
    requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
  });
}

describe("fuzzing every mutation's input", () => {
  it("never answers 500, never leaves a partial write: the audit chain holds and every total still adds up", async () => {
    const schema = await createSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
      (f) => f.name !== "signOut",
    );
    const failures: string[] = [];
    let reachedResolvers = 0;
    for (const m of mutations) {
      const input = m.args.find((a) => a.name === "input");
      if (!input) continue;
      const query = `mutation($input: ${String(input.type)}) { ${m.name}(input: $input) { __typename } }`;
      // Collected, not thrown, so one run reports every mutation that fails.
      await fc.check(
        fc.asyncProperty(arbitraryFor(input.type), async (value) => {
          const r = await api.gql(query, { input: value });
          const internal =
            r.status >= 500 ||
            (r.errors ?? []).some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
          if (!r.errors?.length) reachedResolvers++;
          if (internal)
            failures.push(
              `${m.name} ${JSON.stringify(value).slice(0, 300)} -> ${r.status} ${JSON.stringify(r.errors).slice(0, 300)}`,
            );
          return !internal;
        }),
        { numRuns: 25, seed: 20221, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
    // Enough inputs got past the types into the business rules for this to mean something.
    expect(reachedResolvers).toBeGreaterThan(60);
    expect((await verifyAuditChain(api.orm.em.fork(), TEST_SESSION_SECRET)).broken).toEqual([]);
    // Every program's lines stay within what it has, and every line is positive.
    const over = await api.orm.em.getConnection().execute(`
      select fs.code from budget_line bl join funding_source fs on fs.id = bl.funding_source_id
      where bl.amount_cents <= 0 group by fs.code`);
    expect(over).toEqual([]);
    const totals = dataOf(
      await api.gql<{ fundingByActionStep: { programs: { remaining: string }[] } }>(
        "{ fundingByActionStep(fiscalYear: 2022) { programs { remaining } } }",
      ),
    );
    for (const p of totals.fundingByActionStep.programs)
      expect(Number(p.remaining)).toBeGreaterThanOrEqual(0);
  }, 120_000); // 25 inputs for every mutation: grows with the schema; room on a busy machine
});
