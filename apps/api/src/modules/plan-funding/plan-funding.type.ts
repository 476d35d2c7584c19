import { Field } from "type-graphql";

import type { PlanFundingGroup, PlanStructureFunding } from "@allot/engine";

import { MoneyScalar } from "../../common/money.scalar.js";
import { ObjectType } from "../../common/object-type.js";

@ObjectType("PlanFundingGroup", {
  description:
    "What is budgeted on the action steps of one equity intervention, system, subgroup or strategic goal.",
})
export class PlanFundingGroupType {
  @Field({
    description:
      'The intervention, system, subgroup or goal as the plan names it; "NONE" for the steps that name none.',
  })
  key!: string;

  @Field(() => MoneyScalar, { description: "Every budget line of those steps this year." })
  budgeted!: number;

  @Field(() => [String], { description: 'The steps counted, e.g. ["1.1", "2.3"].' })
  steps!: string[];
}

@ObjectType("PlanStructureFunding", {
  description:
    "The year's budget by the plan's own structure. A step naming several systems (or subgroups, goals) counts under each, so a dimension's groups can add up to more than the total; steps naming none count under NONE, so none is left out.",
})
export class PlanStructureFundingType {
  @Field(() => MoneyScalar, { description: "Every budget line on the plan's steps this year." })
  total!: number;

  @Field(() => [PlanFundingGroupType], {
    description: "By the equity intervention (EI-1, ...) a step supports.",
  })
  byEquityIntervention!: PlanFundingGroupType[];

  @Field(() => [PlanFundingGroupType], {
    description: "By Georgia system (Coherent Instruction, Professional Capacity, ...).",
  })
  bySystem!: PlanFundingGroupType[];

  @Field(() => [PlanFundingGroupType], { description: "By the subgroup a step serves." })
  bySubgroup!: PlanFundingGroupType[];

  @Field(() => [PlanFundingGroupType], {
    description: "By the strategic-plan goal the step's linked strategic steps serve.",
  })
  byStrategicGoal!: PlanFundingGroupType[];
}

const group = (g: PlanFundingGroup) => Object.assign(new PlanFundingGroupType(), g);

export function toPlanStructureFundingType(f: PlanStructureFunding): PlanStructureFundingType {
  return Object.assign(new PlanStructureFundingType(), {
    total: f.total,
    byEquityIntervention: f.byEquityIntervention.map(group),
    bySystem: f.bySystem.map(group),
    bySubgroup: f.bySubgroup.map(group),
    byStrategicGoal: f.byStrategicGoal.map(group),
  });
}
