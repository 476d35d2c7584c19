import { Field, ID, InputType, Int } from "type-graphql";

import type { SchoolAward, Transfer } from "@allot/db";

import { ProgramCodeEnum } from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import { FundingSourceType, toFundingSourceType } from "../funding-source/funding-source.type.js";
import { SchoolType, toSchoolType } from "../school/school.type.js";
import type { ProgramMoney } from "./award.service.js";

@ObjectType("Award", {
  implements: Node,
  description: "A program's award for a fiscal year, with carryover and ESEA 5103 transfers.",
})
export class AwardType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => FundingSourceType, { description: "The program." })
  fundingSource!: FundingSourceType;

  @Field(() => MoneyScalar, { description: "Amount awarded." })
  amount!: number;

  @Field(() => MoneyScalar, {
    description: "Carried over from the prior year (Title I: at most 15%, ESEA 1127).",
  })
  carryoverIn!: number;

  @Field(() => MoneyScalar, { description: "Transferred in from Title II-A or IV-A (ESEA 5103)." })
  transfersIn!: number;

  @Field(() => MoneyScalar, { description: "Transferred out to other programs (ESEA 5103)." })
  transfersOut!: number;

  @Field(() => MoneyScalar, {
    description: "What may be budgeted: amount + carryover + transfers in - transfers out.",
  })
  available!: number;

  @Field(() => String, { nullable: true, description: "Notes, e.g. the grant award notice." })
  notes!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "IDEA Part B: the 619 preschool part of the award (the rest is 611); null until entered or for another program.",
  })
  preschool!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Fund code the grant is booked to (the fund segment of its lines' account strings); null until entered.",
  })
  fundCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Program code of the grant in the state's chart (the program segment of its lines' account strings); null until entered.",
  })
  programCode!: string | null;

  @Field(() => Int, { description: "Version for optimistic concurrency." })
  version!: number;
}

export function toAwardType(year: number, m: ProgramMoney): AwardType {
  return Object.assign(new AwardType(), {
    id: toGlobalId("Award", m.award.id),
    fiscalYear: year,
    fundingSource: toFundingSourceType(m.award.fundingSource),
    amount: m.award.amountCents,
    carryoverIn: m.award.carryoverInCents,
    transfersIn: m.transfersIn,
    transfersOut: m.transfersOut,
    available: m.available,
    notes: m.award.notes,
    preschool: m.award.preschoolCents,
    fundCode: m.award.fundCode,
    programCode: m.award.programCode,
    version: m.award.version,
  });
}

@ObjectType("Transfer", {
  implements: Node,
  description:
    "Money moved from Title II-A or IV-A into another program under ESEA 5103; it follows the receiving program's rules.",
})
export class TransferType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => FundingSourceType, { description: "Sending program." })
  from!: FundingSourceType;

  @Field(() => FundingSourceType, { description: "Receiving program." })
  to!: FundingSourceType;

  @Field(() => MoneyScalar, { description: "Amount moved." })
  amount!: number;

  @Field({ description: "When it was recorded (ISO 8601)." })
  createdAt!: string;
}

@InputType({ description: "Changes to an award; omitted fields keep their value." })
export class UpdateAwardInput {
  @Field(() => ID, { description: "The award (global id)." })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The version you read; a newer one refuses the change with CONFLICT.",
  })
  expectedVersion?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Amount awarded, e.g. from the grant award notice.",
  })
  amount?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Carryover from the prior year." })
  carryoverIn?: number | null;

  @Field(() => String, { nullable: true, description: "Notes; an empty string clears them." })
  notes?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "IDEA Part B only: the 619 preschool part of the award, at most the award (the rest is 611).",
  })
  preschool?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Fund code in the district's ledger, as many digits as the state's fund segment (Georgia: 3); an empty string clears it.",
  })
  fundCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Program code in the state's chart, as many digits as its program segment (Georgia: 4); an empty string clears it.",
  })
  programCode?: string | null;
}

@InputType({ description: "An ESEA 5103 transfer to record." })
export class TransferFundsInput {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => ProgramCodeEnum, { description: "Sending program: TITLE_II_A or TITLE_IV_A." })
  from!: string;

  @Field(() => ProgramCodeEnum, { description: "Receiving program allowed by ESEA 5103(b)." })
  to!: string;

  @Field(() => MoneyScalar, { description: "Amount, at most what the sender has not budgeted." })
  amount!: number;
}

@InputType({ description: "A transfer to undo." })
export class DeleteTransferInput {
  @Field(() => ID, { description: "The transfer (global id)." })
  id!: string;
}

@ObjectType({ description: "Result of updateAward." })
export class AwardPayload {
  @Field(() => AwardType, {
    nullable: true,
    description: "The award as stored; null when refused.",
  })
  award!: AwardType | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of transferFunds." })
export class TransferPayload {
  @Field(() => TransferType, { nullable: true, description: "The transfer; null when refused." })
  transfer!: TransferType | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteTransfer." })
export class DeleteTransferPayload {
  @Field(() => ID, { nullable: true, description: "Id of the undone transfer; null when refused." })
  deletedTransferId!: string | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

export function toTransferType(t: Transfer): TransferType {
  return Object.assign(new TransferType(), {
    id: toGlobalId("Transfer", t.id),
    fiscalYear: t.fiscalYear.year,
    from: toFundingSourceType(t.fromSource),
    to: toFundingSourceType(t.toSource),
    amount: t.amountCents,
    createdAt: t.createdAt.toISOString(),
  });
}

@ObjectType("SchoolAward", {
  implements: Node,
  description:
    "A program's award to one school for a fiscal year, as the state makes it (1003 school improvement).",
})
export class SchoolAwardType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field(() => FundingSourceType, { description: "The program." })
  fundingSource!: FundingSourceType;
  @Field(() => SchoolType, { description: "The school." })
  school!: SchoolType;
  @Field(() => MoneyScalar, { description: "The amount awarded to the school." })
  amount!: number;
  @Field(() => Int, { description: "Version." })
  version!: number;
}

export function toSchoolAwardType(a: SchoolAward): SchoolAwardType {
  return Object.assign(new SchoolAwardType(), {
    id: toGlobalId("SchoolAward", a.id),
    fiscalYear: a.fiscalYear.year,
    fundingSource: toFundingSourceType(a.fundingSource),
    school: toSchoolType(a.school),
    amount: a.amountCents,
    version: a.version,
  });
}
