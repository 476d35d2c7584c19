import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SAMPLE_FILES } from "@allot/plan-import";

import { dataOf, startTestApi, type GraphQLResponse, type TestApi } from "./api.js";

// Distributed by district (Citus distributes every table on district_id), a statement that names
// its district runs on one node; one that does not fans out to all of them, and a join without it
// cannot be pushed down at all. So every statement the API runs on a district's rows says which
// district, whatever it reads or writes. This runs the daily reads and writes of every role and
// checks every statement they caused.
let api: TestApi;
let statements: string[] = [];
beforeAll(async () => {
  api = await startTestApi({ orm: { onQuery: (sql) => statements.push(sql) } });
});
afterAll(() => api?.close());

// Tables whose rows are looked up before the district is known: the credential says which
// district (sign-in by email, a session or token by its hash), the migration log and the district
// itself. On Citus these are reference tables, copied to every node.
const BEFORE_THE_DISTRICT = new Set([
  "district",
  "app_user",
  "user_session",
  "api_token",
  "mikro_orm_migrations",
]);

/** Every call here must succeed: a refused one would hide its statements. */
function ok(r: GraphQLResponse<Record<string, unknown>>) {
  const payload = Object.values(dataOf(r))[0] as { userErrors?: unknown[] } | null;
  expect(payload?.userErrors ?? []).toEqual([]);
}

function tablesOf(sql: string): string[] {
  return [...sql.matchAll(/\b(?:from|join|into|update)\s+"?([a-z_]+)"?/gi)].map((m) =>
    m[1]!.toLowerCase(),
  );
}

const planText = readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8");

describe("every statement on a district's rows names the district", () => {
  it("across the reads and writes of the daily work", async () => {
    const admin = api.gql;
    const finance = api.as("FINANCE_ANALYST");
    const director = api.as("FEDERAL_PROGRAMS_DIRECTOR");
    ok(await admin("{ me { name } }"));
    ok(await finance("{ me { name } }"));
    ok(await director("{ me { name } }"));
    statements = [];

    const plan = dataOf(
      await admin<{ improvementPlan: { needs: { actionSteps: { id: string }[] }[] } }>(
        "{ improvementPlan(fiscalYear: 2022) { id needs { number description actionSteps { id label description allowedFundingSources { code } strategicActionSteps { code } } } } }",
      ),
    );
    const stepId = plan.improvementPlan.needs[0]!.actionSteps[0]!.id;
    const schools = dataOf(
      await admin<{ schools: { nodes: { id: string }[] } }>(
        "{ schools(first: 100) { totalCount nodes { id name povertyPercent } } }",
      ),
    );
    const schoolId = schools.schools.nodes[0]!.id;
    ok(
      await admin(
        "query($id: ID!) { node(id: $id) { id ... on School { name } ... on ActionStep { label } } }",
        { id: schoolId },
      ),
    );
    ok(
      await admin("query($id: ID!) { node(id: $id) { id ... on ActionStep { label } } }", {
        id: stepId,
      }),
    );
    ok(
      await admin(
        "{ fundingByActionStep(fiscalYear: 2022) { total rows { actionStep { label needNumber } amounts { fundingSource { code } amount allowed } total } needs { total } programs { award budgeted remaining } } }",
      ),
    );
    const awards = dataOf(
      await admin<{ awards: { id: string; version: number }[] }>(
        "{ awards(fiscalYear: 2022) { id amount available fundingSource { code name statute } } }",
      ),
    );
    ok(
      await admin(
        "{ budgetLines(fiscalYear: 2022, first: 100) { totalCount nodes { id amount fundingSource { code } actionStep { label } school { name } } } }",
      ),
    );
    ok(await admin("{ transfers(fiscalYear: 2022) { amount } }"));
    ok(await director("{ auditEvents(first: 20) { nodes { action } } }"));
    ok(await admin("{ apiTokens { name } }"));

    const line = dataOf(
      await director<{ createBudgetLine: { budgetLine: { id: string; version: number } } }>(
        "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { budgetLine { id version } userErrors { message } } }",
        {
          i: {
            fiscalYear: 2022,
            program: "TITLE_I_A",
            actionStepId: stepId,
            amount: "1000.00",
            description: "Counted",
          },
        },
      ),
    );
    ok(
      await director(
        "mutation($i: UpdateBudgetLineInput!) { updateBudgetLine(input: $i) { userErrors { message } } }",
        { i: { id: line.createBudgetLine.budgetLine.id, amount: "1200.00", schoolId } },
      ),
    );
    ok(
      await director(
        "mutation($i: DeleteBudgetLineInput!) { deleteBudgetLine(input: $i) { userErrors { message } } }",
        { i: { id: line.createBudgetLine.budgetLine.id } },
      ),
    );
    ok(
      await finance(
        "mutation($i: UpdateAwardInput!) { updateAward(input: $i) { userErrors { message } } }",
        { i: { id: awards.awards[0]!.id, notes: "Counted" } },
      ),
    );
    ok(
      await finance(
        "mutation($i: TransferFundsInput!) { transferFunds(input: $i) { userErrors { message } } }",
        { i: { fiscalYear: 2022, from: "TITLE_II_A", to: "TITLE_IV_A", amount: "100.00" } },
      ),
    );

    const made = dataOf(
      await finance<{ createScenario: { scenario: { id: string } } }>(
        'mutation { createScenario(input: { fiscalYear: 2022, name: "Counted", source: EMPTY }) { scenario { id } } }',
      ),
    );
    const id = made.createScenario.scenario.id;
    ok(
      await director(
        "mutation($i: ImportImprovementPlanInput!) { importImprovementPlan(input: $i) { userErrors { message } } }",
        { i: { fiscalYear: 2022, text: planText } },
      ),
    );
    ok(
      await finance(
        "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { userErrors { message } } }",
        { i: { id } },
      ),
    );
    ok(
      await admin(
        "query($id: ID!) { scenario(id: $id) { name result { schools { school { name } allocations { program amount } } programs { fundingSource { code } toSchools } compliance { citation status } } } }",
        { id },
      ),
    );
    ok(
      await admin(
        "query($id: ID!) { schools(first: 100) { nodes { name allocations(scenarioId: $id) { program amount } } } }",
        { id },
      ),
    );
    ok(
      await admin(
        "query($id: ID!) { fundingByActionStep(fiscalYear: 2022, scenarioId: $id) { total } }",
        { id },
      ),
    );
    ok(await admin("{ scenarios(fiscalYear: 2022) { name status } }"));
    ok(
      await finance(
        "mutation($i: ScenarioActionInput!) { submitScenario(input: $i) { userErrors { message } } }",
        { i: { id } },
      ),
    );
    ok(
      await director(
        "mutation($i: ScenarioActionInput!) { approveScenario(input: $i) { userErrors { message } } }",
        { i: { id } },
      ),
    );
    const other = dataOf(
      await finance<{ createScenario: { scenario: { id: string } } }>(
        'mutation { createScenario(input: { fiscalYear: 2022, name: "Second", source: ADOPTED }) { scenario { id } } }',
      ),
    );
    ok(
      await finance(
        "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { userErrors { message } } }",
        { i: { id: other.createScenario.scenario.id } },
      ),
    );
    ok(
      await admin(
        "query($a: ID!, $b: ID!) { compareScenarios(a: $a, b: $b) { programs { program } } }",
        { a: id, b: other.createScenario.scenario.id },
      ),
    );

    const sql = statements
      .filter((s) => /^\[query\] (select|insert|update|delete|with) /i.test(s))
      .map((s) => s.replace(/^\[query\] /, ""));
    expect(sql.length).toBeGreaterThan(50);
    const districtRows = sql.filter((s) => tablesOf(s).some((t) => !BEFORE_THE_DISTRICT.has(t)));
    // The unit of work's own writes of rows the request read (an edited line, a scenario's status,
    // a deleted line) name it too: DistrictRoutedDriver adds it to their primary key.
    expect(districtRows.filter((s) => !/district_id/.test(s)).map((s) => s.slice(0, 300))).toEqual(
      [],
    );
    const byPrimaryKey = districtRows.filter((s) =>
      /^(update "[a-z_]+" set .* where "id" = \$\d+|delete from "[a-z_]+" where "id" in )/.test(s),
    );
    expect(byPrimaryKey.some((s) => s.startsWith("update"))).toBe(true);
    expect(byPrimaryKey.some((s) => s.startsWith("delete"))).toBe(true);
    expect(byPrimaryKey.every((s) => /"district_id" = \$\d+/.test(s))).toBe(true);
    // Every read among them names the district.
    expect(districtRows.filter((s) => /^select/.test(s)).every((s) => /district_id/.test(s))).toBe(
      true,
    );
    expect(districtRows.filter((s) => /^select/.test(s)).length).toBeGreaterThan(40);
  });
});
