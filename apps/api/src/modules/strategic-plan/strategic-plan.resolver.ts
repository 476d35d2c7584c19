import { Ctx, Query, Resolver } from "type-graphql";

import { StrategicPlan } from "@allot/db";

import type { Context } from "../../context.js";
import { StrategicPlanType, toStrategicPlanType } from "./strategic-plan.type.js";

@Resolver()
export class StrategicPlanResolver {
  @Query(() => StrategicPlanType, {
    nullable: true,
    description: "The district's current strategic plan (the latest by start year).",
  })
  async strategicPlan(@Ctx() ctx: Context): Promise<StrategicPlanType | null> {
    const plan = await ctx.em.findOne(
      StrategicPlan,
      { district: ctx.districtId },
      {
        orderBy: { startYear: "desc" },
        populate: ["goals.objectives.initiatives.actionSteps"],
        strategy: "select-in",
      },
    );
    return plan ? toStrategicPlanType(plan) : null;
  }
}
