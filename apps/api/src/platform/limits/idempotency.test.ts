import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { BudgetLine } from "@allot/db";

import { firstActionStepId, startTestApi, type TestApi } from "../../test/api.js";

let api: TestApi;
let stepId: string;
beforeAll(async () => {
  api = await startTestApi();
  stepId = await firstActionStepId(api);
});
afterAll(() => api?.close());

const CREATE =
  "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { budgetLine { id amount } userErrors { code } } }";
const line = (description: string) => ({
  i: {
    fiscalYear: 2022,
    program: "TITLE_III_A",
    actionStepId: stepId,
    amount: "750.00",
    description,
  },
});
const count = (description: string) => api.orm.em.fork().count(BudgetLine, { description });

async function send(variables: object, key: string, as = api.as("FEDERAL_PROGRAMS_DIRECTOR")) {
  return as<{ createBudgetLine: { budgetLine: { id: string } | null } }>(
    CREATE,
    variables as Record<string, unknown>,
    { "idempotency-key": key },
  );
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
    const all = await Promise.all(
      Array.from({ length: 5 }, () => send(line("Sent five times at once"), "erp-2022-0002")),
    );
    expect(await count("Sent five times at once")).toBe(1);
    const ids = all
      .filter((r) => r.data?.createBudgetLine.budgetLine)
      .map((r) => r.data!.createBudgetLine.budgetLine!.id);
    expect(new Set(ids).size).toBe(1);
    for (const r of all.filter((x) => !x.data))
      expect(r.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("the same key with a different request is refused, and keys are per caller", async () => {
    await send(line("Key A"), "erp-2022-0003");
    const reused = await send(line("Key B"), "erp-2022-0003");
    expect([reused.status, reused.errors?.[0]?.extensions?.code]).toEqual([
      422,
      "IDEMPOTENCY_KEY_REUSED",
    ]);
    // Another person's identical key is theirs alone.
    const admin = await send(line("Key A"), "erp-2022-0003", api.gql);
    expect(admin.data?.createBudgetLine.budgetLine).toBeTruthy();
    expect(await count("Key A")).toBe(2);
    const bad = await send(line("Key C"), "has spaces");
    expect(bad.status).toBe(400);
  });

  it("a request whose change cannot commit answers 503, writes nothing, and its retry with the key runs again", async () => {
    // A check the database makes only at commit, after the answer was ready: the commit fails.
    const conn = api.orm.em.getConnection();
    await conn.execute(
      `create function refuse_at_commit() returns trigger language plpgsql as $$ begin raise exception 'refused at commit'; end $$`,
    );
    await conn.execute(
      `create constraint trigger refuse_at_commit after insert on budget_line deferrable initially deferred for each row when (new.description = 'Fails at commit') execute function refuse_at_commit()`,
    );
    try {
      const failed = await send(line("Fails at commit"), "erp-2022-0004");
      expect([failed.status, failed.errors?.[0]?.extensions?.code, failed.data]).toEqual([
        503,
        "SERVICE_UNAVAILABLE",
        undefined,
      ]);
      expect(await count("Fails at commit")).toBe(0);
    } finally {
      await conn.execute(`drop trigger refuse_at_commit on budget_line`);
      await conn.execute(`drop function refuse_at_commit()`);
    }
    const retried = await send(line("Fails at commit"), "erp-2022-0004");
    expect(retried.data?.createBudgetLine.budgetLine).toBeTruthy();
    expect(await count("Fails at commit")).toBe(1);
  });
});

describe("concurrent duplicates", () => {
  it("of a transfer's deletion delete it once and record one event", async () => {
    const finance = api.as("FINANCE_ANALYST");
    const made = await finance<{ transferFunds: { transfer: { id: string } } }>(
      "mutation($i: TransferFundsInput!) { transferFunds(input: $i) { transfer { id } userErrors { message } } }",
      { i: { fiscalYear: 2022, from: "TITLE_IV_A", to: "TITLE_I_A", amount: "1000.00" } },
    );
    const id = made.data!.transferFunds.transfer.id;
    const undo = () =>
      finance<{
        deleteTransfer: { deletedTransferId: string | null; userErrors: { code: string }[] };
      }>(
        "mutation($i: DeleteTransferInput!) { deleteTransfer(input: $i) { deletedTransferId userErrors { code } } }",
        { i: { id } },
      );
    const both = await Promise.all([undo(), undo()]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.map((r) => r.data!.deleteTransfer.userErrors.map((e) => e.code)).sort()).toEqual([
      [],
      ["NOT_FOUND"],
    ]);
    const rawId = Buffer.from(id, "base64url").toString("utf8").split(":")[1]!;
    const [events] = await api.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from audit_event where entity_type = 'Transfer' and entity_id = ? and after is null`,
        [rawId],
      );
    expect(Number(events!.n)).toBe(1);
  });
});
