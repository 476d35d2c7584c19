import { Award, SchoolAward, Transfer } from "./award.js";
import { BudgetLine } from "./budget-line.js";
import { District } from "./district.js";
import { FiscalYear } from "./fiscal-year.js";
import { FundingSource } from "./funding-source.js";
import {
  ActionStep,
  ActionStepFundingSource,
  ActionStepStrategicLink,
  GoalMeasure,
  ImprovementPlan,
  MonitoringArtifact,
  OverarchingNeed,
  PlanAmendment,
  StepMonitoring,
} from "./improvement-plan.js";
import { BenefitRate, JobClass, Position, PositionFunding, SalarySchedule } from "./position.js";
import { Scenario, ScenarioAllocation, SchoolAllocation } from "./scenario.js";
import { School } from "./school.js";
import {
  PerformanceObjective,
  StrategicActionStep,
  StrategicGoal,
  StrategicInitiative,
  StrategicPlan,
} from "./strategic-plan.js";
import {
  ApiToken,
  AuditCheckpoint,
  AuditEvent,
  IdempotencyKey,
  Session,
  SignInThrottle,
  User,
} from "./trust.js";

export * from "./base.js";
export * from "./award.js";
export * from "./budget-line.js";
export * from "./district.js";
export * from "./fiscal-year.js";
export * from "./funding-source.js";
export * from "./improvement-plan.js";
export * from "./position.js";
export * from "./school.js";
export * from "./scenario.js";
export * from "./strategic-plan.js";
export * from "./trust.js";

export const ENTITIES = [
  District,
  FiscalYear,
  FundingSource,
  Award,
  Transfer,
  SchoolAward,
  School,
  ImprovementPlan,
  OverarchingNeed,
  GoalMeasure,
  StepMonitoring,
  MonitoringArtifact,
  PlanAmendment,
  ActionStep,
  ActionStepFundingSource,
  ActionStepStrategicLink,
  StrategicPlan,
  StrategicGoal,
  PerformanceObjective,
  StrategicInitiative,
  StrategicActionStep,
  JobClass,
  BenefitRate,
  Position,
  PositionFunding,
  SalarySchedule,
  BudgetLine,
  Scenario,
  ScenarioAllocation,
  SchoolAllocation,
  User,
  Session,
  ApiToken,
  AuditEvent,
  IdempotencyKey,
  SignInThrottle,
  AuditCheckpoint,
];
