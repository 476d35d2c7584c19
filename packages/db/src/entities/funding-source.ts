import { ArrayType, Entity, Enum, Property, Unique, type Opt } from "@mikro-orm/core";

import { PROGRAM_CODES, type ProgramCode } from "@allot/engine";

import { DistrictScoped } from "./base.js";

/** One of the seven federal programs, with the statutory facts the engine uses (from @allot/engine). */
@Entity({ tableName: "funding_source" })
@Unique({ properties: ["district", "code"] })
export class FundingSource extends DistrictScoped {
  @Enum({ items: [...PROGRAM_CODES] })
  code!: ProgramCode;

  @Property({ type: "string" })
  name!: string;

  @Property({ type: "string" })
  statute!: string;

  @Property({ type: "text" })
  purpose!: string;

  @Property({ type: "text" })
  allocationBasis!: string;

  @Property({ type: ArrayType })
  eligibleSubgroups: Opt<string[]> = [];

  /** Administration cap in basis points (200 = 2%), null when the statute sets none. */
  @Property({ type: "integer", nullable: true })
  adminCapBasisPoints: number | null = null;

  @Property({ type: "string", nullable: true })
  adminCapCitation: string | null = null;

  /** ESEA 5103(b): only Title II-A and IV-A may transfer out. */
  @Property({ type: "boolean" })
  mayTransferOut: Opt<boolean> = false;

  @Property({ type: ArrayType })
  transferTargets: Opt<string[]> = [];
}
