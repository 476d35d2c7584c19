import { randomUUID } from "node:crypto";

import { ArrayType, Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";

import { POVERTY_MEASURES, type PovertyMeasure } from "@allot/engine";

export interface TransferChoice {
  from: "TITLE_II_A" | "TITLE_IV_A";
  to: string[];
  cumulativePercentage: string | null;
}

/** A school district (LEA). Its id is the `district_id` every other table carries. */
@Entity({ tableName: "district" })
export class District {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** NCES LEA id: 2-digit state FIPS + 5 digits. */
  @Property({ type: "string", length: 7, unique: true })
  ncesLeaId!: string;

  @Property({ type: "string", length: 20, nullable: true })
  stateLeaId: string | null = null;

  @Property({ type: "string" })
  name!: string;

  @Property({ type: "string", length: 2 })
  state!: string;

  /** Month the fiscal year starts (7 = July, as in Georgia). */
  @Property({ type: "smallint" })
  fiscalYearStartMonth: Opt<number> = 7;

  /** Checked options from the plan header: TRADITIONAL, CONSOLIDATED, FUND_400. */
  @Property({ type: ArrayType })
  federalFundingOptions: Opt<string[]> = [];

  /** ESEA 5103 transfer choices as the plan header states them. */
  @Property({ type: "json" })
  transferability: Opt<TransferChoice[]> = [];

  @Enum({ items: [...POVERTY_MEASURES] })
  povertyMeasure: Opt<PovertyMeasure> = "DIRECT_CERTIFICATION";

  /** Direct certification multiplier under CEP (state practice, commonly 1.6). */
  @Property({ type: "decimal", precision: 6, scale: 4, defaultRaw: "1.6" })
  directCertificationMultiplier: Opt<string> = "1.6000";

  /** Facility code of the district office in the state's chart (a school's is its state code). */
  @Property({ type: "string", length: 8, nullable: true })
  officeFacilityCode: string | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
