import { StrategicActionStep, StrategicPlan } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { toStrategicActionStepType, toStrategicPlanType } from "./strategic-plan.type.js";

export const strategicPlanNodes: NodeLoaders = {
  StrategicPlan: async (em, d, id) =>
    mapFound(
      await em.findOne(
        StrategicPlan,
        { id, district: d },
        { populate: ["goals.objectives.initiatives.actionSteps"], strategy: "select-in" },
      ),
      toStrategicPlanType,
    ),
  StrategicActionStep: async (em, d, id) =>
    mapFound(await em.findOne(StrategicActionStep, { id, district: d }), toStrategicActionStepType),
};
