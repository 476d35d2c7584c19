import { Field, Float, ID, InputType, Int } from "type-graphql";

import {
  engineRates,
  positionCostInput,
  type BenefitRate,
  type JobClass,
  type Position,
  type SalarySchedule,
} from "@allot/db";
import { positionCost, PROGRAM_CODES, splitPositionCost, sumCents } from "@allot/engine";

import { Connection } from "../../common/connection.js";
import {
  BenefitAppliesToEnum,
  BenefitBasisEnum,
  IdeaSubgrantEnum,
  PositionStatusEnum,
  ProgramCodeEnum,
  StaffCategoryEnum,
} from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import { ActionStepType, toActionStepType } from "../improvement-plan/improvement-plan.type.js";
import { SchoolType, toSchoolType } from "../school/school.type.js";

@ObjectType("JobClass", {
  implements: Node,
  description:
    "A kind of job: its title, staff category and the object code its salary is charged to.",
})
export class JobClassType extends Node {
  @Field({ description: "The HR system's job code." })
  code!: string;
  @Field({ description: "Title, e.g. Instructional coach." })
  title!: string;
  @Field(() => StaffCategoryEnum, { description: "Certified or classified." })
  category!: string;
  @Field({ description: "Object code of the salary in the state's chart, e.g. 110." })
  salaryObjectCode!: string;
  @Field(() => Int, { description: "Version." })
  version!: number;
}

export function toJobClassType(j: JobClass): JobClassType {
  return Object.assign(new JobClassType(), {
    id: toGlobalId("JobClass", j.id),
    code: j.code,
    title: j.title,
    category: j.category,
    salaryObjectCode: j.salaryObjectCode,
    version: j.version,
  });
}

@ObjectType("BenefitRate", {
  implements: Node,
  description: "An employer benefit of a fiscal year: a percentage of salary or an amount per FTE.",
})
export class BenefitRateType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({ description: "Name, e.g. FICA/Medicare." })
  name!: string;
  @Field({ description: "Object code the benefit is charged to, e.g. 220." })
  objectCode!: string;
  @Field(() => BenefitBasisEnum, { description: "Percentage of salary or amount per FTE." })
  basis!: string;
  @Field(() => Int, {
    nullable: true,
    description: "For a percentage: hundredths of a percent (7.65% = 765).",
  })
  rateHundredthsOfPercent!: number | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "For an amount per FTE: a year's amount.",
  })
  perFte!: number | null;
  @Field(() => BenefitAppliesToEnum, { description: "Which staff it applies to." })
  appliesTo!: string;
  @Field(() => Int, { description: "Version." })
  version!: number;
}

export function toBenefitRateType(r: BenefitRate): BenefitRateType {
  return Object.assign(new BenefitRateType(), {
    id: toGlobalId("BenefitRate", r.id),
    fiscalYear: r.fiscalYear.year,
    name: r.name,
    objectCode: r.objectCode,
    basis: r.basis,
    rateHundredthsOfPercent: r.rateHundredthsOfPercent,
    perFte: r.perFteCents,
    appliesTo: r.appliesTo,
    version: r.version,
  });
}

@ObjectType("PositionFunding", { description: "One share of a position's cost." })
export class PositionFundingType {
  @Field(() => ProgramCodeEnum, { description: "The program paying." })
  program!: string;
  @Field(() => ActionStepType, { description: "The action step it pays for." })
  actionStep!: ActionStepType;
  @Field({ description: "Function code the share's lines are charged to, e.g. 1000." })
  functionCode!: string;
  @Field(() => Int, { description: "Share of the position's cost in basis points (50% = 5000)." })
  shareBasisPoints!: number;
  @Field(() => IdeaSubgrantEnum, {
    nullable: true,
    description: "For an IDEA Part B share: the 611 or 619 subgrant its lines spend.",
  })
  subgrant!: string | null;
  @Field(() => MoneyScalar, {
    description: "What the share pays: its part of salary and benefits.",
  })
  amount!: number;
}

@ObjectType("PositionCostPart", { description: "Salary or one benefit of a position." })
export class PositionCostPartType {
  @Field({ description: "Salary, or the benefit's name." })
  name!: string;
  @Field({ description: "Object code it is charged to." })
  objectCode!: string;
  @Field(() => MoneyScalar, { description: "The yearly amount." })
  amount!: number;
}

@ObjectType("Position", {
  implements: Node,
  description:
    "A position of a fiscal year with its salary, benefits and funding shares. Its salary and benefit budget lines are derived from it and rewritten whenever it, its shares or the year's benefit rates change.",
})
export class PositionType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({ description: "The HR system's position code." })
  code!: string;
  @Field({ description: "Title." })
  title!: string;
  @Field(() => JobClassType, { description: "Job class." })
  jobClass!: JobClassType;
  @Field(() => SchoolType, { nullable: true, description: "School; null for the district office." })
  school!: SchoolType | null;
  @Field(() => Float, { description: "Full-time equivalent, 0.01 to 1.00." })
  fte!: number;
  @Field(() => MoneyScalar, { description: "Yearly salary." })
  salary!: number;
  @Field(() => String, {
    nullable: true,
    description: "The salary schedule the salary follows; null for an actual salary.",
  })
  salarySchedule!: string | null;
  @Field(() => Int, { nullable: true, description: "Step on the salary schedule." })
  scheduleStep!: number | null;
  @Field(() => PositionStatusEnum, { description: "Filled or vacant." })
  status!: string;
  @Field(() => String, { nullable: true, description: "Who holds it, when filled." })
  personName!: string | null;
  @Field(() => [PositionCostPartType], { description: "Salary and each benefit that applies." })
  cost!: PositionCostPartType[];
  @Field(() => MoneyScalar, { description: "Salary and benefits." })
  totalCost!: number;
  @Field(() => [PositionFundingType], { description: "Funding shares, at most 100% together." })
  fundings!: PositionFundingType[];
  @Field(() => MoneyScalar, { description: "What no share pays: local money." })
  localCost!: number;
  @Field(() => Int, { description: "Version; send it back as expectedVersion." })
  version!: number;
}

/** A position with its cost from the year's benefit rates and what each share pays. */
export function toPositionType(p: Position, rates: readonly BenefitRate[]): PositionType {
  const parts = positionCost(positionCostInput(p, engineRates(rates)));
  // In statute order of the programs, then by action step, whatever order they were stored in.
  const rank = (f: (typeof items)[number]) => PROGRAM_CODES.indexOf(f.fundingSource.code);
  const items = p.fundings.getItems();
  const fundings = [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.actionStep.need.number - b.actionStep.need.number ||
      a.actionStep.number - b.actionStep.number,
  );
  const split = splitPositionCost(
    parts,
    fundings.map((f) => ({ key: f, basisPoints: f.shareBasisPoints })),
  );
  return Object.assign(new PositionType(), {
    id: toGlobalId("Position", p.id),
    fiscalYear: p.fiscalYear.year,
    code: p.code,
    title: p.title,
    jobClass: toJobClassType(p.jobClass),
    school: p.school ? toSchoolType(p.school) : null,
    fte: p.fteHundredths / 100,
    salary: p.salaryCents,
    salarySchedule: p.salarySchedule?.name ?? null,
    scheduleStep: p.scheduleStep,
    status: p.status,
    personName: p.personName,
    cost: parts.map((c) =>
      Object.assign(new PositionCostPartType(), {
        name: c.name,
        objectCode: c.objectCode,
        amount: c.amount,
      }),
    ),
    totalCost: sumCents(parts.map((c) => c.amount)),
    fundings: split.shares.map((s) =>
      Object.assign(new PositionFundingType(), {
        program: s.key.fundingSource.code,
        actionStep: toActionStepType(s.key.actionStep),
        functionCode: s.key.functionCode,
        shareBasisPoints: s.key.shareBasisPoints,
        subgrant: s.key.subgrant,
        amount: s.total,
      }),
    ),
    localCost: split.local.total,
    version: p.version,
  });
}

@ObjectType({ description: "A page of positions." })
export class PositionConnection extends Connection(PositionType, "Position") {}

@InputType({ description: "A new job class." })
export class CreateJobClassInput {
  @Field({ description: "The HR system's job code (1-20 characters, unique)." })
  code!: string;
  @Field({ description: "Title (1-200 characters)." })
  title!: string;
  @Field(() => StaffCategoryEnum, { description: "Certified or classified." })
  category!: string;
  @Field({ description: "Object code of the salary in the state's chart, e.g. 110." })
  salaryObjectCode!: string;
}

@InputType({ description: "A benefit rate of a fiscal year, new or changed by name." })
export class SetBenefitRateInput {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({
    description: "Name, e.g. FICA/Medicare (1-100 characters); an existing name is changed.",
  })
  name!: string;
  @Field({ description: "Object code it is charged to, e.g. 220." })
  objectCode!: string;
  @Field(() => BenefitBasisEnum, { description: "Percentage of salary or amount per FTE." })
  basis!: string;
  @Field(() => Int, {
    nullable: true,
    description: "For a percentage: hundredths of a percent, 0-10,000 (7.65% = 765).",
  })
  rateHundredthsOfPercent?: number | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "For an amount per FTE: a year's amount.",
  })
  perFte?: number | null;
  @Field(() => BenefitAppliesToEnum, { description: "Which staff it applies to." })
  appliesTo!: string;
  @Field(() => Int, {
    nullable: true,
    description: "The version you read of an existing rate; a newer one refuses with CONFLICT.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "A new position." })
export class CreatePositionInput {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({ description: "The HR system's position code (1-40 characters, unique in the year)." })
  code!: string;
  @Field({ description: "Title (1-200 characters)." })
  title!: string;
  @Field(() => ID, { description: "Job class (global id)." })
  jobClassId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "School (global id); none for the district office.",
  })
  schoolId?: string | null;
  @Field(() => Float, { description: "Full-time equivalent, 0.01 to 1.00." })
  fte!: number;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Actual yearly salary; leave it out when salarySchedule and scheduleStep give it.",
  })
  salary?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "Name of the year's salary schedule the salary follows (with scheduleStep).",
  })
  salarySchedule?: string | null;
  @Field(() => Int, { nullable: true, description: "Step on salarySchedule." })
  scheduleStep?: number | null;
  @Field(() => PositionStatusEnum, { description: "Filled or vacant." })
  status!: string;
  @Field(() => String, { nullable: true, description: "Who holds it (up to 200 characters)." })
  personName?: string | null;
}

@InputType({ description: "Changes to a position; omitted fields keep their value." })
export class UpdatePositionInput {
  @Field(() => ID, { description: "The position (global id)." })
  id!: string;
  @Field(() => Int, { nullable: true, description: "The version you read." })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: "New title." })
  title?: string | null;
  @Field(() => ID, { nullable: true, description: "New job class (global id)." })
  jobClassId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "New school (global id); send null for the district office.",
  })
  schoolId?: string | null;
  @Field(() => Float, { nullable: true, description: "New full-time equivalent." })
  fte?: number | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "New actual yearly salary (a raise flows to every line the position pays); takes the position off its salary schedule.",
  })
  salary?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "Put the position on this salary schedule of its year (with scheduleStep).",
  })
  salarySchedule?: string | null;
  @Field(() => Int, { nullable: true, description: "Step on salarySchedule." })
  scheduleStep?: number | null;
  @Field(() => PositionStatusEnum, { nullable: true, description: "Filled or vacant." })
  status?: string | null;
  @Field(() => String, { nullable: true, description: "Who holds it; null clears it." })
  personName?: string | null;
}

@InputType({ description: "One funding share of a position." })
export class FundingShareInput {
  @Field(() => ProgramCodeEnum, { description: "Program; must fund the action step in the plan." })
  program!: string;
  @Field(() => ID, { description: "Action step (global id) of the position's year's plan." })
  actionStepId!: string;
  @Field({ description: "Function code of the state's chart, e.g. 1000." })
  functionCode!: string;
  @Field(() => Int, { description: "Share in basis points, 1-10,000 (50% = 5000)." })
  shareBasisPoints!: number;
  @Field(() => IdeaSubgrantEnum, {
    nullable: true,
    description: "For an IDEA Part B share: IDEA_611 or IDEA_619; its lines carry it.",
  })
  subgrant?: string | null;
}

@InputType({ description: "A position's funding shares, replacing the ones it has." })
export class SetPositionFundingInput {
  @Field(() => ID, { description: "The position (global id)." })
  positionId!: string;
  @Field(() => Int, { nullable: true, description: "The version you read." })
  expectedVersion?: number | null;
  @Field(() => [FundingShareInput], {
    description: "The shares, at most 100% together (the rest is local money); empty: all local.",
  })
  shares!: FundingShareInput[];
}

@InputType({ description: "A position to delete, with its budget lines." })
export class DeletePositionInput {
  @Field(() => ID, { description: "The position (global id)." })
  id!: string;
  @Field(() => Int, { nullable: true, description: "The version you read." })
  expectedVersion?: number | null;
}

@ObjectType({ description: "Result of a change to a position." })
export class PositionPayload {
  @Field(() => PositionType, { nullable: true, description: "The position; null when refused." })
  position!: PositionType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleting a position." })
export class DeletePositionPayload {
  @Field(() => ID, {
    nullable: true,
    description: "Id of the deleted position; null when refused.",
  })
  deletedPositionId!: string | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of creating a job class." })
export class JobClassPayload {
  @Field(() => JobClassType, { nullable: true, description: "The job class; null when refused." })
  jobClass!: JobClassType | null;
  @Field(() => [UserError], { description: "Why it was refused." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setting a benefit rate." })
export class BenefitRatePayload {
  @Field(() => BenefitRateType, { nullable: true, description: "The rate; null when refused." })
  benefitRate!: BenefitRateType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType("SalaryStep", { description: "One step of a salary schedule." })
export class SalaryStepType {
  @Field(() => Int, { description: "Step number." })
  step!: number;
  @Field(() => MoneyScalar, { description: "Yearly salary at the step." })
  salary!: number;
}

@ObjectType("SalarySchedule", {
  implements: Node,
  description:
    "A salary schedule of a fiscal year: a salary per step. Positions on it earn their step's salary; changing it rewrites their salaries and budget lines.",
})
export class SalaryScheduleType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({ description: 'Name, e.g. "Certified T-5".' })
  name!: string;
  @Field(() => [SalaryStepType], { description: "Steps in order." })
  steps!: SalaryStepType[];
  @Field(() => Int, { description: "Positions on the schedule." })
  positionCount!: number;
  @Field(() => Int, { description: "Version; send it back as expectedVersion." })
  version!: number;
}

export function toSalaryScheduleType(s: SalarySchedule, positionCount: number): SalaryScheduleType {
  return Object.assign(new SalaryScheduleType(), {
    id: toGlobalId("SalarySchedule", s.id),
    fiscalYear: s.fiscalYear.year,
    name: s.name,
    steps: s.steps.map((x) => Object.assign(new SalaryStepType(), x)),
    positionCount,
    version: s.version,
  });
}

@InputType({ description: "One step of a salary schedule." })
export class SalaryStepInput {
  @Field(() => Int, { description: "Step number, 0-99, once each." })
  step!: number;
  @Field(() => MoneyScalar, { description: "Yearly salary at the step." })
  salary!: number;
}

@InputType({ description: "A salary schedule of a year, new or replacing the one of that name." })
export class SetSalaryScheduleInput {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({ description: "Name (1-40 characters)." })
  name!: string;
  @Field(() => [SalaryStepInput], { description: "Every step, 1 to 60 of them." })
  steps!: SalaryStepInput[];
  @Field(() => Int, { nullable: true, description: "The version you read." })
  expectedVersion?: number | null;
}

@ObjectType({ description: "Result of setting a salary schedule." })
export class SalarySchedulePayload {
  @Field(() => SalaryScheduleType, {
    nullable: true,
    description: "The schedule; null when refused.",
  })
  salarySchedule!: SalaryScheduleType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType("PositionProgramCost", {
  description:
    "What one program pays for a year's positions: the sum of their salary and benefit lines.",
})
export class PositionProgramCostType {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => MoneyScalar, { description: "Salary and benefit lines of positions it pays." })
  amount!: number;
  @Field(() => Int, { description: "Positions it pays a share of." })
  positions!: number;
}
