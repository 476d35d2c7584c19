import { Field } from "type-graphql";

import type { FundingSource } from "@allot/db";

import { ProgramCodeEnum } from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";

@ObjectType("FundingSource", {
  implements: Node,
  description: "A federal program and the statutory facts the allocation rules use.",
})
export class FundingSourceType extends Node {
  @Field(() => ProgramCodeEnum, { description: "Stable program code." })
  code!: string;

  @Field({ description: "Program name, e.g. Title I, Part A." })
  name!: string;

  @Field({ description: "Authorising statute with its U.S. Code citation." })
  statute!: string;

  @Field({ description: "What the program pays for." })
  purpose!: string;

  @Field({ description: "How its school money is distributed." })
  allocationBasis!: string;

  @Field(() => [String], { description: "Students the program's school money may follow." })
  eligibleSubgroups!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Administration cap as a percentage of the award, e.g. "2.00"; null when the statute sets none.',
  })
  adminCapPercent!: string | null;

  @Field(() => String, { nullable: true, description: "Citation of the administration cap." })
  adminCapCitation!: string | null;

  @Field({
    description: "Whether funds may transfer out under ESEA 5103 (only Title II-A and IV-A).",
  })
  mayTransferOut!: boolean;

  @Field(() => [ProgramCodeEnum], {
    description: "Programs this one may transfer into under ESEA 5103(b).",
  })
  transferTargets!: string[];
}

export function toFundingSourceType(s: FundingSource): FundingSourceType {
  return Object.assign(new FundingSourceType(), {
    id: toGlobalId("FundingSource", s.id),
    code: s.code,
    name: s.name,
    statute: s.statute,
    purpose: s.purpose,
    allocationBasis: s.allocationBasis,
    eligibleSubgroups: s.eligibleSubgroups,
    adminCapPercent:
      s.adminCapBasisPoints === null ? null : (s.adminCapBasisPoints / 100).toFixed(2),
    adminCapCitation: s.adminCapCitation,
    mayTransferOut: s.mayTransferOut,
    transferTargets: s.transferTargets,
  });
}
