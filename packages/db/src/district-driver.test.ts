import { OptimisticLockError, wrap, type EntityData } from "@mikro-orm/core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import {
  Award,
  createOrm,
  District,
  forkForDistrict,
  migrate,
  School,
  seedDistrict,
  type MikroORM,
} from "./index.js";
import { createTestDatabase } from "./testing.js";

// Distributed by district, a statement without district_id runs on every node. The unit of
// work's own writes of rows an EntityManager read name the district of that EntityManager.
let orm: MikroORM;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let statements: string[] = [];
const districts: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase(inject("adminUrl"));
  orm = await createOrm({ clientUrl: db.url, onQuery: (sql) => statements.push(sql) });
  await migrate(orm);
  for (const [nces, name] of [
    ["1300011", "Routed County"],
    ["1300012", "Other County"],
  ] as const) {
    await seedDistrict(orm, {
      district: { ncesLeaId: nces, stateLeaId: `GA-${nces.slice(-3)}`, name, state: "GA" },
      schoolCount: 2,
      seed: 1,
      strategicPlan: false,
    });
    districts[name] = (await orm.em.fork().findOneOrFail(District, { ncesLeaId: nces })).id;
  }
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const writes = () => statements.filter((s) => /^\[query\] (update|delete)/.test(s));

describe("the unit of work's writes name the district", () => {
  it("a batch of updates to versioned rows: each names the district, and the versions move on", async () => {
    const em = forkForDistrict(orm, districts["Routed County"]!);
    const awards = await em.find(Award, {}, { orderBy: { id: "asc" } });
    expect(awards).toHaveLength(7);
    statements = [];
    awards.forEach((a, i) => (a.notes = `Checked ${i}`));
    await em.flush();
    const updates = writes();
    expect(updates).toHaveLength(7);
    expect(
      updates.every((s) =>
        /^\[query\] update "award" set .* where "id" = \$\d+ and "district_id" = \$\d+/.test(s),
      ),
    ).toBe(true);
    // The version check before the batch reads the rows by id, with the district.
    const check = statements.find((s) => /select .* from "award"/.test(s) && /"version"/.test(s));
    expect(check).toMatch(/district_id/);
    expect(awards.map((a) => a.version)).toEqual(awards.map(() => 2));
    const stored = await orm.em
      .fork()
      .find(Award, { district: districts["Routed County"]! }, { orderBy: { id: "asc" } });
    expect(stored.map((a) => [a.notes, a.version])).toEqual(
      awards.map((_, i) => [`Checked ${i}`, 2]),
    );
  });

  it("a single update and a delete name the district", async () => {
    const em = forkForDistrict(orm, districts["Routed County"]!);
    const [one] = await em.find(Award, {}, { limit: 1 });
    statements = [];
    one!.notes = "Once more";
    await em.flush();
    expect(writes()).toEqual([
      expect.stringMatching(
        /^\[query\] update "award" set .* where "id" = \$\d+ and "version" = \$\d+ and "district_id" = \$\d+/,
      ),
    ]);
    const school = em.create(School, {
      district: districts["Routed County"]!,
      ncesSchoolId: "130001199999",
      name: "Short-lived Elementary",
      level: "ELEMENTARY",
      gradeLow: "K",
      gradeHigh: "5",
      enrollment: 10,
      lowIncome: 5,
    });
    await em.flush();
    statements = [];
    em.remove(school);
    await em.flush();
    expect(writes()).toEqual([
      expect.stringMatching(
        /^\[query\] delete from "school" where "id" in \(\$1\) and "district_id" = \$2/,
      ),
    ]);
    expect(await orm.em.fork().count(School, { ncesSchoolId: "130001199999" })).toBe(0);
  });

  it("another district's row is neither read nor written, filter or not", async () => {
    const [theirs] = await orm.em
      .fork()
      .find(Award, { district: districts["Other County"]! }, { limit: 1 });
    const em = forkForDistrict(orm, districts["Routed County"]!);
    // Not even a read that sets the district filter aside, as a careless service might.
    expect(await em.findOne(Award, theirs!.id, { filters: false })).toBeNull();
    // A row known by other means: its version check finds nothing in this district.
    const award = em.merge(Award, wrap(theirs!).toObject() as EntityData<Award>);
    award.notes = "Written from the wrong district";
    await expect(em.flush()).rejects.toThrow(OptimisticLockError);
    const again = await orm.em.fork().findOneOrFail(Award, theirs!.id);
    expect([again.notes, again.version]).toEqual([theirs!.notes, theirs!.version]);
  });

  it("without a district (sign-in, the seed) the writes are as MikroORM makes them", async () => {
    const em = orm.em.fork();
    const [any] = await em.find(Award, {}, { limit: 1 });
    statements = [];
    any!.notes = "Unscoped";
    await em.flush();
    expect(writes()).toEqual([
      expect.stringMatching(/where "id" = \$\d+ and "version" = \$\d+ returning/),
    ]);
  });
});
