import type { AddressInfo } from "node:net";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createOrm, dropDatabase, migrate, seedDemoDistrict, withDatabaseName } from "@allot/db";
import { createTestDatabase } from "@allot/db/testing";

import { createApp } from "../app.js";
import { seedDemoUsers } from "../modules/auth/demo-users.js";
import { signInAs, TEST_SESSION_SECRET } from "./api.js";

// Read replicas (DATABASE_REPLICA_URLS): reads outside a transaction go to the replica, writes to
// the primary. The "replica" here is a copy of the primary taken once (CREATE DATABASE ...
// TEMPLATE) that then diverges on purpose: an answer shows which database it came from.
const admin = inject("adminUrl");
let primary: Awaited<ReturnType<typeof createTestDatabase>>;
const replicaName = `allot_replica_${process.pid}`;
let replicaUrl = "";

async function sql(url: string, text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as Record<string, unknown>[];
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  primary = await createTestDatabase(admin);
  const orm = await createOrm({ clientUrl: primary.url });
  await migrate(orm);
  await seedDemoDistrict(orm);
  await seedDemoUsers(orm);
  await orm.close();
  await sql(
    withDatabaseName(admin, "postgres"),
    `create database ${replicaName} template ${primary.name}`,
  );
  replicaUrl = withDatabaseName(admin, replicaName);
  await sql(
    replicaUrl,
    `update school set name = 'Seen on the replica' where nces_school_id = '130123000001'`,
  );
});
afterAll(async () => {
  await dropDatabase(admin, replicaName);
  await primary?.drop();
});

describe("read replicas", () => {
  it("reads come from the replica, writes go to the primary, and the primary alone is written", async () => {
    const orm = await createOrm({ clientUrl: primary.url, replicaUrls: [replicaUrl] });
    const primaryOrm = await createOrm({ clientUrl: primary.url });
    const app = await createApp({
      orm,
      primaryOrm,
      adminDist: "/nonexistent",
      sessionSecret: TEST_SESSION_SECRET,
      log: () => undefined,
    });
    await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const cookie = await signInAs(url, "finance@demo.allot.example");
      const post = async (query: string) =>
        (await (
          await fetch(`${url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ query }),
          })
        ).json()) as { data: Record<string, unknown> };
      const first = await post("{ schools(first: 1) { nodes { name } } }");
      expect(first.data).toEqual({ schools: { nodes: [{ name: "Seen on the replica" }] } });

      // A mutation reads what it wrote back from the primary, however far behind the replica is.
      const made = await post(
        'mutation { createScenario(input: { fiscalYear: 2022, name: "Written to the primary", source: EMPTY }) { scenario { name } userErrors { message } } }',
      );
      expect(made.data).toEqual({
        createScenario: { scenario: { name: "Written to the primary" }, userErrors: [] },
      });
      expect(await sql(primary.url, `select name from scenario`)).toEqual([
        { name: "Written to the primary" },
      ]);
      expect(await sql(replicaUrl, `select name from scenario`)).toEqual([]);
      // The sign-in itself (a session written) went to the primary too.
      expect((await sql(replicaUrl, `select count(*)::int as n from user_session`))[0]).toEqual({
        n: 0,
      });
    } finally {
      await app.stop();
      await orm.close();
      await primaryOrm.close();
    }
  });
});
