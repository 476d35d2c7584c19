import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createOrm, migrate, type MikroORM } from "./index.js";
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
});
