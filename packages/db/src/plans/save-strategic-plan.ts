import type { EntityManager } from "@mikro-orm/postgresql";

import type { ParsedStrategicPlan } from "@allot/plan-import";

import {
  ActionStep,
  ActionStepStrategicLink,
  PerformanceObjective,
  StrategicActionStep,
  StrategicGoal,
  StrategicInitiative,
  StrategicPlan,
  type District,
} from "../entities/index.js";

/** Writes a strategic plan (goals -> objectives -> initiatives -> action steps). Call in a transaction. */
export async function saveStrategicPlan(
  em: EntityManager,
  district: District,
  parsed: ParsedStrategicPlan,
): Promise<StrategicPlan> {
  const existing = await em.findOne(StrategicPlan, { district, startYear: parsed.startYear });
  if (existing) throw new Error(`the ${parsed.title} is already stored for this district`);
  const plan = em.create(StrategicPlan, {
    district,
    title: parsed.title,
    startYear: parsed.startYear,
    endYear: parsed.endYear,
    prioritiesChosenOn: parsed.priorities?.chosenOn ?? null,
    priorityCount: parsed.priorities?.count ?? null,
  });
  const priority = new Set(parsed.priorities?.objectiveCodes ?? []);
  for (const g of parsed.goals) {
    const goal = em.create(StrategicGoal, {
      district,
      plan,
      number: g.number,
      title: g.title,
      description: g.description,
    });
    for (const o of g.objectives) {
      const objective = em.create(PerformanceObjective, {
        district,
        goal,
        code: o.code,
        description: o.description,
        priority: priority.has(o.code),
      });
      for (const i of o.initiatives) {
        const initiative = em.create(StrategicInitiative, {
          district,
          objective,
          code: i.code,
          description: i.description,
        });
        for (const s of i.actionSteps) {
          em.create(StrategicActionStep, {
            district,
            initiative,
            code: s.code,
            description: s.description,
            gvpeReferences: s.gvpeReferences,
          });
        }
      }
    }
  }
  return plan;
}

/** Links federal plan action steps ("1.6") to strategic-plan action steps ("4.3.1a"). */
export async function linkToStrategicPlan(
  em: EntityManager,
  district: District,
  fiscalYear: number,
  links: ReadonlyArray<readonly [string, readonly string[]]>,
): Promise<number> {
  const steps = await em.find(
    ActionStep,
    { district, need: { plan: { fiscalYear: { year: fiscalYear } } } },
    { populate: ["need"] },
  );
  const strategic = await em.find(StrategicActionStep, { district });
  const byCode = new Map(strategic.map((s) => [s.code, s]));
  let created = 0;
  for (const [label, codes] of links) {
    const step = steps.find((s) => `${s.need.number}.${s.number}` === label);
    if (!step) throw new Error(`no action step ${label} in the FY${fiscalYear} plan`);
    for (const code of codes) {
      const target = byCode.get(code);
      if (!target) throw new Error(`no strategic action step ${code}`);
      em.create(ActionStepStrategicLink, {
        district,
        actionStep: step,
        strategicActionStep: target,
      });
      created++;
    }
  }
  return created;
}
