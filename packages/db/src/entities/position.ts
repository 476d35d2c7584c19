import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
  type Opt,
  type Rel,
} from "@mikro-orm/core";

import {
  BENEFIT_APPLIES_TO,
  BENEFIT_BASES,
  IDEA_SUBGRANTS,
  STAFF_CATEGORIES,
  type BenefitAppliesTo,
  type BenefitBasis,
  type BenefitRate as EngineBenefitRate,
  type IdeaSubgrant,
  type PositionCostInput,
  type SalaryStep,
  type StaffCategory,
} from "@allot/engine";

import { centsColumn, DistrictScoped } from "./base.js";
import { FiscalYear } from "./fiscal-year.js";
import { FundingSource } from "./funding-source.js";
import { ActionStep } from "./improvement-plan.js";
import { School } from "./school.js";

/** A kind of job (instructional coach, paraprofessional): who it is and where its salary is charged. */
@Entity({ tableName: "job_class" })
@Unique({ properties: ["district", "code"] })
export class JobClass extends DistrictScoped {
  /** The HR system's job code. */
  @Property({ type: "string", length: 20 })
  code!: string;

  @Property({ type: "string", length: 200 })
  title!: string;

  @Enum({ items: [...STAFF_CATEGORIES] })
  category!: StaffCategory;

  /** Object code of the salary in the state's chart (Georgia: 110 teachers, 190 other salaries). */
  @Property({ type: "string", length: 8 })
  salaryObjectCode!: string;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}

/** An employer benefit of a fiscal year: a percentage of salary or an amount per FTE. */
@Entity({ tableName: "benefit_rate" })
@Unique({ properties: ["district", "fiscalYear", "name"] })
@Check({
  name: "benefit_rate_shape",
  expression:
    "(basis = 'PERCENT_OF_SALARY' and rate_hundredths_of_percent >= 0 and rate_hundredths_of_percent <= 10000 and per_fte_cents is null) or (basis = 'PER_FTE' and per_fte_cents >= 0 and rate_hundredths_of_percent is null)",
})
export class BenefitRate extends DistrictScoped {
  @ManyToOne(() => FiscalYear, { deleteRule: "cascade" })
  fiscalYear!: Rel<FiscalYear>;

  @Property({ type: "string", length: 100 })
  name!: string;

  @Property({ type: "string", length: 8 })
  objectCode!: string;

  @Enum({ items: [...BENEFIT_BASES] })
  basis!: BenefitBasis;

  @Property({ type: "integer", nullable: true })
  rateHundredthsOfPercent: number | null = null;

  @Property({ type: centsColumn(), nullable: true })
  perFteCents: number | null = null;

  @Enum({ items: [...BENEFIT_APPLIES_TO] })
  appliesTo!: BenefitAppliesTo;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}

/** Stored rates as the engine costs positions with them (positionCost, positionLines). */
export function engineRates(rates: readonly BenefitRate[]): EngineBenefitRate[] {
  return rates.map((r) => ({
    name: r.name,
    objectCode: r.objectCode,
    basis: r.basis,
    rateHundredthsOfPercent: r.rateHundredthsOfPercent,
    perFte: r.perFteCents,
    appliesTo: r.appliesTo,
  }));
}

/** A stored position as the engine costs it, with the year's rates (engineRates). */
export function positionCostInput(
  p: Position,
  rates: EngineBenefitRate[],
): PositionCostInput & { code: string; title: string } {
  return {
    code: p.code,
    title: p.title,
    salary: p.salaryCents,
    fteHundredths: p.fteHundredths,
    category: p.jobClass.category,
    salaryObjectCode: p.jobClass.salaryObjectCode,
    rates,
  };
}

/**
 * A salary schedule of a fiscal year: a salary per step. Positions on it earn their step's salary;
 * changing it rewrites their salaries and their budget lines in the same transaction.
 */
@Entity({ tableName: "salary_schedule" })
@Unique({ properties: ["district", "fiscalYear", "name"] })
export class SalarySchedule extends DistrictScoped {
  @ManyToOne(() => FiscalYear, { deleteRule: "cascade" })
  fiscalYear!: Rel<FiscalYear>;

  @Property({ type: "string", length: 40 })
  name!: string;

  /** Steps in order, salaries in cents (checked by the engine's salaryScheduleProblems). */
  @Property({ type: "json" })
  steps!: SalaryStep[];

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}

export const POSITION_STATUSES = ["FILLED", "VACANT"] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

/**
 * A position of a fiscal year, at a school or the district office, with its salary; its funding
 * shares say which programs and action steps pay for it. Its salary and benefit budget lines are
 * derived from it (BudgetLine.position) and rewritten whenever it, its shares or the rates change.
 */
@Entity({ tableName: "position" })
@Unique({ properties: ["district", "fiscalYear", "code"] })
@Index({ properties: ["district", "fiscalYear", "school"] })
@Check({ name: "position_fte", expression: "fte_hundredths >= 1 and fte_hundredths <= 100" })
@Check({ name: "position_salary", expression: "salary_cents >= 0" })
@Check({
  name: "position_schedule_step",
  expression: "(salary_schedule_id is null) = (schedule_step is null)",
})
export class Position extends DistrictScoped {
  @ManyToOne(() => FiscalYear, { deleteRule: "cascade" })
  fiscalYear!: Rel<FiscalYear>;

  /** The HR system's position code (what an import matches on). */
  @Property({ type: "string", length: 40 })
  code!: string;

  @Property({ type: "string", length: 200 })
  title!: string;

  @ManyToOne(() => JobClass, { deleteRule: "restrict" })
  jobClass!: Rel<JobClass>;

  /** Null: the district office. */
  @ManyToOne(() => School, { nullable: true, deleteRule: "restrict" })
  school: Rel<School> | null = null;

  @Property({ type: "smallint" })
  fteHundredths!: number;

  @Property({ type: centsColumn() })
  salaryCents!: number;

  /** When set, the salary is this schedule's at scheduleStep (kept in sync); else it is actual. */
  @ManyToOne(() => SalarySchedule, { nullable: true, deleteRule: "restrict" })
  salarySchedule: Rel<SalarySchedule> | null = null;

  @Property({ type: "smallint", nullable: true })
  scheduleStep: number | null = null;

  @Enum({ items: [...POSITION_STATUSES] })
  status!: PositionStatus;

  @Property({ type: "string", length: 200, nullable: true })
  personName: string | null = null;

  @OneToMany(() => PositionFunding, (f) => f.position, { orphanRemoval: true })
  fundings = new Collection<PositionFunding>(this);

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}

/** One share of a position's cost: a program pays this percentage for this action step. */
@Entity({ tableName: "position_funding" })
@Index({ properties: ["district", "position"] })
@Check({
  name: "position_funding_share",
  expression: "share_basis_points >= 1 and share_basis_points <= 10000",
})
export class PositionFunding extends DistrictScoped {
  @ManyToOne(() => Position, { deleteRule: "cascade" })
  position!: Rel<Position>;

  @ManyToOne(() => FundingSource)
  fundingSource!: Rel<FundingSource>;

  @ManyToOne(() => ActionStep, { deleteRule: "restrict" })
  actionStep!: Rel<ActionStep>;

  /** Function code the share's lines are charged to (Georgia: 1000 instruction, 2213 training). */
  @Property({ type: "string", length: 8 })
  functionCode!: string;

  @Property({ type: "integer" })
  shareBasisPoints!: number;

  /** For an IDEA Part B share: the 611 or 619 subgrant its lines spend. */
  @Enum({ items: [...IDEA_SUBGRANTS], nullable: true })
  subgrant: IdeaSubgrant | null = null;
}
