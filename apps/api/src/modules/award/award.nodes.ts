import { Award, SchoolAward, Transfer } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { moneyByProgram } from "./award.service.js";
import { toAwardType, toSchoolAwardType, toTransferType } from "./award.type.js";

export const awardNodes: NodeLoaders = {
  Award: async (em, d, id) => {
    const award = await em.findOne(
      Award,
      { id, district: d },
      { populate: ["fiscalYear", "fundingSource"] },
    );
    if (!award) return null;
    const money = await moneyByProgram(em, d, award.fiscalYear.id);
    return toAwardType(award.fiscalYear.year, money.get(award.fundingSource.code)!);
  },
  Transfer: async (em, d, id) =>
    mapFound(
      await em.findOne(
        Transfer,
        { id, district: d },
        { populate: ["fiscalYear", "fromSource", "toSource"] },
      ),
      toTransferType,
    ),
  // A school leader reaches only their own school's award.
  SchoolAward: async (em, d, id, only) =>
    mapFound(
      await em.findOne(
        SchoolAward,
        { id, district: d, ...(only ? { school: only } : {}) },
        { populate: ["fiscalYear", "fundingSource", "school"] },
      ),
      toSchoolAwardType,
    ),
};
