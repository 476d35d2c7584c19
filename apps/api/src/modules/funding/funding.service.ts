import type { EntityManager } from "@mikro-orm/postgresql";
import { fundingMatrix, type FundingMatrix, type ProgramCode } from "@allot/engine";
import { ActionStep, FiscalYear, FundingSource } from "@allot/db";
import { moneyByProgram } from "../award/award.service.js";

export interface FundingView {
  year: number;
  steps: ActionStep[];
  sources: Map<ProgramCode, FundingSource>;
  matrix: FundingMatrix;
}

/** Loads the plan's action steps, the budget sums and the awards; the engine does the arithmetic. */
/**
 * Funding per action step from the budget lines of the year, or, given a scenario, from that
 * scenario's allocations tied to action steps (the adopted budget is the approved scenario).
 */
export async function fundingByActionStep(em: EntityManager, districtId: string, year: number, scenarioId: string | null = null): Promise<FundingView | null> {
  const fy = await em.findOne(FiscalYear, { district: districtId, year });
  if (!fy) return null;
  const sumsSql = scenarioId
    ? `select a.action_step_id, f.code, sum(a.amount_cents)::text as amount
       from scenario_allocation a join funding_source f on f.id = a.funding_source_id
       join scenario s on s.id = a.scenario_id
       where a.district_id = ? and s.fiscal_year_id = ? and a.scenario_id = ? and a.action_step_id is not null
       group by a.action_step_id, f.code`
    : `select b.action_step_id, f.code, sum(b.amount_cents)::text as amount
       from budget_line b join funding_source f on f.id = b.funding_source_id
       where b.district_id = ? and b.fiscal_year_id = ?
       group by b.action_step_id, f.code`;
  const [steps, sums, money, sources] = await Promise.all([
    em.find(
      ActionStep,
      { district: districtId, need: { plan: { fiscalYear: fy } } },
      {
        populate: ["need", "allowedFundingSources.fundingSource", "strategicLinks.strategicActionStep"],
        orderBy: { need: { number: "asc" }, number: "asc" },
      },
    ),
    em.execute<{ action_step_id: string; code: ProgramCode; amount: string }[]>(sumsSql, scenarioId ? [districtId, fy.id, scenarioId] : [districtId, fy.id]),
    moneyByProgram(em, districtId, fy.id),
    em.find(FundingSource, { district: districtId }),
  ]);
  const matrix = fundingMatrix(
    steps.map((s) => s.id),
    sums.map((r) => ({ actionStepId: r.action_step_id, program: r.code, amount: Number(r.amount) })),
    new Map([...money].map(([code, m]) => [code, m.available])),
  );
  return { year, steps, sources: new Map(sources.map((s) => [s.code, s])), matrix };
}
