// The peer for the API benchmark: the smallest server that answers the same queries with the same
// JSON, on plain graphql-js and pg with hand-written SQL, authenticating the same Bearer token.
// No ORM, no type-graphql, no plugins: what Allot's layers are measured against.
//   DATABASE_URL=... SESSION_SECRET=... PORT=... node --import tsx src/api/peer.ts
import { createHmac } from "node:crypto";
import http from "node:http";

import { buildSchema, graphql } from "graphql";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.SESSION_SECRET ?? "";

const schema = buildSchema(`
  type Allocation { program: String! amount: String! }
  type School { id: ID! ncesSchoolId: String! name: String! enrollment: Int! lowIncome: Int! povertyPercent: String! englishLearners: Int! studentsWithDisabilities: Int! homeless: Int! allocations(scenarioId: ID!): [Allocation!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type SchoolConnection { totalCount: Int! pageInfo: PageInfo! nodes: [School!]! }
  type FundingSource { code: String! }
  type ActionStep { id: ID! label: String! }
  type ProgramAmount { fundingSource: FundingSource! amount: String! allowed: Boolean! }
  type ActionStepFunding { actionStep: ActionStep! amounts: [ProgramAmount!]! total: String! }
  type ProgramBudget { fundingSource: FundingSource! award: String! budgeted: String! remaining: String! }
  type FundingByActionStep { total: String! totalAward: String! totalRemaining: String! rows: [ActionStepFunding!]! programs: [ProgramBudget!]! }
  type ProgramResult { fundingSource: FundingSource! toSchools: String! }
  type SchoolResult { school: School! total: String! allocations: [Allocation!]! }
  type AllocationResult { programs: [ProgramResult!]! schools: [SchoolResult!]! }
  type Scenario { name: String! result: AllocationResult }
  type Query { schools(first: Int, after: String): SchoolConnection! fundingByActionStep(fiscalYear: Int!): FundingByActionStep scenario(id: ID!): Scenario }
`);

const PROGRAMS = [
  "TITLE_I_A",
  "TITLE_I_A_1003",
  "TITLE_II_A",
  "TITLE_III_A",
  "TITLE_IV_A",
  "IDEA_B",
  "MCKINNEY_VENTO",
];
const globalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const uuidOf = (id: string) => Buffer.from(id, "base64url").toString("utf8").split(":")[1] ?? "";
const cursor = (value: string) => Buffer.from(`cursor:${value}`, "utf8").toString("base64url");
const money = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.trunc(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;

interface Ctx {
  districtId: string;
  allocations?: Promise<Map<string, { program: string; amount: string }[]>>;
}
interface Row {
  id: string;
  nces_school_id: string;
  name: string;
  enrollment: number;
  low_income: number;
  english_learners: number;
  students_with_disabilities: number;
  homeless: number;
}

const school = (r: Row, ids: string[]) => ({
  id: globalId("School", r.id),
  ncesSchoolId: r.nces_school_id,
  name: r.name,
  enrollment: r.enrollment,
  lowIncome: r.low_income,
  povertyPercent: (r.enrollment > 0
    ? Math.floor((r.low_income * 20_000 + r.enrollment) / (r.enrollment * 2)) / 100
    : 0
  ).toFixed(2),
  englishLearners: r.english_learners,
  studentsWithDisabilities: r.students_with_disabilities,
  homeless: r.homeless,
  // One query for the whole page, as a hand-written server would do it.
  allocations: async (args: { scenarioId: string }, ctx: Ctx) => {
    ctx.allocations ??= pool
      .query<{ school_id: string; code: string; amount: string }>(
        `select a.school_id, u.code, u.amount::text as amount from school_allocation a
         cross join lateral unnest(a.programs, a.amounts_cents) as u(code, amount)
         where a.district_id = $1 and a.scenario_id = $2 and a.school_id = any($3::uuid[])`,
        [ctx.districtId, uuidOf(args.scenarioId), ids],
      )
      .then((res) => {
        const by = new Map<string, { program: string; amount: string }[]>();
        for (const x of res.rows)
          by.set(x.school_id, [
            ...(by.get(x.school_id) ?? []),
            { program: x.code, amount: money(Number(x.amount)) },
          ]);
        for (const list of by.values())
          list.sort((a, b) => PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program));
        return by;
      });
    return (await ctx.allocations).get(r.id) ?? [];
  },
});

const root = {
  async schools(args: { first?: number; after?: string }, ctx: Ctx) {
    const first = Math.min(Math.max(args.first ?? 50, 1), 100);
    const after = args.after
      ? Buffer.from(args.after, "base64url").toString("utf8").slice("cursor:".length)
      : "";
    const [page, total] = await Promise.all([
      pool.query<Row>(
        `select id, nces_school_id, name, enrollment, low_income, english_learners, students_with_disabilities, homeless from school where district_id = $1 and nces_school_id > $2 order by nces_school_id limit $3`,
        [ctx.districtId, after, first + 1],
      ),
      pool.query<{ n: number }>(`select count(*)::int as n from school where district_id = $1`, [
        ctx.districtId,
      ]),
    ]);
    const rows = page.rows.slice(0, first);
    const ids = rows.map((r) => r.id);
    return {
      totalCount: total.rows[0]!.n,
      pageInfo: {
        hasNextPage: page.rows.length > first,
        endCursor: rows.length ? cursor(rows.at(-1)!.nces_school_id) : null,
      },
      nodes: rows.map((r) => school(r, ids)),
    };
  },

  async fundingByActionStep(args: { fiscalYear: number }, ctx: Ctx) {
    const d = ctx.districtId;
    const fy = (
      await pool.query<{ id: string }>(
        `select id from fiscal_year where district_id = $1 and year = $2`,
        [d, args.fiscalYear],
      )
    ).rows[0];
    if (!fy) return null;
    const [steps, allowed, sums, awards, transfers] = await Promise.all([
      pool.query<{ id: string; label: string }>(
        `select s.id, n.number || '.' || s.number as label from action_step s join overarching_need n on n.id = s.need_id join improvement_plan p on p.id = n.plan_id
         where s.district_id = $1 and p.fiscal_year_id = $2 order by n.number, s.number`,
        [d, fy.id],
      ),
      pool.query<{ action_step_id: string; code: string }>(
        `select l.action_step_id, f.code from action_step_funding_source l join funding_source f on f.id = l.funding_source_id where l.district_id = $1`,
        [d],
      ),
      pool.query<{ action_step_id: string; code: string; amount: string }>(
        `select b.action_step_id, f.code, sum(b.amount_cents)::text as amount from budget_line b join funding_source f on f.id = b.funding_source_id
         where b.district_id = $1 and b.fiscal_year_id = $2 group by b.action_step_id, f.code`,
        [d, fy.id],
      ),
      pool.query<{ code: string; amount: string; carryover: string }>(
        `select f.code, a.amount_cents::text as amount, a.carryover_in_cents::text as carryover from award a join funding_source f on f.id = a.funding_source_id where a.district_id = $1 and a.fiscal_year_id = $2`,
        [d, fy.id],
      ),
      pool.query<{ from_code: string; to_code: string; amount: string }>(
        `select ff.code as from_code, ft.code as to_code, t.amount_cents::text as amount from transfer t join funding_source ff on ff.id = t.from_source_id join funding_source ft on ft.id = t.to_source_id
         where t.district_id = $1 and t.fiscal_year_id = $2`,
        [d, fy.id],
      ),
    ]);
    const programs = PROGRAMS.filter((c) => awards.rows.some((a) => a.code === c));
    const cell = new Map(sums.rows.map((s) => [`${s.action_step_id}:${s.code}`, Number(s.amount)]));
    const allows = new Set(allowed.rows.map((a) => `${a.action_step_id}:${a.code}`));
    const rows = steps.rows.map((s) => {
      const amounts = programs.map((c) => ({
        fundingSource: { code: c },
        amount: cell.get(`${s.id}:${c}`) ?? 0,
        allowed: allows.has(`${s.id}:${c}`),
      }));
      return {
        actionStep: { id: globalId("ActionStep", s.id), label: s.label },
        amounts: amounts.map((a) => ({ ...a, amount: money(a.amount) })),
        total: money(amounts.reduce((x, a) => x + a.amount, 0)),
      };
    });
    const budgets = programs.map((c) => {
      const a = awards.rows.find((x) => x.code === c)!;
      const moved = transfers.rows.reduce(
        (x, t) =>
          x + (t.to_code === c ? Number(t.amount) : 0) - (t.from_code === c ? Number(t.amount) : 0),
        0,
      );
      const award = Number(a.amount) + Number(a.carryover) + moved;
      const budgeted = sums.rows
        .filter((s) => s.code === c)
        .reduce((x, s) => x + Number(s.amount), 0);
      return { code: c, award, budgeted, remaining: award - budgeted };
    });
    const total = sums.rows.reduce((x, s) => x + Number(s.amount), 0);
    return {
      total: money(total),
      totalAward: money(budgets.reduce((x, b) => x + b.award, 0)),
      totalRemaining: money(budgets.reduce((x, b) => x + b.remaining, 0)),
      rows,
      programs: budgets.map((b) => ({
        fundingSource: { code: b.code },
        award: money(b.award),
        budgeted: money(b.budgeted),
        remaining: money(b.remaining),
      })),
    };
  },

  async scenario(args: { id: string }, ctx: Ctx) {
    const [found, schools] = await Promise.all([
      pool.query<{
        name: string;
        results: {
          programs: { program: string; toSchools: number }[];
          schools: {
            schoolId: string;
            total: number;
            programs: { program: string; amount: number }[];
          }[];
        } | null;
      }>(`select name, results from scenario where district_id = $1 and id = $2`, [
        ctx.districtId,
        uuidOf(args.id),
      ]),
      pool.query<Row>(
        `select id, nces_school_id, name, enrollment, low_income, english_learners, students_with_disabilities, homeless from school where district_id = $1`,
        [ctx.districtId],
      ),
    ]);
    const s = found.rows[0];
    if (!s) return null;
    const byId = new Map(schools.rows.map((r) => [r.id, r]));
    const r = s.results;
    return {
      name: s.name,
      result: r && {
        programs: r.programs.map((p) => ({
          fundingSource: { code: p.program },
          toSchools: money(p.toSchools),
        })),
        schools: r.schools
          .filter((x) => byId.has(x.schoolId))
          .map((x) => ({
            school: school(byId.get(x.schoolId)!, []),
            total: money(x.total),
            allocations: x.programs.map((p) => ({ program: p.program, amount: money(p.amount) })),
          })),
      },
    };
  },
};

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
        const hash = createHmac("sha256", secret).update(token).digest("hex");
        const who = await pool.query<{ district_id: string }>(
          `select district_id from api_token where token_hash = $1 and revoked_at is null and expires_at > now()`,
          [hash],
        );
        if (!who.rows[0]) {
          res
            .writeHead(401, { "content-type": "application/json" })
            .end(JSON.stringify({ errors: [{ message: "unauthenticated" }] }));
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
          query: string;
          variables?: Record<string, unknown>;
        };
        const result = await graphql({
          schema,
          source: body.query,
          rootValue: root,
          contextValue: { districtId: who.rows[0].district_id } satisfies Ctx,
          variableValues: body.variables ?? null,
        });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      })().catch((e: unknown) => res.writeHead(500).end(String(e)));
    });
  })
  .listen(Number(process.env.PORT), "127.0.0.1", () => console.log("peer ready"));
