import { BenefitRate, JobClass, Position, SalarySchedule } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { POSITION_POPULATE } from "./position.service.js";
import {
  toBenefitRateType,
  toJobClassType,
  toPositionType,
  toSalaryScheduleType,
} from "./position.type.js";

export const positionNodes: NodeLoaders = {
  Position: async (em, d, id, only) => {
    const p = await em.findOne(
      Position,
      { id, district: d, ...(only ? { school: only } : {}) },
      { populate: POSITION_POPULATE },
    );
    if (!p) return null;
    const rates = await em.find(BenefitRate, { district: d, fiscalYear: p.fiscalYear });
    return toPositionType(p, rates);
  },
  JobClass: async (em, d, id) =>
    mapFound(await em.findOne(JobClass, { id, district: d }), toJobClassType),
  BenefitRate: async (em, d, id) =>
    mapFound(
      await em.findOne(BenefitRate, { id, district: d }, { populate: ["fiscalYear"] }),
      toBenefitRateType,
    ),
  SalarySchedule: async (em, d, id) => {
    const s = await em.findOne(SalarySchedule, { id, district: d }, { populate: ["fiscalYear"] });
    if (!s) return null;
    const n = await em.count(Position, { district: d, salarySchedule: s });
    return toSalaryScheduleType(s, n);
  },
};
