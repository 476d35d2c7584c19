import type { EntityManager } from "@mikro-orm/postgresql";

import { ActionStep } from "@allot/db";
import {
  fundingByPlanStructure,
  type Cents,
  type PlanStructureFunding,
  type StepStructureFacts,
} from "@allot/engine";

/** What is budgeted on each of these action steps (every line of the step's year). */
export async function budgetedByStep(
  em: EntityManager,
  districtId: string,
  stepIds: readonly string[],
): Promise<Map<string, Cents>> {
  if (!stepIds.length) return new Map();
  const sums = await em.execute<{ step: string; total: string }[]>(
    `select action_step_id as step, sum(amount_cents)::text as total from budget_line
      where district_id = ? and action_step_id in (${stepIds.map(() => "?").join(", ")})
      group by action_step_id`,
    [districtId, ...stepIds],
  );
  return new Map(sums.map((r) => [r.step, Number(r.total)]));
}

/**
 * The year's budget by the plan's equity interventions, systems, subgroups and the strategic
 * goals its steps serve (the engine groups; this gathers the facts). Null without a plan.
 */
export async function planStructureFunding(
  em: EntityManager,
  districtId: string,
  year: number,
): Promise<PlanStructureFunding | null> {
  const steps = await em.find(
    ActionStep,
    { district: districtId, need: { plan: { fiscalYear: { year } } } },
    {
      populate: ["need", "strategicLinks.strategicActionStep.initiative.objective.goal"],
      orderBy: { need: { number: "asc" }, number: "asc" },
    },
  );
  if (!steps.length) return null;
  const budgeted = await budgetedByStep(
    em,
    districtId,
    steps.map((s) => s.id),
  );
  const facts: StepStructureFacts[] = steps.map((s) => ({
    label: `${s.need.number}.${s.number}`,
    budgeted: budgeted.get(s.id) ?? 0,
    equityInterventions: s.supportsEquityIntervention
      ? s.need.equityInterventions.map((e) => e.code)
      : [],
    systems: s.systems,
    subgroups: s.subgroups,
    strategicGoals: s.strategicLinks
      .getItems()
      .map((l) => l.strategicActionStep.initiative.objective.goal)
      .sort((a, b) => a.number - b.number)
      .map((g) => `Goal ${g.number}: ${g.title}`),
  }));
  return fundingByPlanStructure(facts);
}
