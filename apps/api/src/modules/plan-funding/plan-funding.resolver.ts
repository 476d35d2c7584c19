import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";

import type { Context } from "../../context.js";
import { planStructureFunding } from "./plan-funding.service.js";
import { PlanStructureFundingType, toPlanStructureFundingType } from "./plan-funding.type.js";

@Resolver()
export class PlanFundingResolver {
  @Query(() => PlanStructureFundingType, {
    nullable: true,
    description:
      "The year's budget by the improvement plan's equity interventions, systems and subgroups, and by the strategic goals its steps serve; null without a plan.",
  })
  async planStructureFunding(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<PlanStructureFundingType | null> {
    const f = await planStructureFunding(ctx.em, ctx.districtId, fiscalYear);
    return f ? toPlanStructureFundingType(f) : null;
  }
}
