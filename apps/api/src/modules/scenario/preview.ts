// previewAllocation's own inputs and answer: a what-if over the district's schools and awards, or
// over schools and awards the caller gives (a planning exercise, the federal guidance's examples).
import { Field, Float, InputType, Int } from "type-graphql";

import {
  percent,
  type Cents,
  type ProgramCode,
  type ScenarioResult,
  type ScenarioSchool,
} from "@allot/engine";

import { ProgramCodeEnum, SchoolLevelEnum, SupportDesignationEnum } from "../../common/enums.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { ObjectType } from "../../common/object-type.js";
import { problem, type Problem } from "../../common/problem.js";
import { UserError } from "../../common/user-error.js";
import { MAX_PREVIEW_SCHOOLS } from "../../platform/limits/list-sizes.js";
import { ScenarioParametersInput } from "./scenario.input.js";
import {
  AllocationResult,
  SchoolAllocation,
  TitleISchoolDetail,
  toSchoolAllocation,
} from "./scenario.type.js";

@InputType({
  description: "A school of a what-if run, given by the caller instead of the district's.",
})
export class PreviewSchoolInput {
  @Field({
    description:
      "Your key for the school (1-100 characters, unique in the list); the answer names the school by it.",
  })
  key!: string;
  @Field({ description: "Name." })
  name!: string;
  @Field(() => SchoolLevelEnum, { description: "Level (grade span)." })
  level!: string;
  @Field(() => Int, { description: "Students enrolled." })
  enrollment!: number;
  @Field(() => Int, {
    description: "Public-school low-income children by the district's poverty measure.",
  })
  lowIncome!: number;
  @Field(() => Int, {
    nullable: true,
    description: "Private-school low-income children living in the attendance area (default 0).",
  })
  privateLowIncome?: number | null;
  @Field(() => Int, { nullable: true, description: "English learners (default 0)." })
  englishLearners?: number | null;
  @Field(() => Int, { nullable: true, description: "Students with disabilities (default 0)." })
  studentsWithDisabilities?: number | null;
  @Field(() => Int, { nullable: true, description: "Homeless students (default 0)." })
  homeless?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Served by Title I last year (default false).",
  })
  servedLastYear?: boolean | null;
  @Field(() => SupportDesignationEnum, {
    nullable: true,
    description: "CSI/TSI/ATSI designation (default NONE).",
  })
  supportDesignation?: string | null;
}

@InputType({
  description: "A program's money for a what-if run, given instead of the year's award.",
})
export class PreviewAwardInput {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => MoneyScalar, {
    description: "The year's allocation: the base of the statute's percentages.",
  })
  allocation!: Cents;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Carryover from last year (default 0): spendable, but not part of the base.",
  })
  carryover?: Cents | null;
}

@InputType({ description: "Inputs for a what-if run that saves nothing." })
export class PreviewAllocationInput {
  @Field(() => Int, {
    description:
      "Fiscal year whose schools and awards to use (and whose adopted budget is the baseline).",
  })
  fiscalYear!: number;
  @Field(() => ScenarioParametersInput, { description: "The parameters." })
  parameters!: ScenarioParametersInput;
  @Field(() => [PreviewSchoolInput], {
    nullable: true,
    description: `Schools to use instead of the district's (at most ${MAX_PREVIEW_SCHOOLS}); the answer lists them in \`schools\` by your keys.`,
  })
  schools?: PreviewSchoolInput[] | null;
  @Field(() => [PreviewAwardInput], {
    nullable: true,
    description: "Programs' money to use instead of the year's awards; only these programs run.",
  })
  awards?: PreviewAwardInput[] | null;
}

@ObjectType({ description: "One school's what-if results, named by its key." })
export class PreviewSchoolResult {
  @Field({ description: "The school's key: yours for explicit schools, else its global id." })
  key!: string;
  @Field({ description: "Name." })
  name!: string;
  @Field({ description: 'Low-income share of enrollment (public children), e.g. "48.84".' })
  povertyPercent!: string;
  @Field(() => Float, { description: "Weighted enrollment under the need weights." })
  weightedEnrollment!: number;
  @Field(() => [SchoolAllocation], { description: "By program." })
  allocations!: SchoolAllocation[];
  @Field(() => MoneyScalar, { description: "Sum over programs." })
  total!: Cents;
  @Field(() => TitleISchoolDetail, {
    nullable: true,
    description: "Title I rank and serve, when Title I-A ran.",
  })
  titleI!: TitleISchoolDetail | null;
}

@ObjectType({ description: "Result of previewAllocation: computed, not saved." })
export class PreviewPayload {
  @Field(() => AllocationResult, {
    nullable: true,
    description:
      "The result; null when refused. Its `schools` are the district's (empty with explicit schools).",
  })
  result!: AllocationResult | null;
  @Field(() => [PreviewSchoolResult], {
    description: "Every school of the run, by key, with Title I's public and private shares.",
  })
  schools!: PreviewSchoolResult[];
  @Field(() => [UserError], { description: "Why it was refused; empty when it ran." })
  userErrors!: UserError[];
}

/** The caller's schools as the engine's, or the user errors naming each bad field. */
export function toPreviewSchools(
  input: readonly PreviewSchoolInput[],
): { schools: ScenarioSchool[] } | { errors: Problem[] } {
  const errors: Problem[] = [];
  if (input.length === 0)
    errors.push(
      problem(
        "schools",
        "schools needs at least one school (or leave it out to use the district's).",
        "INVALID",
      ),
    );
  if (input.length > MAX_PREVIEW_SCHOOLS)
    errors.push(
      problem("schools", `schools may hold at most ${MAX_PREVIEW_SCHOOLS} schools.`, "INVALID"),
    );
  const seen = new Map<string, number>();
  const schools = input.slice(0, MAX_PREVIEW_SCHOOLS).map((s, i): ScenarioSchool => {
    const at = (f: string) => `schools.${i}.${f}`;
    const key = s.key.trim();
    if (!key || key.length > 100)
      errors.push(problem(at("key"), "key must be 1-100 characters.", "INVALID"));
    else if (seen.has(key))
      errors.push(
        problem(
          at("key"),
          `This key is listed twice (first at position ${seen.get(key)! + 1}).`,
          "INVALID",
        ),
      );
    else seen.set(key, i);
    if (!s.name.trim() || s.name.length > 200)
      errors.push(problem(at("name"), "name must be 1-200 characters.", "INVALID"));
    const count = (field: string, v: number | null | undefined, max?: number) => {
      const n = v ?? 0;
      if (n < 0) errors.push(problem(at(field), `${field} cannot be negative.`, "NEGATIVE"));
      else if (max !== undefined && n > max)
        errors.push(problem(at(field), `${field} cannot exceed enrollment (${max}).`, "INVALID"));
      return n;
    };
    const enrollment = count("enrollment", s.enrollment);
    return {
      id: key,
      name: s.name.trim(),
      level: s.level as ScenarioSchool["level"],
      enrollment,
      lowIncome: count("lowIncome", s.lowIncome, enrollment),
      privateLowIncome: count("privateLowIncome", s.privateLowIncome),
      englishLearners: count("englishLearners", s.englishLearners, enrollment),
      studentsWithDisabilities: count(
        "studentsWithDisabilities",
        s.studentsWithDisabilities,
        enrollment,
      ),
      homeless: count("homeless", s.homeless, enrollment),
      foster: 0,
      migrant: 0,
      servedLastYear: s.servedLastYear ?? false,
      supportDesignation: (s.supportDesignation ?? "NONE") as ScenarioSchool["supportDesignation"],
    };
  });
  return errors.length ? { errors } : { schools };
}

/** The caller's awards as the engine's available and allocation, or the user errors. */
export function toPreviewMoney(input: readonly PreviewAwardInput[]):
  | {
      available: Partial<Record<ProgramCode, Cents>>;
      allocation: Partial<Record<ProgramCode, Cents>>;
    }
  | { errors: Problem[] } {
  const errors: Problem[] = [];
  const available: Partial<Record<ProgramCode, Cents>> = {};
  const allocation: Partial<Record<ProgramCode, Cents>> = {};
  input.forEach((a, i) => {
    const code = a.program as ProgramCode;
    if (code in available)
      errors.push(problem(`awards.${i}.program`, "This program is listed twice.", "INVALID"));
    if (a.allocation < 0)
      errors.push(problem(`awards.${i}.allocation`, "allocation cannot be negative.", "NEGATIVE"));
    if ((a.carryover ?? 0) < 0)
      errors.push(problem(`awards.${i}.carryover`, "carryover cannot be negative.", "NEGATIVE"));
    allocation[code] = a.allocation;
    available[code] = a.allocation + (a.carryover ?? 0);
  });
  return errors.length ? { errors } : { available, allocation };
}

/** Every school of a run by key (global id or the caller's), with Title I's detail. */
export function previewSchoolResults(
  r: ScenarioResult,
  keyOf: (schoolId: string) => string | null,
): PreviewSchoolResult[] {
  return r.schools.flatMap((s) => {
    const key = keyOf(s.schoolId);
    if (key === null) return [];
    const titleI = s.programs.find((p) => p.program === "TITLE_I_A")?.titleI;
    return [
      Object.assign(new PreviewSchoolResult(), {
        key,
        name: s.name,
        povertyPercent: percent(s.povertyBasisPoints).replace("%", ""),
        weightedEnrollment: s.weightedEnrollment / 10_000,
        allocations: s.programs.map(toSchoolAllocation),
        total: s.total,
        titleI: titleI ? Object.assign(new TitleISchoolDetail(), titleI) : null,
      }),
    ];
  });
}
