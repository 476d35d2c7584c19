import { sumCents, type Cents } from "./money.js";

/**
 * The plan's own structure as money: what is budgeted on the action steps of each equity
 * intervention, system, subgroup and strategic goal. A step that names several (two systems, say)
 * counts under each, so a dimension's groups may add up to more than the plan's total; a step
 * that names none counts under NONE, so no dollar is left out.
 */
export interface StepStructureFacts {
  /** "1.3". */
  label: string;
  budgeted: Cents;
  /** The need's equity interventions the step supports (e.g. "EI-1"). */
  equityInterventions: readonly string[];
  systems: readonly string[];
  subgroups: readonly string[];
  /** The strategic goals its linked strategic-plan steps serve (e.g. "Goal 5: Equitable Systems"). */
  strategicGoals: readonly string[];
}

export interface PlanFundingGroup {
  /** The intervention, system, subgroup or goal as the plan names it; NONE when a step names none. */
  key: string;
  budgeted: Cents;
  /** The steps counted, in plan order. */
  steps: string[];
}

export interface PlanStructureFunding {
  total: Cents;
  byEquityIntervention: PlanFundingGroup[];
  bySystem: PlanFundingGroup[];
  bySubgroup: PlanFundingGroup[];
  byStrategicGoal: PlanFundingGroup[];
}

export const NONE_STATED = "NONE";

function groupBy(
  steps: readonly StepStructureFacts[],
  keysOf: (s: StepStructureFacts) => readonly string[],
): PlanFundingGroup[] {
  const groups = new Map<string, { amounts: Cents[]; steps: string[] }>();
  for (const s of steps) {
    const keys = [...new Set(keysOf(s))];
    for (const key of keys.length ? keys : [NONE_STATED]) {
      const g = groups.get(key) ?? { amounts: [], steps: [] };
      g.amounts.push(s.budgeted);
      g.steps.push(s.label);
      groups.set(key, g);
    }
  }
  return [...groups]
    .map(([key, g]) => ({ key, budgeted: sumCents(g.amounts), steps: g.steps }))
    .sort(
      (a, b) =>
        Number(a.key === NONE_STATED) - Number(b.key === NONE_STATED) ||
        b.budgeted - a.budgeted ||
        a.key.localeCompare(b.key),
    );
}

export function fundingByPlanStructure(steps: readonly StepStructureFacts[]): PlanStructureFunding {
  return {
    total: sumCents(steps.map((s) => s.budgeted)),
    byEquityIntervention: groupBy(steps, (s) => s.equityInterventions),
    bySystem: groupBy(steps, (s) => s.systems),
    bySubgroup: groupBy(steps, (s) => s.subgroups),
    byStrategicGoal: groupBy(steps, (s) => s.strategicGoals),
  };
}
