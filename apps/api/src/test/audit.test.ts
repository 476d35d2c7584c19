import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@allot/db";
import { dataOf, firstActionStepId, signInAs, startTestApi, type TestApi } from "./api.js";

let api: TestApi;
let stepId: string;
beforeAll(async () => {
  api = await startTestApi();
  stepId = await firstActionStepId(api);
});
afterAll(() => api?.close());

type Events = { auditEvents: { totalCount: number; nodes: { actor: string; action: string; entityType: string; entityId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; requestId: string }[] } };
const EVENTS = "query($t: String, $id: String) { auditEvents(entityType: $t, entityId: $id) { totalCount nodes { actor action entityType entityId before after requestId } } }";
const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");
const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

describe("the audit trail", () => {
  it("records a scenario run with its results as a digest, in the same event as the run's other changes", async () => {
    const finance = api.as("FINANCE_ANALYST");
    const made = dataOf(await finance<{ createScenario: { scenario: { id: string } } }>('mutation { createScenario(input: { fiscalYear: 2022, name: "Audited run", source: EMPTY }) { scenario { id } } }')).createScenario.scenario;
    const ran = dataOf(await finance<{ runScenario: { scenario: { lastRunAt: string; result: { schools: unknown[] } } } }>("mutation($i: ScenarioActionInput!) { runScenario(input: $i) { scenario { lastRunAt result { schools { total } } } } }", { i: { id: made.id } })).runScenario.scenario;
    expect(ran.result.schools).toHaveLength(68);
    const events = dataOf(await director()<Events>(EVENTS, { t: "Scenario", id: rawId(made.id) })).auditEvents.nodes;
    const run = events.find((e) => e.action === "runScenario")!;
    expect(run.after).toMatchObject({ stale: false, results: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as string });
    expect(new Date(run.after!.lastRunAt as string).getTime()).toBe(new Date(ran.lastRunAt).getTime());
  });

  it("records who changed what, before and after, for every mutation that writes", async () => {
    const made = dataOf(await director()<{ createBudgetLine: { budgetLine: { id: string; version: number } } }>(
      "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { budgetLine { id version } } }",
      { i: { fiscalYear: 2022, program: "TITLE_I_A", actionStepId: stepId, amount: "2500.00", description: "Coaching stipends" } },
    )).createBudgetLine.budgetLine;
    const updated = dataOf(await director()<{ updateBudgetLine: { budgetLine: { version: number } } }>(
      "mutation($i: UpdateBudgetLineInput!) { updateBudgetLine(input: $i) { budgetLine { version } } }", { i: { id: made.id, expectedVersion: made.version, amount: "3000.00" } },
    )).updateBudgetLine.budgetLine;
    await director()("mutation($i: DeleteBudgetLineInput!) { deleteBudgetLine(input: $i) { userErrors { message } } }", { i: { id: made.id, expectedVersion: updated.version } });

    const events = dataOf(await director()<Events>(EVENTS, { t: "BudgetLine", id: rawId(made.id) })).auditEvents.nodes;
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ["deleteBudgetLine", "user:director@demo.allot.example"],
      ["updateBudgetLine", "user:director@demo.allot.example"],
      ["createBudgetLine", "user:director@demo.allot.example"],
    ]);
    const [deleted, changed, created] = events;
    expect(created!.before).toBeNull();
    expect(created!.after).toMatchObject({ amountCents: "250000", description: "Coaching stipends" });
    expect(changed!.before).toMatchObject({ amountCents: "250000" });
    expect(changed!.after).toMatchObject({ amountCents: "300000" });
    expect(deleted!.after).toBeNull();
    expect(deleted!.before).toMatchObject({ amountCents: "300000" });
    expect(created!.requestId).toMatch(/^[\w-]+$/);
  });

  it("records nothing for a refused change, and keeps credentials out", async () => {
    const before = dataOf(await api.gql<Events>(EVENTS, {})).auditEvents.totalCount;
    const refused = dataOf(await director()<{ createBudgetLine: { userErrors: unknown[] } }>(
      "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { userErrors { message } } }",
      { i: { fiscalYear: 2022, program: "TITLE_I_A", actionStepId: stepId, amount: "-5.00", description: "Negative" } },
    ));
    expect(refused.createBudgetLine.userErrors).toHaveLength(1);
    expect(dataOf(await api.gql<Events>(EVENTS, {})).auditEvents.totalCount).toBe(before);
    await api.gql("mutation { createApiToken(input: { name: \"Audit check\", role: VIEWER, scope: READ }) { token } }");
    const tokenEvent = dataOf(await api.gql<Events>(EVENTS, { t: "ApiToken" })).auditEvents.nodes[0]!;
    expect(tokenEvent.after).toMatchObject({ name: "Audit check", tokenHash: "[secret]" });
  });

  it("records sign-outs and failed sign-ins too", async () => {
    await api.anonymous("mutation { signIn(input: { email: \"viewer@demo.allot.example\", password: \"wrong-password\" }) { userErrors { code } } }");
    const cookie = (await api.anonymous("mutation { signIn(input: { email: \"finance@demo.allot.example\", password: \"allot-demo-2022\" }) { viewer { name } } }")).status === 200;
    expect(cookie).toBe(true);
    const users = dataOf(await api.gql<Events>(EVENTS, { t: "User" })).auditEvents.nodes;
    expect(users[0]).toMatchObject({ action: "signIn (failed)", actor: "user:viewer@demo.allot.example", before: { failedSignIns: 0 }, after: { failedSignIns: 1 } });
    await api.anonymous("mutation { signOut { signedOut } }", {}, { cookie: await signInAs(api.url, "viewer@demo.allot.example") });
    const sessions = dataOf(await api.gql<Events>(EVENTS, { t: "Session" })).auditEvents.nodes;
    expect(sessions[0]).toMatchObject({ action: "signOut", actor: "user:viewer@demo.allot.example", after: null });
  });

  it("is readable only by administrators and federal programs directors", async () => {
    expect((await api.as("VIEWER")(EVENTS, {})).status).toBe(403);
    expect((await api.as("FINANCE_ANALYST")(EVENTS, {})).status).toBe(403);
  });

  it("stays one unbroken chain under concurrent writes", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        director()("mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { userErrors { message } } }", {
          i: { fiscalYear: 2022, program: "TITLE_I_A", actionStepId: stepId, amount: `${i + 1}.00`, description: `Concurrent ${i}` },
        }),
      ),
    );
    const result = await verifyAuditChain(api.orm.em.fork());
    expect(result.broken).toEqual([]);
    expect(result.checked).toBeGreaterThan(25);
  });

  it("cannot be changed through the database, and a change made with the guard off is detected", async () => {
    const conn = api.orm.em.getConnection();
    await expect(conn.execute("update audit_event set actor = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(conn.execute("delete from audit_event")).rejects.toThrow(/append-only/);
    // A superuser can switch the guard off; the chain still tells.
    const sequences = (await conn.execute<{ sequence: string }[]>("select sequence::text from audit_event order by sequence")).map((r) => r.sequence);
    const [changed, deleted, afterDeleted] = [sequences[3]!, sequences[5]!, sequences[6]!];
    await conn.execute("alter table audit_event disable trigger audit_event_no_change");
    await conn.execute(`update audit_event set after = '{"amountCents": 1}' where sequence = ${changed}`);
    await conn.execute(`delete from audit_event where sequence = ${deleted}`);
    await conn.execute("alter table audit_event enable trigger audit_event_no_change");
    const result = await verifyAuditChain(api.orm.em.fork());
    expect(result.broken.map((b) => [b.sequence, b.problem])).toEqual([
      [changed, "its content was changed after it was written"],
      [afterDeleted, "the event before it was deleted or changed"],
    ]);
  });
});
