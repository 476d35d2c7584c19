import type { EntityManager } from "@mikro-orm/postgresql";

import {
  ActionStep,
  ActionStepFundingSource,
  FiscalYear,
  FundingSource,
  type StrategicActionStep,
} from "@allot/db";
import {
  availableFromAward,
  fundingMatrix,
  type AwardAmounts,
  type Cents,
  type FundingMatrix,
  type ProgramCode,
} from "@allot/engine";

import type { ActionStepFields } from "../improvement-plan/improvement-plan.type.js";

export interface FundingView {
  year: number;
  steps: (ActionStepFields & { need: { number: number; description: string } })[];
  sources: Map<ProgramCode, FundingSource>;
  matrix: FundingMatrix;
}

const items = <T>(list: T[]) => ({ getItems: () => list });

/** Rows by a key, in their order (Map.groupBy, which Node 20 lacks). */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

/**
 * Funding per action step from the budget lines of the year, or, given a scenario, from that
 * scenario's allocations tied to action steps (the adopted budget is the approved scenario). The
 * engine does the arithmetic. Read as plain rows, one query per kind, every one keyed by the
 * district: the screen finance staff open most, and entities cost more to build than the reads.
 */
export async function fundingByActionStep(
  em: EntityManager,
  districtId: string,
  year: number,
  scenarioId: string | null = null,
): Promise<FundingView | null> {
  const rows = <T>(qb: { execute(method: "all", mapResults: boolean): Promise<unknown> }) =>
    qb.execute("all", true) as Promise<T[]>;
  const [fy] = await rows<FiscalYear>(
    em.createQueryBuilder(FiscalYear).select(["id"]).where({ district: districtId, year }),
  );
  if (!fy) return null;
  const sumsSql = scenarioId
    ? // Reservations carry their step; a program's school money serves the step the scenario
      // links to it (kind SCHOOL).
      `select a.action_step_id, f.code, sum(a.amount_cents)::text as amount
       from scenario_allocation a join funding_source f on f.id = a.funding_source_id and f.district_id = a.district_id
       join scenario s on s.id = a.scenario_id and s.district_id = a.district_id
       where a.district_id = ? and s.fiscal_year_id = ? and a.scenario_id = ? and a.action_step_id is not null
       group by a.action_step_id, f.code
       union all
       select st.id, u.code, sum(u.amount)::text
       from school_allocation a join scenario s on s.id = a.scenario_id and s.district_id = a.district_id
       cross join lateral unnest(a.programs, a.amounts_cents) as u(code, amount)
       join lateral jsonb_array_elements(s.action_step_links) l on l->>'kind' = 'SCHOOL' and l->>'program' = u.code
       join action_step st on st.district_id = a.district_id and st.id::text = l->>'actionStepId'
       where a.district_id = ? and s.fiscal_year_id = ? and a.scenario_id = ?
       group by st.id, u.code`
    : `select b.action_step_id, f.code, sum(b.amount_cents)::text as amount
       from budget_line b join funding_source f on f.id = b.funding_source_id and f.district_id = b.district_id
       where b.district_id = ? and b.fiscal_year_id = ?
       group by b.action_step_id, f.code`;
  const [steps, allowed, links, sums, money, sources] = await Promise.all([
    rows<ActionStep & { need_number: number; need_description: string }>(
      em
        .createQueryBuilder(ActionStep, "s")
        .select(["s.*", "n.number as need_number", "n.description as need_description"])
        .join("s.need", "n")
        .join("n.plan", "p")
        .where({
          district: districtId,
          need: { district: districtId },
          "p.fiscalYear": fy.id,
          "p.district": districtId,
        })
        .orderBy({ "n.number": "asc", number: "asc" }),
    ),
    rows<ActionStepFundingSource & { actionStep: string; fundingSource: string }>(
      em
        .createQueryBuilder(ActionStepFundingSource)
        .select(["action_step_id", "funding_source_id"])
        .where({ district: districtId }),
    ),
    em.execute<
      {
        action_step_id: string;
        id: string;
        code: string;
        description: string;
        gvpe_references: string[];
      }[]
    >(
      `select l.action_step_id, x.id, x.code, x.description, x.gvpe_references from action_step_strategic_link l
       join strategic_action_step x on x.id = l.strategic_action_step_id and x.district_id = l.district_id where l.district_id = ?`,
      [districtId],
    ),
    em.execute<{ action_step_id: string; code: ProgramCode; amount: string }[]>(
      sumsSql,
      scenarioId
        ? [districtId, fy.id, scenarioId, districtId, fy.id, scenarioId]
        : [districtId, fy.id],
    ),
    availableByProgram(em, districtId, fy.id),
    rows<FundingSource>(
      em.createQueryBuilder(FundingSource).select("*").where({ district: districtId }),
    ),
  ]);
  const sourceById = new Map(sources.map((f) => [f.id, f]));
  const allowedByStep = groupBy(allowed, (l) => l.actionStep);
  const linksByStep = groupBy(links, (l) => l.action_step_id);
  const views = steps.map((s) => {
    const { need_number: needNumber, need_description: needDescription, ...step } = s;
    return Object.assign(step, {
      need: { number: needNumber, description: needDescription },
      allowedFundingSources: items(
        (allowedByStep.get(s.id) ?? []).map((l) => ({
          fundingSource: sourceById.get(l.fundingSource)!,
        })),
      ),
      strategicLinks: items(
        (linksByStep.get(s.id) ?? []).map((l) => ({
          strategicActionStep: {
            id: l.id,
            code: l.code,
            description: l.description,
            gvpeReferences: l.gvpe_references,
          } as StrategicActionStep,
        })),
      ),
    });
  });
  const matrix = fundingMatrix(
    views.map((s) => s.id),
    sums.map((r) => ({
      actionStepId: r.action_step_id,
      program: r.code,
      amount: Number(r.amount),
    })),
    money,
  );
  return { year, steps: views, sources: new Map(sources.map((f) => [f.code, f])), matrix };
}

/** What each program may budget in the year: award + carryover + ESEA 5103 transfers in - out. */
async function availableByProgram(
  em: EntityManager,
  districtId: string,
  fiscalYearId: string,
): Promise<Map<ProgramCode, Cents>> {
  const amounts = await awardAmountsByProgram(em, districtId, fiscalYearId);
  return new Map([...amounts].map(([code, a]) => [code, availableFromAward(a)]));
}

/** Each program's award, carryover and ESEA 5103 transfers in and out for the year. */
export async function awardAmountsByProgram(
  em: EntityManager,
  districtId: string,
  fiscalYearId: string,
): Promise<Map<ProgramCode, AwardAmounts>> {
  const rows = await em.execute<
    {
      code: ProgramCode;
      amount: string;
      carryover: string;
      transfers_in: string;
      transfers_out: string;
    }[]
  >(
    `select f.code, a.amount_cents::text as amount, a.carryover_in_cents::text as carryover,
       coalesce((select sum(t.amount_cents) from transfer t where t.district_id = a.district_id and t.fiscal_year_id = a.fiscal_year_id and t.to_source_id = f.id), 0)::text as transfers_in,
       coalesce((select sum(t.amount_cents) from transfer t where t.district_id = a.district_id and t.fiscal_year_id = a.fiscal_year_id and t.from_source_id = f.id), 0)::text as transfers_out
     from award a join funding_source f on f.id = a.funding_source_id and f.district_id = a.district_id
     where a.district_id = ? and a.fiscal_year_id = ?`,
    [districtId, fiscalYearId],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        amount: Number(r.amount),
        carryoverIn: Number(r.carryover),
        transfersIn: Number(r.transfers_in),
        transfersOut: Number(r.transfers_out),
      },
    ]),
  );
}
