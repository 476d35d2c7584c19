import { Check, Entity, Enum, Property, Unique, type Opt } from "@mikro-orm/core";

import {
  POVERTY_MEASURES,
  SCHOOL_LEVELS,
  SUPPORT_DESIGNATIONS,
  TITLE_I_STATUSES,
  type PovertyMeasure,
  type SchoolLevel,
  type SupportDesignation,
  type TitleIStatus,
} from "@allot/engine";

import { DistrictScoped } from "./base.js";

/** A school with the counts that drive need-based allocation. */
@Entity({ tableName: "school" })
@Unique({ properties: ["district", "ncesSchoolId"] })
@Unique({ properties: ["district", "stateSchoolId"] })
@Check({
  name: "school_counts_valid",
  expression:
    "enrollment >= 0 and low_income >= 0 and low_income <= enrollment and direct_certified >= 0 and english_learners >= 0 and students_with_disabilities >= 0 and homeless >= 0 and foster >= 0 and migrant >= 0",
})
export class School extends DistrictScoped {
  /** NCES school id: the 7-digit LEA id + 5 digits. */
  @Property({ type: "string", length: 12 })
  ncesSchoolId!: string;

  /** The state's id as the Common Core of Data writes it ("GA-631-0104"): how state files name the school. */
  @Property({ type: "string", length: 30, nullable: true })
  stateSchoolId: string | null = null;

  @Property({ type: "string" })
  name!: string;

  @Enum({ items: [...SCHOOL_LEVELS] })
  level!: SchoolLevel;

  /** Lowest and highest grade served: PK, K, 1 .. 12. */
  @Property({ type: "string", length: 2 })
  gradeLow!: string;

  @Property({ type: "string", length: 2 })
  gradeHigh!: string;

  @Property({ type: "integer" })
  enrollment!: number;

  /** Students directly certified (SNAP, TANF, Medicaid, foster, homeless) as reported. */
  @Property({ type: "integer" })
  directCertified: Opt<number> = 0;

  /** Low-income children by the district's poverty measure (ESEA 1113(a)(5)). */
  @Property({ type: "integer" })
  lowIncome!: number;

  @Enum({ items: [...POVERTY_MEASURES] })
  povertyMeasure: Opt<PovertyMeasure> = "DIRECT_CERTIFICATION";

  @Property({ type: "integer" })
  englishLearners: Opt<number> = 0;

  @Property({ type: "integer" })
  studentsWithDisabilities: Opt<number> = 0;

  @Property({ type: "integer" })
  homeless: Opt<number> = 0;

  @Property({ type: "integer" })
  foster: Opt<number> = 0;

  @Property({ type: "integer" })
  migrant: Opt<number> = 0;

  @Enum({ items: [...SUPPORT_DESIGNATIONS] })
  supportDesignation: Opt<SupportDesignation> = "NONE";

  @Enum({ items: [...TITLE_I_STATUSES] })
  titleIStatus: Opt<TitleIStatus> = "NONE";

  /** Served by Title I last year (ESEA 1113(b)(1)(C): may be served one more year). */
  @Property({ type: "boolean" })
  servedLastYear: Opt<boolean> = false;

  /** True for generated demo data, which the district's own files replace. */
  @Property({ type: "boolean" })
  illustrative: Opt<boolean> = false;
}
