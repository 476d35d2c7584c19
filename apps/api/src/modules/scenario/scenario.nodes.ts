import { Scenario } from "@allot/db";

import type { NodeLoaders } from "../../platform/node/node-loaders.js";
import { lookups, toScenarioType } from "./scenario.mapper.js";

export const scenarioNodes: NodeLoaders = {
  Scenario: async (em, d, id, only) => {
    const s = await em.findOne(Scenario, { id, district: d });
    return s ? toScenarioType(em, s, await lookups(em, d, only)) : null;
  },
};
