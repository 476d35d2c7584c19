import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BudgetLine } from "@allot/db";
import { firstActionStepId, startTestApi, type TestApi } from "./api.js";

let api: TestApi;
let stepId: string;
beforeAll(async () => {
  api = await startTestApi();
  stepId = await firstActionStepId(api);
});
afterAll(() => api?.close());

const CREATE = "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { budgetLine { id amount } userErrors { code } } }";
const line = (description: string) => ({ i: { fiscalYear: 2022, program: "TITLE_III_A", actionStepId: stepId, amount: "750.00", description } });
const count = (description: string) => api.orm.em.fork().count(BudgetLine, { description });

async function send(variables: object, key: string, as = api.as("FEDERAL_PROGRAMS_DIRECTOR")) {
  return as<{ createBudgetLine: { budgetLine: { id: string } | null } }>(CREATE, variables as Record<string, unknown>, { "idempotency-key": key });
}

describe("Idempotency-Key", () => {
  it("a retry with the same key gets the first answer and writes nothing more", async () => {
    const first = await send(line("Retried once"), "erp-2022-0001");
    const again = await send(line("Retried once"), "erp-2022-0001");
    expect(again.data).toEqual(first.data);
    expect(await count("Retried once")).toBe(1);
    // Without a key, the same request is a second line.
    await api.as("FEDERAL_PROGRAMS_DIRECTOR")(CREATE, line("Retried once"));
    expect(await count("Retried once")).toBe(2);
  });

  it("concurrent retries run once", async () => {
    const all = await Promise.all(Array.from({ length: 5 }, () => send(line("Sent five times at once"), "erp-2022-0002")));
    expect(await count("Sent five times at once")).toBe(1);
    const ids = all.filter((r) => r.data?.createBudgetLine.budgetLine).map((r) => r.data!.createBudgetLine.budgetLine!.id);
    expect(new Set(ids).size).toBe(1);
    for (const r of all.filter((x) => !x.data)) expect(r.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("the same key with a different request is refused, and keys are per caller", async () => {
    await send(line("Key A"), "erp-2022-0003");
    const reused = await send(line("Key B"), "erp-2022-0003");
    expect([reused.status, reused.errors?.[0]?.extensions?.code]).toEqual([422, "IDEMPOTENCY_KEY_REUSED"]);
    // Another person's identical key is theirs alone.
    const admin = await send(line("Key A"), "erp-2022-0003", api.gql);
    expect(admin.data?.createBudgetLine.budgetLine).toBeTruthy();
    expect(await count("Key A")).toBe(2);
    const bad = await send(line("Key C"), "has spaces");
    expect(bad.status).toBe(400);
  });
});
