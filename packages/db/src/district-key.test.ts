import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createOrm, District, FiscalYear, migrate, Scenario, type MikroORM } from "./index.js";
import { createTestDatabase } from "./testing.js";

// A state on one deployment, or the data distributed by district (Citus distributes every table
// on district_id): both need every row to say which district it belongs to.
let orm: MikroORM;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  db = await createTestDatabase(inject("adminUrl"));
  orm = await createOrm({ clientUrl: db.url });
  await migrate(orm);
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

describe("the district key", () => {
  it("every table but the district itself, the migration log and the sign-in throttle has a non-null district_id that references a district", async () => {
    const conn = orm.em.getConnection();
    const tables = (
      await conn.execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )
    ).map((t) => t.table_name);
    const keyed = await conn.execute<{ table_name: string; is_nullable: string }[]>(
      `select table_name, is_nullable from information_schema.columns where table_schema = 'public' and column_name = 'district_id'`,
    );
    const references = await conn.execute<{ table_name: string }[]>(`
      select tc.table_name from information_schema.table_constraints tc
      join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema
      join information_schema.constraint_column_usage c on c.constraint_name = tc.constraint_name and c.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'district_id' and c.table_name = 'district' and tc.table_schema = 'public'`);
    // sign_in_throttle is keyed by what a signed-out caller sends, before any district is known.
    const expected = tables.filter(
      (t) => t !== "district" && t !== "mikro_orm_migrations" && t !== "sign_in_throttle",
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(
      keyed
        .filter((k) => k.is_nullable === "NO")
        .map((k) => k.table_name)
        .sort(),
    ).toEqual(expected);
    expect([...new Set(references.map((r) => r.table_name))].sort()).toEqual(expected);
  });

  it("leads every key with district_id, so the tables can be distributed by district as they are", async () => {
    const conn = orm.em.getConnection();
    const keyed = new Set(
      (
        await conn.execute<{ table_name: string }[]>(
          `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'district_id'`,
        )
      ).map((t) => t.table_name),
    );
    const constraints = await conn.execute<
      {
        table: string;
        name: string;
        type: string;
        columns: string[];
        target: string | null;
        targetColumns: string[] | null;
      }[]
    >(`
      select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
        array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
        c.confrelid::regclass::text as target,
        array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "targetColumns"
      from pg_constraint c where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'u', 'f')`);
    const uniqueIndexes = await conn.execute<{ table: string; name: string; first: string }[]>(`
      select c.relname as table, i.relname as name, a.attname as first from pg_index x
      join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
      join pg_attribute a on a.attrelid = c.oid and a.attnum = x.indkey[0]
      where c.relnamespace = 'public'::regnamespace and x.indisunique
        and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`);
    const table = (t: string) => t.replaceAll('"', "");
    // Looked up before any district is known, by email, sign-in subject or token hash: unique
    // across districts (Citus keeps these tables whole on every node, as reference tables).
    const credentials = new Set([
      "app_user_email_unique",
      "app_user_oidc_subject_unique",
      "api_token_token_hash_unique",
      "user_session_token_hash_unique",
    ]);
    const wrong = [
      ...constraints
        .filter((c) => keyed.has(table(c.table)) && !credentials.has(c.name))
        .filter((c) =>
          c.type === "f" && c.target === "district"
            ? c.columns.join() !== "district_id"
            : c.type === "f"
              ? c.columns[0] !== "district_id" ||
                c.columns.length !== 2 ||
                c.targetColumns?.join() !== "district_id,id"
              : c.columns[0] !== "district_id",
        )
        .map((c) => `${c.name}: (${c.columns.join(", ")})`),
      ...uniqueIndexes
        .filter((i) => keyed.has(i.table) && i.first !== "district_id")
        .map((i) => `${i.name}: led by ${i.first}`),
    ];
    expect(wrong).toEqual([]);
    // Every table with district_id has its primary key, and every reference between two of them
    // is checked within the district.
    expect(constraints.filter((c) => c.type === "p" && keyed.has(table(c.table)))).toHaveLength(
      keyed.size,
    );
    expect(
      constraints.filter(
        (c) => c.type === "f" && c.target !== "district" && keyed.has(table(c.table)),
      ).length,
    ).toBeGreaterThan(40);
  });

  it("refuses a row that refers to another district's row, and still finds rows by id alone", async () => {
    const em = orm.em.fork();
    const [a, b] = ["9900001", "9900002"].map((ncesLeaId) =>
      em.create(District, { name: `District ${ncesLeaId}`, ncesLeaId, state: "GA" }),
    );
    const year = em.create(FiscalYear, {
      district: a!,
      year: 2027,
      startsOn: "2026-07-01",
      endsOn: "2027-06-30",
    });
    await em.flush();
    // District B's scenario naming district A's fiscal year.
    em.create(Scenario, {
      district: b!,
      fiscalYear: year,
      name: "Across districts",
      parameters: {} as Scenario["parameters"],
    });
    await expect(em.flush()).rejects.toThrow(/scenario_fiscal_year_id_foreign/);
    const plan = await orm.em
      .getConnection()
      .execute(`explain select * from fiscal_year where id = ?`, [year.id]);
    expect(JSON.stringify(plan)).toMatch(/fiscal_year_id_index/);
  });
});
