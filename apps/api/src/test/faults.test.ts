import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import {
  createOrm,
  migrate,
  openDatabase,
  repoRoot,
  ScenarioAllocation,
  SchoolAllocation,
  seedDemoDistrict,
} from "@allot/db";
import { freePort } from "@allot/db/testing";

import { createApp } from "../app.js";
import { seedDemoUsers } from "../modules/auth/demo-users.js";
import { dataOf, signInAs, startTestApi, TEST_SESSION_SECRET } from "./api.js";

// .data exists once a server has started here; a fresh clone running this file first has none.
mkdirSync(path.join(repoRoot(), ".data"), { recursive: true });
const dir = mkdtempSync(path.join(repoRoot(), ".data", "faults-test-"));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("database faults", () => {
  it("an exhausted connection pool answers a fast 503, and the next request works", async () => {
    const api = await startTestApi({ orm: { poolMax: 1, acquireTimeoutMs: 300 } });
    try {
      const viewer = api.as("VIEWER");
      expect((await viewer("{ me { name } }")).status).toBe(200);
      // Something holds the API's only connection for a while.
      const held = api.appOrm.em
        .fork()
        .transactional((tx) =>
          tx.getConnection().execute("select pg_sleep(1.5)", [], "all", tx.getTransactionContext()),
        );
      await new Promise((r) => setTimeout(r, 100));
      // Answered once the 300 ms wait for a connection is over, not after the holder's 1.5 s.
      const r = await viewer("{ schools { totalCount } }");
      expect([r.status, r.errors?.[0]?.extensions?.code]).toEqual([503, "SERVICE_UNAVAILABLE"]);
      await held;
      expect(
        dataOf(await viewer<{ schools: { totalCount: number } }>("{ schools { totalCount } }"))
          .schools.totalCount,
      ).toBe(68);
    } finally {
      await api.close();
    }
  });

  it("a statement stuck behind a lock is cancelled by the statement timeout: a fast 503, then the next request works", async () => {
    // 2 s: long enough that the next request's statements finish on a busy two-core machine.
    const logs: Record<string, unknown>[] = [];
    const api = await startTestApi({
      orm: { statementTimeoutMs: 2_000 },
      app: { log: (entry) => logs.push(entry) },
    });
    const unavailable = () =>
      logs.filter((l) => String(l.message).startsWith("database unavailable"));
    try {
      const viewer = api.as("VIEWER");
      expect((await viewer("{ me { name } }")).status).toBe(200);
      // Another session takes the school table and holds it.
      const locker = new pg.Client({ connectionString: api.orm.config.get("clientUrl")! });
      await locker.connect();
      await locker.query("begin; lock table school in access exclusive mode");
      try {
        // Cancelled by the statement timeout: without it the request would wait for the lock.
        const r = await viewer("{ schools { totalCount } }");
        expect([r.status, r.errors?.[0]?.extensions?.code]).toEqual([503, "SERVICE_UNAVAILABLE"]);
      } finally {
        await locker.query("rollback");
        await locker.end();
      }
      // The operator's log says why, without the SQL.
      expect(unavailable()[0]).toMatchObject({
        level: "warn",
        code: "57014",
        message: "database unavailable: canceling statement due to statement timeout",
      });
      const before = unavailable().length;
      const next = await viewer<{ schools: { totalCount: number } }>("{ schools { totalCount } }");
      expect(next.status, JSON.stringify(unavailable().slice(before))).toBe(200);
      expect(dataOf(next).schools.totalCount).toBe(68);
    } finally {
      await api.close();
    }
  });

  it("a connection killed in the middle of a multi-row write stores nothing partial, and the next request works", async () => {
    const api = await startTestApi();
    try {
      const finance = api.as("FINANCE_ANALYST");
      const made = dataOf(
        await finance<{ createScenario: { scenario: { id: string } } }>(
          'mutation { createScenario(input: { fiscalYear: 2022, name: "Interrupted", source: EMPTY }) { scenario { id } } }',
        ),
      ).createScenario.scenario;
      const conn = api.orm.em.getConnection();
      // Fault injection: the allocation insert pauses, so the writing connection can be killed mid-write.
      await conn.execute(
        `create function pause_once() returns trigger language plpgsql as $$ begin perform pg_sleep(1); return null; end $$`,
      );
      await conn.execute(
        `create trigger pause_allocations after insert on school_allocation for each statement execute function pause_once()`,
      );
      const running = finance<{ runScenario: unknown }>(
        "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { scenario { stale } } }",
        { i: { id: made.id } },
      );
      let killed = 0;
      for (let i = 0; i < 50 && !killed; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const [row] = await conn.execute<{ n: number }[]>(
          `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event = 'PgSleep'`,
        );
        killed = row!.n;
      }
      expect(killed).toBe(1);
      const r = await running;
      expect([r.status, r.errors?.[0]?.extensions?.code]).toEqual([503, "SERVICE_UNAVAILABLE"]);
      await conn.execute("drop trigger pause_allocations on school_allocation");
      // Nothing of the interrupted run was kept: still stale, no allocations.
      const id = Buffer.from(made.id, "base64url").toString("utf8").split(":")[1]!;
      expect(await api.orm.em.fork().count(SchoolAllocation, { scenario: id })).toBe(0);
      expect(await api.orm.em.fork().count(ScenarioAllocation, { scenario: id })).toBe(0);
      const after = dataOf(
        await finance<{ runScenario: { scenario: { stale: boolean } } }>(
          "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { scenario { stale } } }",
          { i: { id: made.id } },
        ),
      );
      expect(after.runScenario.scenario.stale).toBe(false);
      // Every one of the district's 68 schools has its row, and the reservations are there.
      expect(await api.orm.em.fork().count(SchoolAllocation, { scenario: id })).toBe(68);
      expect(await api.orm.em.fork().count(ScenarioAllocation, { scenario: id })).toBeGreaterThan(
        0,
      );
    } finally {
      await api.close();
    }
  });

  it("a graceful stop finishes the requests in flight before closing", async () => {
    const api = await startTestApi();
    let stopped = false;
    try {
      const finance = api.as("FINANCE_ANALYST");
      const made = dataOf(
        await finance<{ createScenario: { scenario: { id: string } } }>(
          'mutation { createScenario(input: { fiscalYear: 2022, name: "In flight", source: EMPTY }) { scenario { id } } }',
        ),
      ).createScenario.scenario;
      const conn = api.orm.em.getConnection();
      await conn.execute(
        `create function pause_once() returns trigger language plpgsql as $$ begin perform pg_sleep(1); return null; end $$`,
      );
      await conn.execute(
        `create trigger pause_allocations after insert on school_allocation for each statement execute function pause_once()`,
      );
      const running = finance<{ runScenario: { scenario: { stale: boolean } } }>(
        "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { scenario { stale } } }",
        { i: { id: made.id } },
      );
      await new Promise((r) => setTimeout(r, 300));
      const stopping = api.close().then(() => (stopped = true));
      const r = await running;
      expect(stopped).toBe(false); // answered before the stop completed
      expect([r.status, r.data?.runScenario.scenario.stale]).toEqual([200, false]);
      await stopping;
    } finally {
      if (!stopped) await api.close();
    }
  });

  it("PostgreSQL stopped and started again: /readyz goes false then true, requests fail fast meanwhile, and the server never crashes", async () => {
    const port = await freePort();
    const dataDir = path.join(dir, "pg");
    let db = await openDatabase({ dataDir, port });
    const orm = await createOrm({ clientUrl: db.url, acquireTimeoutMs: 1_000 });
    await migrate(orm);
    await seedDemoDistrict(orm);
    await seedDemoUsers(orm);
    const app = await createApp({
      orm,
      adminDist: "/nonexistent",
      sessionSecret: TEST_SESSION_SECRET,
      log: () => undefined,
    });
    await new Promise<void>((r) => app.server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const ready = async () => (await fetch(`${base}/readyz`)).status;
    const cookie = await signInAs(base, "viewer@demo.allot.example");
    const schools = async () =>
      (
        await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ query: "{ schools { totalCount } }" }),
        })
      ).status;
    try {
      expect([await ready(), await schools()]).toEqual([200, 200]);
      await db.close();
      expect(await ready()).toBe(503);
      expect(await schools()).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200); // the process is alive
      db = await openDatabase({ dataDir, port });
      await expect.poll(ready, { timeout: 15_000, interval: 200 }).toBe(200);
      expect(await schools()).toBe(200);
    } finally {
      await app.stop();
      await orm.close();
      await db.close();
    }
  });
});
