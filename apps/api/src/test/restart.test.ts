import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { afterAll, describe, expect, inject, it } from "vitest";

import { createOrm, migrate, openDatabase, repoRoot, seedDemoDistrict } from "@allot/db";
import { createTestDatabase, freePort } from "@allot/db/testing";

import { createApp } from "../app.js";
import { seedDemoUsers } from "../modules/auth/demo-users.js";
import { signInAs, TEST_SESSION_SECRET } from "./api.js";

const dir = mkdtempSync(path.join(repoRoot(), ".data", "restart-test-"));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the platform as `pnpm start` does: database, migrations, first-start seed, API. */
async function boot(databaseUrl: string | undefined, port: number) {
  const db = await openDatabase({ databaseUrl, dataDir: path.join(dir, "pg"), port });
  const orm = await createOrm({ clientUrl: db.url });
  await migrate(orm);
  const seeded = await seedDemoDistrict(orm);
  await seedDemoUsers(orm);
  const app = await createApp({
    orm,
    adminDist: "/nonexistent",
    sessionSecret: TEST_SESSION_SECRET,
  });
  const { server } = app;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${base}/graphql`;
  const cookie = await signInAs(base, "admin@demo.allot.example");
  const gql = async <T>(query: string, variables?: object): Promise<T> => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    return ((await res.json()) as { data: T }).data;
  };
  return {
    seeded,
    gql,
    stop: async () => {
      await app.stop();
      await orm.close();
      await db.close();
    },
  };
}

describe("data survives a restart", () => {
  it("keeps a budget line written before the restart, and seeds only on first start", async () => {
    // Embedded by default; with DATABASE_URL the same flow runs against that server.
    const scratch = process.env.DATABASE_URL ? await createTestDatabase(inject("adminUrl")) : null;
    const port = await freePort();
    const first = await boot(scratch?.url, port);
    expect(first.seeded).toBe(true);
    const plan = await first.gql<{
      improvementPlan: { needs: { actionSteps: { id: string }[] }[] };
    }>("{ improvementPlan(fiscalYear: 2022) { needs { actionSteps { id } } } }");
    const stepId = plan.improvementPlan.needs[0]!.actionSteps[0]!.id;
    const made = await first.gql<{ createBudgetLine: { budgetLine: { id: string } } }>(
      `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { budgetLine { id } userErrors { message } } }`,
      {
        input: {
          fiscalYear: 2022,
          program: "TITLE_I_A",
          actionStepId: stepId,
          amount: "4321.09",
          description: "Kept across restarts",
        },
      },
    );
    const id = made.createBudgetLine.budgetLine.id;
    await first.stop();

    const second = await boot(scratch?.url, port);
    try {
      expect(second.seeded).toBe(false);
      const again = await second.gql<{ node: unknown }>(
        `query($id: ID!) { node(id: $id) { ... on BudgetLine { amount description } } }`,
        { id },
      );
      expect(again.node).toEqual({ amount: "4321.09", description: "Kept across restarts" });
      const schools = await second.gql<{ schools: { totalCount: number } }>(
        "{ schools { totalCount } }",
      );
      expect(schools.schools.totalCount).toBe(68);
    } finally {
      await second.stop();
      await scratch?.drop();
    }
  });
});
