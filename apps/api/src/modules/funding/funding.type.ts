import { Field, Int } from "type-graphql";

import { MoneyScalar } from "../../common/money.scalar.js";
import { ObjectType } from "../../common/object-type.js";
import { FundingSourceType } from "../funding-source/funding-source.type.js";
import { ActionStepType } from "../improvement-plan/improvement-plan.type.js";

@ObjectType({ description: "What one program pays toward a row." })
export class ProgramAmount {
  @Field(() => FundingSourceType, { description: "The program." })
  fundingSource!: FundingSourceType;

  @Field(() => MoneyScalar, { description: "Sum of its budget lines (0.00 when none)." })
  amount!: number;

  @Field({
    description:
      "Whether the plan lets this program fund the row's action step (always true for need subtotals).",
  })
  allowed!: boolean;
}

@ObjectType({ description: "Funding of one action step, by program." })
export class ActionStepFunding {
  @Field(() => ActionStepType, { description: "The action step." })
  actionStep!: ActionStepType;

  @Field(() => [ProgramAmount], { description: "One entry per program, in statute order." })
  amounts!: ProgramAmount[];

  @Field(() => MoneyScalar, { description: "Sum over programs." })
  total!: number;
}

@ObjectType({ description: "Subtotal of one overarching need, by program." })
export class NeedFunding {
  @Field(() => Int, { description: "Need number." })
  number!: number;

  @Field({ description: "The need." })
  description!: string;

  @Field(() => [ProgramAmount], { description: "One entry per program, in statute order." })
  amounts!: ProgramAmount[];

  @Field(() => MoneyScalar, { description: "Sum over programs." })
  total!: number;
}

@ObjectType({
  description:
    "A program's money for the year: what it has, what is budgeted to action steps and what remains.",
})
export class ProgramBudget {
  @Field(() => FundingSourceType, { description: "The program." })
  fundingSource!: FundingSourceType;

  @Field(() => MoneyScalar, {
    description: "What the program has: award + carryover + transfers in - transfers out.",
  })
  award!: number;

  @Field(() => MoneyScalar, { description: "Budgeted to action steps." })
  budgeted!: number;

  @Field(() => MoneyScalar, { description: "Award minus budgeted." })
  remaining!: number;
}

@ObjectType({
  description:
    "Funding per action step for a fiscal year: the matrix of action steps x programs with totals.",
})
export class FundingByActionStep {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => [ActionStepFunding], {
    description: "One row per action step, by need then step number.",
  })
  rows!: ActionStepFunding[];

  @Field(() => [NeedFunding], { description: "Subtotals per need." })
  needs!: NeedFunding[];

  @Field(() => [ProgramBudget], { description: "Per program: award, budgeted, remaining." })
  programs!: ProgramBudget[];

  @Field(() => MoneyScalar, { description: "Everything budgeted to action steps." })
  total!: number;

  @Field(() => MoneyScalar, { description: "Everything the programs have." })
  totalAward!: number;

  @Field(() => MoneyScalar, { description: "Everything not yet budgeted." })
  totalRemaining!: number;
}
