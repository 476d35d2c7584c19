import { Field, Float, ID, Int, registerEnumType } from "type-graphql";

import type { School } from "@allot/db";
import {
  complianceSummary,
  reportOrder,
  STATUTE,
  type Cents,
  type EquityMeasures,
  type PpaKind,
  type ScenarioParameters,
  type ScenarioResult,
  type SchoolProgramResult,
  type TitleIRanking,
} from "@allot/engine";

import { ComplianceCheckType, toCheck } from "../../common/compliance.type.js";
import {
  PpaKindEnum,
  ProgramCodeEnum,
  ScenarioStatusEnum,
  TitleIRankingEnum,
} from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import { FundingSourceType } from "../funding-source/funding-source.type.js";
import { ActionStepType } from "../improvement-plan/improvement-plan.type.js";
import { SchoolType, toSchoolType } from "../school/school.type.js";
import { IdeaInput, PriorityInput, TitleIVUsesInput } from "./scenario.input.js";

export const ActiveBoundEnum = {
  FLOOR: "FLOOR",
  CAP: "CAP",
  LEVEL: "LEVEL",
  INELIGIBLE: "INELIGIBLE",
};
registerEnumType(ActiveBoundEnum, {
  name: "ActiveBound",
  description:
    "What decided a reallocated amount: the floor, the cap, the common level, or ineligibility.",
});

const bpToPercent = (bp: number) => bp / 100;

@ObjectType({ description: "A per-child amount for a poverty band." })
export class PpaBand {
  @Field(() => Float, { description: "Lowest poverty percentage of the band." })
  minPovertyPercent!: number;
  @Field(() => MoneyScalar, { description: "Amount per low-income child." })
  perChild!: number;
}

@ObjectType({ description: "A per-child amount for one school." })
export class SchoolAmount {
  @Field(() => ID, { description: "The school (global id)." })
  schoolId!: string;
  @Field(() => MoneyScalar, { description: "Amount per low-income child." })
  perChild!: number;
}

@ObjectType({ description: "Title I reservations." })
export class TitleIReservations {
  @Field(() => MoneyScalar, { description: "Parent and family engagement." })
  familyEngagement!: number;
  @Field(() => Float, { description: "Share passed to Title I schools, percent." })
  familyEngagementToSchoolsPercent!: number;
  @Field(() => MoneyScalar, { description: "Homeless children." })
  homeless!: number;
  @Field(() => MoneyScalar, { description: "Neglected and delinquent children." })
  neglectedDelinquent!: number;
  @Field(() => MoneyScalar, { description: "District-wide initiatives." })
  districtWide!: number;
  @Field(() => MoneyScalar, { description: "Administration." })
  administration!: number;
  @Field(() => MoneyScalar, { description: "Incentives for teachers in CSI/TSI schools." })
  incentives!: number;
  @Field(() => MoneyScalar, { description: "Early childhood." })
  earlyChildhood!: number;
}

@ObjectType({ description: "Title I settings of a scenario." })
export class TitleIParameters {
  @Field(() => PpaKindEnum, { description: "Per-pupil policy." })
  ppaKind!: PpaKind;
  @Field(() => MoneyScalar, { nullable: true, description: "SINGLE: amount per child." })
  perChild!: number | null;
  @Field(() => [PpaBand], { description: "BANDS." })
  bands!: PpaBand[];
  @Field(() => [SchoolAmount], { description: "EXPLICIT." })
  schoolAmounts!: SchoolAmount[];
  @Field(() => TitleIRankingEnum, { description: "Ranking below 75%." })
  ranking!: TitleIRanking;
  @Field({ description: "Schools at or above 35% designated eligible." })
  designateAt35!: boolean;
  @Field({ description: "Last year's schools served one more year." })
  serveLastYearOneMoreYear!: boolean;
  @Field(() => Float, { description: "75% rule threshold for high schools." })
  highSchoolThresholdPercent!: number;
  @Field({
    description:
      "Private-school children counted in each school's share (the 1996 guidance's method).",
  })
  privateChildrenInSchoolShare!: boolean;
  @Field(() => TitleIReservations, { description: "Reservations." })
  reservations!: TitleIReservations;
}

@ObjectType({ description: "Money a program keeps at district level." })
export class ProgramReservation {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => MoneyScalar, { description: "Amount." })
  amount!: number;
  @Field(() => MoneyScalar, { description: "Of which administration." })
  administration!: number;
}

@ObjectType({ description: "Need weights: extra weight per student with each need." })
export class NeedWeights {
  @Field(() => Float, { description: "Economically disadvantaged." })
  economicallyDisadvantaged!: number;
  @Field(() => Float, { description: "English learners." })
  englishLearners!: number;
  @Field(() => Float, { description: "Students with disabilities." })
  studentsWithDisabilities!: number;
  @Field(() => Float, { description: "Homeless." })
  homeless!: number;
  @Field(() => Float, { description: "Foster care." })
  foster!: number;
  @Field(() => Float, { description: "Migrant." })
  migrant!: number;
  @Field(() => Float, { nullable: true, description: "Concentration weight." })
  concentrationWeight!: number | null;
  @Field(() => Float, { nullable: true, description: "Concentration threshold, percent." })
  concentrationThresholdPercent!: number | null;
}

@ObjectType({ description: "Equity-weighted reallocation settings." })
export class ReallocationSettings {
  @Field(() => [ProgramCodeEnum], { description: "Programs reallocated." })
  programs!: string[];
  @Field(() => Float, { description: "Largest loss against the baseline, percent." })
  maxLossPercent!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Largest gain against the baseline, percent.",
  })
  maxGainPercent!: number | null;
}

@ObjectType({ description: "Everything a scenario computes from." })
export class ScenarioParametersType {
  @Field(() => TitleIParameters, { description: "Title I." })
  titleI!: TitleIParameters;
  @Field(() => [ProgramReservation], { description: "District-level money of the other programs." })
  districtReservations!: ProgramReservation[];
  @Field(() => NeedWeights, { description: "Need weights." })
  weights!: NeedWeights;
  @Field(() => PriorityInput, {
    nullable: true,
    description: "Title II-A and IV-A priorities, if any.",
  })
  priority!: PriorityInput | null;
  @Field(() => TitleIVUsesInput, {
    nullable: true,
    description: "Title IV-A uses of funds, if given.",
  })
  titleIV!: TitleIVUsesInput | null;
  @Field(() => IdeaInput, {
    nullable: true,
    description: "IDEA proportionate share and CEIS, if given.",
  })
  idea!: IdeaInput | null;
  @Field(() => ReallocationSettings, { nullable: true, description: "Reallocation, if any." })
  reallocation!: ReallocationSettings | null;
}

@ObjectType({ description: "A reservation a program takes before school allocations." })
export class ReservationResult {
  @Field({ description: "Kind, e.g. EQUITABLE_SERVICES, FAMILY_ENGAGEMENT, DISTRICT, CEIS." })
  kind!: string;
  @Field(() => MoneyScalar, { description: "Amount." })
  amount!: number;
  @Field({ description: "How it was computed." })
  explanation!: string;
}

@ObjectType({
  description: "One program in a scenario: what it has, reserves, gives schools and leaves.",
})
export class ScenarioProgramResult {
  @Field(() => FundingSourceType, { description: "The program." })
  fundingSource!: FundingSourceType;
  @Field(() => MoneyScalar, { description: "What it has for the year." })
  available!: number;
  @Field(() => [ReservationResult], { description: "Its reservations." })
  reservations!: ReservationResult[];
  @Field(() => MoneyScalar, { description: "Reserved in total." })
  reserved!: number;
  @Field(() => MoneyScalar, { description: "Allocated to schools." })
  toSchools!: number;
  @Field(() => MoneyScalar, { description: "Left unallocated." })
  unallocated!: number;
}

@ObjectType({
  description:
    "Title I rank and serve for one school: why it is (not) served, and its public and private shares.",
})
export class TitleISchoolDetail {
  @Field({ description: "Eligible for Title I (ESEA 1113(a)-(b))." })
  eligible!: boolean;
  @Field({ description: "Why it is (not) eligible, in words." })
  eligibility!: string;
  @Field(() => Int, {
    nullable: true,
    description: "Position in serving order among eligible schools (1 = first).",
  })
  rank!: number | null;
  @Field({ description: "Served first under the 75% rule." })
  priority!: boolean;
  @Field({ description: "Served this year." })
  served!: boolean;
  @Field(() => Int, {
    description:
      "Low-income children counted (private ones too when counted in the school's share).",
  })
  lowIncomeChildren!: number;
  @Field(() => MoneyScalar, {
    description:
      "Amount per low-income child (for a school paid a share of the pool, that share over its children, rounded).",
  })
  perChild!: Cents;
  @Field(() => MoneyScalar, {
    description: "What the school's public low-income children generate.",
  })
  publicAmount!: Cents;
  @Field(() => MoneyScalar, {
    description: "What private-school children in its area generate (for equitable services).",
  })
  privateAmount!: Cents;
}

@ObjectType({ description: "One school's amount from one program, with why." })
export class SchoolAllocation {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => MoneyScalar, { description: "Amount." })
  amount!: number;
  @Field(() => MoneyScalar, { description: "Baseline amount." })
  baseline!: number;
  @Field(() => MoneyScalar, { description: "Amount minus baseline." })
  change!: number;
  @Field(() => ActiveBoundEnum, {
    nullable: true,
    description: "Bound that decided a reallocated amount.",
  })
  bound!: string | null;
  @Field({ description: "How the amount was reached, in words." })
  explanation!: string;
  @Field(() => TitleISchoolDetail, {
    nullable: true,
    description: "For Title I-A: rank and serve, and the public and private shares.",
  })
  titleI!: TitleISchoolDetail | null;
}

/** One amount as the API shows it; the engine's sentence is a getter, so it is read explicitly. */
export function toSchoolAllocation(p: SchoolProgramResult): SchoolAllocation {
  return Object.assign(new SchoolAllocation(), {
    program: p.program,
    amount: p.amount,
    baseline: p.baseline,
    change: p.amount - p.baseline,
    bound: p.bound,
    explanation: p.explanation,
    titleI: p.titleI ? Object.assign(new TitleISchoolDetail(), p.titleI) : null,
  });
}

@ObjectType({ description: "One school's results in a scenario." })
export class ScenarioSchoolResult {
  @Field(() => SchoolType, { description: "The school." })
  school!: SchoolType;
  @Field(() => Float, { description: "Weighted enrollment under the scenario's need weights." })
  weightedEnrollment!: number;
  @Field(() => [SchoolAllocation], { description: "By program." })
  allocations!: SchoolAllocation[];
  @Field(() => MoneyScalar, { description: "Sum over programs." })
  total!: number;
  @Field(() => MoneyScalar, { description: "Baseline sum over programs." })
  baselineTotal!: number;
  @Field(() => MoneyScalar, { description: "Total minus baseline." })
  change!: number;
  @Field(() => MoneyScalar, { description: "Total per weighted pupil." })
  perWeightedPupil!: number;
}

@ObjectType({ description: "How equitable a distribution is; read several together." })
export class EquityMeasuresType {
  @Field(() => Float, {
    nullable: true,
    description:
      "Per-pupil dollars weighted by low-income students over weighted by the rest (> 1 progressive).",
  })
  progressivityRatio!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Dollars per pupil per percentage point of low-income share.",
  })
  slopePerPovertyPoint!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Correlation of dollars per pupil with low-income share.",
  })
  correlationWithPoverty!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Coefficient of variation of dollars per weighted pupil.",
  })
  coefficientOfVariation!: number | null;
  @Field(() => Float, { nullable: true, description: "Gini of dollars per pupil across pupils." })
  gini!: number | null;
}

@ObjectType({
  description: "The engine's answer: programs, schools, equity before and after, compliance.",
})
export class AllocationResult {
  @Field(() => [ScenarioProgramResult], { description: "Per program." })
  programs!: ScenarioProgramResult[];
  @Field(() => [ScenarioSchoolResult], { description: "Per school." })
  schools!: ScenarioSchoolResult[];
  @Field(() => EquityMeasuresType, { description: "Equity of the baseline." })
  equityBefore!: EquityMeasuresType;
  @Field(() => EquityMeasuresType, { description: "Equity of this result." })
  equityAfter!: EquityMeasuresType;
  @Field(() => [ComplianceCheckType], {
    description:
      "Every rule with its citation: those not checked first, then failures, then the rest.",
  })
  compliance!: ComplianceCheckType[];
  @Field(() => Int, { description: "How many rules fail." })
  failures!: number;
  @Field(() => Int, {
    description:
      "How many rules could not be checked for a missing input (counted apart from passes).",
  })
  notChecked!: number;
  @Field({ description: "Nothing fails and nothing is unchecked: only then does every rule pass." })
  allPass!: boolean;
}

@ObjectType({ description: "Which action step a program's money in a scenario serves." })
export class ScenarioActionStepLink {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field({ description: "SCHOOL, or a reservation kind." })
  kind!: string;
  @Field(() => ActionStepType, { description: "The action step." })
  actionStep!: ActionStepType;
}

@ObjectType("Scenario", { implements: Node, description: "A budget scenario for a fiscal year." })
export class ScenarioType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({ description: "Name." })
  name!: string;
  @Field(() => ScenarioStatusEnum, { description: "Workflow status." })
  status!: string;
  @Field(() => Int, {
    description: "Version for optimistic concurrency: send it back as expectedVersion.",
  })
  version!: number;
  @Field({ description: "Parameters changed since the last run." })
  stale!: boolean;
  @Field(() => ID, { nullable: true, description: "Scenario it was cloned from." })
  createdFromId!: string | null;
  @Field(() => String, { nullable: true, description: "Last run (ISO 8601)." })
  lastRunAt!: string | null;
  @Field(() => String, { nullable: true, description: "Submitted (ISO 8601)." })
  submittedAt!: string | null;
  @Field(() => String, { nullable: true, description: "Approved (ISO 8601)." })
  approvedAt!: string | null;
  @Field(() => String, { nullable: true, description: "Who approved it." })
  approvedBy!: string | null;
  @Field({
    description:
      "A draft the reviewer sent back (see reviewComment); false once it is submitted again.",
  })
  sentBack!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "The reviewer's comment on the last rejection.",
  })
  reviewComment!: string | null;
  @Field(() => ScenarioParametersType, { description: "Parameters." })
  parameters!: ScenarioParametersType;
  @Field(() => [ScenarioActionStepLink], { description: "Ties of program money to action steps." })
  actionSteps!: ScenarioActionStepLink[];
  @Field(() => AllocationResult, {
    nullable: true,
    description: "Results of the last run; null before the first.",
  })
  result!: AllocationResult | null;
}

@ObjectType({ description: "Result of a scenario mutation." })
export class ScenarioPayload {
  @Field(() => ScenarioType, { nullable: true, description: "The scenario; null when refused." })
  scenario!: ScenarioType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "One school's difference between two scenarios for one program." })
export class AllocationDifference {
  @Field(() => SchoolType, { description: "The school." })
  school!: SchoolType;
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => MoneyScalar, { description: "In the first scenario." })
  a!: number;
  @Field(() => MoneyScalar, { description: "In the second scenario." })
  b!: number;
  @Field(() => MoneyScalar, { description: "b - a." })
  difference!: number;
}

@ObjectType({ description: "One program's totals in two scenarios." })
export class ProgramDifference {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => MoneyScalar, { description: "To schools in the first." })
  a!: number;
  @Field(() => MoneyScalar, { description: "To schools in the second." })
  b!: number;
  @Field(() => MoneyScalar, { description: "b - a." })
  difference!: number;
}

@ObjectType({ description: "One equity measure in two scenarios." })
export class MeasureDifference {
  @Field({ description: "Measure name." })
  measure!: string;
  @Field(() => Float, { nullable: true, description: "In the first." })
  a!: number | null;
  @Field(() => Float, { nullable: true, description: "In the second." })
  b!: number | null;
}

@ObjectType({ description: "Two scenarios side by side." })
export class ScenarioComparison {
  @Field(() => ScenarioType, { description: "First." })
  a!: ScenarioType;
  @Field(() => ScenarioType, { description: "Second." })
  b!: ScenarioType;
  @Field(() => [AllocationDifference], {
    description: "Per school and program, where they differ.",
  })
  schools!: AllocationDifference[];
  @Field(() => [ProgramDifference], { description: "Per program." })
  programs!: ProgramDifference[];
  @Field(() => [MeasureDifference], { description: "Per equity measure (after)." })
  measures!: MeasureDifference[];
}

export function toParametersType(p: ScenarioParameters): ScenarioParametersType {
  const ppa = p.titleI.policy.ppa;
  const r = p.titleI.reservations;
  return Object.assign(new ScenarioParametersType(), {
    titleI: Object.assign(new TitleIParameters(), {
      ppaKind: ppa.kind,
      perChild: ppa.kind === "SINGLE" ? ppa.perChild : null,
      bands:
        ppa.kind === "BANDS"
          ? ppa.bands.map((b) =>
              Object.assign(new PpaBand(), {
                minPovertyPercent: bpToPercent(b.minPovertyBasisPoints),
                perChild: b.perChild,
              }),
            )
          : [],
      schoolAmounts:
        ppa.kind === "EXPLICIT"
          ? Object.entries(ppa.perChild).map(([id, perChild]) =>
              Object.assign(new SchoolAmount(), { schoolId: toGlobalId("School", id), perChild }),
            )
          : [],
      ranking: p.titleI.policy.ranking ?? "DISTRICT_WIDE",
      designateAt35: p.titleI.policy.designateAt35 ?? true,
      serveLastYearOneMoreYear: p.titleI.policy.serveLastYearOneMoreYear ?? true,
      highSchoolThresholdPercent: bpToPercent(
        p.titleI.policy.highSchoolThresholdBasisPoints ?? STATUTE.priorityPovertyBasisPoints,
      ),
      privateChildrenInSchoolShare: p.titleI.policy.privateChildrenInSchoolShare ?? false,
      reservations: Object.assign(new TitleIReservations(), {
        familyEngagement: r.familyEngagement,
        familyEngagementToSchoolsPercent: bpToPercent(
          r.familyEngagementToSchoolsBasisPoints ?? STATUTE.familyEngagementToSchoolsBasisPoints,
        ),
        homeless: r.homeless ?? 0,
        neglectedDelinquent: r.neglectedDelinquent ?? 0,
        districtWide: r.districtWide ?? 0,
        administration: r.administration ?? 0,
        incentives: r.incentives ?? 0,
        earlyChildhood: r.earlyChildhood ?? 0,
      }),
    }),
    districtReservations: Object.entries(p.districtReservations ?? {}).map(([program, amount]) =>
      Object.assign(new ProgramReservation(), {
        program,
        amount,
        administration: p.administration?.[program as keyof typeof p.administration] ?? 0,
      }),
    ),
    weights: Object.assign(new NeedWeights(), {
      ...p.weights,
      concentrationWeight: p.weights.concentration?.weight ?? null,
      concentrationThresholdPercent: p.weights.concentration
        ? bpToPercent(p.weights.concentration.thresholdBasisPoints)
        : null,
    }),
    priority: p.priority
      ? Object.assign(new PriorityInput(), {
          csiTsiPercent: bpToPercent(p.priority.csiTsiBasisPoints),
          highPovertyPercent: bpToPercent(p.priority.highPovertyBasisPoints),
          highPovertyThresholdPercent: bpToPercent(p.priority.highPovertyThresholdBasisPoints),
        })
      : null,
    titleIV: p.titleIV ? Object.assign(new TitleIVUsesInput(), p.titleIV) : null,
    idea: p.idea ? Object.assign(new IdeaInput(), p.idea) : null,
    reallocation: p.reallocation
      ? Object.assign(new ReallocationSettings(), {
          programs: p.reallocation.programs,
          maxLossPercent: bpToPercent(p.reallocation.maxLossBasisPoints),
          maxGainPercent:
            p.reallocation.maxGainBasisPoints == null
              ? null
              : bpToPercent(p.reallocation.maxGainBasisPoints),
        })
      : null,
  });
}

export function toMeasures(m: EquityMeasures): EquityMeasuresType {
  return Object.assign(new EquityMeasuresType(), m);
}

/** Defines each field as made on first read and kept: GraphQL reads only the fields asked for. */
function lazily<T extends object>(target: T, fields: { [K in keyof T]?: () => T[K] }): T {
  for (const [key, make] of Object.entries(fields) as [string, () => unknown][]) {
    let value: unknown;
    let made = false;
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => (made ? value : ((made = true), (value = make()))),
    });
  }
  return target;
}

/**
 * A saved or previewed result as the API shows it. Each part is built when it is first read,
 * so a caller asking for the schools' totals does not pay for the equity measures or the
 * compliance report (a scenario's results are read far more often than they are run).
 */
export function toAllocationResult(
  r: ScenarioResult,
  schools: Map<string, School>,
  sources: Map<string, FundingSourceType>,
): AllocationResult {
  // The three counts come from one pass over the report, made when the first is asked for.
  let counted: ReturnType<typeof complianceSummary> | undefined;
  const summary = () => (counted ??= complianceSummary(r.compliance));
  return lazily(new AllocationResult(), {
    programs: () =>
      r.programs.map((p) =>
        Object.assign(new ScenarioProgramResult(), {
          fundingSource: sources.get(p.program)!,
          available: p.available,
          reservations: p.reservations.map((x) => Object.assign(new ReservationResult(), x)),
          reserved: p.reserved,
          toSchools: p.toSchools,
          unallocated: p.unallocated,
        }),
      ),
    schools: () =>
      r.schools
        .filter((s) => schools.has(s.schoolId))
        .map((s) => {
          const weighted = s.weightedEnrollment / 10_000;
          return Object.assign(new ScenarioSchoolResult(), {
            school: toSchoolType(schools.get(s.schoolId)!),
            weightedEnrollment: weighted,
            allocations: s.programs.map(toSchoolAllocation),
            total: s.total,
            baselineTotal: s.baselineTotal,
            change: s.total - s.baselineTotal,
            perWeightedPupil: weighted > 0 ? Math.round(s.total / weighted) : 0,
          });
        }),
    equityBefore: () => toMeasures(r.equityBefore),
    equityAfter: () => toMeasures(r.equityAfter),
    compliance: () => reportOrder(r.compliance).map(toCheck),
    failures: () => summary().failed,
    notChecked: () => summary().notChecked,
    allPass: () => summary().allPass,
  });
}
