import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { CHANGE_CHANNEL, createOrm, migrate, UNWATCHED_TABLES, type MikroORM } from "./index.js";
import { createTestDatabase } from "./testing.js";

// The API's response cache drops an answer when PostgreSQL says its district changed: every
// table that a cached read can read must say so, at commit and not before.
let orm: MikroORM;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let listener: pg.Client;
const heard: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase(inject("adminUrl"));
  orm = await createOrm({ clientUrl: db.url });
  await migrate(orm);
  listener = new pg.Client({ connectionString: db.url });
  await listener.connect();
  listener.on("notification", (n) => heard.push(n.payload ?? ""));
  await listener.query(`listen ${CHANGE_CHANNEL}`);
});
afterAll(async () => {
  await listener?.end();
  await orm?.close();
  await db?.drop();
});

/** Waits until the listener has had every notice sent before `marker` was committed. */
async function noticesUpTo(client: pg.Client, marker: string) {
  await client.query(`select pg_notify($1, $2)`, [CHANGE_CHANNEL, marker]);
  for (let i = 0; i < 500 && !heard.includes(marker); i++)
    await new Promise((r) => setTimeout(r, 10));
  const got = heard.splice(0, heard.length);
  return got.filter((x) => x !== marker);
}

describe("change notices", () => {
  it("every table but the unwatched ones notifies on insert, update, delete and truncate", async () => {
    const conn = orm.em.getConnection();
    const tables = (
      await conn.execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )
    ).map((t) => t.table_name);
    const triggers = await conn.execute<{ table: string; events: string }[]>(
      `select event_object_table as table, string_agg(event_manipulation, ',' order by event_manipulation) as events
       from information_schema.triggers where trigger_schema = 'public' and trigger_name like 'allot_changed_%'
       group by 1 order by 1`,
    );
    const unwatched = new Set<string>(UNWATCHED_TABLES);
    expect(triggers.map((t) => t.table)).toEqual(tables.filter((t) => !unwatched.has(t)));
    // information_schema lists no TRUNCATE triggers: insert, update and delete are each there.
    for (const t of triggers) expect(t.events).toBe("DELETE,INSERT,UPDATE");
    const truncates = await conn.execute<{ n: string }[]>(
      `select count(*) as n from pg_trigger where tgname = 'allot_changed_truncate'`,
    );
    expect(Number(truncates[0]!.n)).toBe(triggers.length);
  });

  it("names each changed district once, only when the transaction commits", async () => {
    const writer = new pg.Client({ connectionString: db.url });
    await writer.connect();
    try {
      const districts = (
        await writer.query<{ id: string }>(
          `insert into district (id, nces_lea_id, name, state, federal_funding_options, transferability)
           select gen_random_uuid(), '99000' || g, 'D' || g, 'GA', '{}', '{}' from generate_series(1, 2) g returning id`,
        )
      ).rows.map((r) => r.id);
      expect((await noticesUpTo(writer, "m1")).sort()).toEqual([...districts].sort());

      const [a, b] = districts as [string, string];
      const insertYear = `insert into fiscal_year (id, district_id, year, starts_on, ends_on, created_at, updated_at)
        values (gen_random_uuid(), $1, $2, '2021-07-01', '2022-06-30', now(), now())`;
      await writer.query("begin");
      await writer.query(insertYear, [a, 2022]);
      await writer.query(insertYear, [a, 2023]);
      // Not yet: a reader must not drop its answer for a change it cannot see.
      await writer.query(`select pg_notify($1, 'inside')`, [CHANGE_CHANNEL]);
      await new Promise((r) => setTimeout(r, 100));
      expect(heard).toEqual([]);
      await writer.query("commit");
      expect((await noticesUpTo(writer, "m2")).sort()).toEqual(["inside", a].sort());

      await writer.query("begin");
      await writer.query(insertYear, [b, 2022]);
      await writer.query("rollback");
      expect(await noticesUpTo(writer, "m3")).toEqual([]);

      await writer.query(`update fiscal_year set year = year where district_id = $1`, [a]);
      expect(await noticesUpTo(writer, "m4")).toEqual([a]);
      await writer.query(`delete from fiscal_year where district_id = $1`, [a]);
      expect(await noticesUpTo(writer, "m5")).toEqual([a]);
      await writer.query(`truncate transfer`);
      expect(await noticesUpTo(writer, "m6")).toEqual(["*"]);
    } finally {
      await writer.end();
    }
  });
});
