import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createOrm, ensureApiRole, verifyAuditChain } from "@allot/db";

import {
  dataOf,
  firstActionStepId,
  signInAs,
  startTestApi,
  TEST_SESSION_SECRET,
  type TestApi,
} from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
let stepId: string;
beforeAll(async () => {
  api = await startTestApi();
  stepId = await firstActionStepId(api);
});
afterAll(() => api?.close());

const EVENTS = graphql(`
  query AuditEvents($t: String, $id: String) {
    auditEvents(entityType: $t, entityId: $id) {
      totalCount
      nodes {
        actor
        action
        entityType
        entityId
        before
        after
        requestId
      }
    }
  }
`);
const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");
const ADD_LINE = graphql(`
  mutation AuditAddLine($i: CreateBudgetLineInput!) {
    createBudgetLine(input: $i) {
      userErrors {
        message
      }
    }
  }
`);
/** A Title I-A line on the plan's first action step, written by the director. */
const addLine = (amount: string, description: string) =>
  director()(ADD_LINE, {
    i: { fiscalYear: 2022, program: "TITLE_I_A", actionStepId: stepId, amount, description },
  });
const rawId = (globalId: string) =>
  Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

describe("the audit trail", () => {
  it("records a scenario run with its results as a digest, in the same event as the run's other changes", async () => {
    const finance = api.as("FINANCE_ANALYST");
    const made = dataOf(
      await finance(
        graphql(`
          mutation AuditCreateScenario {
            createScenario(input: { fiscalYear: 2022, name: "Audited run", source: EMPTY }) {
              scenario {
                id
              }
            }
          }
        `),
      ),
    ).createScenario.scenario!;
    const ran = dataOf(
      await finance(
        graphql(`
          mutation AuditRunScenario($i: ScenarioActionInput!) {
            runScenario(input: $i) {
              scenario {
                lastRunAt
                result {
                  schools {
                    total
                  }
                }
              }
            }
          }
        `),
        { i: { id: made.id } },
      ),
    ).runScenario.scenario!;
    expect(ran.result!.schools).toHaveLength(68);
    const events = dataOf(await director()(EVENTS, { t: "Scenario", id: rawId(made.id) }))
      .auditEvents.nodes;
    const run = events.find((e) => e.action === "runScenario")!;
    expect(run.after).toMatchObject({
      stale: false,
      results: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as string,
    });
    expect(new Date(run.after!.lastRunAt as string).getTime()).toBe(
      new Date(ran.lastRunAt!).getTime(),
    );
  });

  it("records who changed what, before and after, for every mutation that writes", async () => {
    const made = dataOf(
      await director()(
        graphql(`
          mutation AuditCreateBudgetLine($i: CreateBudgetLineInput!) {
            createBudgetLine(input: $i) {
              budgetLine {
                id
                version
              }
            }
          }
        `),
        {
          i: {
            fiscalYear: 2022,
            program: "TITLE_I_A",
            actionStepId: stepId,
            amount: "2500.00",
            description: "Coaching stipends",
          },
        },
      ),
    ).createBudgetLine.budgetLine!;
    const updated = dataOf(
      await director()(
        graphql(`
          mutation AuditUpdateBudgetLine($i: UpdateBudgetLineInput!) {
            updateBudgetLine(input: $i) {
              budgetLine {
                version
              }
            }
          }
        `),
        { i: { id: made.id, expectedVersion: made.version, amount: "3000.00" } },
      ),
    ).updateBudgetLine.budgetLine!;
    await director()(
      graphql(`
        mutation AuditDeleteBudgetLine($i: DeleteBudgetLineInput!) {
          deleteBudgetLine(input: $i) {
            userErrors {
              message
            }
          }
        }
      `),
      { i: { id: made.id, expectedVersion: updated.version } },
    );

    const events = dataOf(await director()(EVENTS, { t: "BudgetLine", id: rawId(made.id) }))
      .auditEvents.nodes;
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ["deleteBudgetLine", "user:director@demo.allot.example"],
      ["updateBudgetLine", "user:director@demo.allot.example"],
      ["createBudgetLine", "user:director@demo.allot.example"],
    ]);
    const [deleted, changed, created] = events;
    expect(created!.before).toBeNull();
    expect(created!.after).toMatchObject({
      amountCents: "250000",
      description: "Coaching stipends",
    });
    expect(changed!.before).toMatchObject({ amountCents: "250000" });
    expect(changed!.after).toMatchObject({ amountCents: "300000" });
    expect(deleted!.after).toBeNull();
    expect(deleted!.before).toMatchObject({ amountCents: "300000" });
    expect(created!.requestId).toMatch(/^[\w-]+$/);
  });

  it("records nothing for a refused change, and keeps credentials out", async () => {
    await director()(
      graphql(`
        query AuditQuery {
          __typename
        }
      `),
    ); // signed in first: a sign-in is an event of its own
    const before = dataOf(await api.gql(EVENTS, {})).auditEvents.totalCount;
    const refused = dataOf(await addLine("-5.00", "Negative"));
    expect(refused.createBudgetLine.userErrors).toHaveLength(1);
    expect(dataOf(await api.gql(EVENTS, {})).auditEvents.totalCount).toBe(before);
    await api.gql(
      'mutation { createApiToken(input: { name: "Audit check", role: VIEWER, scope: READ }) { token } }',
    );
    const tokenEvent = dataOf(await api.gql(EVENTS, { t: "ApiToken" })).auditEvents.nodes[0]!;
    expect(tokenEvent.after).toMatchObject({ name: "Audit check", tokenHash: "[secret]" });
  });

  it("records sign-outs and failed sign-ins too", async () => {
    await api.anonymous(
      'mutation { signIn(input: { email: "viewer@demo.allot.example", password: "wrong-password" }) { userErrors { code } } }',
    );
    const cookie =
      (
        await api.anonymous(
          'mutation { signIn(input: { email: "finance@demo.allot.example", password: "allot-demo-2022" }) { viewer { name } } }',
        )
      ).status === 200;
    expect(cookie).toBe(true);
    const users = dataOf(await api.gql(EVENTS, { t: "User" })).auditEvents.nodes;
    expect(users[0]).toMatchObject({
      action: "signIn (failed)",
      actor: "user:viewer@demo.allot.example",
      before: { failedSignIns: 0 },
      after: { failedSignIns: 1 },
    });
    await api.anonymous(
      graphql(`
        mutation AuditSignOut {
          signOut {
            signedOut
          }
        }
      `),
      {},
      { cookie: await signInAs(api.url, "viewer@demo.allot.example") },
    );
    const sessions = dataOf(await api.gql(EVENTS, { t: "Session" })).auditEvents.nodes;
    expect(sessions[0]).toMatchObject({
      action: "signOut",
      actor: "user:viewer@demo.allot.example",
      after: null,
    });
  });

  it("is readable only by administrators and federal programs directors", async () => {
    expect((await api.as("VIEWER")(EVENTS, {})).status).toBe(403);
    expect((await api.as("FINANCE_ANALYST")(EVENTS, {})).status).toBe(403);
  });

  it("stays one unbroken chain under concurrent writes", async () => {
    const before = await verifyAuditChain(api.orm.em.fork(), TEST_SESSION_SECRET);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => addLine(`${i + 1}.00`, `Concurrent ${i}`)),
    );
    const result = await verifyAuditChain(api.orm.em.fork(), TEST_SESSION_SECRET);
    expect(result.broken).toEqual([]);
    // Every one of the 20 writes left its event in the chain.
    expect(result.checked).toBeGreaterThanOrEqual(before.checked + 20);
  });
});

// Tampering breaks the chain on purpose: each of these runs on a database of its own, with a few
// events written first, so no other test meets a broken chain.
describe("the audit trail under tampering", () => {
  let shared: TestApi;
  beforeEach(async () => {
    shared = api;
    api = await startTestApi();
    stepId = await firstActionStepId(api);
    for (let i = 0; i < 8; i++) {
      await addLine(`${i + 1}.00`, `Event ${i}`);
    }
  });
  afterEach(async () => {
    await api?.close();
    api = shared;
    stepId = await firstActionStepId(api);
  });

  it("cannot be changed through the database, and a change made with the guard off is detected", async () => {
    const conn = api.orm.em.getConnection();
    await expect(conn.execute("update audit_event set actor = 'someone else'")).rejects.toThrow(
      /append-only/,
    );
    await expect(conn.execute("delete from audit_event")).rejects.toThrow(/append-only/);
    // A superuser can switch the guard off; the chain still tells.
    const sequences = (
      await conn.execute<{ sequence: string }[]>(
        "select sequence::text from audit_event order by sequence",
      )
    ).map((r) => r.sequence);
    const [changed, deleted, afterDeleted] = [sequences[3]!, sequences[5]!, sequences[6]!];
    await conn.execute("alter table audit_event disable trigger audit_event_no_change");
    await conn.execute(
      `update audit_event set after = '{"amountCents": 1}' where sequence = ${changed}`,
    );
    await conn.execute(`delete from audit_event where sequence = ${deleted}`);
    await conn.execute("alter table audit_event enable trigger audit_event_no_change");
    const result = await verifyAuditChain(api.orm.em.fork(), TEST_SESSION_SECRET);
    expect(result.broken.map((b) => [b.sequence, b.problem])).toEqual(
      expect.arrayContaining([
        [changed, "its content was changed after it was written"],
        [afterDeleted, "the event before it was deleted or changed"],
      ]),
    );
  });

  it("detects a trail rewritten and re-chained with the database's own rights, by its sealed checkpoints", async () => {
    const conn = api.orm.em.getConnection();
    // As an attacker holding the schema owner's connection: change an event and re-chain every one after it.
    await conn.execute("alter table audit_event disable trigger user");
    await conn.execute(`do $$ declare e record; prev text := repeat('0', 64); begin
      update audit_event set actor = 'user:nobody@demo.allot.example' where sequence = (select min(sequence) + 2 from audit_event);
      for e in select * from audit_event order by district_id, sequence loop
        update audit_event set previous_hash = prev where sequence = e.sequence;
        update audit_event x set hash = audit_event_digest(x) where x.sequence = e.sequence returning hash into prev;
      end loop; end $$`);
    await conn.execute("alter table audit_event enable trigger user");
    const rechained = await verifyAuditChain(api.orm.em.fork(), TEST_SESSION_SECRET);
    // The links and hashes are consistent again; the seals are not.
    expect(
      rechained.broken.filter((b) => /changed after|before it was deleted/.test(b.problem)),
    ).toEqual([]);
    expect(
      rechained.broken.some(
        (b) => b.problem === "it was rewritten after its checkpoint was sealed",
      ),
    ).toBe(true);
    // Deleting the seals as well leaves the newest event unsealed.
    await conn.execute("delete from audit_checkpoint");
    const unsealed = await verifyAuditChain(api.orm.em.fork(), TEST_SESSION_SECRET);
    expect(unsealed.broken.map((b) => b.problem)).toEqual([
      expect.stringMatching(/^the newest event is not sealed \(no sealed checkpoint at all\)/),
    ]);
    // Seals made without the server's secret do not count.
    const forged = await verifyAuditChain(
      api.orm.em.fork(),
      "another-secret-of-at-least-32-characters",
    );
    expect(forged.broken.length).toBeGreaterThan(0);
  });
});

describe("the API's database role", () => {
  it("reads and writes rows, but cannot change or delete audit events or checkpoints, alter tables or turn triggers off", async () => {
    const url = await ensureApiRole(api.orm, TEST_SESSION_SECRET);
    const role = await createOrm({ clientUrl: url });
    try {
      const conn = role.em.getConnection();
      expect(await conn.execute<{ current_user: string }[]>("select current_user")).toEqual([
        { current_user: "allot_api" },
      ]);
      expect(
        (await conn.execute<{ n: string }[]>("select count(*) as n from school"))[0]!.n,
      ).not.toBe("0");
      for (const sql of [
        "update audit_event set actor = 'x'",
        "delete from audit_event",
        "truncate audit_event",
        "delete from audit_checkpoint",
        "update audit_checkpoint set mac = 'x'",
        "alter table audit_event disable trigger user",
        "set session_replication_role = replica",
        "drop table school cascade",
        "create table evil (id int)",
      ]) {
        await expect(conn.execute(sql), sql).rejects.toThrow(
          /permission denied|must be owner|append-only/,
        );
      }
    } finally {
      await role.close();
    }
  });
});
