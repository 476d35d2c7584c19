import { Field, InputType, Int } from "type-graphql";

import type { District, FiscalYear } from "@allot/db";
import { fiscalYearOf } from "@allot/engine";

import {
  FederalFundingOptionEnum,
  PovertyMeasureEnum,
  ProgramCodeEnum,
} from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";

@ObjectType({ description: "An ESEA 5103 transfer choice as the plan header states it." })
export class TransferChoice {
  @Field(() => ProgramCodeEnum, {
    description: "Program transferring out (only Title II-A or IV-A may).",
  })
  from!: string;

  @Field(() => [String], {
    description: "Receiving programs as printed; empty when no funds are transferred.",
  })
  to!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Cumulative percentage as printed ("NA" when none).',
  })
  cumulativePercentage!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "A fiscal year, named by the year it ends in (Georgia FY2022 = 2021-07-01 to 2022-06-30).",
})
export class FiscalYearType extends Node {
  @Field(() => Int, { description: "The year the fiscal year ends in." })
  year!: number;

  @Field({ description: "First day (ISO date)." })
  startsOn!: string;

  @Field({ description: "Last day (ISO date)." })
  endsOn!: string;
}

@ObjectType("District", {
  implements: Node,
  description: "A school district (LEA) and its federal-programs settings.",
})
export class DistrictType extends Node {
  @Field({ description: "NCES LEA id (7 digits: state FIPS + 5)." })
  ncesLeaId!: string;

  @Field(() => String, { nullable: true, description: "State LEA id, e.g. GA-631." })
  stateLeaId!: string | null;

  @Field({ description: "Name." })
  name!: string;

  @Field({ description: "Two-letter state code." })
  state!: string;

  @Field(() => Int, { description: "Month the fiscal year starts (7 = July)." })
  fiscalYearStartMonth!: number;

  @Field(() => [FederalFundingOptionEnum], {
    description: "Federal funding options employed for schoolwide schools.",
  })
  federalFundingOptions!: string[];

  @Field(() => [TransferChoice], { description: "ESEA 5103 transferability choices." })
  transferability!: TransferChoice[];

  @Field(() => PovertyMeasureEnum, {
    description: "Poverty measure used to identify, rank and allocate.",
  })
  povertyMeasure!: string;

  @Field({
    description:
      'Multiplier applied to direct certification under CEP, e.g. "1.6000" (state practice).',
  })
  directCertificationMultiplier!: string;

  @Field(() => Int, {
    description:
      "The fiscal year today falls in, by the district's fiscal calendar (FY2027 from July 2026 in Georgia).",
  })
  currentFiscalYear!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Facility code of the district office in the state's chart: the facility segment of district-level lines' account strings (a school's is its state code).",
  })
  officeFacilityCode!: string | null;
}

@InputType({ description: "The district office's facility code." })
export class SetOfficeFacilityCodeInput {
  @Field({ description: 'The code, e.g. "0050"; an empty string clears it.' })
  code!: string;
}

@ObjectType({ description: "The district after a settings change, or why it was refused." })
export class DistrictPayload {
  @Field(() => DistrictType, { nullable: true, description: "The district; null when refused." })
  district!: DistrictType | null;

  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

export function toDistrictType(d: District): DistrictType {
  return Object.assign(new DistrictType(), {
    id: toGlobalId("District", d.id),
    ncesLeaId: d.ncesLeaId,
    stateLeaId: d.stateLeaId,
    name: d.name,
    state: d.state,
    fiscalYearStartMonth: d.fiscalYearStartMonth,
    federalFundingOptions: d.federalFundingOptions,
    transferability: d.transferability.map((t) => Object.assign(new TransferChoice(), t)),
    povertyMeasure: d.povertyMeasure,
    directCertificationMultiplier: d.directCertificationMultiplier,
    currentFiscalYear: fiscalYearOf(new Date().toISOString().slice(0, 10), d.fiscalYearStartMonth),
    officeFacilityCode: d.officeFacilityCode,
  });
}

export function toFiscalYearType(f: FiscalYear): FiscalYearType {
  return Object.assign(new FiscalYearType(), {
    id: toGlobalId("FiscalYear", f.id),
    year: f.year,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
  });
}
