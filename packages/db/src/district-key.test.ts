import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import {
  createOrm,
  District,
  FiscalYear,
  migrate,
  Scenario,
  School,
  seedDistrict,
  User,
  type MikroORM,
} from "./index.js";
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

  // Citus's rules for foreign keys (src/backend/distributed/commands/foreign_constraint.c):
  // from a reference table only to reference tables; and on a key that holds the distribution
  // column, no ON UPDATE action and no ON DELETE SET NULL or SET DEFAULT.
  it("has only foreign keys Citus accepts, with district and the credential tables as reference tables", async () => {
    const reference = new Set([
      "district",
      "app_user",
      "user_session",
      "api_token",
      "sign_in_throttle",
      "mikro_orm_migrations",
    ]);
    const keys = await orm.em.getConnection().execute<
      { name: string; table: string; target: string; columns: string[]; upd: string; del: string }[]
    >(`
      select c.conname as name, c.conrelid::regclass::text as table, c.confrelid::regclass::text as target,
        array(select a.attname::text from unnest(c.conkey) k(n) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as columns,
        c.confupdtype as upd, c.confdeltype as del
      from pg_constraint c where c.connamespace = 'public'::regnamespace and c.contype = 'f'`);
    expect(keys.length).toBeGreaterThan(60);
    const name = (t: string) => t.replaceAll('"', "");
    const refused = keys.flatMap((k) => [
      ...(reference.has(name(k.table)) && !reference.has(name(k.target))
        ? [`${k.name}: from a reference table to a distributed one`]
        : []),
      ...(k.columns.includes("district_id") && !["a", "r"].includes(k.upd)
        ? [`${k.name}: ON UPDATE action ${k.upd}`]
        : []),
      ...(k.columns.includes("district_id") && ["n", "d"].includes(k.del)
        ? [`${k.name}: ON DELETE SET ${k.del === "n" ? "NULL" : "DEFAULT"}`]
        : []),
    ]);
    expect(refused).toEqual([]);
  });

  it("deletes a district with every row of it, the rows that refer to each other included, and nothing of another", async () => {
    const made = async (nces: string) => {
      await seedDistrict(orm, {
        district: {
          ncesLeaId: nces,
          stateLeaId: `GA-${nces.slice(-3)}`,
          name: `Deleted ${nces}`,
          state: "GA",
        },
        schoolCount: 2,
        seed: 1,
        strategicPlan: false,
      });
      const em = orm.em.fork();
      const district = await em.findOneOrFail(District, { ncesLeaId: nces });
      const [year] = await em.find(FiscalYear, { district });
      const [school] = await em.find(School, { district });
      const first = em.create(Scenario, {
        district,
        fiscalYear: year!,
        name: "First",
        parameters: {} as Scenario["parameters"],
      });
      em.create(Scenario, {
        district,
        fiscalYear: year!,
        name: "Made from the first",
        parameters: {} as Scenario["parameters"],
        createdFrom: first,
      });
      em.create(User, {
        district,
        email: `leader@${nces}.example`,
        name: "Leader",
        role: "SCHOOL_LEADER",
        school: school!,
      });
      await em.flush();
      return district.id;
    };
    const gone = await made("9900011");
    const kept = await made("9900012");
    const conn = orm.em.getConnection();
    await conn.execute(`delete from district where id = ?`, [gone]);
    const tables = (
      await conn.execute<{ table_name: string }[]>(
        `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'district_id'`,
      )
    ).map((t) => t.table_name);
    const rowsOf = async (district: string) => {
      let n = 0;
      for (const t of tables)
        n += (
          await conn.execute<{ n: number }[]>(
            `select count(*)::int as n from "${t}" where district_id = ?`,
            [district],
          )
        )[0]!.n;
      return n;
    };
    expect(await rowsOf(gone)).toBe(0);
    expect(await rowsOf(kept)).toBeGreaterThan(20);
  });
});
