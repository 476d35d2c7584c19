import { Field, ID, InputType, Int } from "type-graphql";

import type { BudgetLine } from "@allot/db";

import { Connection } from "../../common/connection.js";
import {
  BudgetLineStatusEnum,
  BudgetUseEnum,
  IdeaSubgrantEnum,
  ProgramCodeEnum,
} from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import { FundingSourceType, toFundingSourceType } from "../funding-source/funding-source.type.js";
import { ActionStepType, toActionStepType } from "../improvement-plan/improvement-plan.type.js";
import { SchoolType, toSchoolType } from "../school/school.type.js";

@ObjectType("BudgetLine", {
  implements: Node,
  description:
    "How much of one program pays for one action step in a fiscal year, optionally at one school.",
})
export class BudgetLineType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  /** What the account string is read from (not fields of the API). */
  fiscalYearRef!: { id: string; year: number };
  fundingSourceRef!: string;

  @Field(() => FundingSourceType, { description: "The program paying." })
  fundingSource!: FundingSourceType;

  @Field(() => ActionStepType, { description: "The action step paid for." })
  actionStep!: ActionStepType;

  @Field(() => SchoolType, {
    nullable: true,
    description: "The school, when the money is spent at one school.",
  })
  school!: SchoolType | null;

  @Field(() => MoneyScalar, { description: "Amount, greater than zero." })
  amount!: number;

  @Field({ description: "What the money buys." })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: "Account code in the district's chart of accounts.",
  })
  accountCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Function code in the state's chart of accounts (see chartOfAccounts), e.g. 1000.",
  })
  functionCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Object code in the state's chart of accounts, e.g. 110.",
  })
  objectCode!: string | null;

  @Field(() => BudgetUseEnum, {
    nullable: true,
    description: "The statutory use the line counts toward, when a rule counts it apart.",
  })
  use!: string | null;

  @Field(() => IdeaSubgrantEnum, {
    nullable: true,
    description: "For an IDEA Part B line: the 611 or 619 (preschool) subgrant it spends.",
  })
  subgrant!: string | null;

  @Field(() => BudgetLineStatusEnum, {
    description: "APPROVED, or DRAFT: a school leader's line awaiting the director's approval.",
  })
  status!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who drafted it ("user:<email>"), for a school leader\'s line.',
  })
  draftedBy!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "For an item line: how many; the amount is quantity x unitPrice.",
  })
  quantity!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "For an item line: the price of one." })
  unitPrice!: number | null;

  @Field(() => String, { nullable: true, description: "Vendor, when known." })
  vendor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the district spends it, as the state's budget page asks per line.",
  })
  narrative!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The state's prior approval of equipment (reference or date), when recorded.",
  })
  priorApproval!: string | null;

  @Field(() => Int, {
    description:
      "Version; send it back as expectedVersion so a stale edit is refused instead of overwriting.",
  })
  version!: number;

  @Field({ description: "Last change (ISO 8601)." })
  updatedAt!: string;
}

@ObjectType({ description: "A page of budget lines." })
export class BudgetLineConnection extends Connection(BudgetLineType, "BudgetLine") {}

@InputType({ description: "A new budget line." })
export class CreateBudgetLineInput {
  @Field(() => Int, { description: "Fiscal year, e.g. 2022." })
  fiscalYear!: number;

  @Field(() => ProgramCodeEnum, {
    description: "Program paying; must be a funding source of the action step.",
  })
  program!: string;

  @Field(() => ID, { description: "Action step (global id) of that year's plan." })
  actionStepId!: string;

  @Field(() => ID, { nullable: true, description: "School (global id) when spent at one school." })
  schoolId?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Amount, greater than zero and within what the program has left; left out for an item line, where it is quantity x unitPrice.",
  })
  amount?: number | null;

  @Field({ description: "What the money buys (1-500 characters)." })
  description!: string;

  @Field(() => String, { nullable: true, description: "Account code (up to 64 characters)." })
  accountCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Function code of the state's chart of accounts valid in the year (see chartOfAccounts).",
  })
  functionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Object code of the state's chart of accounts valid in the year.",
  })
  objectCode?: string | null;

  @Field(() => BudgetUseEnum, {
    nullable: true,
    description:
      "The statutory use the line counts toward; it must be a use of the line's program.",
  })
  use?: string | null;

  @Field(() => IdeaSubgrantEnum, {
    nullable: true,
    description:
      "For an IDEA Part B line: IDEA_611 or IDEA_619; any other program's line names none.",
  })
  subgrant?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "For an item line: how many (1-1,000,000), given with unitPrice.",
  })
  quantity?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "For an item line: the price of one; the amount is quantity x unitPrice.",
  })
  unitPrice?: number | null;

  @Field(() => String, { nullable: true, description: "Vendor (up to 200 characters)." })
  vendor?: string | null;

  @Field(() => String, { nullable: true, description: "Narrative (up to 2,000 characters)." })
  narrative?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The state's prior approval of equipment (up to 200 characters).",
  })
  priorApproval?: string | null;
}

@InputType({ description: "Changes to a budget line; omitted fields keep their value." })
export class UpdateBudgetLineInput {
  @Field(() => ID, { description: "The budget line (global id)." })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version you read; a newer one on the server refuses the change with CONFLICT.",
  })
  expectedVersion?: number | null;

  @Field(() => ProgramCodeEnum, { nullable: true, description: "New program." })
  program?: string | null;

  @Field(() => ID, { nullable: true, description: "New action step (global id)." })
  actionStepId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "New school (global id); send null to make it district-wide.",
  })
  schoolId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "New amount." })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: "New description." })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New account code; send an empty string to clear it.",
  })
  accountCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "New value, null clears it. Function code of the state's chart of accounts valid in the year (see chartOfAccounts).",
  })
  functionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "New value, null clears it. Object code of the state's chart of accounts valid in the year.",
  })
  objectCode?: string | null;

  @Field(() => BudgetUseEnum, {
    nullable: true,
    description:
      "New value, null clears it. The statutory use the line counts toward; it must be a use of the line's program.",
  })
  use?: string | null;

  @Field(() => IdeaSubgrantEnum, {
    nullable: true,
    description:
      "For an IDEA Part B line: IDEA_611 or IDEA_619; any other program's line names none.",
  })
  subgrant?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "New value, null clears it. For an item line: how many (1-1,000,000), given with unitPrice.",
  })
  quantity?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "New value, null clears it. For an item line: the price of one; the amount is quantity x unitPrice.",
  })
  unitPrice?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "New value, null clears it. Vendor (up to 200 characters).",
  })
  vendor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New value, null clears it. Narrative (up to 2,000 characters).",
  })
  narrative?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "New value, null clears it. The state's prior approval of equipment (up to 200 characters).",
  })
  priorApproval?: string | null;
}

@InputType({ description: "A budget line to delete." })
export class DeleteBudgetLineInput {
  @Field(() => ID, { description: "The budget line (global id)." })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The version you read; a newer one refuses the delete with CONFLICT.",
  })
  expectedVersion?: number | null;
}

@ObjectType({ description: "Result of creating or updating a budget line." })
export class BudgetLinePayload {
  @Field(() => BudgetLineType, {
    nullable: true,
    description: "The line as stored; null when refused.",
  })
  budgetLine!: BudgetLineType | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleting a budget line." })
export class DeleteBudgetLinePayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted line; null when refused." })
  deletedBudgetLineId!: string | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

export function toBudgetLineType(l: BudgetLine): BudgetLineType {
  return Object.assign(new BudgetLineType(), {
    id: toGlobalId("BudgetLine", l.id),
    fiscalYear: l.fiscalYear.year,
    fiscalYearRef: { id: l.fiscalYear.id, year: l.fiscalYear.year },
    fundingSourceRef: l.fundingSource.id,
    fundingSource: toFundingSourceType(l.fundingSource),
    actionStep: toActionStepType(l.actionStep),
    school: l.school ? toSchoolType(l.school) : null,
    amount: l.amountCents,
    description: l.description,
    accountCode: l.accountCode,
    functionCode: l.functionCode,
    objectCode: l.objectCode,
    use: l.use,
    subgrant: l.subgrant,
    status: l.status,
    draftedBy: l.draftedBy,
    quantity: l.quantity,
    unitPrice: l.unitPriceCents,
    vendor: l.vendor,
    narrative: l.narrative,
    priorApproval: l.priorApproval,
    version: l.version,
    updatedAt: l.updatedAt.toISOString(),
  });
}
