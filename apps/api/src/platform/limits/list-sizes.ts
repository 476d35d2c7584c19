import type { MikroORM } from "@mikro-orm/postgresql";

import { MAX_CHART_CODES, MAX_SCHEDULE_STEPS, PROGRAM_CODES } from "@allot/engine";
import { MAX_BANDS } from "@allot/engine/inputs";

/** How many rows of each kind the caller's district holds: what a list of them really returns. */
export interface DistrictSizes {
  schools: number;
  scenarios: number;
  awards: number;
  transfers: number;
  fiscalYears: number;
  apiTokens: number;
  /** Action steps of the district's plans (needs, goals and the like are fewer). */
  planItems: number;
  /** Budget lines of every year. */
  budgetLines: number;
  /**
   * The most children one node of the strategic plan's tree has (goals of a plan, objectives of
   * a goal, initiatives of an objective, steps of an initiative, strategic links of an action
   * step): nested lists multiply, so each level is bounded by its largest parent, not the total.
   */
  strategicFanout: number;
}

/** Signed out, or a district with nothing yet. */
export const EMPTY_SIZES: DistrictSizes = {
  schools: 0,
  scenarios: 0,
  awards: 0,
  transfers: 0,
  fiscalYears: 0,
  apiTokens: 0,
  planItems: 0,
  budgetLines: 0,
  strategicFanout: 0,
};

/** Longest list of price bands, reservations or similar settings a scenario's input accepts. */
export const MAX_SETTING_ITEMS = 50;
/** Most schools a preview with the caller's own schools takes (scenario/preview.ts). */
export const MAX_PREVIEW_SCHOOLS = 500;
/** Most funding shares one position has, and benefit rates one year has (the API refuses more). */
export const MAX_POSITION_SHARES = 10;
export const MAX_BENEFIT_RATES = 12;
/** Most salary schedules one year has (the API refuses more). */
export const MAX_SALARY_SCHEDULES = 40;
/** Most cells budgetByFunctionAndObject answers at once (one program has under 1,000 in Georgia). */
export const MAX_GRID_CELLS = 2_000;
/** Most job classes a district keeps (the API refuses more). */
export const MAX_REFERENCE_ROWS = 500;
/** Most problems a file import reports (the rest are summarised in one). */
export const MAX_FILE_PROBLEMS = 1_000;

const programs = PROGRAM_CODES.length;

/**
 * The number of items a list field of this item type can return, by what it lists. A connection's
 * edges and nodes count 1: the connection field multiplies them by its `first`. A test checks that
 * every list of objects in the schema is listed here, so a new list cannot go uncounted.
 */
const SIZE_OF: Record<string, (s: DistrictSizes) => number> = {
  // One per school of the district.
  ScenarioSchoolResult: (s) => s.schools,
  // A preview's schools: the district's, or at most MAX_PREVIEW_SCHOOLS of the caller's own.
  PreviewSchoolResult: (s) => Math.max(s.schools, MAX_PREVIEW_SCHOOLS),
  SchoolAmount: (s) => s.schools,
  AllocationDifference: (s) => s.schools * programs,
  // One per program (and per school, at most one per program).
  FundingSource: () => programs,
  ProgramAmount: () => programs,
  ProgramBudget: () => programs,
  ProgramMoneyPicture: () => programs,
  PositionProgramCost: () => programs,
  SchoolBudgetProgram: () => programs,
  // A goal's yearly targets and values reached (the API refuses more than 40).
  GoalYearValue: () => 40,
  // Progress monitoring: one per action step, two windows each, at most 20 files a window.
  StepProgress: (s) => s.planItems,
  // A plan's version history: one call lists at most 200 changes of at most 50 sections each.
  PlanAmendment: () => 200,
  PlanChange: () => 50,
  StepMonitoringRecord: () => 2,
  MonitoringWindowDates: () => 2,
  MonitoringArtifact: () => 20,
  // The state's awards to single schools: at most one per school and program.
  SchoolAward: (s) => s.schools * programs,
  ScenarioProgramResult: () => programs,
  ProgramDifference: () => programs,
  ProgramReservation: () => MAX_SETTING_ITEMS,
  SchoolAllocation: () => programs,
  TransferChoice: () => programs * programs,
  ReservationResult: () => MAX_SETTING_ITEMS,
  PpaBand: () => MAX_BANDS, // the schema refuses more
  // The engine's rules and measures, and the problems of one input.
  ComplianceCheckType: () => 100,
  // A state's chart of accounts: its segments and its code lists (Georgia's have under 100 each).
  AccountSegment: () => 10,
  AccountSegmentValue: () => 10,
  AccountCode: () => MAX_CHART_CODES,
  // The budget by function and object: one cell per line at most, and never more than the
  // resolver answers (it asks for one program at a time above that).
  FunctionObjectAmount: (s) => Math.min(s.budgetLines, MAX_GRID_CELLS),
  MeasureDifference: () => 20,
  UserError: () => MAX_SETTING_ITEMS,
  FileProblemType: () => MAX_FILE_PROBLEMS,
  FieldChangeType: () => MAX_FILE_PROBLEMS,
  // The district's own rows.
  Scenario: (s) => s.scenarios,
  Award: (s) => s.awards,
  Transfer: (s) => s.transfers,
  FiscalYearType: (s) => s.fiscalYears,
  ApiToken: (s) => s.apiTokens,
  // The plans: needs, steps and their funding are each at most the steps; the strategic plan's levels
  // at most its widest node (strategicFanout).
  OverarchingNeed: (s) => s.planItems,
  ActionStep: (s) => s.planItems,
  ActionStepFunding: (s) => s.planItems,
  NeedFunding: (s) => s.planItems,
  // The plan's interventions, systems, subgroups and goals: each at most one per step, or NONE.
  PlanFundingGroup: (s) => s.planItems + 1,
  EquityIntervention: (s) => s.planItems,
  ScenarioActionStepLink: (s) => s.planItems,
  StrategicGoal: (s) => s.strategicFanout,
  PerformanceObjective: (s) => s.strategicFanout,
  StrategicInitiative: (s) => s.strategicFanout,
  StrategicActionStep: (s) => s.strategicFanout,
  // Connections: counted at the connection field (its `first`).
  SchoolEdge: () => 1,
  School: () => 1,
  BudgetLineEdge: () => 1,
  BudgetLine: () => 1,
  PositionEdge: () => 1,
  Position: () => 1,
  // A position's shares, and its salary and benefits (the API refuses more).
  PositionFunding: () => MAX_POSITION_SHARES,
  PositionCostPart: () => MAX_BENEFIT_RATES + 1,
  // The district's job classes and a year's benefit rates: reference lists a person keeps.
  JobClass: () => MAX_REFERENCE_ROWS,
  BenefitRate: () => MAX_BENEFIT_RATES,
  SalarySchedule: () => MAX_SALARY_SCHEDULES,
  SalaryStep: () => MAX_SCHEDULE_STEPS,
  AuditEventEdge: () => 1,
  AuditEvent: () => 1,
};

export const SIZED_ITEM_TYPES: ReadonlySet<string> = new Set(Object.keys(SIZE_OF));

/** Items a list of `itemType` holds in the caller's district; at least 1 (an empty list still costs its field). */
export function listSize(itemType: string, sizes: DistrictSizes): number {
  const size = SIZE_OF[itemType];
  // Unlisted (the schema test fails first): assume the largest page.
  return Math.max(size ? size(sizes) : 100, 1);
}

export interface DistrictSizesReader {
  get(districtId: string): Promise<DistrictSizes>;
  /** After a write in the district: the next request reads the sizes again. */
  forget(districtId: string): void;
}

/**
 * The sizes, read in one statement and kept for a few seconds per district (forgotten by this
 * process's own writes at once; another process's writes show within the few seconds).
 */
export function districtSizes(orm: MikroORM, ttlMs = 10_000): DistrictSizesReader {
  const cache = new Map<string, { at: number; sizes: DistrictSizes }>();
  const get = async (districtId: string): Promise<DistrictSizes> => {
    const now = Date.now();
    const hit = cache.get(districtId);
    if (hit && now - hit.at < ttlMs) return hit.sizes;
    const [row] = await orm.em.getConnection().execute<Record<keyof DistrictSizes, string>[]>(
      `select (select count(*) from school where district_id = ?) as schools,
              (select count(*) from scenario where district_id = ?) as scenarios,
              (select count(*) from award where district_id = ?) as awards,
              (select count(*) from transfer where district_id = ?) as transfers,
              (select count(*) from fiscal_year where district_id = ?) as "fiscalYears",
              (select count(*) from api_token where district_id = ?) as "apiTokens",
              (select count(*) from action_step where district_id = ?) as "planItems",
              (select count(*) from budget_line where district_id = ?) as "budgetLines",
              greatest(
                (select max(n) from (select count(*) as n from strategic_goal where district_id = ? group by plan_id) g),
                (select max(n) from (select count(*) as n from performance_objective where district_id = ? group by goal_id) o),
                (select max(n) from (select count(*) as n from strategic_initiative where district_id = ? group by objective_id) i),
                (select max(n) from (select count(*) as n from strategic_action_step where district_id = ? group by initiative_id) s),
                (select max(n) from (select count(*) as n from action_step_strategic_link where district_id = ? group by action_step_id) l)
              ) as "strategicFanout"`,
      Array(13).fill(districtId),
    );
    const n = (k: keyof DistrictSizes) => Number(row?.[k] ?? 0);
    const sizes: DistrictSizes = {
      schools: n("schools"),
      scenarios: n("scenarios"),
      awards: n("awards"),
      transfers: n("transfers"),
      fiscalYears: n("fiscalYears"),
      apiTokens: n("apiTokens"),
      planItems: n("planItems"),
      budgetLines: n("budgetLines"),
      strategicFanout: n("strategicFanout"),
    };
    if (cache.size > 10_000) cache.clear(); // a state has a few hundred districts; never grows without bound
    cache.set(districtId, { at: now, sizes });
    return sizes;
  };
  return { get, forget: (districtId) => void cache.delete(districtId) };
}
