import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "./api.js";

// The number of SQL statements a read costs must not grow with the page: no query per row.
let api: TestApi;
let statements: string[] = [];
let scenarioId = "";
beforeAll(async () => {
  api = await startTestApi({ orm: { onQuery: (sql) => statements.push(sql) } });
  const finance = api.as("FINANCE_ANALYST");
  const made = dataOf(
    await finance<{ createScenario: { scenario: { id: string } } }>(
      'mutation { createScenario(input: { fiscalYear: 2022, name: "Counted", source: EMPTY }) { scenario { id } } }',
    ),
  );
  scenarioId = made.createScenario.scenario.id;
  await finance(
    "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { userErrors { message } } }",
    { i: { id: scenarioId } },
  );
});
afterAll(() => api?.close());

/** Statements one request runs (signing in is done before counting). */
async function count(query: string, variables: Record<string, unknown> = {}) {
  const viewer = api.as("VIEWER");
  await viewer("{ me { name } }");
  statements = [];
  const r = await viewer(query, variables);
  expect(r.errors).toBeUndefined();
  // MikroORM logs each statement once, as "[query] select ...".
  const n = statements.filter((s) => /^\[query\] (select|insert|update|delete) /i.test(s)).length;
  return n;
}

describe("SQL statements per request", () => {
  it("a page of schools costs the same for 5 schools as for 68", async () => {
    const q =
      "query($n: Int) { schools(first: $n) { totalCount nodes { id name enrollment povertyPercent englishLearners } } }";
    const few = await count(q, { n: 5 });
    expect(few).toBeGreaterThan(1); // the session, then the page (a counter that saw nothing would pass the next line)
    expect(await count(q, { n: 100 })).toBe(few);
  });

  it("budget lines with their program, step and school: the same for 2 lines as for 44", async () => {
    const q =
      "query($n: Int) { budgetLines(fiscalYear: 2022, first: $n) { totalCount nodes { amount fundingSource { code } actionStep { label } school { name } } } }";
    const few = await count(q, { n: 2 });
    expect(few).toBeGreaterThan(1);
    expect(await count(q, { n: 100 })).toBe(few);
  });

  it("funding per action step, a scenario's results for every school and program, and a comparison: a handful each", async () => {
    expect(
      await count(
        "{ fundingByActionStep(fiscalYear: 2022) { total rows { actionStep { label } amounts { amount } } programs { award remaining } } }",
      ),
    ).toBeLessThanOrEqual(8);
    expect(
      await count(
        "query($id: ID!) { scenario(id: $id) { result { schools { school { name } allocations { program amount explanation } } } } }",
        { id: scenarioId },
      ),
    ).toBeLessThanOrEqual(6);
  });
});
