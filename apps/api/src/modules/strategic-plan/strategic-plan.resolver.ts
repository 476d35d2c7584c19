import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";

import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { currentStrategicPlan, setPriorityObjectives } from "./strategic-plan.service.js";
import {
  SetPriorityObjectivesInput,
  StrategicPlanPayload,
  StrategicPlanType,
  toStrategicPlanType,
} from "./strategic-plan.type.js";

@Resolver()
export class StrategicPlanResolver {
  @Query(() => StrategicPlanType, {
    nullable: true,
    description: "The district's current strategic plan (the latest by start year).",
  })
  async strategicPlan(@Ctx() ctx: Context): Promise<StrategicPlanType | null> {
    const plan = await currentStrategicPlan(ctx.em, ctx.districtId);
    return plan ? toStrategicPlanType(plan) : null;
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => StrategicPlanPayload, {
    description:
      "Marks the strategic plan's priority objectives (its addendum's choice), replacing those marked; more than the addendum says were chosen is refused. Audited.",
  })
  async setPriorityObjectives(
    @Ctx() ctx: Context,
    @Arg("input", () => SetPriorityObjectivesInput, { description: "The objectives." })
    input: SetPriorityObjectivesInput,
  ): Promise<StrategicPlanPayload> {
    const outcome = await setPriorityObjectives(
      ctx.em,
      ctx.districtId,
      input.objectiveIds,
      input.expectedObjectiveIds,
    );
    return payload(StrategicPlanPayload, "strategicPlan", outcome, async () => {
      ctx.em.clear();
      return toStrategicPlanType((await currentStrategicPlan(ctx.em, ctx.districtId))!);
    });
  }
}
