import { Field, ID, InputType, Int } from "type-graphql";

import type {
  PerformanceObjective,
  StrategicActionStep,
  StrategicGoal,
  StrategicInitiative,
  StrategicPlan,
} from "@allot/db";

import { toGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";

@ObjectType("StrategicActionStep", {
  implements: Node,
  description: "An action step of the strategic plan, numbered like 5.1.2a.",
})
export class StrategicActionStepType extends Node {
  @Field({ description: "Number, e.g. 5.1.2a." })
  code!: string;

  @Field({ description: "What the step does." })
  description!: string;

  @Field(() => [String], {
    description: "Georgia Vision for Public Education references, e.g. 9.1.",
  })
  gvpeReferences!: string[];
}

@ObjectType("StrategicInitiative", {
  implements: Node,
  description: "An initiative under a performance objective.",
})
export class StrategicInitiativeType extends Node {
  @Field({ description: "Number, e.g. 5.1.2." })
  code!: string;

  @Field({ description: "What the initiative does." })
  description!: string;

  @Field(() => [StrategicActionStepType], { description: "Its action steps." })
  actionSteps!: StrategicActionStepType[];
}

@ObjectType("PerformanceObjective", {
  implements: Node,
  description: "A measurable objective under a goal.",
})
export class PerformanceObjectiveType extends Node {
  @Field({ description: "Number, e.g. 5.1." })
  code!: string;

  @Field({ description: "The objective." })
  description!: string;

  @Field({ description: "One of the district's priority objectives (the plan's addendum)." })
  priority!: boolean;

  @Field(() => [StrategicInitiativeType], { description: "Its initiatives." })
  initiatives!: StrategicInitiativeType[];
}

@ObjectType("StrategicGoal", { implements: Node, description: "A goal of the strategic plan." })
export class StrategicGoalType extends Node {
  @Field(() => Int, { description: "Goal number." })
  number!: number;

  @Field({ description: "Short title, e.g. Equitable Systems." })
  title!: string;

  @Field({ description: "The goal statement." })
  description!: string;

  @Field(() => [PerformanceObjectiveType], { description: "Its performance objectives." })
  objectives!: PerformanceObjectiveType[];
}

@ObjectType("StrategicPlan", {
  implements: Node,
  description: "The district's multi-year Strategic Improvement Plan.",
})
export class StrategicPlanType extends Node {
  @Field({ description: "Title." })
  title!: string;

  @Field(() => Int, { description: "First year." })
  startYear!: number;

  @Field(() => Int, { description: "Last year." })
  endYear!: number;

  @Field(() => String, {
    nullable: true,
    description: "When the addendum's priority objectives were chosen (ISO date), when stated.",
  })
  prioritiesChosenOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "How many priority objectives the addendum says were chosen; the text may not name them all, so a person marks them.",
  })
  priorityCount!: number | null;

  @Field(() => [StrategicGoalType], { description: "Goals in order." })
  goals!: StrategicGoalType[];
}

export function toStrategicActionStepType(s: StrategicActionStep): StrategicActionStepType {
  return Object.assign(new StrategicActionStepType(), {
    id: toGlobalId("StrategicActionStep", s.id),
    code: s.code,
    description: s.description,
    gvpeReferences: s.gvpeReferences,
  });
}

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, "en", { numeric: true });

export function toStrategicPlanType(p: StrategicPlan): StrategicPlanType {
  return Object.assign(new StrategicPlanType(), {
    id: toGlobalId("StrategicPlan", p.id),
    title: p.title,
    startYear: p.startYear,
    endYear: p.endYear,
    prioritiesChosenOn: p.prioritiesChosenOn,
    priorityCount: p.priorityCount,
    goals: p.goals.getItems().map((g: StrategicGoal) =>
      Object.assign(new StrategicGoalType(), {
        id: toGlobalId("StrategicGoal", g.id),
        number: g.number,
        title: g.title,
        description: g.description,
        objectives: g.objectives
          .getItems()
          .sort(byCode)
          .map((o: PerformanceObjective) =>
            Object.assign(new PerformanceObjectiveType(), {
              id: toGlobalId("PerformanceObjective", o.id),
              code: o.code,
              description: o.description,
              priority: o.priority,
              initiatives: o.initiatives
                .getItems()
                .sort(byCode)
                .map((i: StrategicInitiative) =>
                  Object.assign(new StrategicInitiativeType(), {
                    id: toGlobalId("StrategicInitiative", i.id),
                    code: i.code,
                    description: i.description,
                    actionSteps: i.actionSteps
                      .getItems()
                      .sort(byCode)
                      .map(toStrategicActionStepType),
                  }),
                ),
            }),
          ),
      }),
    ),
  });
}

@InputType({ description: "The district's priority objectives, replacing the ones marked." })
export class SetPriorityObjectivesInput {
  @Field(() => [ID], { description: "Every priority objective (global ids)." })
  objectiveIds!: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      "The priorities you read: when they are no longer these, refused with CONFLICT instead of overwriting.",
  })
  expectedObjectiveIds?: string[] | null;
}

@ObjectType({ description: "The strategic plan after a change, or why not." })
export class StrategicPlanPayload {
  @Field(() => StrategicPlanType, { nullable: true, description: "The plan; null when refused." })
  strategicPlan!: StrategicPlanType | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}
