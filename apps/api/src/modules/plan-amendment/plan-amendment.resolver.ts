import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";

import { PlanAmendment } from "@allot/db";

import { refOf } from "../../common/global-id.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { findPlan } from "../improvement-plan/improvement-plan.service.js";
import { toImprovementPlanType } from "../improvement-plan/improvement-plan.type.js";
import { approvePlan, decideAmendment, editPlan } from "./plan-amendment.service.js";
import {
  ApproveImprovementPlanInput,
  DecidePlanAmendmentInput,
  EditImprovementPlanInput,
  ImprovementPlanPayload,
  PlanAmendmentPayload,
  PlanAmendmentType,
  toPlanAmendmentType,
} from "./plan-amendment.type.js";
import { PLAN_FIELDS } from "./plan-fields.js";

/** Most amendments one call lists (newest first). */
export const MAX_AMENDMENTS_LISTED = 200;

@Resolver()
export class PlanAmendmentResolver {
  @Query(() => [PlanAmendmentType], {
    description:
      "The changes and amendments of a year's plan, newest first: its version history, each with its reason and each section's current and amended text.",
  })
  async planAmendments(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year of the plan." }) fiscalYear: number,
    @Arg("first", () => Int, {
      defaultValue: 50,
      description: `How many, newest first (at most ${MAX_AMENDMENTS_LISTED}).`,
    })
    first: number,
  ): Promise<PlanAmendmentType[]> {
    const rows = await ctx.em.find(
      PlanAmendment,
      { district: ctx.districtId, plan: { fiscalYear: { year: fiscalYear } } },
      { orderBy: { number: "desc" }, limit: Math.max(0, Math.min(first, MAX_AMENDMENTS_LISTED)) },
    );
    return rows.map(toPlanAmendmentType);
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => PlanAmendmentPayload, {
    description:
      "Changes needs and action steps of a year's plan, with a reason. Before the plan is approved the change applies at once (APPLIED); afterwards it is an amendment (PROPOSED) that changes the plan only when the director approves it. Every change is kept with the current and amended text of each section, and in the audit trail.",
  })
  async editImprovementPlan(
    @Ctx() ctx: Context,
    @Arg("input", () => EditImprovementPlanInput, { description: "The changes." })
    input: EditImprovementPlanInput,
  ): Promise<PlanAmendmentPayload> {
    const outcome = await editPlan(ctx.em, ctx.districtId, ctx.principal!.label, {
      fiscalYear: input.fiscalYear,
      reason: input.reason,
      expectedRevision: input.expectedRevision,
      changes: input.changes.map((c) => ({
        field: c.field,
        target: refOf(
          c.targetId,
          PLAN_FIELDS[c.field].target === "NEED" ? "OverarchingNeed" : "ActionStep",
        ),
        text: c.text,
        items: c.items,
      })),
    });
    return this.amendmentPayload(ctx, outcome);
  }

  @Allow(["FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => PlanAmendmentPayload, {
    description:
      "The federal programs director approves (and so applies) or rejects a proposed amendment. Approving is refused with CONFLICT when a section it changes was changed since it was proposed.",
  })
  async decidePlanAmendment(
    @Ctx() ctx: Context,
    @Arg("input", () => DecidePlanAmendmentInput, { description: "The decision." })
    input: DecidePlanAmendmentInput,
  ): Promise<PlanAmendmentPayload> {
    const outcome = await decideAmendment(ctx.em, ctx.districtId, ctx.principal!.label, {
      amendment: refOf(input.amendmentId, "PlanAmendment"),
      approve: input.approve,
      note: input.note ?? null,
      expectedVersion: input.expectedVersion,
    });
    return this.amendmentPayload(ctx, outcome);
  }

  @Allow(["FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => ImprovementPlanPayload, {
    description:
      "The federal programs director approves a year's plan; from then on every change to it is an amendment that waits for their approval.",
  })
  async approveImprovementPlan(
    @Ctx() ctx: Context,
    @Arg("input", () => ApproveImprovementPlanInput, { description: "The plan." })
    input: ApproveImprovementPlanInput,
  ): Promise<ImprovementPlanPayload> {
    const outcome = await approvePlan(
      ctx.em,
      ctx.districtId,
      ctx.principal!.label,
      input.fiscalYear,
      input.expectedRevision,
    );
    return payload(ImprovementPlanPayload, "improvementPlan", outcome, async () => {
      ctx.em.clear();
      return toImprovementPlanType((await findPlan(ctx.em, ctx.districtId, input.fiscalYear))!);
    });
  }

  private amendmentPayload(ctx: Context, outcome: Parameters<typeof payload>[2]) {
    return payload(PlanAmendmentPayload, "amendment", outcome, async (id) =>
      toPlanAmendmentType(
        await ctx.em.findOneOrFail(PlanAmendment, { id: id as string, district: ctx.districtId }),
      ),
    );
  }
}
