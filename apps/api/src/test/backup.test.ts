import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createOrm, verifyAuditChain } from "@allot/db";
import { createTestDatabase } from "@allot/db/testing";

import { dataOf, startTestApi, TEST_SESSION_SECRET, type TestApi } from "./api.js";

// Backup and restore as docs/OPERATIONS.md tells it: pg_dump in the custom format, pg_restore
// into an empty database, and the restored copy is the same district: every row, the audit
// chain unbroken, the same answers. pg_dump must be the server's major version, so this runs
// against DATABASE_URL (CI step 3: the machine's PostgreSQL 15 and its pg_dump); the embedded
// server of a plain `npm test` ships no pg_dump.
const admin = inject("adminUrl");
const major = (v: string) => /(?<!\d)(\d+)\.\d/.exec(v)?.[1];
let dumpVersion: string | undefined;
try {
  dumpVersion = major(execFileSync("pg_dump", ["--version"], { encoding: "utf8" }));
} catch {
  dumpVersion = undefined;
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

async function rowCounts(url: string) {
  const tables = await query<{ table_name: string }>(
    url,
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const t of tables)
    counts[t.table_name] = (
      await query<{ n: number }>(url, `select count(*)::int as n from "${t.table_name}"`)
    )[0]!.n;
  return counts;
}

describe.skipIf(!process.env.DATABASE_URL || !dumpVersion)(
  "backup and restore with pg_dump and pg_restore (against DATABASE_URL)",
  () => {
    let api: TestApi;
    let target: Awaited<ReturnType<typeof createTestDatabase>>;
    const dir = mkdtempSync(path.join(tmpdir(), "allot-backup-"));
    beforeAll(async () => {
      api = await startTestApi();
      target = await createTestDatabase(admin);
    });
    afterAll(async () => {
      await api?.close();
      await target?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it("restores every row, an unbroken audit chain and the same funding per action step", async () => {
      const serverVersion = (
        await query<{ server_version: string }>(admin, "show server_version")
      )[0]!.server_version;
      expect(major(`${serverVersion}.0`)).toBe(dumpVersion);
      // Some work worth keeping: a budget line (audited) and a run scenario.
      const director = api.as("FEDERAL_PROGRAMS_DIRECTOR");
      const plan = dataOf(
        await director<{ improvementPlan: { needs: { actionSteps: { id: string }[] }[] } }>(
          "{ improvementPlan(fiscalYear: 2022) { needs { actionSteps { id } } } }",
        ),
      );
      dataOf(
        await director(
          "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { userErrors { message } } }",
          {
            i: {
              fiscalYear: 2022,
              program: "TITLE_I_A",
              actionStepId: plan.improvementPlan.needs[0]!.actionSteps[0]!.id,
              amount: "1234.56",
              description: "Kept across a restore",
            },
          },
        ),
      );
      const funding =
        "{ fundingByActionStep(fiscalYear: 2022) { total totalRemaining rows { total } } }";
      const before = dataOf(await director(funding));

      const source = (
        await api.orm.em
          .getConnection()
          .execute<{ db: string }[]>("select current_database() as db")
      )[0]!.db;
      const sourceUrl = Object.assign(new URL(admin), { pathname: `/${source}` }).toString();
      const file = path.join(dir, "allot.dump");
      execFileSync("pg_dump", [
        "--format=custom",
        "--no-owner",
        `--file=${file}`,
        `--dbname=${sourceUrl}`,
      ]);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${target.url}`, file]);

      expect(await rowCounts(target.url)).toEqual(await rowCounts(sourceUrl));
      const orm = await createOrm({ clientUrl: target.url });
      try {
        const verified = await verifyAuditChain(orm.em.fork(), TEST_SESSION_SECRET);
        expect(verified.checked).toBeGreaterThan(0);
        expect(verified.broken).toEqual([]);
      } finally {
        await orm.close();
      }
      const restored = await startTestApi({ databaseUrl: target.url });
      try {
        expect(dataOf(await restored.as("FEDERAL_PROGRAMS_DIRECTOR")(funding))).toEqual(before);
      } finally {
        await restored.close();
      }
    });
  },
);
