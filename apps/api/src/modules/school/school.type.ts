import { Directive, Field, InputType, Int } from "type-graphql";

import type { School } from "@allot/db";
import { povertyBasisPoints } from "@allot/engine";

import { Connection } from "../../common/connection.js";
import {
  PovertyMeasureEnum,
  SchoolLevelEnum,
  SupportDesignationEnum,
  TitleIStatusEnum,
} from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";

// An Apollo Federation entity keyed by its NCES id: a student information system's subgraph can
// extend School with its own fields, and resolve references to ours (see docs/API.md).
@Directive('@key(fields: "ncesSchoolId")')
@ObjectType("School", {
  implements: Node,
  description: "A school with the counts that drive need-based allocation.",
})
export class SchoolType extends Node {
  @Field({ description: "NCES school id (12 digits: LEA id + 5)." })
  ncesSchoolId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The state\'s school id, as the Common Core of Data writes it ("GA-631-0104"); how state files name the school.',
  })
  stateSchoolId!: string | null;

  @Field({ description: "Name." })
  name!: string;

  @Field(() => SchoolLevelEnum, { description: "Level." })
  level!: string;

  @Field({ description: "Lowest grade served (PK, K, 1-12)." })
  gradeLow!: string;

  @Field({ description: "Highest grade served." })
  gradeHigh!: string;

  @Field(() => Int, { description: "Students enrolled." })
  enrollment!: number;

  @Field(() => Int, { description: "Students directly certified." })
  directCertified!: number;

  @Field(() => Int, {
    description: "Low-income children by the poverty measure (capped at enrollment).",
  })
  lowIncome!: number;

  @Field(() => PovertyMeasureEnum, { description: "Measure the low-income count came from." })
  povertyMeasure!: string;

  @Field({
    description: 'Low-income share of enrollment as a percentage with two places, e.g. "48.84".',
  })
  povertyPercent!: string;

  @Field(() => Int, { description: "English learners." })
  englishLearners!: number;

  @Field(() => Int, { description: "Students with disabilities." })
  studentsWithDisabilities!: number;

  @Field(() => Int, { description: "Homeless students (McKinney-Vento)." })
  homeless!: number;

  @Field(() => Int, { description: "Students in foster care." })
  foster!: number;

  @Field(() => Int, { description: "Migrant students." })
  migrant!: number;

  @Field(() => SupportDesignationEnum, { description: "CSI/TSI/ATSI designation." })
  supportDesignation!: string;

  @Field(() => TitleIStatusEnum, { description: "Title I program." })
  titleIStatus!: string;

  @Field({
    description: "Served by Title I last year (may be served one more year, ESEA 1113(b)(1)(C)).",
  })
  servedLastYear!: boolean;

  @Field({ description: "True for generated demo data, not the district's own figures." })
  illustrative!: boolean;
}

@ObjectType({ description: "A page of schools." })
export class SchoolConnection extends Connection(SchoolType, "School") {}

@InputType({ description: "Narrows a list of schools; all given conditions must hold." })
export class SchoolFilter {
  @Field(() => SchoolLevelEnum, { nullable: true, description: "Only this level." })
  level?: string | null;

  @Field(() => TitleIStatusEnum, { nullable: true, description: "Only this Title I status." })
  titleIStatus?: string | null;

  @Field(() => SupportDesignationEnum, {
    nullable: true,
    description: "Only this support designation.",
  })
  supportDesignation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Name contains this text (case-insensitive).",
  })
  nameContains?: string | null;
}

export function toSchoolType(s: School): SchoolType {
  const bp = povertyBasisPoints(s.lowIncome, s.enrollment);
  return Object.assign(new SchoolType(), {
    id: toGlobalId("School", s.id),
    ncesSchoolId: s.ncesSchoolId,
    stateSchoolId: s.stateSchoolId,
    name: s.name,
    level: s.level,
    gradeLow: s.gradeLow,
    gradeHigh: s.gradeHigh,
    enrollment: s.enrollment,
    directCertified: s.directCertified,
    lowIncome: s.lowIncome,
    povertyMeasure: s.povertyMeasure,
    povertyPercent: (bp / 100).toFixed(2),
    englishLearners: s.englishLearners,
    studentsWithDisabilities: s.studentsWithDisabilities,
    homeless: s.homeless,
    foster: s.foster,
    migrant: s.migrant,
    supportDesignation: s.supportDesignation,
    titleIStatus: s.titleIStatus,
    servedLastYear: s.servedLastYear,
    illustrative: s.illustrative,
  });
}
