import { PlanAmendment } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { toPlanAmendmentType } from "./plan-amendment.type.js";

export const planAmendmentNodes: NodeLoaders = {
  PlanAmendment: async (em, d, id) =>
    mapFound(await em.findOne(PlanAmendment, { id, district: d }), toPlanAmendmentType),
};
