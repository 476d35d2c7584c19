import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/money.scalar.js";
import { toGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import { FundingSourceType, toFundingSourceType } from "../funding-source/funding-source.type.js";
import type { ProgramMoney } from "./award.service.js";

@ObjectType("Award", { implements: Node, description: "A program's award for a fiscal year, with carryover and ESEA 5103 transfers." })
export class AwardType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => FundingSourceType, { description: "The program." })
  fundingSource!: FundingSourceType;

  @Field(() => MoneyScalar, { description: "Amount awarded." })
  amount!: number;

  @Field(() => MoneyScalar, { description: "Carried over from the prior year (Title I: at most 15%, ESEA 1127)." })
  carryoverIn!: number;

  @Field(() => MoneyScalar, { description: "Transferred in from Title II-A or IV-A (ESEA 5103)." })
  transfersIn!: number;

  @Field(() => MoneyScalar, { description: "Transferred out to other programs (ESEA 5103)." })
  transfersOut!: number;

  @Field(() => MoneyScalar, { description: "What may be budgeted: amount + carryover + transfers in - transfers out." })
  available!: number;

  @Field(() => String, { nullable: true, description: "Notes, e.g. the grant award notice." })
  notes!: string | null;

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
    version: m.award.version,
  });
}
