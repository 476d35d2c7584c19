import { Field } from "type-graphql";

import type { ComplianceCheck } from "@allot/engine";

import { CheckStatusEnum, ProgramCodeEnum } from "./enums.js";
import { ObjectType } from "./object-type.js";

@ObjectType({ description: "One rule of the compliance report." })
export class ComplianceCheckType {
  @Field({ description: "Rule id, e.g. TITLE_I_75_PERCENT." })
  ruleId!: string;
  @Field({ description: "What the rule requires." })
  title!: string;
  @Field({ description: "Statute or regulation, e.g. ESEA 1113(a)(3)." })
  citation!: string;
  @Field({ description: "STATUTE, REGULATION or STATE_PRACTICE (configurable)." })
  basis!: string;
  @Field(() => ProgramCodeEnum, { nullable: true, description: "Program concerned." })
  program!: string | null;
  @Field(() => CheckStatusEnum, { description: "PASS, FAIL, NOT_APPLICABLE or NOT_CHECKED." })
  status!: string;
  @Field({ description: "The amounts compared, in words." })
  detail!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'For NOT_CHECKED: the parameter that is missing, e.g. "titleIV" or "schools.stateLocalPerPupil".',
  })
  missing!: string | null;
}

export function toCheck(c: ComplianceCheck): ComplianceCheckType {
  return Object.assign(new ComplianceCheckType(), {
    ruleId: c.rule.id,
    title: c.rule.title,
    citation: c.rule.citation,
    basis: c.rule.basis,
    program: c.program,
    status: c.status,
    detail: c.detail,
    missing: c.missing ?? null,
  });
}
