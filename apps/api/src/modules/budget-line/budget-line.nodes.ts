import { BudgetLine } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { BUDGET_LINE_POPULATE } from "./budget-line.service.js";
import { toBudgetLineType } from "./budget-line.type.js";

export const budgetLineNodes: NodeLoaders = {
  BudgetLine: async (em, d, id, only) =>
    mapFound(
      await em.findOne(
        BudgetLine,
        { id, district: d, ...(only ? { $or: [{ school: null }, { school: only }] } : {}) },
        { populate: BUDGET_LINE_POPULATE },
      ),
      toBudgetLineType,
    ),
};
