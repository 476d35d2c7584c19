import {
  ArrayType,
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

import { EVIDENCE_LEVELS, type EvidenceLevel } from "@allot/engine";

import { DistrictScoped } from "./base.js";
import type { TransferChoice } from "./district.js";
import { FiscalYear } from "./fiscal-year.js";
import { FundingSource } from "./funding-source.js";
import { StrategicActionStep } from "./strategic-plan.js";

/** A district's federal District Improvement Plan for one fiscal year (Georgia's CLIP template). */
@Entity({ tableName: "improvement_plan" })
@Unique({ properties: ["district", "fiscalYear"] })
export class ImprovementPlan extends DistrictScoped {
  @ManyToOne(() => FiscalYear, { deleteRule: "cascade" })
  fiscalYear!: Rel<FiscalYear>;

  @Property({ type: "string" })
  title!: string;

  /** District name as the document prints it. */
  @Property({ type: "string" })
  districtNameAsPrinted!: string;

  @Property({ type: "string", nullable: true })
  teamLead: string | null = null;

  @Property({ type: ArrayType })
  federalFundingOptions: Opt<string[]> = [];

  @Property({ type: "json" })
  transfers: Opt<TransferChoice[]> = [];

  @Property({ type: ArrayType })
  povertyFactors: Opt<string[]> = [];

  @Property({ type: "boolean", nullable: true })
  waiverRequested: boolean | null = null;

  /** The imported text, kept so an import can be audited and repeated. */
  @Property({ type: "text", lazy: true })
  sourceText!: string;

  @Property({ type: "datetime" })
  importedAt: Opt<Date> = new Date();

  /** When the director approved the plan: later changes are amendments needing their approval. */
  @Property({ type: "datetime", nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: "string", length: 200, nullable: true })
  approvedBy: string | null = null;

  /** Counts every change applied to the plan (import, edit, approved amendment): for concurrency. */
  @Property({ type: "integer" })
  revision: Opt<number> = 1;

  @OneToMany(() => OverarchingNeed, (n) => n.plan, { orderBy: { number: "asc" } })
  needs = new Collection<OverarchingNeed>(this);
}

export interface EquityInterventionValue {
  code: string;
  description: string;
}

@Entity({ tableName: "overarching_need" })
@Unique({ properties: ["district", "plan", "number"] })
export class OverarchingNeed extends DistrictScoped {
  @ManyToOne(() => ImprovementPlan, { deleteRule: "cascade" })
  plan!: Rel<ImprovementPlan>;

  @Property({ type: "smallint" })
  number!: number;

  @Property({ type: "text" })
  description!: string;

  @Property({ type: "boolean", nullable: true })
  isEquityGap: boolean | null = null;

  @Property({ type: ArrayType })
  rootCauses: Opt<string[]> = [];

  @Property({ type: "text", nullable: true })
  goal: string | null = null;

  @Property({ type: "text", nullable: true })
  equityGap: string | null = null;

  @Property({ type: ArrayType })
  contentAreas: Opt<string[]> = [];

  @Property({ type: ArrayType })
  gradeSpans: Opt<string[]> = [];

  @Property({ type: ArrayType })
  subgroups: Opt<string[]> = [];

  @Property({ type: "json" })
  equityInterventions: Opt<EquityInterventionValue[]> = [];

  @OneToMany(() => ActionStep, (s) => s.need, { orderBy: { number: "asc" } })
  actionSteps = new Collection<ActionStep>(this);
}

/** A goal's value in one year: a target set for it, or the value reached. */
export interface GoalYearValue {
  year: number;
  kind: "TARGET" | "REACHED";
  /** Hundredths of the goal's unit (69.6% = 6960). */
  valueHundredths: number;
}

/**
 * A need's goal as a measure: what is measured and from what source, the baseline and target with
 * their years, the yearly growth, and the yearly targets and values reached. The importer fills
 * what the goal's text states; a person completes the rest (a re-import keeps what they entered).
 */
@Entity({ tableName: "goal_measure" })
@Unique({ properties: ["district", "need"] })
export class GoalMeasure extends DistrictScoped {
  @ManyToOne(() => OverarchingNeed, { deleteRule: "cascade" })
  need!: Rel<OverarchingNeed>;

  @Property({ type: "string", length: 200, nullable: true })
  measure: string | null = null;

  @Property({ type: "string", length: 200, nullable: true })
  dataSource: string | null = null;

  /** PERCENT or PERCENTAGE_POINTS. */
  @Property({ type: "string", length: 20 })
  unit: Opt<string> = "PERCENT";

  @Property({ type: "integer", nullable: true })
  baselineHundredths: number | null = null;

  @Property({ type: "smallint", nullable: true })
  baselineYear: number | null = null;

  @Property({ type: "integer", nullable: true })
  targetHundredths: number | null = null;

  @Property({ type: "smallint", nullable: true })
  targetYear: number | null = null;

  @Property({ type: "integer", nullable: true })
  annualChangeHundredths: number | null = null;

  @Property({ type: "json" })
  values: Opt<GoalYearValue[]> = [];

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}

@Entity({ tableName: "action_step" })
@Unique({ properties: ["district", "need", "number"] })
export class ActionStep extends DistrictScoped {
  @ManyToOne(() => OverarchingNeed, { deleteRule: "cascade" })
  need!: Rel<OverarchingNeed>;

  @Property({ type: "smallint" })
  number!: number;

  @Property({ type: "text" })
  description!: string;

  @Property({ type: ArrayType })
  subgroups: Opt<string[]> = [];

  @Property({ type: ArrayType })
  systems: Opt<string[]> = [];

  @Property({ type: "text", nullable: true })
  monitoringImplementation: string | null = null;

  @Property({ type: "text", nullable: true })
  monitoringEffectiveness: string | null = null;

  @Property({ type: "text", nullable: true })
  positionsResponsible: string | null = null;

  @Enum({ items: [...EVIDENCE_LEVELS], nullable: true })
  evidenceLevel: EvidenceLevel | null = null;

  @Property({ type: "string", nullable: true })
  timeline: string | null = null;

  @Property({ type: "boolean", nullable: true })
  supportsEquityIntervention: boolean | null = null;

  @Property({ type: "text", nullable: true })
  partnerships: string | null = null;

  /** Programs the plan allows to pay for this step. */
  @OneToMany(() => ActionStepFundingSource, (l) => l.actionStep, { orphanRemoval: true })
  allowedFundingSources = new Collection<ActionStepFundingSource>(this);

  @OneToMany(() => ActionStepStrategicLink, (l) => l.actionStep, { orphanRemoval: true })
  strategicLinks = new Collection<ActionStepStrategicLink>(this);
}

/** "Funding Sources" of an action step: a program allowed to pay for it. */
@Entity({ tableName: "action_step_funding_source" })
@Unique({ properties: ["district", "actionStep", "fundingSource"] })
export class ActionStepFundingSource extends DistrictScoped {
  @ManyToOne(() => ActionStep, { deleteRule: "cascade" })
  actionStep!: Rel<ActionStep>;

  @ManyToOne(() => FundingSource)
  fundingSource!: Rel<FundingSource>;
}

/** Which strategic-plan action steps (e.g. 5.1.2a) a federal plan action step serves. */
@Entity({ tableName: "action_step_strategic_link" })
@Unique({ properties: ["district", "actionStep", "strategicActionStep"] })
export class ActionStepStrategicLink extends DistrictScoped {
  @ManyToOne(() => ActionStep, { deleteRule: "cascade" })
  actionStep!: Rel<ActionStep>;

  @ManyToOne(() => StrategicActionStep, { deleteRule: "cascade" })
  strategicActionStep!: Rel<StrategicActionStep>;
}

export const MONITORING_WINDOWS = ["MID_YEAR", "END_OF_YEAR"] as const;
export type MonitoringWindow = (typeof MONITORING_WINDOWS)[number];
export const IMPLEMENTATION_STATUSES = [
  "NOT_STARTED",
  "BEGINNING",
  "PARTIAL",
  "FULL",
  "NOT_IMPLEMENTED",
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/**
 * An action step's progress in one monitoring window of its year (Georgia asks for it twice a
 * year): how far it is implemented, the evidence, notes, who recorded it; its artifacts apart.
 */
@Entity({ tableName: "step_monitoring" })
@Unique({ properties: ["district", "actionStep", "window"] })
export class StepMonitoring extends DistrictScoped {
  @ManyToOne(() => ActionStep, { deleteRule: "cascade" })
  actionStep!: Rel<ActionStep>;

  @Enum({ items: [...MONITORING_WINDOWS] })
  window!: MonitoringWindow;

  @Enum({ items: [...IMPLEMENTATION_STATUSES] })
  status!: ImplementationStatus;

  @Property({ type: "text", nullable: true })
  evidence: string | null = null;

  @Property({ type: "text", nullable: true })
  notes: string | null = null;

  @Property({ type: "string", length: 200 })
  recordedBy!: string;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}

/** A file that evidences a step's progress (sign-in sheets, coaching logs), stored in the database. */
@Entity({ tableName: "monitoring_artifact" })
@Index({ properties: ["district", "monitoring"] })
export class MonitoringArtifact extends DistrictScoped {
  @ManyToOne(() => StepMonitoring, { deleteRule: "cascade" })
  monitoring!: Rel<StepMonitoring>;

  @Property({ type: "string", length: 200 })
  fileName!: string;

  @Property({ type: "string", length: 100 })
  contentType!: string;

  @Property({ type: "integer" })
  sizeBytes!: number;

  @Property({ type: "string", length: 64 })
  sha256!: string;

  /**
   * Where the bytes are: DATABASE (here, read only when the file is downloaded) or DIRECTORY (the
   * operator's artifact store, ARTIFACT_DIR, by district and SHA-256; content is then null).
   */
  @Property({ type: "string", length: 20 })
  storedIn: Opt<"DATABASE" | "DIRECTORY"> = "DATABASE";

  @Property({ type: "blob", lazy: true, nullable: true })
  content: Buffer | null = null;

  @Property({ type: "string", length: 200 })
  uploadedBy!: string;
}

export const PLAN_AMENDMENT_STATUSES = ["APPLIED", "PROPOSED", "APPROVED", "REJECTED"] as const;
export type PlanAmendmentStatus = (typeof PLAN_AMENDMENT_STATUSES)[number];

/** One field of a need or action step, before and after a change (lists as lists). */
export interface PlanChangeValue {
  target: "NEED" | "ACTION_STEP";
  targetId: string;
  /** "Need 1" or "Action step 1.3", as the plan numbers them. */
  label: string;
  field: string;
  current: string | string[] | null;
  amended: string | string[] | null;
}

/**
 * A change to a plan, kept as its version history: applied at once before the director approves
 * the plan (APPLIED), and afterwards an amendment (PROPOSED) that changes the plan only when the
 * director approves it. Each records the current and amended text per section and the reason.
 */
@Entity({ tableName: "plan_amendment" })
@Unique({ properties: ["district", "plan", "number"] })
export class PlanAmendment extends DistrictScoped {
  @ManyToOne(() => ImprovementPlan, { deleteRule: "cascade" })
  plan!: Rel<ImprovementPlan>;

  /** 1, 2, ... within its plan. */
  @Property({ type: "smallint" })
  number!: number;

  @Enum({ items: [...PLAN_AMENDMENT_STATUSES] })
  status!: PlanAmendmentStatus;

  @Property({ type: "text" })
  reason!: string;

  @Property({ type: "json" })
  changes!: PlanChangeValue[];

  @Property({ type: "string", length: 200 })
  proposedBy!: string;

  @Property({ type: "string", length: 200, nullable: true })
  decidedBy: string | null = null;

  @Property({ type: "datetime", nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: "text", nullable: true })
  decisionNote: string | null = null;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}
