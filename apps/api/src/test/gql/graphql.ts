/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The director's approval of a year's plan. */
export type ApproveImprovementPlanInput = {
  /** The plan's revision you reviewed: when it has moved on, refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Fiscal year of the plan. */
  fiscalYear: number;
};

/** A file for a step's window (recorded first), base64, at most 1 MB. */
export type AttachMonitoringArtifactInput = {
  /** The action step (global id). */
  actionStepId: string;
  /** The file's bytes, base64. */
  contentBase64: string;
  /** PDF, PNG, JPEG, DOCX, XLSX, CSV or plain text, by its media type. */
  contentType: string;
  /** File name. */
  fileName: string;
  /** The window. */
  window: MonitoringWindow;
};

/** Which staff a benefit applies to. */
export type BenefitAppliesTo =
  | 'ALL'
  | 'CERTIFIED'
  | 'CLASSIFIED';

/** A percentage of salary (FICA, retirement) or an amount per full-time equivalent (health). */
export type BenefitBasis =
  | 'PERCENT_OF_SALARY'
  | 'PER_FTE';

/** APPROVED: part of the budget. DRAFT: a school leader's line inside their school's allocation, awaiting the director's approval (it already counts against the award and the allocation). */
export type BudgetLineStatus =
  | 'APPROVED'
  | 'DRAFT';

/** The statutory use a budget line counts toward, for the rules that count it apart from the rest of its program. */
export type BudgetUse =
  /** Coordinated early intervening services (IDEA 613(f)) */
  | 'EARLY_INTERVENING_SERVICES'
  /** Effective use of technology (ESEA 4109) */
  | 'EFFECTIVE_USE_OF_TECHNOLOGY'
  /** Parent and family engagement (ESEA 1116(a)(3)) */
  | 'FAMILY_ENGAGEMENT'
  /** Safe and healthy students (ESEA 4108) */
  | 'SAFE_AND_HEALTHY_STUDENTS'
  /** Technology infrastructure (ESEA 4109(b)) */
  | 'TECHNOLOGY_INFRASTRUCTURE'
  /** Well-rounded education (ESEA 4107) */
  | 'WELL_ROUNDED_EDUCATION';

/** Outcome of one compliance rule: NOT_APPLICABLE when the rule does not apply to the facts, NOT_CHECKED when an input it needs was not given (see `missing`). */
export type CheckStatus =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  /** The rule may apply but could not be checked: `missing` names the input to give. */
  | 'NOT_CHECKED'
  | 'PASS';

/** A new API token. */
export type CreateApiTokenInput = {
  /** Days until it expires, 1-365 (default 90). */
  expiresInDays?: number | null | undefined;
  /** A name people recognise, e.g. "ERP nightly sync". */
  name: string;
  /** The role it acts with. */
  role: Role;
  /** For a SCHOOL_LEADER token, required: the school (global id) it sees, and no other. Refused for other roles. */
  schoolId?: string | null | undefined;
  /** READ or READ_WRITE. */
  scope: TokenScope;
};

/** A new budget line. */
export type CreateBudgetLineInput = {
  /** Account code (up to 64 characters). */
  accountCode?: string | null | undefined;
  /** Action step (global id) of that year's plan. */
  actionStepId: string;
  /** Amount, greater than zero and within what the program has left; left out for an item line, where it is quantity x unitPrice. */
  amount?: string | null | undefined;
  /** What the money buys (1-500 characters). */
  description: string;
  /** Fiscal year, e.g. 2022. */
  fiscalYear: number;
  /** Function code of the state's chart of accounts valid in the year (see chartOfAccounts). */
  functionCode?: string | null | undefined;
  /** Narrative (up to 2,000 characters). */
  narrative?: string | null | undefined;
  /** Object code of the state's chart of accounts valid in the year. */
  objectCode?: string | null | undefined;
  /** The state's prior approval of equipment (up to 200 characters). */
  priorApproval?: string | null | undefined;
  /** Program paying; must be a funding source of the action step. */
  program: ProgramCode;
  /** For an item line: how many (1-1,000,000), given with unitPrice. */
  quantity?: number | null | undefined;
  /** School (global id) when spent at one school. */
  schoolId?: string | null | undefined;
  /** For an IDEA Part B line: IDEA_611 or IDEA_619; any other program's line names none. */
  subgrant?: IdeaSubgrant | null | undefined;
  /** For an item line: the price of one; the amount is quantity x unitPrice. */
  unitPrice?: string | null | undefined;
  /** The statutory use the line counts toward; it must be a use of the line's program. */
  use?: BudgetUse | null | undefined;
  /** Vendor (up to 200 characters). */
  vendor?: string | null | undefined;
};

/** A new job class. */
export type CreateJobClassInput = {
  /** Certified or classified. */
  category: StaffCategory;
  /** The HR system's job code (1-20 characters, unique). */
  code: string;
  /** Object code of the salary in the state's chart, e.g. 110. */
  salaryObjectCode: string;
  /** Title (1-200 characters). */
  title: string;
};

/** A new position. */
export type CreatePositionInput = {
  /** The HR system's position code (1-40 characters, unique in the year). */
  code: string;
  /** Fiscal year. */
  fiscalYear: number;
  /** Full-time equivalent, 0.01 to 1.00. */
  fte: number;
  /** Job class (global id). */
  jobClassId: string;
  /** Who holds it (up to 200 characters). */
  personName?: string | null | undefined;
  /** Actual yearly salary; leave it out when salarySchedule and scheduleStep give it. */
  salary?: string | null | undefined;
  /** Name of the year's salary schedule the salary follows (with scheduleStep). */
  salarySchedule?: string | null | undefined;
  /** Step on salarySchedule. */
  scheduleStep?: number | null | undefined;
  /** School (global id); none for the district office. */
  schoolId?: string | null | undefined;
  /** Filled or vacant. */
  status: PositionStatus;
  /** Title (1-200 characters). */
  title: string;
};

/** The director's decision on a proposed amendment. */
export type DecidePlanAmendmentInput = {
  /** The amendment (global id). */
  amendmentId: string;
  /** true approves and applies it; false rejects it. */
  approve: boolean;
  /** The amendment's version you read. */
  expectedVersion?: number | null | undefined;
  /** A note on the decision. */
  note?: string | null | undefined;
};

/** A budget line to delete. */
export type DeleteBudgetLineInput = {
  /** The version you read; a newer one refuses the delete with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The budget line (global id). */
  id: string;
};

/** A position to delete, with its budget lines. */
export type DeletePositionInput = {
  /** The version you read. */
  expectedVersion?: number | null | undefined;
  /** The position (global id). */
  id: string;
};

/** A step's recorded window to delete, with its files. */
export type DeleteStepMonitoringInput = {
  /** The action step (global id). */
  actionStepId: string;
  /** The version you read: a later change is a CONFLICT. */
  expectedVersion: number;
  /** The window. */
  window: MonitoringWindow;
};

/** A transfer to undo. */
export type DeleteTransferInput = {
  /** The transfer (global id). */
  id: string;
};

/** A file of the district's to import: CSV, XLSX or XLS. */
export type DistrictFileInput = {
  /** The file's bytes, base64-encoded (up to about 1.5 MB of file: 10,000 schools as CSV). */
  contentBase64: string;
  /** Check the file and count what would change, writing nothing (default false). */
  dryRun?: boolean | null | undefined;
  /** A CSV's text encoding when it is not UTF-8 (a CSV saved by older Excel is often WINDOWS_1252). Without it, a CSV that is not valid UTF-8 is refused. */
  encoding?: TextEncoding | null | undefined;
  /** File name; its extension says the format: ".csv" or ".xlsx". */
  fileName: string;
};

/** Changes to a year's improvement plan, with the reason for them. */
export type EditImprovementPlanInput = {
  /** At most 50 changes. */
  changes: Array<PlanChangeInput>;
  /** The plan's revision you read: when it has moved on, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Fiscal year of the plan. */
  fiscalYear: number;
  /** Why the plan changes (kept with the change; required). */
  reason: string;
};

/** One funding share of a position. */
export type FundingShareInput = {
  /** Action step (global id) of the position's year's plan. */
  actionStepId: string;
  /** Function code of the state's chart, e.g. 1000. */
  functionCode: string;
  /** Program; must fund the action step in the plan. */
  program: ProgramCode;
  /** Share in basis points, 1-10,000 (50% = 5000). */
  shareBasisPoints: number;
  /** For an IDEA Part B share: IDEA_611 or IDEA_619; its lines carry it. */
  subgrant?: IdeaSubgrant | null | undefined;
};

/** IDEA Part B proportionate share and CEIS. */
export type IdeaInput = {
  /** All eligible children with disabilities, 3-21. */
  allChildren: number;
  /** Coordinated early intervening services (at most 15%). */
  ceis: string;
  /** Parentally placed private-school children with disabilities, 3-21. */
  privateChildren: number;
};

/** IDEA Part B's two subgrants: IDEA_611 (children 3-21, 20 U.S.C. 1411) and IDEA_619 (preschool, 3-5, 20 U.S.C. 1419). */
export type IdeaSubgrant =
  | 'IDEA_611'
  | 'IDEA_619';

/** How far an action step is implemented in a window. */
export type ImplementationStatus =
  | 'BEGINNING'
  | 'FULL'
  | 'NOT_IMPLEMENTED'
  | 'NOT_STARTED'
  | 'PARTIAL';

/** A plan text export to import into a fiscal year. */
export type ImportImprovementPlanInput = {
  /** Fiscal year to import into; must match the years the text states. */
  fiscalYear: number;
  /** The whole text export of the Georgia District Improvement Plan. */
  text: string;
};

/** A district's schools file to import: CSV or XLSX, keyed by NCES school id. */
export type ImportSchoolsInput = {
  /** The file's bytes, base64-encoded (up to about 1.5 MB of file: 10,000 schools as CSV). */
  contentBase64: string;
  /** Check the file and count what would change, writing nothing (default false). */
  dryRun?: boolean | null | undefined;
  /** A CSV's text encoding when it is not UTF-8 (a CSV saved by older Excel is often WINDOWS_1252). Without it, a CSV that is not valid UTF-8 is refused. */
  encoding?: TextEncoding | null | undefined;
  /** File name; its extension says the format: ".csv" or ".xlsx". */
  fileName: string;
};

/** The two windows a year in which each action step's progress is recorded. */
export type MonitoringWindow =
  | 'END_OF_YEAR'
  | 'MID_YEAR';

/** A window's dates. */
export type MonitoringWindowDatesInput = {
  /** Last day (ISO date). */
  closesOn: string;
  /** First day (ISO date, e.g. 2022-01-03). */
  opensOn: string;
  /** The window. */
  window: MonitoringWindow;
};

/** Extra weight per student with each need (a student counts 1 plus these). */
export type NeedWeightsInput = {
  /** Concentration threshold, percent of low-income students. */
  concentrationThresholdPercent?: number | null | undefined;
  /** Concentration of poverty: extra weight per student once poverty reaches the threshold. */
  concentrationWeight?: number | null | undefined;
  /** Economically disadvantaged, e.g. 0.12. */
  economicallyDisadvantaged?: number | null | undefined;
  /** English learners, e.g. 0.4. */
  englishLearners?: number | null | undefined;
  /** Foster care. */
  foster?: number | null | undefined;
  /** Homeless, e.g. 0.25. */
  homeless?: number | null | undefined;
  /** Migrant. */
  migrant?: number | null | undefined;
  /** Students with disabilities, e.g. 0.9. */
  studentsWithDisabilities?: number | null | undefined;
};

/** APPLIED: a change made before the plan was approved; PROPOSED: an amendment waiting for the director; APPROVED and applied; REJECTED. */
export type PlanAmendmentStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

/** One field of a need or action step, with its new value. */
export type PlanChangeInput = {
  /** The field. */
  field: PlanField;
  /** The new items of a list field (root causes, subgroups, systems), in order. */
  items?: Array<string> | null | undefined;
  /** The need (NEED_* fields) or action step (STEP_* fields), by global id. */
  targetId: string;
  /** The new text of a text field; null or empty clears an optional one. */
  text?: string | null | undefined;
};

/** A field of a need (NEED_*) or an action step (STEP_*) that a plan change edits. List fields (root causes, subgroups, systems) take items; the others take text. NEED_ADD_ACTION_STEP adds a step under the need (text: its description; it gets the next number), STEP_PROGRAMS sets the programs that may pay for a step (items: program codes), STEP_REMOVE takes a step out (no text; refused with PLAN_IN_USE while budget lines, position shares, scenario allocations or recorded progress are on it). */
export type PlanField =
  | 'NEED_ADD_ACTION_STEP'
  | 'NEED_DESCRIPTION'
  | 'NEED_EQUITY_GAP'
  | 'NEED_GOAL'
  | 'NEED_ROOT_CAUSES'
  | 'NEED_SUBGROUPS'
  | 'STEP_DESCRIPTION'
  | 'STEP_EVIDENCE_LEVEL'
  | 'STEP_MONITORING_EFFECTIVENESS'
  | 'STEP_MONITORING_IMPLEMENTATION'
  | 'STEP_PARTNERSHIPS'
  | 'STEP_POSITIONS_RESPONSIBLE'
  | 'STEP_PROGRAMS'
  | 'STEP_REMOVE'
  | 'STEP_SUBGROUPS'
  | 'STEP_SYSTEMS'
  | 'STEP_TIMELINE';

/** Filled or vacant. */
export type PositionStatus =
  | 'FILLED'
  | 'VACANT';

/** A per-child amount for poverty at or above a percentage. */
export type PpaBandInput = {
  /** Lowest poverty percentage of the band, e.g. 75. */
  minPovertyPercent: number;
  /** Amount per low-income child. */
  perChild: string;
};

/** Title I per-pupil policy: one amount, amounts by poverty band, amounts per school, or the whole pool at one amount. */
export type PpaKind =
  | 'BANDS'
  | 'EVEN'
  | 'EXPLICIT'
  | 'SINGLE';

/** Title I per-pupil policy. */
export type PpaPolicyInput = {
  /** For BANDS. */
  bands?: Array<PpaBandInput> | null | undefined;
  /** Which policy. */
  kind: PpaKind;
  /** For SINGLE: the amount per low-income child. */
  perChild?: string | null | undefined;
  /** For EXPLICIT. */
  schools?: Array<SchoolAmountInput> | null | undefined;
};

/** Inputs for a what-if run that saves nothing. */
export type PreviewAllocationInput = {
  /** Programs' money to use instead of the year's awards; only these programs run. */
  awards?: Array<PreviewAwardInput> | null | undefined;
  /** Fiscal year whose schools and awards to use (and whose adopted budget is the baseline). */
  fiscalYear: number;
  /** The parameters. */
  parameters: ScenarioParametersInput;
  /** Schools to use instead of the district's (at most 500); the answer lists them in `schools` by your keys. */
  schools?: Array<PreviewSchoolInput> | null | undefined;
};

/** A program's money for a what-if run, given instead of the year's award. */
export type PreviewAwardInput = {
  /** The year's allocation: the base of the statute's percentages. */
  allocation: string;
  /** Carryover from last year (default 0): spendable, but not part of the base. */
  carryover?: string | null | undefined;
  /** The program. */
  program: ProgramCode;
};

/** A school of a what-if run, given by the caller instead of the district's. */
export type PreviewSchoolInput = {
  /** English learners (default 0). */
  englishLearners?: number | null | undefined;
  /** Students enrolled. */
  enrollment: number;
  /** Homeless students (default 0). */
  homeless?: number | null | undefined;
  /** Your key for the school (1-100 characters, unique in the list); the answer names the school by it. */
  key: string;
  /** Level (grade span). */
  level: SchoolLevel;
  /** Public-school low-income children by the district's poverty measure. */
  lowIncome: number;
  /** Name. */
  name: string;
  /** Private-school low-income children living in the attendance area (default 0). */
  privateLowIncome?: number | null | undefined;
  /** Served by Title I last year (default false). */
  servedLastYear?: boolean | null | undefined;
  /** Students with disabilities (default 0). */
  studentsWithDisabilities?: number | null | undefined;
  /** CSI/TSI/ATSI designation (default NONE). */
  supportDesignation?: SupportDesignation | null | undefined;
};

/** Title II-A and IV-A priority for CSI/TSI and high-poverty schools (ESEA 2102(b)(2)(C)). */
export type PriorityInput = {
  /** Extra weight for CSI/TSI schools, percent. */
  csiTsiPercent: number;
  /** Extra weight for high-poverty schools, percent. */
  highPovertyPercent: number;
  /** Poverty percentage from which a school is high-poverty. */
  highPovertyThresholdPercent: number;
};

/** A federal program. Codes are stable across districts and years. */
export type ProgramCode =
  /** IDEA Part B, sections 611 and 619 */
  | 'IDEA_B'
  /** McKinney-Vento EHCY subgrant (42 U.S.C. 11433) */
  | 'MCKINNEY_VENTO'
  /** Title III, Part A (ESEA 3111-3115) */
  | 'TITLE_III_A'
  /** Title II, Part A (ESEA 2101-2104) */
  | 'TITLE_II_A'
  /** Title IV, Part A SSAE (ESEA 4101-4110) */
  | 'TITLE_IV_A'
  /** Title I, Part A (ESEA 1111-1118) */
  | 'TITLE_I_A'
  /** Title I, Part A school improvement (ESEA 1003) */
  | 'TITLE_I_A_1003';

/** Money a program keeps at district level. */
export type ProgramReservationInput = {
  /** Of which administration (Title III-A and IV-A: at most 2%). */
  administration?: string | null | undefined;
  /** Amount kept at district level. */
  amount: string;
  /** The program (not Title I-A, which has its own reservations). */
  program: ProgramCode;
};

/** Equity-weighted reallocation of programs' school money. */
export type ReallocationSettingsInput = {
  /** Largest gain against the baseline, percent; none when omitted. */
  maxGainPercent?: number | null | undefined;
  /** Largest loss any school may take against its baseline, percent (0-100). */
  maxLossPercent: number;
  /** Programs whose school money moves toward equal dollars per weighted pupil (not Title I-A). */
  programs: Array<ProgramCode>;
};

/** A yearly target, or the value a goal reached in a year. */
export type RecordGoalValueInput = {
  /** TARGET or REACHED. */
  kind: string;
  /** The need (global id) whose goal this is. */
  needId: string;
  /** The value, in the goal's unit, to two decimals. */
  value: number;
  /** School year, named by its end (2023 = 2022-23). */
  year: number;
};

/** A step's progress in one window, new or corrected. */
export type RecordStepMonitoringInput = {
  /** The action step (global id). */
  actionStepId: string;
  /** The evidence (up to 4,000 characters). */
  evidence?: string | null | undefined;
  /** The version you read, when correcting. */
  expectedVersion?: number | null | undefined;
  /** Notes (up to 4,000 characters). */
  notes?: string | null | undefined;
  /** How far it is implemented. */
  status: ImplementationStatus;
  /** The window. */
  window: MonitoringWindow;
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** Global id of the token. */
  id: string;
};

/** What a person or token may do. */
export type Role =
  /** Everything, including API tokens. */
  | 'ADMINISTRATOR'
  /** The plan, budget lines, and approving scenarios. */
  | 'FEDERAL_PROGRAMS_DIRECTOR'
  /** Awards, transfers and scenarios. */
  | 'FINANCE_ANALYST'
  /** Reads only, and only their own school. */
  | 'SCHOOL_LEADER'
  /** Reads only. */
  | 'VIEWER';

/** One step of a salary schedule. */
export type SalaryStepInput = {
  /** Yearly salary at the step. */
  salary: string;
  /** Step number, 0-99, once each. */
  step: number;
};

/** A scenario to act on. */
export type ScenarioActionInput = {
  /** The version you read. */
  expectedVersion?: number | null | undefined;
  /** The scenario. */
  id: string;
};

/** Everything a scenario computes from. */
export type ScenarioParametersInput = {
  /** District-level money of the other programs. */
  districtReservations?: Array<ProgramReservationInput> | null | undefined;
  /** IDEA proportionate share and CEIS. */
  idea?: IdeaInput | null | undefined;
  /** Title II-A and IV-A priorities. */
  priority?: PriorityInput | null | undefined;
  /** Equity reallocation; none when omitted. */
  reallocation?: ReallocationSettingsInput | null | undefined;
  /** Title I policy and reservations. */
  titleI: TitleIParametersInput;
  /** Title IV-A uses, for its compliance checks. */
  titleIV?: TitleIvUsesInput | null | undefined;
  /** Need weights (all 0 when omitted). */
  weights?: NeedWeightsInput | null | undefined;
};

/** DRAFT (editable) -> SUBMITTED -> APPROVED (final: the year's adopted budget) -> SUPERSEDED. Rejecting returns it to DRAFT. */
export type ScenarioStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'SUBMITTED'
  | 'SUPERSEDED';

/** A per-child amount for one school. */
export type SchoolAmountInput = {
  /** Amount per low-income child. */
  perChild: string;
  /** The school (global id). */
  schoolId: string;
};

/** Elementary, middle, high or other. */
export type SchoolLevel =
  | 'ELEMENTARY'
  | 'HIGH'
  | 'MIDDLE'
  | 'OTHER';

/** The programs an action step allows, replacing the ones it has. */
export type SetActionStepProgramsInput = {
  /** The action step (global id). */
  actionStepId: string;
  /** The programs you read: when the step's are no longer these, the change is refused with CONFLICT instead of overwriting someone else's. */
  expectedPrograms?: Array<ProgramCode> | null | undefined;
  /** Every program that may pay for the step. */
  programs: Array<ProgramCode>;
};

/** A benefit rate of a fiscal year, new or changed by name. */
export type SetBenefitRateInput = {
  /** Which staff it applies to. */
  appliesTo: BenefitAppliesTo;
  /** Percentage of salary or amount per FTE. */
  basis: BenefitBasis;
  /** The version you read of an existing rate; a newer one refuses with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Fiscal year. */
  fiscalYear: number;
  /** Name, e.g. FICA/Medicare (1-100 characters); an existing name is changed. */
  name: string;
  /** Object code it is charged to, e.g. 220. */
  objectCode: string;
  /** For an amount per FTE: a year's amount. */
  perFte?: string | null | undefined;
  /** For a percentage: hundredths of a percent, 0-10,000 (7.65% = 765). */
  rateHundredthsOfPercent?: number | null | undefined;
};

/** The dates of a year's two monitoring windows. */
export type SetMonitoringWindowsInput = {
  /** Fiscal year. */
  fiscalYear: number;
  /** MID_YEAR and END_OF_YEAR, once each. */
  windows: Array<MonitoringWindowDatesInput>;
};

/** A position's funding shares, replacing the ones it has. */
export type SetPositionFundingInput = {
  /** The version you read. */
  expectedVersion?: number | null | undefined;
  /** The position (global id). */
  positionId: string;
  /** The shares, at most 100% together (the rest is local money); empty: all local. */
  shares: Array<FundingShareInput>;
};

/** The district's priority objectives, replacing the ones marked. */
export type SetPriorityObjectivesInput = {
  /** The priorities you read: when they are no longer these, refused with CONFLICT instead of overwriting. */
  expectedObjectiveIds?: Array<string> | null | undefined;
  /** Every priority objective (global ids). */
  objectiveIds: Array<string>;
};

/** A salary schedule of a year, new or replacing the one of that name. */
export type SetSalaryScheduleInput = {
  /** The version you read. */
  expectedVersion?: number | null | undefined;
  /** Fiscal year. */
  fiscalYear: number;
  /** Name (1-40 characters). */
  name: string;
  /** Every step, 1 to 60 of them. */
  steps: Array<SalaryStepInput>;
};

/** The strategic-plan steps an action step serves, replacing the ones it has. */
export type SetStrategicLinksInput = {
  /** The improvement plan's action step (global id). */
  actionStepId: string;
  /** The links you read: when the step's are no longer these, refused with CONFLICT instead of overwriting. */
  expectedStrategicActionStepIds?: Array<string> | null | undefined;
  /** Every strategic-plan action step it serves (global ids), at most 50. */
  strategicActionStepIds: Array<string>;
};

/** Email and password. */
export type SignInInput = {
  /** Email. */
  email: string;
  /** Password. */
  password: string;
};

/** Certified staff (teachers, coaches) or classified staff (paraprofessionals, liaisons). */
export type StaffCategory =
  | 'CERTIFIED'
  | 'CLASSIFIED';

/** ESEA 1111(d) identification: comprehensive (CSI), targeted (TSI), additional targeted (ATSI) or none. */
export type SupportDesignation =
  | 'ATSI'
  | 'CSI'
  | 'NONE'
  | 'TSI';

/** A CSV file's text encoding. */
export type TextEncoding =
  | 'ISO_8859_1'
  | 'UTF_8'
  | 'WINDOWS_1252';

/** Title I settings. */
export type TitleIParametersInput = {
  /** Designate schools at or above 35% as eligible (default true). */
  designateAt35?: boolean | null | undefined;
  /** 75% rule threshold for high schools: 75 (default) or 50. */
  highSchoolThresholdPercent?: number | null | undefined;
  /** Per-pupil policy. */
  ppa: PpaPolicyInput;
  /** Count private-school low-income children in each school's share, as the 1996 federal guidance did (default false: under ESSA their equitable share is reserved first, ESEA 1117(a)(4)). When true, no separate equitable-services reservation is taken. */
  privateChildrenInSchoolShare?: boolean | null | undefined;
  /** Ranking below 75% (default district-wide). */
  ranking?: TitleIRanking | null | undefined;
  /** Reservations. */
  reservations: TitleIReservationsInput;
  /** Serve last year's schools one more year (default true). */
  serveLastYearOneMoreYear?: boolean | null | undefined;
};

/** Rank schools at or below 75% district-wide or within grade spans (ESEA 1113(a)(3)). */
export type TitleIRanking =
  | 'DISTRICT_WIDE'
  | 'GRADE_SPAN';

/** Title I reservations taken before school allocations (ESEA 1113(c)(3)). */
export type TitleIReservationsInput = {
  /** Administration. */
  administration?: string | null | undefined;
  /** District-wide initiatives. */
  districtWide?: string | null | undefined;
  /** Early childhood. */
  earlyChildhood?: string | null | undefined;
  /** Parent and family engagement (at least 1% above $500,000, ESEA 1116(a)(3)). */
  familyEngagement: string;
  /** Share of it passed to Title I schools, percent (default 90). */
  familyEngagementToSchoolsPercent?: number | null | undefined;
  /** Homeless children. */
  homeless?: string | null | undefined;
  /** Incentives for teachers in CSI/TSI schools (at most 5%). */
  incentives?: string | null | undefined;
  /** Neglected and delinquent children. */
  neglectedDelinquent?: string | null | undefined;
};

/** Title IV-A uses of funds (ESEA 4106(e)(2), 4109(b)). */
export type TitleIvUsesInput = {
  /** Safe and healthy students. */
  safeHealthy: string;
  /** Effective use of technology. */
  technology: string;
  /** Of technology, infrastructure. */
  technologyInfrastructure: string;
  /** Well-rounded education. */
  wellRounded: string;
};

/** READ tokens change nothing, whatever their role. */
export type TokenScope =
  | 'READ'
  | 'READ_WRITE';

/** An ESEA 5103 transfer to record. */
export type TransferFundsInput = {
  /** Amount, at most what the sender has not budgeted. */
  amount: string;
  /** Fiscal year. */
  fiscalYear: number;
  /** Sending program: TITLE_II_A or TITLE_IV_A. */
  from: ProgramCode;
  /** Receiving program allowed by ESEA 5103(b). */
  to: ProgramCode;
};

/** Changes to an award; omitted fields keep their value. */
export type UpdateAwardInput = {
  /** Amount awarded, e.g. from the grant award notice. */
  amount?: string | null | undefined;
  /** Carryover from the prior year. */
  carryoverIn?: string | null | undefined;
  /** The version you read; a newer one refuses the change with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Fund code in the district's ledger, as many digits as the state's fund segment (Georgia: 3); an empty string clears it. */
  fundCode?: string | null | undefined;
  /** The award (global id). */
  id: string;
  /** Notes; an empty string clears them. */
  notes?: string | null | undefined;
  /** IDEA Part B only: the 619 preschool part of the award, at most the award (the rest is 611). */
  preschool?: string | null | undefined;
  /** Program code in the state's chart, as many digits as its program segment (Georgia: 4); an empty string clears it. */
  programCode?: string | null | undefined;
};

/** Changes to a budget line; omitted fields keep their value. */
export type UpdateBudgetLineInput = {
  /** New account code; send an empty string to clear it. */
  accountCode?: string | null | undefined;
  /** New action step (global id). */
  actionStepId?: string | null | undefined;
  /** New amount. */
  amount?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The version you read; a newer one on the server refuses the change with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** New value, null clears it. Function code of the state's chart of accounts valid in the year (see chartOfAccounts). */
  functionCode?: string | null | undefined;
  /** The budget line (global id). */
  id: string;
  /** New value, null clears it. Narrative (up to 2,000 characters). */
  narrative?: string | null | undefined;
  /** New value, null clears it. Object code of the state's chart of accounts valid in the year. */
  objectCode?: string | null | undefined;
  /** New value, null clears it. The state's prior approval of equipment (up to 200 characters). */
  priorApproval?: string | null | undefined;
  /** New program. */
  program?: ProgramCode | null | undefined;
  /** New value, null clears it. For an item line: how many (1-1,000,000), given with unitPrice. */
  quantity?: number | null | undefined;
  /** New school (global id); send null to make it district-wide. */
  schoolId?: string | null | undefined;
  /** For an IDEA Part B line: IDEA_611 or IDEA_619; any other program's line names none. */
  subgrant?: IdeaSubgrant | null | undefined;
  /** New value, null clears it. For an item line: the price of one; the amount is quantity x unitPrice. */
  unitPrice?: string | null | undefined;
  /** New value, null clears it. The statutory use the line counts toward; it must be a use of the line's program. */
  use?: BudgetUse | null | undefined;
  /** New value, null clears it. Vendor (up to 200 characters). */
  vendor?: string | null | undefined;
};

/** What a person enters to complete a goal; omitted fields keep their value. */
export type UpdateGoalMeasureInput = {
  /** Growth a year, in percentage points. */
  annualChange?: number | null | undefined;
  /** Baseline value, to two decimals. */
  baseline?: number | null | undefined;
  /** Year of the baseline. */
  baselineYear?: number | null | undefined;
  /** Where the figures come from. */
  dataSource?: string | null | undefined;
  /** The version you read. */
  expectedVersion?: number | null | undefined;
  /** What is measured. */
  measure?: string | null | undefined;
  /** The need (global id) whose goal this is. */
  needId: string;
  /** Target value, to two decimals. */
  target?: number | null | undefined;
  /** Year the target is due. */
  targetYear?: number | null | undefined;
};

/** Changes to a position; omitted fields keep their value. */
export type UpdatePositionInput = {
  /** The version you read. */
  expectedVersion?: number | null | undefined;
  /** New full-time equivalent. */
  fte?: number | null | undefined;
  /** The position (global id). */
  id: string;
  /** New job class (global id). */
  jobClassId?: string | null | undefined;
  /** Who holds it; null clears it. */
  personName?: string | null | undefined;
  /** New actual yearly salary (a raise flows to every line the position pays); takes the position off its salary schedule. */
  salary?: string | null | undefined;
  /** Put the position on this salary schedule of its year (with scheduleStep). */
  salarySchedule?: string | null | undefined;
  /** Step on salarySchedule. */
  scheduleStep?: number | null | undefined;
  /** New school (global id); send null for the district office. */
  schoolId?: string | null | undefined;
  /** Filled or vacant. */
  status?: PositionStatus | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Why an input was refused; each is fixable by the caller. */
export type UserErrorCode =
  | 'BELOW_BUDGETED'
  | 'CONFLICT'
  | 'INVALID'
  | 'INVALID_CREDENTIALS'
  | 'NEGATIVE'
  | 'NOT_FOUND'
  | 'NOT_POSITIVE'
  | 'NO_AWARD'
  | 'OVER_AWARD'
  | 'OVER_ENVELOPE'
  | 'PLAN_IN_USE'
  | 'PLAN_MALFORMED'
  | 'PROGRAM_NOT_ALLOWED'
  | 'TOO_MANY_ATTEMPTS'
  | 'TRANSFER_NOT_ALLOWED';

export type AuditEventsQueryVariables = Exact<{
  t?: string | null | undefined;
  id?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, nodes: Array<{ actor: string, action: string, entityType: string, entityId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, requestId: string | null }> } };

export type AuditAddLineMutationVariables = Exact<{
  i: CreateBudgetLineInput;
}>;


export type AuditAddLineMutation = { createBudgetLine: { userErrors: Array<{ message: string }> } };

export type AuditCreateScenarioMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditCreateScenarioMutation = { createScenario: { scenario: { id: string } | null } };

export type AuditRunScenarioMutationVariables = Exact<{
  i: ScenarioActionInput;
}>;


export type AuditRunScenarioMutation = { runScenario: { scenario: { lastRunAt: string | null, result: { schools: Array<{ total: string }> } | null } | null } };

export type AuditCreateBudgetLineMutationVariables = Exact<{
  i: CreateBudgetLineInput;
}>;


export type AuditCreateBudgetLineMutation = { createBudgetLine: { budgetLine: { id: string, version: number } | null } };

export type AuditUpdateBudgetLineMutationVariables = Exact<{
  i: UpdateBudgetLineInput;
}>;


export type AuditUpdateBudgetLineMutation = { updateBudgetLine: { budgetLine: { version: number } | null } };

export type AuditDeleteBudgetLineMutationVariables = Exact<{
  i: DeleteBudgetLineInput;
}>;


export type AuditDeleteBudgetLineMutation = { deleteBudgetLine: { userErrors: Array<{ message: string }> } };

export type AuditQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditQueryQuery = { __typename: 'Query' };

export type AuditSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditSignOutMutation = { signOut: { signedOut: boolean } };

export type AuthSignInMutationVariables = Exact<{
  i: SignInInput;
}>;


export type AuthSignInMutation = { signIn: { viewer: { name: string, role: Role } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { role: Role } | null };

export type AuthSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthSignOutMutation = { signOut: { signedOut: boolean } };

export type AuthMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe2Query = { me: { role: Role } | null };

export type AuthSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSchoolsQuery = { schools: { totalCount: number } };

export type AuthCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthCreateApiTokenMutation = { createApiToken: { token: string | null } };

export type AuthSignIn2MutationVariables = Exact<{ [key: string]: never; }>;


export type AuthSignIn2Mutation = { signIn: { userErrors: Array<{ code: UserErrorCode }> } };

export type AuthCreateTokenMutationVariables = Exact<{
  i: CreateApiTokenInput;
}>;


export type AuthCreateTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, name: string, prefix: string, role: Role, scope: TokenScope, expiresAt: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type AuthApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthApiTokensQuery = { apiTokens: Array<{ name: string, prefix: string }> };

export type AuthMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe3Query = { me: { kind: string, name: string, role: Role } | null };

export type AuthCreateScenarioMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthCreateScenarioMutation = { createScenario: { userErrors: Array<{ message: string }> } };

export type AuthSchools2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSchools2Query = { schools: { totalCount: number } };

export type AuthCreateScenario2MutationVariables = Exact<{ [key: string]: never; }>;


export type AuthCreateScenario2Mutation = { createScenario: { userErrors: Array<{ message: string }> } };

export type AuthPreviewAllocationMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthPreviewAllocationMutation = { previewAllocation: { userErrors: Array<{ message: string }> } };

export type AuthMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe4Query = { me: { name: string } | null };

export type AuthMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe5Query = { me: { name: string } | null };

export type AuthRevokeApiTokenMutationVariables = Exact<{
  i: RevokeApiTokenInput;
}>;


export type AuthRevokeApiTokenMutation = { revokeApiToken: { apiToken: { revokedAt: string | null } | null } };

export type AuthMe6QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe6Query = { me: { name: string } | null };

export type AuthMe7QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe7Query = { me: { name: string } | null };

export type AuthMe8QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe8Query = { me: { name: string } | null };

export type AuthMe9QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe9Query = { me: { name: string } | null };

export type AwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type AwardsQuery = { awards: Array<{ id: string, version: number, amount: string, carryoverIn: string, transfersIn: string, transfersOut: string, available: string, fundingSource: { code: ProgramCode } }> };

export type ProgramsRemainingQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsRemainingQuery = { fundingByActionStep: { programs: Array<{ remaining: string, fundingSource: { code: ProgramCode } }> } | null };

export type TransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type TransfersQuery = { transfers: Array<{ id: string }> };

export type PlanStepsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStepsQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string }> }> } | null };

export type UpdateAwardMutationVariables = Exact<{
  input: UpdateAwardInput;
}>;


export type UpdateAwardMutation = { updateAward: { award: { amount: string, available: string, version: number, notes: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TransferFundsMutationVariables = Exact<{
  input: TransferFundsInput;
}>;


export type TransferFundsMutation = { transferFunds: { transfer: { id: string, amount: string, from: { code: ProgramCode }, to: { code: ProgramCode } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeleteTransferMutationVariables = Exact<{
  input: DeleteTransferInput;
}>;


export type DeleteTransferMutation = { deleteTransfer: { deletedTransferId: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateBudgetLineMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type CreateBudgetLineMutation = { createBudgetLine: { budgetLine: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BudgetLinesCreateMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type BudgetLinesCreateMutation = { createBudgetLine: { budgetLine: { id: string, amount: string, version: number, description: string, accountCode: string | null, functionCode: string | null, objectCode: string | null, use: BudgetUse | null, quantity: number | null, unitPrice: string | null, vendor: string | null, narrative: string | null, fundingSource: { code: ProgramCode }, actionStep: { label: string }, school: { name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BudgetLinesUpdateMutationVariables = Exact<{
  input: UpdateBudgetLineInput;
}>;


export type BudgetLinesUpdateMutation = { updateBudgetLine: { budgetLine: { id: string, amount: string, version: number, quantity: number | null, unitPrice: string | null, functionCode: string | null, school: { name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BudgetLinesDeleteMutationVariables = Exact<{
  input: DeleteBudgetLineInput;
}>;


export type BudgetLinesDeleteMutation = { deleteBudgetLine: { deletedBudgetLineId: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BudgetLinesProgramTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetLinesProgramTotalsQuery = { fundingByActionStep: { total: string, programs: Array<{ budgeted: string, remaining: string, fundingSource: { code: ProgramCode } }> } | null };

export type BudgetLinesImprovementPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetLinesImprovementPlanQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string }> }> } | null };

export type BudgetLinesSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetLinesSchoolsQuery = { schools: { nodes: Array<{ id: string }> } };

export type BudgetLinesNewestQueryVariables = Exact<{
  step: string;
}>;


export type BudgetLinesNewestQuery = { budgetLines: { nodes: Array<{ description: string }> } };

export type BudgetLinesFilteredQueryVariables = Exact<{
  functionCode?: string | null | undefined;
  objectCode?: string | null | undefined;
  schoolId?: string | null | undefined;
  updatedSince?: string | null | undefined;
}>;


export type BudgetLinesFilteredQuery = { budgetLines: { totalCount: number, nodes: Array<{ description: string, functionCode: string | null, objectCode: string | null, school: { id: string } | null }> } };

export type BudgetLinesNodeQueryVariables = Exact<{
  id: string;
}>;


export type BudgetLinesNodeQuery = { node:
    | { amount: string, version: number }
    | Record<PropertyKey, never>
   | null };

export type DraftsSchoolBudgetQueryVariables = Exact<{
  schoolId: string;
}>;


export type DraftsSchoolBudgetQuery = { schoolBudget: Array<{ program: ProgramCode, envelope: string | null, approved: string, drafts: string, left: string | null }> };

export type DraftsCreateMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type DraftsCreateMutation = { createBudgetLine: { budgetLine: { id: string, version: number, status: BudgetLineStatus, draftedBy: string | null, amount: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DraftsApproveMutationVariables = Exact<{
  input: DeleteBudgetLineInput;
}>;


export type DraftsApproveMutation = { approveBudgetLine: { budgetLine: { status: BudgetLineStatus, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DraftsUpdateMutationVariables = Exact<{
  input: UpdateBudgetLineInput;
}>;


export type DraftsUpdateMutation = { updateBudgetLine: { budgetLine: { amount: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DraftsListQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsListQuery = { budgetLines: { nodes: Array<{ id: string, description: string, status: BudgetLineStatus }> } };

export type DraftsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsMeQuery = { me: { schoolId: string | null } | null };

export type DraftsSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsSetupQuery = { schools: { nodes: Array<{ id: string }> }, improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, allowedFundingSources: Array<{ code: ProgramCode }> }> }> } | null };

export type DraftsScenarioMutationVariables = Exact<{ [key: string]: never; }>;


export type DraftsScenarioMutation = { createScenario: { scenario: { id: string } | null } };

export type AccountAwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountAwardsQuery = { awards: Array<{ id: string, version: number, fundCode: string | null, programCode: string | null, fundingSource: { code: ProgramCode } }> };

export type AccountLinesQueryVariables = Exact<{
  program?: ProgramCode | null | undefined;
}>;


export type AccountLinesQuery = { budgetLines: { nodes: Array<{ functionCode: string | null, objectCode: string | null, school: { stateSchoolId: string | null } | null, account: { value: string | null, missing: Array<string>, segments: Array<{ key: string, code: string | null }> } | null }> } };

export type AccountUpdateAwardMutationVariables = Exact<{
  input: UpdateAwardInput;
}>;


export type AccountUpdateAwardMutation = { updateAward: { award: { fundCode: string | null, programCode: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AccountOfficeMutationVariables = Exact<{
  code: string;
}>;


export type AccountOfficeMutation = { setOfficeFacilityCode: { district: { officeFacilityCode: string | null } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type BudgetComplianceReportQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type BudgetComplianceReportQuery = { budgetCompliance: { fiscalYear: number, allPass: boolean, failed: number, notChecked: number, checks: Array<{ ruleId: string, citation: string, program: ProgramCode | null, status: CheckStatus, detail: string, missing: string | null }> } };

export type BudgetTransferMutationVariables = Exact<{
  input: TransferFundsInput;
}>;


export type BudgetTransferMutation = { transferFunds: { transfer: { id: string } | null, userErrors: Array<{ message: string }> } };

export type BudgetUndoTransferMutationVariables = Exact<{
  input: DeleteTransferInput;
}>;


export type BudgetUndoTransferMutation = { deleteTransfer: { userErrors: Array<{ message: string }> } };

export type BudgetGridQueryVariables = Exact<{
  fiscalYear: number;
  program?: ProgramCode | null | undefined;
}>;


export type BudgetGridQuery = { budgetByFunctionAndObject: Array<{ program: ProgramCode, amount: string, lineCount: number, function: { code: string, name: string } | null, object: { code: string, name: string } | null }>, fundingByActionStep: { total: string } | null, chartOfAccounts: { state: string, edition: string, administrationFunctions: Array<string>, functions: Array<{ code: string, name: string }> } | null };

export type BudgetCreateLineMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type BudgetCreateLineMutation = { createBudgetLine: { budgetLine: { id: string, version: number } | null, userErrors: Array<{ message: string }> } };

export type BudgetDeleteLineMutationVariables = Exact<{
  input: DeleteBudgetLineInput;
}>;


export type BudgetDeleteLineMutation = { deleteBudgetLine: { userErrors: Array<{ message: string }> } };

export type BudgetMoneyPictureQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type BudgetMoneyPictureQuery = { moneyPicture: Array<{ program: ProgramCode, available: string, reserved: string, toSchools: string, districtLines: string, districtLinesBeyondReservations: string, schoolLines: string, unbudgeted: string, adopted: boolean }> };

export type BudgetPlanStepsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetPlanStepsQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string, allowedFundingSources: Array<{ code: ProgramCode }> }> }> } | null };

export type IdeaRuleQueryVariables = Exact<{ [key: string]: never; }>;


export type IdeaRuleQuery = { budgetCompliance: { checks: Array<{ ruleId: string, status: CheckStatus, citation: string, detail: string, missing: string | null }> }, awards: Array<{ id: string, version: number, amount: string, preschool: string | null, fundingSource: { code: ProgramCode } }> };

export type IdeaLineMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type IdeaLineMutation = { createBudgetLine: { budgetLine: { id: string, version: number, subgrant: IdeaSubgrant | null } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type IdeaDeleteMutationVariables = Exact<{
  input: DeleteBudgetLineInput;
}>;


export type IdeaDeleteMutation = { deleteBudgetLine: { userErrors: Array<{ message: string }> } };

export type IdeaAwardMutationVariables = Exact<{
  input: UpdateAwardInput;
}>;


export type IdeaAwardMutation = { updateAward: { award: { preschool: string | null } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type IdeaStepsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdeaStepsQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, allowedFundingSources: Array<{ code: ProgramCode }> }> }> } | null };

export type DistrictsSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsSchoolsQuery = { schools: { nodes: Array<{ id: string }> } };

export type DistrictsImprovementPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsImprovementPlanQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string }> }> } | null };

export type DistrictsCreateBudgetLineMutationVariables = Exact<{
  i: CreateBudgetLineInput;
}>;


export type DistrictsCreateBudgetLineMutation = { createBudgetLine: { budgetLine: { id: string, version: number } | null } };

export type DistrictsSchools2QueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsSchools2Query = { schools: { totalCount: number } };

export type DistrictsOtherSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsOtherSchoolsQuery = { schools: { totalCount: number, nodes: Array<{ name: string }> } };

export type DistrictsNodeIdQueryVariables = Exact<{
  id: string;
}>;


export type DistrictsNodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type DistrictsOtherLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsOtherLinesQuery = { budgetLines: { totalCount: number } };

export type DistrictsOtherUpdateMutationVariables = Exact<{
  i: UpdateBudgetLineInput;
}>;


export type DistrictsOtherUpdateMutation = { updateBudgetLine: { budgetLine: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type DistrictsOtherDeleteMutationVariables = Exact<{
  i: DeleteBudgetLineInput;
}>;


export type DistrictsOtherDeleteMutation = { deleteBudgetLine: { userErrors: Array<{ code: UserErrorCode }> } };

export type DistrictsNodeQueryVariables = Exact<{
  id: string;
}>;


export type DistrictsNodeQuery = { node:
    | { amount: string }
    | Record<PropertyKey, never>
   | null };

export type ExportsCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportsCreateApiTokenMutation = { createApiToken: { token: string | null } };

export type ExportsCreateScenarioMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportsCreateScenarioMutation = { createScenario: { scenario: { id: string } | null } };

export type ExportsRunScenarioMutationVariables = Exact<{
  i: ScenarioActionInput;
}>;


export type ExportsRunScenarioMutation = { runScenario: { userErrors: Array<{ message: string }> } };

export type ExportsFundingByActionStepQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsFundingByActionStepQuery = { fundingByActionStep: { total: string, rows: Array<{ total: string }>, programs: Array<{ award: string, remaining: string }> } | null };

export type ExportsScenarioQueryVariables = Exact<{
  id: string;
}>;


export type ExportsScenarioQuery = { scenario: { result: { schools: Array<{ total: string }>, compliance: Array<{ citation: string }> } | null } | null };

export type ExportsBudgetTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsBudgetTotalQuery = { fundingByActionStep: { total: string } | null };

export type ExportsPositionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsPositionsQuery = { positions: { nodes: Array<{ code: string, totalCost: string, localCost: string, fundings: Array<{ program: ProgramCode, amount: string }> }> } };

export type ExportsLeaderTokenMutationVariables = Exact<{
  i: CreateApiTokenInput;
}>;


export type ExportsLeaderTokenMutation = { createApiToken: { token: string | null } };

export type ExportsFirstSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsFirstSchoolQuery = { schools: { nodes: Array<{ id: string }> } };

export type ExportsFundingByActionStep2QueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsFundingByActionStep2Query = { fundingByActionStep: { total: string } | null };

export type MonitoringExportStepQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringExportStepQuery = { stepProgress: Array<{ actionStep: { id: string, label: string } }> };

export type MonitoringExportRecordMutationVariables = Exact<{
  input: RecordStepMonitoringInput;
}>;


export type MonitoringExportRecordMutation = { recordStepMonitoring: { userErrors: Array<{ message: string }> } };

export type FileImportsAwardsQueryVariables = Exact<{
  year: number;
}>;


export type FileImportsAwardsQuery = { awards: Array<{ amount: string, carryoverIn: string, version: number, fundingSource: { code: ProgramCode } }> };

export type FileImportsBudgetLinesQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type FileImportsBudgetLinesQuery = { budgetLines: { totalCount: number, nodes: Array<{ description: string, amount: string, accountCode: string | null, version: number, school: { ncesSchoolId: string } | null, actionStep: { label: string } }> } };

export type FileImportsSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type FileImportsSchoolsQuery = { schools: { nodes: Array<{ ncesSchoolId: string, stateSchoolId: string | null, enrollment: number, directCertified: number, lowIncome: number }> } };

export type FileImportsCodesQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type FileImportsCodesQuery = { budgetLines: { nodes: Array<{ description: string, amount: string }> } };

export type FileImportsImportBudgetLinesMutationVariables = Exact<{
  i: DistrictFileInput;
}>;


export type FileImportsImportBudgetLinesMutation = { importBudgetLines: { written: boolean } };

export type PositionsImportMutationVariables = Exact<{
  i: DistrictFileInput;
}>;


export type PositionsImportMutation = { importPositions: { rows: number, inserted: number, updated: number, unchanged: number, written: boolean, changes: Array<{ record: string, field: string, before: string, after: string }>, problems: Array<{ row: number | null, column: string | null, message: string }> } };

export type PositionsImportReadQueryVariables = Exact<{ [key: string]: never; }>;


export type PositionsImportReadQuery = { positions: { nodes: Array<{ code: string, title: string, salary: string, salarySchedule: string | null, fte: number, status: PositionStatus, personName: string | null, totalCost: string, version: number, jobClass: { code: string }, school: { ncesSchoolId: string } | null, fundings: Array<{ program: ProgramCode, amount: string }> }> } };

export type SchoolAwardsImportMutationVariables = Exact<{
  i: DistrictFileInput;
}>;


export type SchoolAwardsImportMutation = { importSchoolAwards: { rows: number, inserted: number, updated: number, unchanged: number, written: boolean, problems: Array<{ row: number | null, column: string | null, message: string }> } };

export type SchoolAwardsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolAwardsReadQuery = { schoolAwards: Array<{ amount: string, school: { ncesSchoolId: string, stateSchoolId: string | null, name: string }, fundingSource: { code: ProgramCode } }>, budgetCompliance: { checks: Array<{ ruleId: string, status: CheckStatus, citation: string, detail: string }> } };

export type SchoolImportImportMutationVariables = Exact<{
  i: ImportSchoolsInput;
}>;


export type SchoolImportImportMutation = { importSchools: { rows: number, inserted: number, updated: number, unchanged: number, written: boolean, changes: Array<{ row: number, record: string, field: string, before: string, after: string }>, problems: Array<{ row: number | null, column: string | null, message: string }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SchoolImportSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolImportSchoolsQuery = { schools: { totalCount: number } };

export type SchoolImportSchools2QueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolImportSchools2Query = { schools: { nodes: Array<{ ncesSchoolId: string, name: string, enrollment: number, lowIncome: number, illustrative: boolean }> } };

export type SchoolImportAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolImportAuditEventsQuery = { auditEvents: { nodes: Array<{ action: string, entityType: string, after: Record<string, unknown> | null }> } };

export type SchoolImportSchools3QueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolImportSchools3Query = { schools: { nodes: Array<{ ncesSchoolId: string, stateSchoolId: string | null }> } };

export type GoalsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type GoalsReadQuery = { improvementPlan: { needs: Array<{ id: string, number: number, goalMeasure: { measure: string | null, dataSource: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number | null, targetYear: number | null, annualChange: number | null, missing: Array<string>, version: number, values: Array<{ year: number, kind: string, value: number }> } | null }> } | null };

export type GoalsUpdateMutationVariables = Exact<{
  input: UpdateGoalMeasureInput;
}>;


export type GoalsUpdateMutation = { updateGoalMeasure: { goalMeasure: { baselineYear: number | null, dataSource: string | null, missing: Array<string> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type GoalsRecordMutationVariables = Exact<{
  input: RecordGoalValueInput;
}>;


export type GoalsRecordMutation = { recordGoalValue: { goalMeasure: { values: Array<{ year: number, kind: string, value: number }> } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type GoalsImportMutationVariables = Exact<{
  input: ImportImprovementPlanInput;
}>;


export type GoalsImportMutation = { importImprovementPlan: { userErrors: Array<{ message: string }> } };

export type PlanImportImportMutationVariables = Exact<{
  input: ImportImprovementPlanInput;
}>;


export type PlanImportImportMutation = { importImprovementPlan: { improvementPlan: { id: string, fiscalYear: number, needs: Array<{ number: number, actionSteps: Array<{ id: string, label: string }> }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PlanImportRecordProgressMutationVariables = Exact<{
  input: RecordStepMonitoringInput;
}>;


export type PlanImportRecordProgressMutation = { recordStepMonitoring: { monitoring: { version: number } | null } };

export type PlanImportDeleteProgressMutationVariables = Exact<{
  input: DeleteStepMonitoringInput;
}>;


export type PlanImportDeleteProgressMutation = { deleteStepMonitoring: { deleted: boolean, userErrors: Array<{ code: UserErrorCode }> } };

export type PlanImportImprovementPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanImportImprovementPlanQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string, description: string }> }> } | null };

export type PlanImportFiscalYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanImportFiscalYearsQuery = { fiscalYears: Array<{ year: number, startsOn: string, endsOn: string }> };

export type StepProgramsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type StepProgramsReadQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string, allowedFundingSources: Array<{ code: ProgramCode }> }> }> } | null };

export type StepProgramsSetMutationVariables = Exact<{
  input: SetActionStepProgramsInput;
}>;


export type StepProgramsSetMutation = { setActionStepPrograms: { actionStep: { label: string, allowedFundingSources: Array<{ code: ProgramCode }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ArtifactStoreStepQueryVariables = Exact<{ [key: string]: never; }>;


export type ArtifactStoreStepQuery = { stepProgress: Array<{ actionStep: { id: string, label: string } }> };

export type ArtifactStoreRecordMutationVariables = Exact<{
  input: RecordStepMonitoringInput;
}>;


export type ArtifactStoreRecordMutation = { recordStepMonitoring: { userErrors: Array<{ message: string }> } };

export type ArtifactStoreAttachMutationVariables = Exact<{
  input: AttachMonitoringArtifactInput;
}>;


export type ArtifactStoreAttachMutation = { attachMonitoringArtifact: { artifact: { id: string, sha256: string } | null, userErrors: Array<{ message: string }> } };

export type MonitoringRecordMutationVariables = Exact<{
  input: RecordStepMonitoringInput;
}>;


export type MonitoringRecordMutation = { recordStepMonitoring: { monitoring: { window: MonitoringWindow, status: ImplementationStatus, evidence: string | null, recordedBy: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MonitoringAttachMutationVariables = Exact<{
  input: AttachMonitoringArtifactInput;
}>;


export type MonitoringAttachMutation = { attachMonitoringArtifact: { artifact: { id: string, fileName: string, sizeBytes: number, sha256: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type MonitoringProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringProgressQuery = { stepProgress: Array<{ budgeted: string, actionStep: { id: string, label: string }, windows: Array<{ window: MonitoringWindow, status: ImplementationStatus, evidence: string | null, recordedBy: string, artifacts: Array<{ id: string, fileName: string, contentType: string }> }> }> };

export type MonitoringWindowsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringWindowsReadQuery = { monitoringWindows: Array<{ window: MonitoringWindow, opensOn: string, closesOn: string, setByDistrict: boolean }> };

export type MonitoringWindowsSetMutationVariables = Exact<{
  input: SetMonitoringWindowsInput;
}>;


export type MonitoringWindowsSetMutation = { setMonitoringWindows: { windows: Array<{ window: MonitoringWindow, opensOn: string, closesOn: string, setByDistrict: boolean }> | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AmendPlanReadQueryVariables = Exact<{ [key: string]: never; }>;


export type AmendPlanReadQuery = { improvementPlan: { revision: number, approvedAt: string | null, approvedBy: string | null, needs: Array<{ id: string, number: number, rootCauses: Array<string>, actionSteps: Array<{ id: string, label: string, timeline: string | null, systems: Array<string>, description: string }> }> } | null };

export type AmendPlanEditMutationVariables = Exact<{
  input: EditImprovementPlanInput;
}>;


export type AmendPlanEditMutation = { editImprovementPlan: { amendment: { id: string, number: number, status: PlanAmendmentStatus, reason: string, proposedBy: string, version: number, changes: Array<{ section: string, current: string | null, amended: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AmendPlanApproveMutationVariables = Exact<{
  input: ApproveImprovementPlanInput;
}>;


export type AmendPlanApproveMutation = { approveImprovementPlan: { improvementPlan: { approvedAt: string | null, approvedBy: string | null, revision: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AmendPlanDecideMutationVariables = Exact<{
  input: DecidePlanAmendmentInput;
}>;


export type AmendPlanDecideMutation = { decidePlanAmendment: { amendment: { number: number, status: PlanAmendmentStatus, decidedBy: string | null, decisionNote: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AmendPlanHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AmendPlanHistoryQuery = { planAmendments: Array<{ number: number, status: PlanAmendmentStatus, reason: string, changes: Array<{ section: string }> }> };

export type AmendPlanProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type AmendPlanProgramsQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string, allowedFundingSources: Array<{ code: ProgramCode }> }> }> } | null };

export type AmendPlanSetProgramsMutationVariables = Exact<{
  input: SetActionStepProgramsInput;
}>;


export type AmendPlanSetProgramsMutation = { setActionStepPrograms: { userErrors: Array<{ message: string, code: UserErrorCode }> } };

export type PlanStructureFundingQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureFundingQuery = { planStructureFunding: { total: string, byEquityIntervention: Array<{ key: string, budgeted: string, steps: Array<string> }>, bySystem: Array<{ key: string, budgeted: string, steps: Array<string> }>, bySubgroup: Array<{ key: string, budgeted: string, steps: Array<string> }>, byStrategicGoal: Array<{ key: string, budgeted: string, steps: Array<string> }> } | null, fundingByActionStep: { total: string, rows: Array<{ total: string, actionStep: { label: string, systems: Array<string> } }> } | null };

export type PositionsCreateMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type PositionsCreateMutation = { createPosition: { position: { id: string, code: string, version: number, salary: string, totalCost: string, localCost: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PositionsFundMutationVariables = Exact<{
  input: SetPositionFundingInput;
}>;


export type PositionsFundMutation = { setPositionFunding: { position: { id: string, version: number, totalCost: string, localCost: string, cost: Array<{ name: string, objectCode: string, amount: string }>, fundings: Array<{ program: ProgramCode, functionCode: string, shareBasisPoints: number, amount: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PositionsUpdateMutationVariables = Exact<{
  input: UpdatePositionInput;
}>;


export type PositionsUpdateMutation = { updatePosition: { position: { id: string, version: number, totalCost: string, fundings: Array<{ program: ProgramCode, amount: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PositionsDeleteMutationVariables = Exact<{
  input: DeletePositionInput;
}>;


export type PositionsDeleteMutation = { deletePosition: { deletedPositionId: string | null, userErrors: Array<{ message: string }> } };

export type PositionsRateMutationVariables = Exact<{
  input: SetBenefitRateInput;
}>;


export type PositionsRateMutation = { setBenefitRate: { benefitRate: { name: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type PositionsBudgetedQueryVariables = Exact<{ [key: string]: never; }>;


export type PositionsBudgetedQuery = { fundingByActionStep: { programs: Array<{ budgeted: string, fundingSource: { code: ProgramCode } }> } | null };

export type PositionsPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type PositionsPlanQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string }> }> } | null };

export type PositionsSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type PositionsSchoolQuery = { schools: { nodes: Array<{ id: string }> } };

export type PositionsJobClassMutationVariables = Exact<{
  input: CreateJobClassInput;
}>;


export type PositionsJobClassMutation = { createJobClass: { jobClass: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type PositionsCostByProgramQueryVariables = Exact<{ [key: string]: never; }>;


export type PositionsCostByProgramQuery = { positionCostByProgram: Array<{ program: ProgramCode, amount: string, positions: number }>, positions: { totalCount: number, nodes: Array<{ fundings: Array<{ program: ProgramCode, amount: string }> }> } };

export type PositionsLinesQueryVariables = Exact<{
  schoolId: string;
}>;


export type PositionsLinesQuery = { budgetLines: { nodes: Array<{ id: string, description: string, functionCode: string | null, objectCode: string | null }> } };

export type PositionsEditLineMutationVariables = Exact<{
  input: UpdateBudgetLineInput;
}>;


export type PositionsEditLineMutation = { updateBudgetLine: { userErrors: Array<{ message: string }> } };

export type SchedulesSetMutationVariables = Exact<{
  input: SetSalaryScheduleInput;
}>;


export type SchedulesSetMutation = { setSalarySchedule: { salarySchedule: { name: string, positionCount: number, version: number, steps: Array<{ step: number, salary: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SchedulesCreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type SchedulesCreatePositionMutation = { createPosition: { position: { id: string, version: number, salary: string, salarySchedule: string | null, scheduleStep: number | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SchedulesFundMutationVariables = Exact<{
  input: SetPositionFundingInput;
}>;


export type SchedulesFundMutation = { setPositionFunding: { position: { version: number } | null, userErrors: Array<{ message: string }> } };

export type SchedulesUpdateMutationVariables = Exact<{
  input: UpdatePositionInput;
}>;


export type SchedulesUpdateMutation = { updatePosition: { position: { salary: string, salarySchedule: string | null, scheduleStep: number | null } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type SchedulesReadQueryVariables = Exact<{
  id: string;
}>;


export type SchedulesReadQuery = { node:
    | { salary: string, version: number, salarySchedule: string | null, fundings: Array<{ amount: string }> }
    | Record<PropertyKey, never>
   | null, salarySchedules: Array<{ name: string, positionCount: number }> };

export type SchedulesLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulesLinesQuery = { budgetLines: { nodes: Array<{ description: string, amount: string }> } };

export type SchedulesPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulesPlanQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string }> }> } | null, jobClasses: Array<{ id: string, category: StaffCategory }> };

export type GuidancePreviewMutationVariables = Exact<{
  input: PreviewAllocationInput;
}>;


export type GuidancePreviewMutation = { previewAllocation: { result: { programs: Array<{ reserved: string, toSchools: string, unallocated: string, reservations: Array<{ kind: string, amount: string }> }>, compliance: Array<{ ruleId: string, status: CheckStatus }> } | null, schools: Array<{ key: string, name: string, total: string, allocations: Array<{ program: ProgramCode, amount: string, explanation: string }>, titleI: { served: boolean, rank: number | null, perChild: string, publicAmount: string, privateAmount: string } | null }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type InputPropertiesPreviewMutationVariables = Exact<{
  input: PreviewAllocationInput;
}>;


export type InputPropertiesPreviewMutation = { previewAllocation: { result: { notChecked: number, allPass: boolean, failures: number, programs: Array<{ available: string, reserved: string, toSchools: string, unallocated: string, reservations: Array<{ amount: string }> }>, compliance: Array<{ status: CheckStatus, missing: string | null }> } | null, schools: Array<{ key: string, total: string, titleI: { served: boolean, perChild: string, publicAmount: string, privateAmount: string, lowIncomeChildren: number, rank: number | null } | null }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type InputPropertiesImportMutationVariables = Exact<{
  i: ImportSchoolsInput;
}>;


export type InputPropertiesImportMutation = { importSchools: { rows: number, inserted: number, updated: number, unchanged: number, written: boolean, changes: Array<{ row: number, field: string }>, problems: Array<{ row: number | null, column: string | null, message: string }>, userErrors: Array<{ field: Array<string>, message: string }> } };

export type InputPropertiesSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type InputPropertiesSchoolsQuery = { schools: { totalCount: number } };

export type ScenariosSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosSchoolsQuery = { schools: { nodes: Array<{ id: string }> } };

export type ScenariosNodeQueryVariables = Exact<{
  id: string;
}>;


export type ScenariosNodeQuery = { node:
    | { version: number, stale: boolean }
    | Record<PropertyKey, never>
   | null };

export type ScenariosScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosScenariosQuery = { scenarios: Array<{ id: string }> };

export type ScenariosPreviewAllocationMutationVariables = Exact<{
  input: PreviewAllocationInput;
}>;


export type ScenariosPreviewAllocationMutation = { previewAllocation: { result: { failures: number, programs: Array<{ toSchools: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ScenariosScenarios2QueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosScenarios2Query = { scenarios: Array<{ id: string }> };

export type ScenariosCompareScenariosQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type ScenariosCompareScenariosQuery = { compareScenarios: { schools: Array<{ program: ProgramCode, difference: string }>, programs: Array<{ program: ProgramCode, difference: string }>, measures: Array<{ measure: string, a: number | null, b: number | null }> } | null };

export type ScenariosImprovementPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosImprovementPlanQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string }> }> } | null };

export type ScenariosFundingByActionStepQueryVariables = Exact<{
  id: string;
}>;


export type ScenariosFundingByActionStepQuery = { fundingByActionStep: { rows: Array<{ actionStep: { label: string }, amounts: Array<{ amount: string, fundingSource: { code: ProgramCode } }> }> } | null };

export type ScenariosNode2QueryVariables = Exact<{
  id: string;
}>;


export type ScenariosNode2Query = { node:
    | { status: ScenarioStatus }
    | Record<PropertyKey, never>
   | null };

export type StrategicReadQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategicReadQuery = { strategicPlan: { title: string, prioritiesChosenOn: string | null, priorityCount: number | null, goals: Array<{ number: number, objectives: Array<{ id: string, code: string, priority: boolean, initiatives: Array<{ actionSteps: Array<{ id: string, code: string }> }> }> }> } | null, improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string, strategicActionSteps: Array<{ id: string, code: string }> }> }> } | null, planStructureFunding: { byStrategicGoal: Array<{ key: string, steps: Array<string> }> } | null };

export type StrategicPrioritiesMutationVariables = Exact<{
  input: SetPriorityObjectivesInput;
}>;


export type StrategicPrioritiesMutation = { setPriorityObjectives: { strategicPlan: { goals: Array<{ objectives: Array<{ code: string, priority: boolean }> }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type StrategicLinksMutationVariables = Exact<{
  input: SetStrategicLinksInput;
}>;


export type StrategicLinksMutation = { setStrategicLinks: { actionStep: { label: string, strategicActionSteps: Array<{ code: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CachedFundingQueryVariables = Exact<{ [key: string]: never; }>;


export type CachedFundingQuery = { fundingByActionStep: { total: string } | null };

export type CachedSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type CachedSchoolsQuery = { schools: { totalCount: number, nodes: Array<{ id: string, enrollment: number }> } };

export type CachedWithViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CachedWithViewerQuery = { me: { name: string } | null, fundingByActionStep: { total: string } | null };

export type CachedNewScenarioMutationVariables = Exact<{ [key: string]: never; }>;


export type CachedNewScenarioMutation = { createScenario: { userErrors: Array<{ message: string }> } };

export type CachedAddLineMutationVariables = Exact<{
  i: CreateBudgetLineInput;
}>;


export type CachedAddLineMutation = { createBudgetLine: { userErrors: Array<{ message: string }> } };

export type FirstActionStepQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstActionStepQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($t: String, $id: String) {
  auditEvents(entityType: $t, entityId: $id) {
    totalCount
    nodes {
      actor
      action
      entityType
      entityId
      before
      after
      requestId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditAddLineDocument = new TypedDocumentString(`
    mutation AuditAddLine($i: CreateBudgetLineInput!) {
  createBudgetLine(input: $i) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAddLineMutation, AuditAddLineMutationVariables>;
export const AuditCreateScenarioDocument = new TypedDocumentString(`
    mutation AuditCreateScenario {
  createScenario(input: {fiscalYear: 2022, name: "Audited run", source: EMPTY}) {
    scenario {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCreateScenarioMutation, AuditCreateScenarioMutationVariables>;
export const AuditRunScenarioDocument = new TypedDocumentString(`
    mutation AuditRunScenario($i: ScenarioActionInput!) {
  runScenario(input: $i) {
    scenario {
      lastRunAt
      result {
        schools {
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditRunScenarioMutation, AuditRunScenarioMutationVariables>;
export const AuditCreateBudgetLineDocument = new TypedDocumentString(`
    mutation AuditCreateBudgetLine($i: CreateBudgetLineInput!) {
  createBudgetLine(input: $i) {
    budgetLine {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCreateBudgetLineMutation, AuditCreateBudgetLineMutationVariables>;
export const AuditUpdateBudgetLineDocument = new TypedDocumentString(`
    mutation AuditUpdateBudgetLine($i: UpdateBudgetLineInput!) {
  updateBudgetLine(input: $i) {
    budgetLine {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateBudgetLineMutation, AuditUpdateBudgetLineMutationVariables>;
export const AuditDeleteBudgetLineDocument = new TypedDocumentString(`
    mutation AuditDeleteBudgetLine($i: DeleteBudgetLineInput!) {
  deleteBudgetLine(input: $i) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuditDeleteBudgetLineMutation, AuditDeleteBudgetLineMutationVariables>;
export const AuditQueryDocument = new TypedDocumentString(`
    query AuditQuery {
  __typename
}
    `) as unknown as TypedDocumentString<AuditQueryQuery, AuditQueryQueryVariables>;
export const AuditSignOutDocument = new TypedDocumentString(`
    mutation AuditSignOut {
  signOut {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<AuditSignOutMutation, AuditSignOutMutationVariables>;
export const AuthSignInDocument = new TypedDocumentString(`
    mutation AuthSignIn($i: SignInInput!) {
  signIn(input: $i) {
    viewer {
      name
      role
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSignInMutation, AuthSignInMutationVariables>;
export const AuthMeDocument = new TypedDocumentString(`
    query AuthMe {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<AuthMeQuery, AuthMeQueryVariables>;
export const AuthSignOutDocument = new TypedDocumentString(`
    mutation AuthSignOut {
  signOut {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<AuthSignOutMutation, AuthSignOutMutationVariables>;
export const AuthMe2Document = new TypedDocumentString(`
    query AuthMe2 {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<AuthMe2Query, AuthMe2QueryVariables>;
export const AuthSchoolsDocument = new TypedDocumentString(`
    query AuthSchools {
  schools {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthSchoolsQuery, AuthSchoolsQueryVariables>;
export const AuthCreateApiTokenDocument = new TypedDocumentString(`
    mutation AuthCreateApiToken {
  createApiToken(input: {name: "Sign-in prober", role: VIEWER, scope: READ}) {
    token
  }
}
    `) as unknown as TypedDocumentString<AuthCreateApiTokenMutation, AuthCreateApiTokenMutationVariables>;
export const AuthSignIn2Document = new TypedDocumentString(`
    mutation AuthSignIn2 {
  signIn(
    input: {email: "finance@demo.allot.example", password: "allot-demo-2022"}
  ) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSignIn2Mutation, AuthSignIn2MutationVariables>;
export const AuthCreateTokenDocument = new TypedDocumentString(`
    mutation AuthCreateToken($i: CreateApiTokenInput!) {
  createApiToken(input: $i) {
    token
    apiToken {
      id
      name
      prefix
      role
      scope
      expiresAt
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCreateTokenMutation, AuthCreateTokenMutationVariables>;
export const AuthApiTokensDocument = new TypedDocumentString(`
    query AuthApiTokens {
  apiTokens {
    name
    prefix
  }
}
    `) as unknown as TypedDocumentString<AuthApiTokensQuery, AuthApiTokensQueryVariables>;
export const AuthMe3Document = new TypedDocumentString(`
    query AuthMe3 {
  me {
    kind
    name
    role
  }
}
    `) as unknown as TypedDocumentString<AuthMe3Query, AuthMe3QueryVariables>;
export const AuthCreateScenarioDocument = new TypedDocumentString(`
    mutation AuthCreateScenario {
  createScenario(input: {fiscalYear: 2022, name: "From the ERP", source: EMPTY}) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCreateScenarioMutation, AuthCreateScenarioMutationVariables>;
export const AuthSchools2Document = new TypedDocumentString(`
    query AuthSchools2 {
  schools {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthSchools2Query, AuthSchools2QueryVariables>;
export const AuthCreateScenario2Document = new TypedDocumentString(`
    mutation AuthCreateScenario2 {
  createScenario(input: {fiscalYear: 2022, name: "x", source: EMPTY}) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCreateScenario2Mutation, AuthCreateScenario2MutationVariables>;
export const AuthPreviewAllocationDocument = new TypedDocumentString(`
    mutation AuthPreviewAllocation {
  previewAllocation(
    input: {fiscalYear: 2022, parameters: {titleI: {ppa: {kind: EVEN}, reservations: {familyEngagement: "300000.00"}}}}
  ) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuthPreviewAllocationMutation, AuthPreviewAllocationMutationVariables>;
export const AuthMe4Document = new TypedDocumentString(`
    query AuthMe4 {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthMe4Query, AuthMe4QueryVariables>;
export const AuthMe5Document = new TypedDocumentString(`
    query AuthMe5 {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthMe5Query, AuthMe5QueryVariables>;
export const AuthRevokeApiTokenDocument = new TypedDocumentString(`
    mutation AuthRevokeApiToken($i: RevokeApiTokenInput!) {
  revokeApiToken(input: $i) {
    apiToken {
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuthRevokeApiTokenMutation, AuthRevokeApiTokenMutationVariables>;
export const AuthMe6Document = new TypedDocumentString(`
    query AuthMe6 {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthMe6Query, AuthMe6QueryVariables>;
export const AuthMe7Document = new TypedDocumentString(`
    query AuthMe7 {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthMe7Query, AuthMe7QueryVariables>;
export const AuthMe8Document = new TypedDocumentString(`
    query AuthMe8 {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthMe8Query, AuthMe8QueryVariables>;
export const AuthMe9Document = new TypedDocumentString(`
    query AuthMe9 {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthMe9Query, AuthMe9QueryVariables>;
export const AwardsDocument = new TypedDocumentString(`
    query Awards {
  awards(fiscalYear: 2022) {
    id
    version
    amount
    carryoverIn
    transfersIn
    transfersOut
    available
    fundingSource {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AwardsQuery, AwardsQueryVariables>;
export const ProgramsRemainingDocument = new TypedDocumentString(`
    query ProgramsRemaining {
  fundingByActionStep(fiscalYear: 2022) {
    programs {
      fundingSource {
        code
      }
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramsRemainingQuery, ProgramsRemainingQueryVariables>;
export const TransfersDocument = new TypedDocumentString(`
    query Transfers {
  transfers(fiscalYear: 2022) {
    id
  }
}
    `) as unknown as TypedDocumentString<TransfersQuery, TransfersQueryVariables>;
export const PlanStepsDocument = new TypedDocumentString(`
    query PlanSteps {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStepsQuery, PlanStepsQueryVariables>;
export const UpdateAwardDocument = new TypedDocumentString(`
    mutation UpdateAward($input: UpdateAwardInput!) {
  updateAward(input: $input) {
    award {
      amount
      available
      version
      notes
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAwardMutation, UpdateAwardMutationVariables>;
export const TransferFundsDocument = new TypedDocumentString(`
    mutation TransferFunds($input: TransferFundsInput!) {
  transferFunds(input: $input) {
    transfer {
      id
      amount
      from {
        code
      }
      to {
        code
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TransferFundsMutation, TransferFundsMutationVariables>;
export const DeleteTransferDocument = new TypedDocumentString(`
    mutation DeleteTransfer($input: DeleteTransferInput!) {
  deleteTransfer(input: $input) {
    deletedTransferId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteTransferMutation, DeleteTransferMutationVariables>;
export const CreateBudgetLineDocument = new TypedDocumentString(`
    mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    budgetLine {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateBudgetLineMutation, CreateBudgetLineMutationVariables>;
export const BudgetLinesCreateDocument = new TypedDocumentString(`
    mutation BudgetLinesCreate($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    budgetLine {
      id
      amount
      version
      description
      accountCode
      functionCode
      objectCode
      use
      quantity
      unitPrice
      vendor
      narrative
      fundingSource {
        code
      }
      actionStep {
        label
      }
      school {
        name
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesCreateMutation, BudgetLinesCreateMutationVariables>;
export const BudgetLinesUpdateDocument = new TypedDocumentString(`
    mutation BudgetLinesUpdate($input: UpdateBudgetLineInput!) {
  updateBudgetLine(input: $input) {
    budgetLine {
      id
      amount
      version
      quantity
      unitPrice
      functionCode
      school {
        name
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesUpdateMutation, BudgetLinesUpdateMutationVariables>;
export const BudgetLinesDeleteDocument = new TypedDocumentString(`
    mutation BudgetLinesDelete($input: DeleteBudgetLineInput!) {
  deleteBudgetLine(input: $input) {
    deletedBudgetLineId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesDeleteMutation, BudgetLinesDeleteMutationVariables>;
export const BudgetLinesProgramTotalsDocument = new TypedDocumentString(`
    query BudgetLinesProgramTotals {
  fundingByActionStep(fiscalYear: 2022) {
    total
    programs {
      fundingSource {
        code
      }
      budgeted
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesProgramTotalsQuery, BudgetLinesProgramTotalsQueryVariables>;
export const BudgetLinesImprovementPlanDocument = new TypedDocumentString(`
    query BudgetLinesImprovementPlan {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesImprovementPlanQuery, BudgetLinesImprovementPlanQueryVariables>;
export const BudgetLinesSchoolsDocument = new TypedDocumentString(`
    query BudgetLinesSchools {
  schools(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesSchoolsQuery, BudgetLinesSchoolsQueryVariables>;
export const BudgetLinesNewestDocument = new TypedDocumentString(`
    query BudgetLinesNewest($step: ID!) {
  budgetLines(fiscalYear: 2022, actionStepId: $step, first: 1, newestFirst: true) {
    nodes {
      description
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesNewestQuery, BudgetLinesNewestQueryVariables>;
export const BudgetLinesFilteredDocument = new TypedDocumentString(`
    query BudgetLinesFiltered($functionCode: String, $objectCode: String, $schoolId: ID, $updatedSince: String) {
  budgetLines(
    fiscalYear: 2022
    first: 100
    functionCode: $functionCode
    objectCode: $objectCode
    schoolId: $schoolId
    updatedSince: $updatedSince
  ) {
    totalCount
    nodes {
      description
      functionCode
      objectCode
      school {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesFilteredQuery, BudgetLinesFilteredQueryVariables>;
export const BudgetLinesNodeDocument = new TypedDocumentString(`
    query BudgetLinesNode($id: ID!) {
  node(id: $id) {
    ... on BudgetLine {
      amount
      version
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesNodeQuery, BudgetLinesNodeQueryVariables>;
export const DraftsSchoolBudgetDocument = new TypedDocumentString(`
    query DraftsSchoolBudget($schoolId: ID!) {
  schoolBudget(fiscalYear: 2022, schoolId: $schoolId) {
    program
    envelope
    approved
    drafts
    left
  }
}
    `) as unknown as TypedDocumentString<DraftsSchoolBudgetQuery, DraftsSchoolBudgetQueryVariables>;
export const DraftsCreateDocument = new TypedDocumentString(`
    mutation DraftsCreate($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    budgetLine {
      id
      version
      status
      draftedBy
      amount
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsCreateMutation, DraftsCreateMutationVariables>;
export const DraftsApproveDocument = new TypedDocumentString(`
    mutation DraftsApprove($input: DeleteBudgetLineInput!) {
  approveBudgetLine(input: $input) {
    budgetLine {
      status
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsApproveMutation, DraftsApproveMutationVariables>;
export const DraftsUpdateDocument = new TypedDocumentString(`
    mutation DraftsUpdate($input: UpdateBudgetLineInput!) {
  updateBudgetLine(input: $input) {
    budgetLine {
      amount
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsUpdateMutation, DraftsUpdateMutationVariables>;
export const DraftsListDocument = new TypedDocumentString(`
    query DraftsList {
  budgetLines(fiscalYear: 2022, status: DRAFT, first: 100) {
    nodes {
      id
      description
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsListQuery, DraftsListQueryVariables>;
export const DraftsMeDocument = new TypedDocumentString(`
    query DraftsMe {
  me {
    schoolId
  }
}
    `) as unknown as TypedDocumentString<DraftsMeQuery, DraftsMeQueryVariables>;
export const DraftsSetupDocument = new TypedDocumentString(`
    query DraftsSetup {
  schools(first: 2) {
    nodes {
      id
    }
  }
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        allowedFundingSources {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsSetupQuery, DraftsSetupQueryVariables>;
export const DraftsScenarioDocument = new TypedDocumentString(`
    mutation DraftsScenario {
  createScenario(input: {fiscalYear: 2022, name: "Adopted", source: EMPTY}) {
    scenario {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsScenarioMutation, DraftsScenarioMutationVariables>;
export const AccountAwardsDocument = new TypedDocumentString(`
    query AccountAwards {
  awards(fiscalYear: 2022) {
    id
    version
    fundCode
    programCode
    fundingSource {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountAwardsQuery, AccountAwardsQueryVariables>;
export const AccountLinesDocument = new TypedDocumentString(`
    query AccountLines($program: ProgramCode) {
  budgetLines(fiscalYear: 2022, program: $program, first: 100) {
    nodes {
      functionCode
      objectCode
      school {
        stateSchoolId
      }
      account {
        value
        missing
        segments {
          key
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountLinesQuery, AccountLinesQueryVariables>;
export const AccountUpdateAwardDocument = new TypedDocumentString(`
    mutation AccountUpdateAward($input: UpdateAwardInput!) {
  updateAward(input: $input) {
    award {
      fundCode
      programCode
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountUpdateAwardMutation, AccountUpdateAwardMutationVariables>;
export const AccountOfficeDocument = new TypedDocumentString(`
    mutation AccountOffice($code: String!) {
  setOfficeFacilityCode(input: {code: $code}) {
    district {
      officeFacilityCode
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountOfficeMutation, AccountOfficeMutationVariables>;
export const BudgetComplianceReportDocument = new TypedDocumentString(`
    query BudgetComplianceReport($fiscalYear: Int!) {
  budgetCompliance(fiscalYear: $fiscalYear) {
    fiscalYear
    allPass
    failed
    notChecked
    checks {
      ruleId
      citation
      program
      status
      detail
      missing
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetComplianceReportQuery, BudgetComplianceReportQueryVariables>;
export const BudgetTransferDocument = new TypedDocumentString(`
    mutation BudgetTransfer($input: TransferFundsInput!) {
  transferFunds(input: $input) {
    transfer {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetTransferMutation, BudgetTransferMutationVariables>;
export const BudgetUndoTransferDocument = new TypedDocumentString(`
    mutation BudgetUndoTransfer($input: DeleteTransferInput!) {
  deleteTransfer(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetUndoTransferMutation, BudgetUndoTransferMutationVariables>;
export const BudgetGridDocument = new TypedDocumentString(`
    query BudgetGrid($fiscalYear: Int!, $program: ProgramCode) {
  budgetByFunctionAndObject(fiscalYear: $fiscalYear, program: $program) {
    program
    function {
      code
      name
    }
    object {
      code
      name
    }
    amount
    lineCount
  }
  fundingByActionStep(fiscalYear: $fiscalYear) {
    total
  }
  chartOfAccounts(fiscalYear: $fiscalYear) {
    state
    edition
    functions {
      code
      name
    }
    administrationFunctions
  }
}
    `) as unknown as TypedDocumentString<BudgetGridQuery, BudgetGridQueryVariables>;
export const BudgetCreateLineDocument = new TypedDocumentString(`
    mutation BudgetCreateLine($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    budgetLine {
      id
      version
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetCreateLineMutation, BudgetCreateLineMutationVariables>;
export const BudgetDeleteLineDocument = new TypedDocumentString(`
    mutation BudgetDeleteLine($input: DeleteBudgetLineInput!) {
  deleteBudgetLine(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetDeleteLineMutation, BudgetDeleteLineMutationVariables>;
export const BudgetMoneyPictureDocument = new TypedDocumentString(`
    query BudgetMoneyPicture($fiscalYear: Int!) {
  moneyPicture(fiscalYear: $fiscalYear) {
    program
    available
    reserved
    toSchools
    districtLines
    districtLinesBeyondReservations
    schoolLines
    unbudgeted
    adopted
  }
}
    `) as unknown as TypedDocumentString<BudgetMoneyPictureQuery, BudgetMoneyPictureQueryVariables>;
export const BudgetPlanStepsDocument = new TypedDocumentString(`
    query BudgetPlanSteps {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
        allowedFundingSources {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetPlanStepsQuery, BudgetPlanStepsQueryVariables>;
export const IdeaRuleDocument = new TypedDocumentString(`
    query IdeaRule {
  budgetCompliance(fiscalYear: 2022) {
    checks {
      ruleId
      status
      citation
      detail
      missing
    }
  }
  awards(fiscalYear: 2022) {
    id
    version
    amount
    preschool
    fundingSource {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaRuleQuery, IdeaRuleQueryVariables>;
export const IdeaLineDocument = new TypedDocumentString(`
    mutation IdeaLine($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    budgetLine {
      id
      version
      subgrant
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaLineMutation, IdeaLineMutationVariables>;
export const IdeaDeleteDocument = new TypedDocumentString(`
    mutation IdeaDelete($input: DeleteBudgetLineInput!) {
  deleteBudgetLine(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaDeleteMutation, IdeaDeleteMutationVariables>;
export const IdeaAwardDocument = new TypedDocumentString(`
    mutation IdeaAward($input: UpdateAwardInput!) {
  updateAward(input: $input) {
    award {
      preschool
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaAwardMutation, IdeaAwardMutationVariables>;
export const IdeaStepsDocument = new TypedDocumentString(`
    query IdeaSteps {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        allowedFundingSources {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaStepsQuery, IdeaStepsQueryVariables>;
export const DistrictsSchoolsDocument = new TypedDocumentString(`
    query DistrictsSchools {
  schools(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsSchoolsQuery, DistrictsSchoolsQueryVariables>;
export const DistrictsImprovementPlanDocument = new TypedDocumentString(`
    query DistrictsImprovementPlan {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsImprovementPlanQuery, DistrictsImprovementPlanQueryVariables>;
export const DistrictsCreateBudgetLineDocument = new TypedDocumentString(`
    mutation DistrictsCreateBudgetLine($i: CreateBudgetLineInput!) {
  createBudgetLine(input: $i) {
    budgetLine {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsCreateBudgetLineMutation, DistrictsCreateBudgetLineMutationVariables>;
export const DistrictsSchools2Document = new TypedDocumentString(`
    query DistrictsSchools2 {
  schools {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DistrictsSchools2Query, DistrictsSchools2QueryVariables>;
export const DistrictsOtherSchoolsDocument = new TypedDocumentString(`
    query DistrictsOtherSchools {
  schools {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsOtherSchoolsQuery, DistrictsOtherSchoolsQueryVariables>;
export const DistrictsNodeIdDocument = new TypedDocumentString(`
    query DistrictsNodeId($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DistrictsNodeIdQuery, DistrictsNodeIdQueryVariables>;
export const DistrictsOtherLinesDocument = new TypedDocumentString(`
    query DistrictsOtherLines {
  budgetLines(fiscalYear: 2022) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DistrictsOtherLinesQuery, DistrictsOtherLinesQueryVariables>;
export const DistrictsOtherUpdateDocument = new TypedDocumentString(`
    mutation DistrictsOtherUpdate($i: UpdateBudgetLineInput!) {
  updateBudgetLine(input: $i) {
    budgetLine {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsOtherUpdateMutation, DistrictsOtherUpdateMutationVariables>;
export const DistrictsOtherDeleteDocument = new TypedDocumentString(`
    mutation DistrictsOtherDelete($i: DeleteBudgetLineInput!) {
  deleteBudgetLine(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsOtherDeleteMutation, DistrictsOtherDeleteMutationVariables>;
export const DistrictsNodeDocument = new TypedDocumentString(`
    query DistrictsNode($id: ID!) {
  node(id: $id) {
    ... on BudgetLine {
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsNodeQuery, DistrictsNodeQueryVariables>;
export const ExportsCreateApiTokenDocument = new TypedDocumentString(`
    mutation ExportsCreateApiToken {
  createApiToken(input: {name: "Warehouse", role: VIEWER, scope: READ}) {
    token
  }
}
    `) as unknown as TypedDocumentString<ExportsCreateApiTokenMutation, ExportsCreateApiTokenMutationVariables>;
export const ExportsCreateScenarioDocument = new TypedDocumentString(`
    mutation ExportsCreateScenario {
  createScenario(input: {fiscalYear: 2022, name: "Board draft", source: EMPTY}) {
    scenario {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsCreateScenarioMutation, ExportsCreateScenarioMutationVariables>;
export const ExportsRunScenarioDocument = new TypedDocumentString(`
    mutation ExportsRunScenario($i: ScenarioActionInput!) {
  runScenario(input: $i) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsRunScenarioMutation, ExportsRunScenarioMutationVariables>;
export const ExportsFundingByActionStepDocument = new TypedDocumentString(`
    query ExportsFundingByActionStep {
  fundingByActionStep(fiscalYear: 2022) {
    total
    rows {
      total
    }
    programs {
      award
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsFundingByActionStepQuery, ExportsFundingByActionStepQueryVariables>;
export const ExportsScenarioDocument = new TypedDocumentString(`
    query ExportsScenario($id: ID!) {
  scenario(id: $id) {
    result {
      schools {
        total
      }
      compliance {
        citation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsScenarioQuery, ExportsScenarioQueryVariables>;
export const ExportsBudgetTotalDocument = new TypedDocumentString(`
    query ExportsBudgetTotal {
  fundingByActionStep(fiscalYear: 2022) {
    total
  }
}
    `) as unknown as TypedDocumentString<ExportsBudgetTotalQuery, ExportsBudgetTotalQueryVariables>;
export const ExportsPositionsDocument = new TypedDocumentString(`
    query ExportsPositions {
  positions(fiscalYear: 2022, first: 100) {
    nodes {
      code
      totalCost
      localCost
      fundings {
        program
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsPositionsQuery, ExportsPositionsQueryVariables>;
export const ExportsLeaderTokenDocument = new TypedDocumentString(`
    mutation ExportsLeaderToken($i: CreateApiTokenInput!) {
  createApiToken(input: $i) {
    token
  }
}
    `) as unknown as TypedDocumentString<ExportsLeaderTokenMutation, ExportsLeaderTokenMutationVariables>;
export const ExportsFirstSchoolDocument = new TypedDocumentString(`
    query ExportsFirstSchool {
  schools(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsFirstSchoolQuery, ExportsFirstSchoolQueryVariables>;
export const ExportsFundingByActionStep2Document = new TypedDocumentString(`
    query ExportsFundingByActionStep2 {
  fundingByActionStep(fiscalYear: 2022) {
    total
  }
}
    `) as unknown as TypedDocumentString<ExportsFundingByActionStep2Query, ExportsFundingByActionStep2QueryVariables>;
export const MonitoringExportStepDocument = new TypedDocumentString(`
    query MonitoringExportStep {
  stepProgress(fiscalYear: 2022) {
    actionStep {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringExportStepQuery, MonitoringExportStepQueryVariables>;
export const MonitoringExportRecordDocument = new TypedDocumentString(`
    mutation MonitoringExportRecord($input: RecordStepMonitoringInput!) {
  recordStepMonitoring(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringExportRecordMutation, MonitoringExportRecordMutationVariables>;
export const FileImportsAwardsDocument = new TypedDocumentString(`
    query FileImportsAwards($year: Int!) {
  awards(fiscalYear: $year) {
    fundingSource {
      code
    }
    amount
    carryoverIn
    version
  }
}
    `) as unknown as TypedDocumentString<FileImportsAwardsQuery, FileImportsAwardsQueryVariables>;
export const FileImportsBudgetLinesDocument = new TypedDocumentString(`
    query FileImportsBudgetLines($since: String) {
  budgetLines(fiscalYear: 2022, first: 100, updatedSince: $since) {
    totalCount
    nodes {
      description
      amount
      accountCode
      version
      school {
        ncesSchoolId
      }
      actionStep {
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FileImportsBudgetLinesQuery, FileImportsBudgetLinesQueryVariables>;
export const FileImportsSchoolsDocument = new TypedDocumentString(`
    query FileImportsSchools {
  schools(first: 100) {
    nodes {
      ncesSchoolId
      stateSchoolId
      enrollment
      directCertified
      lowIncome
    }
  }
}
    `) as unknown as TypedDocumentString<FileImportsSchoolsQuery, FileImportsSchoolsQueryVariables>;
export const FileImportsCodesDocument = new TypedDocumentString(`
    query FileImportsCodes($since: String) {
  budgetLines(
    fiscalYear: 2022
    first: 100
    functionCode: "1000"
    objectCode: "642"
    updatedSince: $since
  ) {
    nodes {
      description
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<FileImportsCodesQuery, FileImportsCodesQueryVariables>;
export const FileImportsImportBudgetLinesDocument = new TypedDocumentString(`
    mutation FileImportsImportBudgetLines($i: DistrictFileInput!) {
  importBudgetLines(input: $i) {
    written
  }
}
    `) as unknown as TypedDocumentString<FileImportsImportBudgetLinesMutation, FileImportsImportBudgetLinesMutationVariables>;
export const PositionsImportDocument = new TypedDocumentString(`
    mutation PositionsImport($i: DistrictFileInput!) {
  importPositions(input: $i) {
    rows
    inserted
    updated
    unchanged
    written
    changes {
      record
      field
      before
      after
    }
    problems {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsImportMutation, PositionsImportMutationVariables>;
export const PositionsImportReadDocument = new TypedDocumentString(`
    query PositionsImportRead {
  positions(fiscalYear: 2022, first: 100) {
    nodes {
      code
      title
      salary
      salarySchedule
      fte
      status
      personName
      totalCost
      version
      jobClass {
        code
      }
      school {
        ncesSchoolId
      }
      fundings {
        program
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsImportReadQuery, PositionsImportReadQueryVariables>;
export const SchoolAwardsImportDocument = new TypedDocumentString(`
    mutation SchoolAwardsImport($i: DistrictFileInput!) {
  importSchoolAwards(input: $i) {
    rows
    inserted
    updated
    unchanged
    written
    problems {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolAwardsImportMutation, SchoolAwardsImportMutationVariables>;
export const SchoolAwardsReadDocument = new TypedDocumentString(`
    query SchoolAwardsRead {
  schoolAwards(fiscalYear: 2022) {
    amount
    school {
      ncesSchoolId
      stateSchoolId
      name
    }
    fundingSource {
      code
    }
  }
  budgetCompliance(fiscalYear: 2022) {
    checks {
      ruleId
      status
      citation
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolAwardsReadQuery, SchoolAwardsReadQueryVariables>;
export const SchoolImportImportDocument = new TypedDocumentString(`
    mutation SchoolImportImport($i: ImportSchoolsInput!) {
  importSchools(input: $i) {
    rows
    inserted
    updated
    unchanged
    written
    changes {
      row
      record
      field
      before
      after
    }
    problems {
      row
      column
      message
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolImportImportMutation, SchoolImportImportMutationVariables>;
export const SchoolImportSchoolsDocument = new TypedDocumentString(`
    query SchoolImportSchools {
  schools(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SchoolImportSchoolsQuery, SchoolImportSchoolsQueryVariables>;
export const SchoolImportSchools2Document = new TypedDocumentString(`
    query SchoolImportSchools2 {
  schools(first: 100) {
    nodes {
      ncesSchoolId
      name
      enrollment
      lowIncome
      illustrative
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolImportSchools2Query, SchoolImportSchools2QueryVariables>;
export const SchoolImportAuditEventsDocument = new TypedDocumentString(`
    query SchoolImportAuditEvents {
  auditEvents(first: 5, entityType: "School") {
    nodes {
      action
      entityType
      after
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolImportAuditEventsQuery, SchoolImportAuditEventsQueryVariables>;
export const SchoolImportSchools3Document = new TypedDocumentString(`
    query SchoolImportSchools3 {
  schools(first: 100) {
    nodes {
      ncesSchoolId
      stateSchoolId
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolImportSchools3Query, SchoolImportSchools3QueryVariables>;
export const GoalsReadDocument = new TypedDocumentString(`
    query GoalsRead {
  improvementPlan(fiscalYear: 2022) {
    needs {
      id
      number
      goalMeasure {
        measure
        dataSource
        unit
        baseline
        baselineYear
        target
        targetYear
        annualChange
        missing
        version
        values {
          year
          kind
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GoalsReadQuery, GoalsReadQueryVariables>;
export const GoalsUpdateDocument = new TypedDocumentString(`
    mutation GoalsUpdate($input: UpdateGoalMeasureInput!) {
  updateGoalMeasure(input: $input) {
    goalMeasure {
      baselineYear
      dataSource
      missing
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GoalsUpdateMutation, GoalsUpdateMutationVariables>;
export const GoalsRecordDocument = new TypedDocumentString(`
    mutation GoalsRecord($input: RecordGoalValueInput!) {
  recordGoalValue(input: $input) {
    goalMeasure {
      values {
        year
        kind
        value
      }
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GoalsRecordMutation, GoalsRecordMutationVariables>;
export const GoalsImportDocument = new TypedDocumentString(`
    mutation GoalsImport($input: ImportImprovementPlanInput!) {
  importImprovementPlan(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GoalsImportMutation, GoalsImportMutationVariables>;
export const PlanImportImportDocument = new TypedDocumentString(`
    mutation PlanImportImport($input: ImportImprovementPlanInput!) {
  importImprovementPlan(input: $input) {
    improvementPlan {
      id
      fiscalYear
      needs {
        number
        actionSteps {
          id
          label
        }
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlanImportImportMutation, PlanImportImportMutationVariables>;
export const PlanImportRecordProgressDocument = new TypedDocumentString(`
    mutation PlanImportRecordProgress($input: RecordStepMonitoringInput!) {
  recordStepMonitoring(input: $input) {
    monitoring {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PlanImportRecordProgressMutation, PlanImportRecordProgressMutationVariables>;
export const PlanImportDeleteProgressDocument = new TypedDocumentString(`
    mutation PlanImportDeleteProgress($input: DeleteStepMonitoringInput!) {
  deleteStepMonitoring(input: $input) {
    deleted
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlanImportDeleteProgressMutation, PlanImportDeleteProgressMutationVariables>;
export const PlanImportImprovementPlanDocument = new TypedDocumentString(`
    query PlanImportImprovementPlan {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanImportImprovementPlanQuery, PlanImportImprovementPlanQueryVariables>;
export const PlanImportFiscalYearsDocument = new TypedDocumentString(`
    query PlanImportFiscalYears {
  fiscalYears {
    year
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<PlanImportFiscalYearsQuery, PlanImportFiscalYearsQueryVariables>;
export const StepProgramsReadDocument = new TypedDocumentString(`
    query StepProgramsRead {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
        allowedFundingSources {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StepProgramsReadQuery, StepProgramsReadQueryVariables>;
export const StepProgramsSetDocument = new TypedDocumentString(`
    mutation StepProgramsSet($input: SetActionStepProgramsInput!) {
  setActionStepPrograms(input: $input) {
    actionStep {
      label
      allowedFundingSources {
        code
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StepProgramsSetMutation, StepProgramsSetMutationVariables>;
export const ArtifactStoreStepDocument = new TypedDocumentString(`
    query ArtifactStoreStep {
  stepProgress(fiscalYear: 2022) {
    actionStep {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<ArtifactStoreStepQuery, ArtifactStoreStepQueryVariables>;
export const ArtifactStoreRecordDocument = new TypedDocumentString(`
    mutation ArtifactStoreRecord($input: RecordStepMonitoringInput!) {
  recordStepMonitoring(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ArtifactStoreRecordMutation, ArtifactStoreRecordMutationVariables>;
export const ArtifactStoreAttachDocument = new TypedDocumentString(`
    mutation ArtifactStoreAttach($input: AttachMonitoringArtifactInput!) {
  attachMonitoringArtifact(input: $input) {
    artifact {
      id
      sha256
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ArtifactStoreAttachMutation, ArtifactStoreAttachMutationVariables>;
export const MonitoringRecordDocument = new TypedDocumentString(`
    mutation MonitoringRecord($input: RecordStepMonitoringInput!) {
  recordStepMonitoring(input: $input) {
    monitoring {
      window
      status
      evidence
      recordedBy
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringRecordMutation, MonitoringRecordMutationVariables>;
export const MonitoringAttachDocument = new TypedDocumentString(`
    mutation MonitoringAttach($input: AttachMonitoringArtifactInput!) {
  attachMonitoringArtifact(input: $input) {
    artifact {
      id
      fileName
      sizeBytes
      sha256
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringAttachMutation, MonitoringAttachMutationVariables>;
export const MonitoringProgressDocument = new TypedDocumentString(`
    query MonitoringProgress {
  stepProgress(fiscalYear: 2022) {
    actionStep {
      id
      label
    }
    budgeted
    windows {
      window
      status
      evidence
      recordedBy
      artifacts {
        id
        fileName
        contentType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringProgressQuery, MonitoringProgressQueryVariables>;
export const MonitoringWindowsReadDocument = new TypedDocumentString(`
    query MonitoringWindowsRead {
  monitoringWindows(fiscalYear: 2022) {
    window
    opensOn
    closesOn
    setByDistrict
  }
}
    `) as unknown as TypedDocumentString<MonitoringWindowsReadQuery, MonitoringWindowsReadQueryVariables>;
export const MonitoringWindowsSetDocument = new TypedDocumentString(`
    mutation MonitoringWindowsSet($input: SetMonitoringWindowsInput!) {
  setMonitoringWindows(input: $input) {
    windows {
      window
      opensOn
      closesOn
      setByDistrict
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringWindowsSetMutation, MonitoringWindowsSetMutationVariables>;
export const AmendPlanReadDocument = new TypedDocumentString(`
    query AmendPlanRead {
  improvementPlan(fiscalYear: 2022) {
    revision
    approvedAt
    approvedBy
    needs {
      id
      number
      rootCauses
      actionSteps {
        id
        label
        timeline
        systems
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AmendPlanReadQuery, AmendPlanReadQueryVariables>;
export const AmendPlanEditDocument = new TypedDocumentString(`
    mutation AmendPlanEdit($input: EditImprovementPlanInput!) {
  editImprovementPlan(input: $input) {
    amendment {
      id
      number
      status
      reason
      proposedBy
      version
      changes {
        section
        current
        amended
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AmendPlanEditMutation, AmendPlanEditMutationVariables>;
export const AmendPlanApproveDocument = new TypedDocumentString(`
    mutation AmendPlanApprove($input: ApproveImprovementPlanInput!) {
  approveImprovementPlan(input: $input) {
    improvementPlan {
      approvedAt
      approvedBy
      revision
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AmendPlanApproveMutation, AmendPlanApproveMutationVariables>;
export const AmendPlanDecideDocument = new TypedDocumentString(`
    mutation AmendPlanDecide($input: DecidePlanAmendmentInput!) {
  decidePlanAmendment(input: $input) {
    amendment {
      number
      status
      decidedBy
      decisionNote
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AmendPlanDecideMutation, AmendPlanDecideMutationVariables>;
export const AmendPlanHistoryDocument = new TypedDocumentString(`
    query AmendPlanHistory {
  planAmendments(fiscalYear: 2022) {
    number
    status
    reason
    changes {
      section
    }
  }
}
    `) as unknown as TypedDocumentString<AmendPlanHistoryQuery, AmendPlanHistoryQueryVariables>;
export const AmendPlanProgramsDocument = new TypedDocumentString(`
    query AmendPlanPrograms {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
        allowedFundingSources {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AmendPlanProgramsQuery, AmendPlanProgramsQueryVariables>;
export const AmendPlanSetProgramsDocument = new TypedDocumentString(`
    mutation AmendPlanSetPrograms($input: SetActionStepProgramsInput!) {
  setActionStepPrograms(input: $input) {
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AmendPlanSetProgramsMutation, AmendPlanSetProgramsMutationVariables>;
export const PlanStructureFundingDocument = new TypedDocumentString(`
    query PlanStructureFunding {
  planStructureFunding(fiscalYear: 2022) {
    total
    byEquityIntervention {
      key
      budgeted
      steps
    }
    bySystem {
      key
      budgeted
      steps
    }
    bySubgroup {
      key
      budgeted
      steps
    }
    byStrategicGoal {
      key
      budgeted
      steps
    }
  }
  fundingByActionStep(fiscalYear: 2022) {
    total
    rows {
      actionStep {
        label
        systems
      }
      total
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureFundingQuery, PlanStructureFundingQueryVariables>;
export const PositionsCreateDocument = new TypedDocumentString(`
    mutation PositionsCreate($input: CreatePositionInput!) {
  createPosition(input: $input) {
    position {
      id
      code
      version
      salary
      totalCost
      localCost
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsCreateMutation, PositionsCreateMutationVariables>;
export const PositionsFundDocument = new TypedDocumentString(`
    mutation PositionsFund($input: SetPositionFundingInput!) {
  setPositionFunding(input: $input) {
    position {
      id
      version
      totalCost
      localCost
      cost {
        name
        objectCode
        amount
      }
      fundings {
        program
        functionCode
        shareBasisPoints
        amount
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsFundMutation, PositionsFundMutationVariables>;
export const PositionsUpdateDocument = new TypedDocumentString(`
    mutation PositionsUpdate($input: UpdatePositionInput!) {
  updatePosition(input: $input) {
    position {
      id
      version
      totalCost
      fundings {
        program
        amount
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsUpdateMutation, PositionsUpdateMutationVariables>;
export const PositionsDeleteDocument = new TypedDocumentString(`
    mutation PositionsDelete($input: DeletePositionInput!) {
  deletePosition(input: $input) {
    deletedPositionId
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsDeleteMutation, PositionsDeleteMutationVariables>;
export const PositionsRateDocument = new TypedDocumentString(`
    mutation PositionsRate($input: SetBenefitRateInput!) {
  setBenefitRate(input: $input) {
    benefitRate {
      name
      version
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsRateMutation, PositionsRateMutationVariables>;
export const PositionsBudgetedDocument = new TypedDocumentString(`
    query PositionsBudgeted {
  fundingByActionStep(fiscalYear: 2022) {
    programs {
      fundingSource {
        code
      }
      budgeted
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsBudgetedQuery, PositionsBudgetedQueryVariables>;
export const PositionsPlanDocument = new TypedDocumentString(`
    query PositionsPlan {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsPlanQuery, PositionsPlanQueryVariables>;
export const PositionsSchoolDocument = new TypedDocumentString(`
    query PositionsSchool {
  schools(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsSchoolQuery, PositionsSchoolQueryVariables>;
export const PositionsJobClassDocument = new TypedDocumentString(`
    mutation PositionsJobClass($input: CreateJobClassInput!) {
  createJobClass(input: $input) {
    jobClass {
      id
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsJobClassMutation, PositionsJobClassMutationVariables>;
export const PositionsCostByProgramDocument = new TypedDocumentString(`
    query PositionsCostByProgram {
  positionCostByProgram(fiscalYear: 2022) {
    program
    amount
    positions
  }
  positions(fiscalYear: 2022, first: 100) {
    totalCount
    nodes {
      fundings {
        program
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsCostByProgramQuery, PositionsCostByProgramQueryVariables>;
export const PositionsLinesDocument = new TypedDocumentString(`
    query PositionsLines($schoolId: ID!) {
  budgetLines(
    fiscalYear: 2022
    first: 100
    program: TITLE_II_A
    functionCode: "2213"
    schoolId: $schoolId
  ) {
    nodes {
      id
      description
      functionCode
      objectCode
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsLinesQuery, PositionsLinesQueryVariables>;
export const PositionsEditLineDocument = new TypedDocumentString(`
    mutation PositionsEditLine($input: UpdateBudgetLineInput!) {
  updateBudgetLine(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PositionsEditLineMutation, PositionsEditLineMutationVariables>;
export const SchedulesSetDocument = new TypedDocumentString(`
    mutation SchedulesSet($input: SetSalaryScheduleInput!) {
  setSalarySchedule(input: $input) {
    salarySchedule {
      name
      positionCount
      version
      steps {
        step
        salary
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SchedulesSetMutation, SchedulesSetMutationVariables>;
export const SchedulesCreatePositionDocument = new TypedDocumentString(`
    mutation SchedulesCreatePosition($input: CreatePositionInput!) {
  createPosition(input: $input) {
    position {
      id
      version
      salary
      salarySchedule
      scheduleStep
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SchedulesCreatePositionMutation, SchedulesCreatePositionMutationVariables>;
export const SchedulesFundDocument = new TypedDocumentString(`
    mutation SchedulesFund($input: SetPositionFundingInput!) {
  setPositionFunding(input: $input) {
    position {
      version
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SchedulesFundMutation, SchedulesFundMutationVariables>;
export const SchedulesUpdateDocument = new TypedDocumentString(`
    mutation SchedulesUpdate($input: UpdatePositionInput!) {
  updatePosition(input: $input) {
    position {
      salary
      salarySchedule
      scheduleStep
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SchedulesUpdateMutation, SchedulesUpdateMutationVariables>;
export const SchedulesReadDocument = new TypedDocumentString(`
    query SchedulesRead($id: ID!) {
  node(id: $id) {
    ... on Position {
      salary
      version
      salarySchedule
      fundings {
        amount
      }
    }
  }
  salarySchedules(fiscalYear: 2022) {
    name
    positionCount
  }
}
    `) as unknown as TypedDocumentString<SchedulesReadQuery, SchedulesReadQueryVariables>;
export const SchedulesLinesDocument = new TypedDocumentString(`
    query SchedulesLines {
  budgetLines(
    fiscalYear: 2022
    program: TITLE_I_A
    first: 100
    functionCode: "2213"
  ) {
    nodes {
      description
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<SchedulesLinesQuery, SchedulesLinesQueryVariables>;
export const SchedulesPlanDocument = new TypedDocumentString(`
    query SchedulesPlan {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
      }
    }
  }
  jobClasses {
    id
    category
  }
}
    `) as unknown as TypedDocumentString<SchedulesPlanQuery, SchedulesPlanQueryVariables>;
export const GuidancePreviewDocument = new TypedDocumentString(`
    mutation GuidancePreview($input: PreviewAllocationInput!) {
  previewAllocation(input: $input) {
    result {
      programs {
        reserved
        toSchools
        unallocated
        reservations {
          kind
          amount
        }
      }
      compliance {
        ruleId
        status
      }
    }
    schools {
      key
      name
      total
      allocations {
        program
        amount
        explanation
      }
      titleI {
        served
        rank
        perChild
        publicAmount
        privateAmount
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GuidancePreviewMutation, GuidancePreviewMutationVariables>;
export const InputPropertiesPreviewDocument = new TypedDocumentString(`
    mutation InputPropertiesPreview($input: PreviewAllocationInput!) {
  previewAllocation(input: $input) {
    result {
      programs {
        available
        reserved
        toSchools
        unallocated
        reservations {
          amount
        }
      }
      compliance {
        status
        missing
      }
      notChecked
      allPass
      failures
    }
    schools {
      key
      total
      titleI {
        served
        perChild
        publicAmount
        privateAmount
        lowIncomeChildren
        rank
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InputPropertiesPreviewMutation, InputPropertiesPreviewMutationVariables>;
export const InputPropertiesImportDocument = new TypedDocumentString(`
    mutation InputPropertiesImport($i: ImportSchoolsInput!) {
  importSchools(input: $i) {
    rows
    inserted
    updated
    unchanged
    written
    changes {
      row
      field
    }
    problems {
      row
      column
      message
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InputPropertiesImportMutation, InputPropertiesImportMutationVariables>;
export const InputPropertiesSchoolsDocument = new TypedDocumentString(`
    query InputPropertiesSchools {
  schools(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputPropertiesSchoolsQuery, InputPropertiesSchoolsQueryVariables>;
export const ScenariosSchoolsDocument = new TypedDocumentString(`
    query ScenariosSchools {
  schools(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosSchoolsQuery, ScenariosSchoolsQueryVariables>;
export const ScenariosNodeDocument = new TypedDocumentString(`
    query ScenariosNode($id: ID!) {
  node(id: $id) {
    ... on Scenario {
      version
      stale
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosNodeQuery, ScenariosNodeQueryVariables>;
export const ScenariosScenariosDocument = new TypedDocumentString(`
    query ScenariosScenarios {
  scenarios(fiscalYear: 2022) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScenariosScenariosQuery, ScenariosScenariosQueryVariables>;
export const ScenariosPreviewAllocationDocument = new TypedDocumentString(`
    mutation ScenariosPreviewAllocation($input: PreviewAllocationInput!) {
  previewAllocation(input: $input) {
    result {
      failures
      programs {
        toSchools
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosPreviewAllocationMutation, ScenariosPreviewAllocationMutationVariables>;
export const ScenariosScenarios2Document = new TypedDocumentString(`
    query ScenariosScenarios2 {
  scenarios(fiscalYear: 2022) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScenariosScenarios2Query, ScenariosScenarios2QueryVariables>;
export const ScenariosCompareScenariosDocument = new TypedDocumentString(`
    query ScenariosCompareScenarios($a: ID!, $b: ID!) {
  compareScenarios(a: $a, b: $b) {
    schools {
      program
      difference
    }
    programs {
      program
      difference
    }
    measures {
      measure
      a
      b
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosCompareScenariosQuery, ScenariosCompareScenariosQueryVariables>;
export const ScenariosImprovementPlanDocument = new TypedDocumentString(`
    query ScenariosImprovementPlan {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosImprovementPlanQuery, ScenariosImprovementPlanQueryVariables>;
export const ScenariosFundingByActionStepDocument = new TypedDocumentString(`
    query ScenariosFundingByActionStep($id: ID!) {
  fundingByActionStep(fiscalYear: 2022, scenarioId: $id) {
    rows {
      actionStep {
        label
      }
      amounts {
        fundingSource {
          code
        }
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosFundingByActionStepQuery, ScenariosFundingByActionStepQueryVariables>;
export const ScenariosNode2Document = new TypedDocumentString(`
    query ScenariosNode2($id: ID!) {
  node(id: $id) {
    ... on Scenario {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosNode2Query, ScenariosNode2QueryVariables>;
export const StrategicReadDocument = new TypedDocumentString(`
    query StrategicRead {
  strategicPlan {
    title
    prioritiesChosenOn
    priorityCount
    goals {
      number
      objectives {
        id
        code
        priority
        initiatives {
          actionSteps {
            id
            code
          }
        }
      }
    }
  }
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
        strategicActionSteps {
          id
          code
        }
      }
    }
  }
  planStructureFunding(fiscalYear: 2022) {
    byStrategicGoal {
      key
      steps
    }
  }
}
    `) as unknown as TypedDocumentString<StrategicReadQuery, StrategicReadQueryVariables>;
export const StrategicPrioritiesDocument = new TypedDocumentString(`
    mutation StrategicPriorities($input: SetPriorityObjectivesInput!) {
  setPriorityObjectives(input: $input) {
    strategicPlan {
      goals {
        objectives {
          code
          priority
        }
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StrategicPrioritiesMutation, StrategicPrioritiesMutationVariables>;
export const StrategicLinksDocument = new TypedDocumentString(`
    mutation StrategicLinks($input: SetStrategicLinksInput!) {
  setStrategicLinks(input: $input) {
    actionStep {
      label
      strategicActionSteps {
        code
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StrategicLinksMutation, StrategicLinksMutationVariables>;
export const CachedFundingDocument = new TypedDocumentString(`
    query CachedFunding {
  fundingByActionStep(fiscalYear: 2022) {
    total
  }
}
    `) as unknown as TypedDocumentString<CachedFundingQuery, CachedFundingQueryVariables>;
export const CachedSchoolsDocument = new TypedDocumentString(`
    query CachedSchools {
  schools(first: 100) {
    totalCount
    nodes {
      id
      enrollment
    }
  }
}
    `) as unknown as TypedDocumentString<CachedSchoolsQuery, CachedSchoolsQueryVariables>;
export const CachedWithViewerDocument = new TypedDocumentString(`
    query CachedWithViewer {
  me {
    name
  }
  fundingByActionStep(fiscalYear: 2022) {
    total
  }
}
    `) as unknown as TypedDocumentString<CachedWithViewerQuery, CachedWithViewerQueryVariables>;
export const CachedNewScenarioDocument = new TypedDocumentString(`
    mutation CachedNewScenario {
  createScenario(
    input: {fiscalYear: 2022, name: "Unrelated write", source: EMPTY}
  ) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CachedNewScenarioMutation, CachedNewScenarioMutationVariables>;
export const CachedAddLineDocument = new TypedDocumentString(`
    mutation CachedAddLine($i: CreateBudgetLineInput!) {
  createBudgetLine(input: $i) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CachedAddLineMutation, CachedAddLineMutationVariables>;
export const FirstActionStepDocument = new TypedDocumentString(`
    query FirstActionStep {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstActionStepQuery, FirstActionStepQueryVariables>;