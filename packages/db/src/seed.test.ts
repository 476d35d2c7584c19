import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { accountCodeProblems, chartFor } from "@allot/engine";

import {
  ActionStep,
  ActionStepFundingSource,
  Award,
  BudgetLine,
  createOrm,
  District,
  FundingSource,
  ImprovementPlan,
  migrate,
  pendingMigrations,
  Position,
  School,
  seedDemoDistrict,
  StrategicActionStep,
  StrategicGoal,
  type MikroORM,
} from "./index.js";
import { createTestDatabase } from "./testing.js";

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

describe("migrations and the demo seed", () => {
  it("applies every committed migration and leaves none pending", async () => {
    expect(await pendingMigrations(orm)).toEqual([]);
  });

  it("migrates to exactly the schema the entities describe (no change left for a new migration)", async () => {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
    // Two known differences. audit_event.sequence has no default on purpose (the chaining trigger
    // draws it under the district's lock; see AuditEvent). And the ORM maps each key by id alone
    // while the database leads it with district_id (the district_keys migration): the generator
    // proposes each key back without district_id, which is accepted only where the database's key
    // is that same key with district_id in front (same columns, table and rules otherwise).
    const keys = new Map(
      (
        await orm.em.getConnection().execute<{ name: string; def: string }[]>(
          `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
           where connamespace = 'public'::regnamespace and contype in ('p', 'f')`,
        )
      ).map((k) => [k.name, k.def]),
    );
    const districtLed = (line: string) => {
      const pk = /^alter table "\w+" add constraint "(\w+)" primary key \("(\w+)"\);$/.exec(line);
      if (pk) return keys.get(pk[1]!) === `PRIMARY KEY (district_id, ${pk[2]})`;
      const fk =
        /^alter table "\w+" add constraint "(\w+)" foreign key \("(\w+)"\) references "(\w+)" \("id"\) on update no action(?: on delete (cascade|restrict|no action))?;$/.exec(
          line,
        );
      if (!fk) return /^alter table "\w+" drop constraint "\w+_(pkey|foreign)";$/.test(line);
      const [, name, column, target, onDelete] = fk;
      // The generator writes RESTRICT or NO ACTION where the database may say either: both
      // refuse the delete. No key has an ON UPDATE action (the citus_foreign_keys migration).
      const deleteRules =
        onDelete === "cascade" ? [" ON DELETE CASCADE"] : ["", " ON DELETE RESTRICT"];
      const table = target === "position" ? `"position"` : target;
      return deleteRules.some(
        (rule) =>
          keys.get(name!) ===
          `FOREIGN KEY (district_id, ${column}) REFERENCES ${table}(district_id, id)${rule}`,
      );
    };
    const unexpected = diff
      .split("\n")
      .filter(
        (l) =>
          l.trim() &&
          !/audit_event_sequence_seq|"audit_event" alter column "sequence"/.test(l) &&
          !districtLed(l.trim()),
      );
    expect(unexpected).toEqual([]);
  });

  it("seeds Clayton County once, and only once", async () => {
    expect(await seedDemoDistrict(orm)).toBe(true);
    expect(await seedDemoDistrict(orm)).toBe(false);
    const em = orm.em.fork();
    expect(await em.count(District)).toBe(1);
    expect(await em.count(FundingSource)).toBe(7);
    expect(await em.count(Award)).toBe(7);
  });

  it("holds 68 illustrative schools of about 52,000 students, low-income capped at enrollment", async () => {
    const schools = await orm.em.fork().find(School, {});
    expect(schools).toHaveLength(68);
    const students = schools.reduce((a, s) => a + s.enrollment, 0);
    expect(students).toBeGreaterThan(48_000);
    expect(students).toBeLessThan(56_000);
    expect(schools.every((s) => s.illustrative && s.lowIncome <= s.enrollment)).toBe(true);
    expect(new Set(schools.map((s) => s.ncesSchoolId)).size).toBe(68);
    expect(schools.every((s) => /^1301230\d{5}$/.test(s.ncesSchoolId))).toBe(true);
    expect(schools.filter((s) => s.supportDesignation === "CSI")).toHaveLength(3);
    expect(schools.every((s) => s.stateSchoolId === `GA-631-${s.ncesSchoolId.slice(-4)}`)).toBe(
      true,
    );
  });

  it("holds the FY2022 plan read from the district's document, linked to the strategic plan", async () => {
    const em = orm.em.fork();
    const plan = await em.findOneOrFail(
      ImprovementPlan,
      { fiscalYear: { year: 2022 } },
      { populate: ["needs"] },
    );
    expect(plan.needs).toHaveLength(2);
    expect(await em.count(ActionStep)).toBe(13);
    expect(await em.count(ActionStepFundingSource)).toBe(44);
    expect(await em.count(StrategicGoal)).toBe(6);
    const budget = await em.findOneOrFail(StrategicActionStep, { code: "5.1.2a" });
    expect(budget.description).toMatch(/re-allocate funding/);
    const district = await em.findOneOrFail(District, { ncesLeaId: "1301230" });
    expect(district.federalFundingOptions).toEqual(["TRADITIONAL"]);
    expect(district.povertyMeasure).toBe("DIRECT_CERTIFICATION");
  });

  it("budgets only programs each action step allows, within each award", async () => {
    const em = orm.em.fork();
    const lines = await em.find(
      BudgetLine,
      {},
      { populate: ["actionStep.allowedFundingSources.fundingSource", "fundingSource"] },
    );
    // One line per program and allowed step, plus the lines the rules count apart (administration,
    // family engagement at five schools, CEIS, 1003 per designated school).
    expect(lines.length).toBeGreaterThan(44);
    const ga = chartFor("GA")!;
    for (const line of lines) {
      expect(accountCodeProblems(ga, 2022, line)).toEqual([]);
      expect(line.functionCode && line.objectCode).toBeTruthy();
      const allowed = line.actionStep.allowedFundingSources
        .getItems()
        .map((l) => l.fundingSource.code);
      expect(allowed).toContain(line.fundingSource.code);
    }
    // The illustrative positions' salary and benefit lines are among them, on allowed programs.
    const positions = await em.find(Position, {}, { populate: ["fundings"] });
    expect(positions.length).toBeGreaterThan(20);
    for (const p of positions)
      expect(lines.filter((l) => l.position?.id === p.id).length, p.code).toBeGreaterThan(0);
    const awards = await em.find(Award, {}, { populate: ["fundingSource"] });
    for (const award of awards) {
      const budgeted = lines
        .filter((l) => l.fundingSource.id === award.fundingSource.id)
        .reduce((a, l) => a + l.amountCents, 0);
      expect(budgeted).toBeLessThanOrEqual(award.amountCents + award.carryoverInCents);
    }
  });
});

describe("the schema", () => {
  it("gives every table a district_id and keeps money in bigint cents", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
      );
      const columns = await client.query<{
        table_name: string;
        column_name: string;
        data_type: string;
        udt_name: string;
      }>(
        "select table_name, column_name, data_type, udt_name from information_schema.columns where table_schema = 'public'",
      );
      // sign_in_throttle is keyed by what a signed-out caller sends, before any district is known.
      const exempt = new Set(["district", "mikro_orm_migrations", "sign_in_throttle"]);
      for (const { table_name } of tables.rows.filter((t) => !exempt.has(t.table_name))) {
        expect(
          columns.rows.some((c) => c.table_name === table_name && c.column_name === "district_id"),
          table_name,
        ).toBe(true);
      }
      const money = columns.rows.filter((c) => c.column_name.endsWith("_cents"));
      expect(money.length).toBeGreaterThanOrEqual(4);
      // A school's amounts side by side are an array of bigint cents (udt _int8).
      for (const c of money)
        expect(
          c.data_type === "ARRAY" ? c.udt_name : c.data_type,
          `${c.table_name}.${c.column_name}`,
        ).toBe(c.data_type === "ARRAY" ? "_int8" : "bigint");
    } finally {
      await client.end();
    }
  });

  it("refuses a budget line of zero or less in the database itself", async () => {
    const em = orm.em.fork();
    const line = await em.findOneOrFail(BudgetLine, { amountCents: { $gt: 0 } });
    await expect(em.nativeUpdate(BudgetLine, { id: line.id }, { amountCents: -1 })).rejects.toThrow(
      /budget_line_amount_positive/,
    );
  });
});
