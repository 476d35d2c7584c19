import { FundingSource } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { toFundingSourceType } from "./funding-source.type.js";

export const fundingSourceNodes: NodeLoaders = {
  FundingSource: async (em, d, id) =>
    mapFound(await em.findOne(FundingSource, { id, district: d }), toFundingSourceType),
};
