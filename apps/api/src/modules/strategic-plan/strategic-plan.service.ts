import type { EntityManager } from "@mikro-orm/postgresql";

import { PerformanceObjective, StrategicPlan } from "@allot/db";

import { idOfType } from "../../common/global-id.js";
import { refused, type Outcome } from "../../common/problem.js";
import { sameSet } from "../../common/same-set.js";

export const STRATEGIC_POPULATE = ["goals.objectives.initiatives.actionSteps"] as const;

/** The district's current strategic plan: the latest by start year. */
export function currentStrategicPlan(em: EntityManager, districtId: string) {
  return em.findOne(
    StrategicPlan,
    { district: districtId },
    { orderBy: { startYear: "desc" }, populate: STRATEGIC_POPULATE, strategy: "select-in" },
  );
}

/**
 * Marks the current plan's priority objectives (the addendum's choice, which the text may not
 * name). More than the addendum says were chosen is refused.
 */
export async function setPriorityObjectives(
  em: EntityManager,
  districtId: string,
  objectiveIds: readonly string[],
  expectedIds: readonly string[] | null | undefined,
): Promise<Outcome<string>> {
  return em.transactional(async (tx) => {
    const plan = await tx.findOne(
      StrategicPlan,
      { district: districtId },
      { orderBy: { startYear: "desc" } },
    );
    if (!plan) return refused("objectiveIds", "The district has no strategic plan.", "NOT_FOUND");
    const objectives = await tx.find(PerformanceObjective, {
      district: districtId,
      goal: { plan },
    });
    const wanted = new Set<string>();
    for (const [i, g] of objectiveIds.entries()) {
      const id = idOfType(g, "PerformanceObjective");
      if (!id || !objectives.some((o) => o.id === id))
        return refused(
          `objectiveIds.${i}`,
          `The ${plan.title} has no performance objective "${g}".`,
          "NOT_FOUND",
        );
      wanted.add(id);
    }
    const current = objectives.filter((o) => o.priority).map((o) => o.id);
    if (expectedIds) {
      const expected = expectedIds.map((g) => idOfType(g, "PerformanceObjective") ?? g);
      if (!sameSet(current, expected))
        return refused(
          "expectedObjectiveIds",
          "Someone else changed the priority objectives after you read them. Reload and apply your change again.",
          "CONFLICT",
        );
    }
    if (plan.priorityCount !== null && wanted.size > plan.priorityCount)
      return refused(
        "objectiveIds",
        `The addendum chose ${plan.priorityCount} priority objectives; ${wanted.size} were marked.`,
        "INVALID",
      );
    for (const o of objectives) o.priority = wanted.has(o.id);
    await tx.flush();
    return { ok: true, value: plan.id };
  });
}
