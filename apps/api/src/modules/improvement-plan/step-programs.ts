import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";

import {
  ActionStep,
  ActionStepFundingSource,
  BudgetLine,
  FundingSource,
  PositionFunding,
} from "@allot/db";
import { PROGRAMS, usd, type ProgramCode } from "@allot/engine";

import { ProgramCodeEnum } from "../../common/enums.js";
import { idOfType } from "../../common/global-id.js";
import { ObjectType } from "../../common/object-type.js";
import { problem, type Outcome, type Problem } from "../../common/problem.js";
import { sameSet } from "../../common/same-set.js";
import { payload, UserError } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { ActionStepType, toActionStepType } from "./improvement-plan.type.js";

/** Lines and shares named in a refusal, at most (the rest are counted). */
const NAMED = 10;

/** A step as a change left it, read afresh for the mutation's answer. */
export async function changedStep(
  em: EntityManager,
  districtId: string,
  id: string,
): Promise<ActionStepType> {
  em.clear();
  const step = await em.findOneOrFail(
    ActionStep,
    { id, district: districtId },
    {
      populate: [
        "need",
        "allowedFundingSources.fundingSource",
        "strategicLinks.strategicActionStep",
      ],
    },
  );
  return toActionStepType(step);
}

@InputType({ description: "The programs an action step allows, replacing the ones it has." })
export class SetActionStepProgramsInput {
  @Field(() => ID, { description: "The action step (global id)." })
  actionStepId!: string;
  @Field(() => [ProgramCodeEnum], { description: "Every program that may pay for the step." })
  programs!: string[];
  @Field(() => [ProgramCodeEnum], {
    nullable: true,
    description:
      "The programs you read: when the step's are no longer these, the change is refused with CONFLICT instead of overwriting someone else's.",
  })
  expectedPrograms?: string[] | null;
}

@ObjectType({ description: "An action step after its programs changed, or why not." })
export class ActionStepPayload {
  @Field(() => ActionStepType, { nullable: true, description: "The step; null when refused." })
  actionStep!: ActionStepType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

/**
 * Replaces the programs a step allows (its need and programs populated), or answers why not: a
 * program its budget lines or position shares still use, named, or one the district lacks.
 * Shared by setActionStepPrograms and plan amendments (STEP_PROGRAMS).
 */
export async function replaceStepPrograms(
  tx: EntityManager,
  districtId: string,
  step: ActionStep,
  programs: readonly ProgramCode[],
): Promise<Problem | null> {
  const label = `${step.need.number}.${step.number}`;
  const current = step.allowedFundingSources.getItems().map((l) => l.fundingSource.code);
  const wanted = [...new Set(programs)];
  const removed = current.filter((c) => !wanted.includes(c));
  if (removed.length) {
    const lines = await tx.find(
      BudgetLine,
      { district: districtId, actionStep: step, fundingSource: { code: { $in: removed } } },
      { populate: ["fundingSource", "school", "position"], orderBy: { id: "asc" } },
    );
    const shares = await tx.find(
      PositionFunding,
      { district: districtId, actionStep: step, fundingSource: { code: { $in: removed } } },
      { populate: ["position", "fundingSource"] },
    );
    const own = lines.filter((l) => !l.position);
    if (own.length || shares.length) {
      const named = [
        ...own.map(
          (l) =>
            `"${l.description}" (${PROGRAMS[l.fundingSource.code].shortName}, ${usd(l.amountCents)}${l.school ? `, ${l.school.name}` : ""})`,
        ),
        ...shares.map(
          (s) => `position ${s.position.code}'s ${PROGRAMS[s.fundingSource.code].shortName} share`,
        ),
      ];
      return problem(
        "programs",
        `Step ${label} still pays with ${removed.map((c) => PROGRAMS[c].shortName).join(", ")}: ${named
          .slice(0, NAMED)
          .join(
            "; ",
          )}${named.length > NAMED ? `; and ${named.length - NAMED} more` : ""}. Move or delete them first.`,
        "PLAN_IN_USE",
      );
    }
  }
  const sources = new Map(
    (await tx.find(FundingSource, { district: districtId })).map((f) => [f.code, f]),
  );
  const missing = wanted.filter((c) => !sources.has(c));
  if (missing.length)
    return problem("programs", `The district does not budget ${missing.join(", ")}.`, "NOT_FOUND");
  for (const link of step.allowedFundingSources.getItems())
    if (removed.includes(link.fundingSource.code)) tx.remove(link);
  for (const code of wanted.filter((c) => !current.includes(c)))
    tx.create(ActionStepFundingSource, {
      district: step.district,
      actionStep: step,
      fundingSource: sources.get(code)!,
    });
  return null;
}

/**
 * Sets the programs a step allows. A program that budget lines or position shares of the step
 * still use may not be removed: the refusal names them, so the director moves them first.
 */
export async function setActionStepPrograms(
  em: EntityManager,
  districtId: string,
  input: SetActionStepProgramsInput,
): Promise<Outcome<string>> {
  return em.transactional(async (tx) => {
    const id = idOfType(input.actionStepId, "ActionStep");
    const step = id
      ? await tx.findOne(
          ActionStep,
          { id, district: districtId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!step)
      return {
        ok: false,
        errors: [
          problem("actionStepId", `No action step has id "${input.actionStepId}".`, "NOT_FOUND"),
        ],
      };
    await tx.populate(step, ["need.plan", "allowedFundingSources.fundingSource"]);
    const label = `${step.need.number}.${step.number}`;
    const current = step.allowedFundingSources
      .getItems()
      .map((l) => l.fundingSource.code as string);
    if (input.expectedPrograms && !sameSet(current, input.expectedPrograms))
      return {
        ok: false,
        errors: [
          problem(
            "expectedPrograms",
            `Someone else changed the programs of step ${label} after you read them (now: ${current.join(", ") || "none"}). Reload and apply your change again.`,
            "CONFLICT",
          ),
        ],
      };
    if (step.need.plan.approvedAt)
      return {
        ok: false,
        errors: [
          problem(
            "programs",
            `The plan is approved: propose the change as an amendment (editImprovementPlan, STEP_PROGRAMS), which the director approves.`,
            "INVALID",
          ),
        ],
      };
    const refusal = await replaceStepPrograms(
      tx,
      districtId,
      step,
      input.programs as ProgramCode[],
    );
    if (refusal) return { ok: false, errors: [refusal] };
    await tx.flush();
    return { ok: true, value: step.id };
  });
}

@Resolver()
export class StepProgramsResolver {
  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => ActionStepPayload, {
    description:
      "Sets the programs the improvement plan allows to pay for an action step. Removing a program that budget lines or position shares of the step still use is refused (PLAN_IN_USE) with them named; every change is in the audit trail.",
  })
  async setActionStepPrograms(
    @Ctx() ctx: Context,
    @Arg("input", () => SetActionStepProgramsInput, { description: "The programs." })
    input: SetActionStepProgramsInput,
  ): Promise<ActionStepPayload> {
    const outcome = await setActionStepPrograms(ctx.em, ctx.districtId, input);
    return payload(ActionStepPayload, "actionStep", outcome, (id) =>
      changedStep(ctx.em, ctx.districtId, id),
    );
  }
}
