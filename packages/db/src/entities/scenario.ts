import {
  ArrayType,
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  JsonType,
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

  // NO ACTION, not SET NULL, on every nullable key: Citus refuses SET NULL on a key holding
  // district_id (Migration20261203200000_citus_foreign_keys); scenarios are never deleted alone.
  @ManyToOne(() => Scenario, { nullable: true, deleteRule: "no action" })
  createdFrom: Rel<Scenario> | null = null;

  /**
   * Which action step each program's money serves: `kind` is SCHOOL for school allocations or a
   * reservation kind (FAMILY_ENGAGEMENT, DISTRICT, ...); applied to the allocations on each run.
   */
  @Property({ type: "json", defaultRaw: "'[]'" })
  actionStepLinks: Opt<ScenarioActionStepLink[]> = [];

  /**
   * The engine's result of the last run (each explanation written out). Stored as json, the text
   * as written, not jsonb: it is only ever written and read whole, and a state's megabytes took
   * 200 ms to convert to jsonb on each run and 100 ms to convert back on each read.
   */
  @Property({ type: JsonType, columnType: "json", nullable: true })
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

  @OneToMany(() => SchoolAllocation, (a) => a.scenario)
  schoolAllocations = new Collection<SchoolAllocation>(this);
}

/** One program's reservation in a run scenario (school allocations are SchoolAllocation rows). */
@Entity({ tableName: "scenario_allocation" })
@Index({ properties: ["scenario", "fundingSource"] })
export class ScenarioAllocation extends DistrictScoped {
  @ManyToOne(() => Scenario, { deleteRule: "cascade" })
  scenario!: Rel<Scenario>;

  @ManyToOne(() => FundingSource)
  fundingSource!: Rel<FundingSource>;

  /**
   * Always null now: reservations are district-level, and the school_allocations migration moved
   * every school's row to SchoolAllocation. Kept (with baseline and bound) so that migration can
   * be rolled back; dropping them is a migration of its own.
   */
  @ManyToOne(() => School, { nullable: true, deleteRule: "no action" })
  school: Rel<School> | null = null;

  /** The reservation kind (EQUITABLE_SERVICES, FAMILY_ENGAGEMENT, ...). */
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
  // A step a scenario reserves money on is not removed (plan amendments refuse it).
  @ManyToOne(() => ActionStep, { nullable: true, deleteRule: "no action" })
  actionStep: Rel<ActionStep> | null = null;
}

/**
 * One school's allocations in a run scenario: one row per school with the programs side by side
 * (parallel arrays in program order, only programs with an amount or a baseline). A state's run
 * writes 2,300 of these rather than 14,000 single amounts, each with its own foreign-key checks.
 * Each program's school money serves the action step the scenario links to (kind SCHOOL).
 */
@Entity({ tableName: "school_allocation" })
@Unique({ properties: ["district", "scenario", "school"] })
@Check({
  name: "school_allocation_programs_side_by_side",
  expression:
    "cardinality(amounts_cents) = cardinality(programs) and cardinality(baselines_cents) = cardinality(programs) and cardinality(bounds) = cardinality(programs) and cardinality(explanations) = cardinality(programs)",
})
export class SchoolAllocation extends DistrictScoped {
  @ManyToOne(() => Scenario, { deleteRule: "cascade" })
  scenario!: Rel<Scenario>;

  /** Null only for a row whose school was deleted by hand; schools leave only with their district. */
  @ManyToOne(() => School, { nullable: true, deleteRule: "no action" })
  school: Rel<School> | null = null;

  /** Program codes (funding sources' codes), in program order. */
  @Property({ type: ArrayType, columnType: "varchar(40)[]" })
  programs!: string[];

  @Property({ type: new ArrayType((i) => Number(i)), columnType: "bigint[]" })
  amountsCents!: number[];

  @Property({ type: new ArrayType((i) => Number(i)), columnType: "bigint[]" })
  baselinesCents!: number[];

  /** FLOOR, CAP, LEVEL or INELIGIBLE when reallocated; null elements otherwise. */
  @Property({ type: ArrayType, columnType: "varchar(16)[]" })
  bounds!: (string | null)[];

  @Property({ type: ArrayType, columnType: "text[]" })
  explanations!: string[];
}
