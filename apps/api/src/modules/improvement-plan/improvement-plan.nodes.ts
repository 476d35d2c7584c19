import { ActionStep, ImprovementPlan, OverarchingNeed } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { PLAN_POPULATE } from "./improvement-plan.service.js";
import { toActionStepType, toImprovementPlanType, toNeedType } from "./improvement-plan.type.js";

export const improvementPlanNodes: NodeLoaders = {
  ImprovementPlan: async (em, d, id) =>
    mapFound(
      await em.findOne(
        ImprovementPlan,
        { id, district: d },
        { populate: PLAN_POPULATE, strategy: "select-in" },
      ),
      toImprovementPlanType,
    ),
  OverarchingNeed: async (em, d, id) =>
    mapFound(
      await em.findOne(
        OverarchingNeed,
        { id, district: d },
        {
          populate: [
            "actionSteps.allowedFundingSources.fundingSource",
            "actionSteps.strategicLinks.strategicActionStep",
          ],
          strategy: "select-in",
        },
      ),
      toNeedType,
    ),
  ActionStep: async (em, d, id) =>
    mapFound(
      await em.findOne(
        ActionStep,
        { id, district: d },
        {
          populate: [
            "need",
            "allowedFundingSources.fundingSource",
            "strategicLinks.strategicActionStep",
          ],
          strategy: "select-in",
        },
      ),
      toActionStepType,
    ),
};
