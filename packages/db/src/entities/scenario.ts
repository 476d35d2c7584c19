import {
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
  SCENARIO_STATUSES,
  type ScenarioParameters,
  type ScenarioResult,
  type ScenarioStatus,
} from "@allot/engine";

import { centsColumn, DistrictScoped } from "./base.js";
import { FiscalYear } from "./fiscal-year.js";
import { FundingSource } from "./funding-source.js";
import { ActionStep } from "./improvement-plan.js";
import { School } from "./school.js";

export interface ScenarioActionStepLink {
  program: string;
  kind: string;
  actionStepId: string;
}

/**
 * A budget scenario for a fiscal year: its parameters (reservations, per-pupil policy, weights,
 * reallocation) and, once run, its results. Approved is final: the database refuses changes to an
 * approved scenario and its allocations, and keeps at most one approved scenario per year.
 */
@Entity({ tableName: "scenario" })
@Index({ properties: ["district", "fiscalYear"] })
@Index({ properties: ["fiscalYear", "status"] })
// At most one approved scenario per fiscal year: it is the year's adopted budget.
@Unique({
  name: "scenario_one_approved_per_year",
  expression: `create unique index "scenario_one_approved_per_year" on "scenario" ("district_id", "fiscal_year_id") where "status" = 'APPROVED'`,
})
export class Scenario extends DistrictScoped {
  @ManyToOne(() => FiscalYear)
  fiscalYear!: Rel<FiscalYear>;

  @Property({ type: "string" })
  name!: string;

  @Enum({ items: [...SCENARIO_STATUSES] })
  status: Opt<ScenarioStatus> = "DRAFT";

  /** The engine's parameters, as validated by the API. */
  @Property({ type: "json" })
  parameters!: ScenarioParameters;

  @ManyToOne(() => Scenario, { nullable: true, deleteRule: "set null" })
  createdFrom: Rel<Scenario> | null = null;

  /**
   * Which action step each program's money serves: `kind` is SCHOOL for school allocations or a
   * reservation kind (FAMILY_ENGAGEMENT, DISTRICT, ...); applied to the allocations on each run.
   */
  @Property({ type: "json", defaultRaw: "'[]'" })
  actionStepLinks: Opt<ScenarioActionStepLink[]> = [];

  /** The engine's result of the last run, as JSON (each explanation written out). */
  @Property({ type: "json", nullable: true })
  results: ScenarioResult | null = null;

  @Property({ type: "datetime", nullable: true })
  lastRunAt: Date | null = null;

  /** Parameters changed since the last run. */
  @Property({ type: "boolean" })
  stale: Opt<boolean> = true;

  @Property({ type: "datetime", nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: "datetime", nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: "string", nullable: true })
  approvedBy: string | null = null;

  @Property({ type: "text", nullable: true })
  reviewComment: string | null = null;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;

  @OneToMany(() => ScenarioAllocation, (a) => a.scenario)
  allocations = new Collection<ScenarioAllocation>(this);
}

/** One computed amount of a scenario: a program's reservation, or a school's allocation. */
@Entity({ tableName: "scenario_allocation" })
@Index({ properties: ["district", "scenario", "school"] })
@Index({ properties: ["scenario", "fundingSource"] })
export class ScenarioAllocation extends DistrictScoped {
  @ManyToOne(() => Scenario, { deleteRule: "cascade" })
  scenario!: Rel<Scenario>;

  @ManyToOne(() => FundingSource)
  fundingSource!: Rel<FundingSource>;

  /** Null for a district-level reservation. */
  @ManyToOne(() => School, { nullable: true })
  school: Rel<School> | null = null;

  /** SCHOOL, or the reservation kind (EQUITABLE_SERVICES, FAMILY_ENGAGEMENT, ...). */
  @Property({ type: "string", length: 40 })
  kind!: string;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: centsColumn() })
  baselineCents: Opt<number> = 0;

  /** FLOOR, CAP, LEVEL or INELIGIBLE when reallocated. */
  @Property({ type: "string", length: 16, nullable: true })
  bound: string | null = null;

  @Property({ type: "text" })
  explanation!: string;

  /** The action step this money serves, when tied to one. */
  @ManyToOne(() => ActionStep, { nullable: true, deleteRule: "set null" })
  actionStep: Rel<ActionStep> | null = null;
}
