import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createOrm, seedDistrict, type MikroORM } from "./index.js";
import { createTestDatabase } from "./testing.js";

// A deployment that ran scenarios before school allocations moved to one row per school: its
// runs, an approved one included, move across as they were, and back again on a rollback.
let orm: MikroORM;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
const BEFORE = "Migration20261203170000_redundant_indexes";
const MOVE = "Migration20261203180000_school_allocations";

beforeAll(async () => {
  db = await createTestDatabase(inject("adminUrl"));
  orm = await createOrm({ clientUrl: db.url });
  await orm.getMigrator().up({ to: BEFORE });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

interface Moved {
  school_id: string;
  programs: string[];
  amounts_cents: string[];
  baselines_cents: string[];
  bounds: (string | null)[];
  explanations: string[];
}

describe("moving school allocations to one row per school", () => {
  it("keeps every amount, its order, bound and explanation, and the approved scenario's guard", async () => {
    await seedDistrict(orm, {
      district: { ncesLeaId: "1300001", stateLeaId: "GA-001", name: "Moved County", state: "GA" },
      schoolCount: 3,
      seed: 1,
      strategicPlan: false,
    });
    const conn = orm.em.getConnection();
    const [{ id: districtId }] = await conn.execute<[{ id: string }]>(
      `select id from district where nces_lea_id = '1300001'`,
    );
    const [year] = await conn.execute<{ id: string }[]>(
      `select id from fiscal_year where district_id = ? order by year limit 1`,
      [districtId],
    );
    const schools = (
      await conn.execute<{ id: string }[]>(
        `select id from school where district_id = ? order by nces_school_id`,
        [districtId],
      )
    ).map((s) => s.id);
    const source = async (code: string) =>
      (
        await conn.execute<{ id: string }[]>(
          `select id from funding_source where district_id = ? and code = ?`,
          [districtId, code],
        )
      )[0]!.id;
    const [step] = await conn.execute<{ id: string }[]>(
      `select id from action_step where district_id = ? limit 1`,
      [districtId],
    );
    const scenario = "00000000-0000-4000-8000-000000000001";
    await conn.execute(
      `insert into scenario (id, district_id, fiscal_year_id, name, status, parameters, stale, action_step_links)
       values (?, ?, ?, 'Adopted', 'APPROVED', '{}', false, ?::jsonb)`,
      [
        scenario,
        districtId,
        year!.id,
        JSON.stringify([{ program: "TITLE_II_A", kind: "SCHOOL", actionStepId: step!.id }]),
      ],
    );
    // Written as the old runs wrote them: Title II-A before Title I-A on purpose.
    const row = async (
      code: string,
      school: string | null,
      kind: string,
      amount: number,
      bound: string | null,
      actionStep: string | null,
    ) =>
      conn.execute(
        `insert into scenario_allocation (id, district_id, scenario_id, funding_source_id, school_id, kind, amount_cents, baseline_cents, bound, explanation, action_step_id)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          districtId,
          scenario,
          await source(code),
          school,
          kind,
          amount,
          amount - 100,
          bound,
          `${code} ${kind} ${amount}`,
          actionStep,
        ],
      );
    await row("TITLE_II_A", schools[0]!, "SCHOOL", 2_000_01, "FLOOR", step!.id);
    await row("TITLE_I_A", schools[0]!, "SCHOOL", 1_000_00, null, null);
    await row("TITLE_I_A", schools[1]!, "SCHOOL", 3_000_00, null, null);
    await row("TITLE_I_A", null, "FAMILY_ENGAGEMENT", 500_00, null, step!.id);

    await orm.getMigrator().up({ to: MOVE });

    const moved = await conn.execute<Moved[]>(
      `select school_id, programs, amounts_cents::text[], baselines_cents::text[], bounds, explanations
         from school_allocation where scenario_id = ? order by school_id = ? desc`,
      [scenario, schools[0]!],
    );
    expect(moved).toEqual([
      {
        school_id: schools[0],
        programs: ["TITLE_I_A", "TITLE_II_A"],
        amounts_cents: ["100000", "200001"],
        baselines_cents: ["99900", "199901"],
        bounds: [null, "FLOOR"],
        explanations: ["TITLE_I_A SCHOOL 100000", "TITLE_II_A SCHOOL 200001"],
      },
      {
        school_id: schools[1],
        programs: ["TITLE_I_A"],
        amounts_cents: ["300000"],
        baselines_cents: ["299900"],
        bounds: [null],
        explanations: ["TITLE_I_A SCHOOL 300000"],
      },
    ]);
    // Only the reservation stays a scenario_allocation row.
    expect(
      await conn.execute(
        `select kind, amount_cents::text as amount from scenario_allocation where scenario_id = ?`,
        [scenario],
      ),
    ).toEqual([{ kind: "FAMILY_ENGAGEMENT", amount: "50000" }]);
    // Approved is still final, and the arrays stay side by side.
    await expect(
      conn.execute(`delete from school_allocation where scenario_id = ?`, [scenario]),
    ).rejects.toThrow(/cannot change/);
    await expect(
      conn.execute(
        `insert into school_allocation (id, district_id, scenario_id, school_id, programs, amounts_cents, baselines_cents, bounds, explanations)
         values (gen_random_uuid(), ?, ?, ?, '{TITLE_I_A}', '{1,2}', '{0}', '{NULL}', '{x}')`,
        [districtId, scenario, schools[2]!],
      ),
    ).rejects.toThrow(/school_allocation_programs_side_by_side/);

    // Rolled back: the rows come back one per program, the school money on its linked step.
    await orm.getMigrator().down(); // the last one applied: this move
    expect(
      await conn.execute(
        `select s.nces_school_id is not null as at_school, f.code, a.kind, a.amount_cents::text as amount,
                a.baseline_cents::text as baseline, a.bound, a.explanation, a.action_step_id
           from scenario_allocation a join funding_source f on f.id = a.funding_source_id
           left join school s on s.id = a.school_id
          where a.scenario_id = ? order by a.amount_cents`,
        [scenario],
      ),
    ).toEqual([
      ...[
        ["TITLE_I_A", "FAMILY_ENGAGEMENT", 50_000, null, step!.id, false],
        ["TITLE_I_A", "SCHOOL", 100_000, null, null, true],
        ["TITLE_II_A", "SCHOOL", 200_001, "FLOOR", step!.id, true],
        ["TITLE_I_A", "SCHOOL", 300_000, null, null, true],
      ].map(([code, kind, amount, bound, actionStep, atSchool]) => ({
        at_school: atSchool,
        code,
        kind,
        amount: String(amount),
        baseline: String((amount as number) - 100),
        bound,
        explanation: `${String(code)} ${String(kind)} ${String(amount)}`,
        action_step_id: actionStep,
      })),
    ]);
    await orm.getMigrator().up();
  });
});
