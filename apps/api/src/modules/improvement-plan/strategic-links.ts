import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";

import { ActionStep, ActionStepStrategicLink, StrategicActionStep } from "@allot/db";

import { idOfType } from "../../common/global-id.js";
import { problem, refused, type Outcome } from "../../common/problem.js";
import { sameSet } from "../../common/same-set.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { ActionStepPayload, changedStep } from "./step-programs.js";

/** Most strategic-plan steps one action step links to (the district's plan has about 120). */
export const MAX_STRATEGIC_LINKS = 50;

@InputType({
  description: "The strategic-plan steps an action step serves, replacing the ones it has.",
})
export class SetStrategicLinksInput {
  @Field(() => ID, { description: "The improvement plan's action step (global id)." })
  actionStepId!: string;

  @Field(() => [ID], {
    description: `Every strategic-plan action step it serves (global ids), at most ${MAX_STRATEGIC_LINKS}.`,
  })
  strategicActionStepIds!: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      "The links you read: when the step's are no longer these, refused with CONFLICT instead of overwriting.",
  })
  expectedStrategicActionStepIds?: string[] | null;
}

/**
 * Links an improvement-plan step to the strategic-plan steps it serves: which strategic goal the
 * federal money on it advances. Ids are global; the caller's district bounds every read.
 */
export async function setStrategicLinks(
  em: EntityManager,
  districtId: string,
  input: SetStrategicLinksInput,
): Promise<Outcome<string>> {
  if (input.strategicActionStepIds.length > MAX_STRATEGIC_LINKS)
    return refused(
      "strategicActionStepIds",
      `Link at most ${MAX_STRATEGIC_LINKS} strategic steps.`,
      "INVALID",
    );
  const wanted: string[] = [];
  for (const [i, g] of input.strategicActionStepIds.entries()) {
    const id = idOfType(g, "StrategicActionStep");
    if (!id)
      return refused(
        `strategicActionStepIds.${i}`,
        `No strategic action step has id "${g}".`,
        "NOT_FOUND",
      );
    if (!wanted.includes(id)) wanted.push(id);
  }
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
      return refused("actionStepId", `No action step has id "${input.actionStepId}".`, "NOT_FOUND");
    await tx.populate(step, ["strategicLinks"]);
    const current = step.strategicLinks.getItems().map((l) => l.strategicActionStep.id);
    const expected = input.expectedStrategicActionStepIds?.map((g) =>
      idOfType(g, "StrategicActionStep"),
    );
    if (
      expected &&
      !sameSet(
        current,
        expected.filter((x): x is string => x !== null),
      )
    )
      return refused(
        "expectedStrategicActionStepIds",
        "Someone else changed this step's strategic links after you read them. Reload and apply your change again.",
        "CONFLICT",
      );
    const found = await tx.find(StrategicActionStep, { district: districtId, id: { $in: wanted } });
    const missing = input.strategicActionStepIds.findIndex(
      (g) => !found.some((f) => f.id === idOfType(g, "StrategicActionStep")),
    );
    if (missing >= 0)
      return {
        ok: false,
        errors: [
          problem(
            `strategicActionStepIds.${missing}`,
            `No strategic action step has id "${input.strategicActionStepIds[missing]}".`,
            "NOT_FOUND",
          ),
        ],
      };
    for (const link of step.strategicLinks.getItems())
      if (!wanted.includes(link.strategicActionStep.id)) tx.remove(link);
    for (const s of found.filter((f) => !current.includes(f.id)))
      tx.create(ActionStepStrategicLink, {
        district: step.district,
        actionStep: step,
        strategicActionStep: s,
      });
    await tx.flush();
    return { ok: true, value: step.id };
  });
}

@Resolver()
export class StrategicLinksResolver {
  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => ActionStepPayload, {
    description:
      "Sets the strategic-plan action steps an improvement-plan action step serves (so its money rolls up to the strategic goals); audited.",
  })
  async setStrategicLinks(
    @Ctx() ctx: Context,
    @Arg("input", () => SetStrategicLinksInput, { description: "The links." })
    input: SetStrategicLinksInput,
  ): Promise<ActionStepPayload> {
    const outcome = await setStrategicLinks(ctx.em, ctx.districtId, input);
    return payload(ActionStepPayload, "actionStep", outcome, (id) =>
      changedStep(ctx.em, ctx.districtId, id),
    );
  }
}
