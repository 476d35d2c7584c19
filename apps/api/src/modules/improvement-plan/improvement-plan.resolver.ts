import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";

import { problem } from "../../common/problem.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { findPlan, importPlan } from "./improvement-plan.service.js";
import {
  ImportImprovementPlanInput,
  ImportImprovementPlanPayload,
  ImprovementPlanType,
  toImprovementPlanType,
} from "./improvement-plan.type.js";

@Resolver()
export class ImprovementPlanResolver {
  @Query(() => ImprovementPlanType, {
    nullable: true,
    description:
      "The District Improvement Plan of a fiscal year: needs -> action steps -> allowed programs.",
  })
  async improvementPlan(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<ImprovementPlanType | null> {
    const plan = await findPlan(ctx.em, ctx.districtId, fiscalYear);
    return plan ? toImprovementPlanType(plan) : null;
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => ImportImprovementPlanPayload, {
    description:
      "Imports a Georgia District Improvement Plan text export into a fiscal year, in one transaction. Re-importing updates the year in place; it is refused when budget lines point at an action step or program the new text no longer has.",
  })
  async importImprovementPlan(
    @Ctx() ctx: Context,
    @Arg("input", () => ImportImprovementPlanInput, { description: "The year and the text." })
    input: ImportImprovementPlanInput,
  ): Promise<ImportImprovementPlanPayload> {
    const outcome = await importPlan(ctx.em, ctx.districtId, input.fiscalYear, input.text);
    const payload = new ImportImprovementPlanPayload();
    if (outcome.ok) {
      payload.improvementPlan = toImprovementPlanType(outcome.plan);
      payload.userErrors = [];
    } else {
      payload.improvementPlan = null;
      payload.userErrors = outcome.messages.map((m) => problem(outcome.field, m, outcome.code));
    }
    return payload;
  }
}
