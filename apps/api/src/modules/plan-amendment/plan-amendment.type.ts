import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";

import { PLAN_AMENDMENT_STATUSES, type PlanAmendment, type PlanChangeValue } from "@allot/db";

import { enumObject } from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import { ImprovementPlanType } from "../improvement-plan/improvement-plan.type.js";
import { sectionOf } from "./plan-amendment.service.js";
import { PLAN_FIELD_NAMES, type PlanField } from "./plan-fields.js";

export const PlanFieldEnum = enumObject(PLAN_FIELD_NAMES);
registerEnumType(PlanFieldEnum, {
  name: "PlanField",
  description:
    "A field of a need (NEED_*) or an action step (STEP_*) that a plan change edits. List fields (root causes, subgroups, systems) take items; the others take text. NEED_ADD_ACTION_STEP adds a step under the need (text: its description; it gets the next number), STEP_PROGRAMS sets the programs that may pay for a step (items: program codes), STEP_REMOVE takes a step out (no text; refused with PLAN_IN_USE while budget lines, position shares, scenario allocations or recorded progress are on it).",
});

export const PlanAmendmentStatusEnum = enumObject(PLAN_AMENDMENT_STATUSES);
registerEnumType(PlanAmendmentStatusEnum, {
  name: "PlanAmendmentStatus",
  description:
    "APPLIED: a change made before the plan was approved; PROPOSED: an amendment waiting for the director; APPROVED and applied; REJECTED.",
});

@ObjectType("PlanChange", { description: "One section of the plan, before and after a change." })
export class PlanChangeType {
  @Field(() => PlanFieldEnum, { description: "The field changed." })
  field!: string;

  @Field(() => ID, { description: "The need or action step (global id)." })
  targetId!: string;

  @Field({ description: 'Where it sits, e.g. "Action step 1.3 · Timeline for implementation".' })
  section!: string;

  @Field(() => String, {
    nullable: true,
    description: "The text before the change (a list field's items one per line).",
  })
  current!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The text after the change (a list field's items one per line).",
  })
  amended!: string | null;
}

@ObjectType("PlanAmendment", {
  implements: Node,
  description:
    "A change to an improvement plan with its reason: applied at once before the plan's approval, afterwards an amendment the director approves or rejects. Together they are the plan's version history.",
})
export class PlanAmendmentType extends Node {
  @Field(() => Int, { description: "1, 2, ... within its plan." })
  number!: number;

  @Field(() => PlanAmendmentStatusEnum, { description: "Where it stands." })
  status!: string;

  @Field({ description: "Why the plan changes." })
  reason!: string;

  @Field(() => [PlanChangeType], { description: "Each section's current and amended text." })
  changes!: PlanChangeType[];

  @Field({ description: "Who made or proposed it." })
  proposedBy!: string;

  @Field({ description: "When (ISO 8601)." })
  proposedAt!: string;

  @Field(() => String, { nullable: true, description: "Who approved or rejected it." })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: "When it was decided (ISO 8601)." })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "The director's note on the decision." })
  decisionNote!: string | null;

  @Field(() => Int, { description: "Send back as expectedVersion when deciding it." })
  version!: number;
}

const asText = (v: PlanChangeValue["current"]) =>
  Array.isArray(v) ? (v.length ? v.join("\n") : null) : v;

export function toPlanAmendmentType(a: PlanAmendment): PlanAmendmentType {
  return Object.assign(new PlanAmendmentType(), {
    id: toGlobalId("PlanAmendment", a.id),
    number: a.number,
    status: a.status,
    reason: a.reason,
    changes: a.changes.map((c) =>
      Object.assign(new PlanChangeType(), {
        field: c.field,
        targetId: toGlobalId(c.target === "NEED" ? "OverarchingNeed" : "ActionStep", c.targetId),
        section: sectionOf(c),
        current: asText(c.current),
        amended: asText(c.amended),
      }),
    ),
    proposedBy: a.proposedBy,
    proposedAt: a.createdAt.toISOString(),
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    decisionNote: a.decisionNote,
    version: a.version,
  });
}

@InputType({ description: "One field of a need or action step, with its new value." })
export class PlanChangeInput {
  @Field(() => PlanFieldEnum, { description: "The field." })
  field!: PlanField;

  @Field(() => ID, {
    description: "The need (NEED_* fields) or action step (STEP_* fields), by global id.",
  })
  targetId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The new text of a text field; null or empty clears an optional one.",
  })
  text?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "The new items of a list field (root causes, subgroups, systems), in order.",
  })
  items?: string[] | null;
}

@InputType({ description: "Changes to a year's improvement plan, with the reason for them." })
export class EditImprovementPlanInput {
  @Field(() => Int, { description: "Fiscal year of the plan." })
  fiscalYear!: number;

  @Field({ description: "Why the plan changes (kept with the change; required)." })
  reason!: string;

  @Field(() => [PlanChangeInput], { description: "At most 50 changes." })
  changes!: PlanChangeInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      "The plan's revision you read: when it has moved on, the change is refused with CONFLICT.",
  })
  expectedRevision?: number | null;
}

@InputType({ description: "The director's approval of a year's plan." })
export class ApproveImprovementPlanInput {
  @Field(() => Int, { description: "Fiscal year of the plan." })
  fiscalYear!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The plan's revision you reviewed: when it has moved on, refused with CONFLICT.",
  })
  expectedRevision?: number | null;
}

@InputType({ description: "The director's decision on a proposed amendment." })
export class DecidePlanAmendmentInput {
  @Field(() => ID, { description: "The amendment (global id)." })
  amendmentId!: string;

  @Field({ description: "true approves and applies it; false rejects it." })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: "A note on the decision." })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: "The amendment's version you read." })
  expectedVersion?: number | null;
}

@ObjectType({ description: "A plan change or amendment after the mutation, or why not." })
export class PlanAmendmentPayload {
  @Field(() => PlanAmendmentType, { nullable: true, description: "It; null when refused." })
  amendment!: PlanAmendmentType | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "A plan after its approval, or why not." })
export class ImprovementPlanPayload {
  @Field(() => ImprovementPlanType, { nullable: true, description: "The plan; null when refused." })
  improvementPlan!: ImprovementPlanType | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}
