/**
 * The domain's value lists, declared once. The entities, the GraphQL enums, the file readers and
 * the admin app import them from here, so a new value is added in one place.
 */

export const SCHOOL_LEVELS = ["ELEMENTARY", "MIDDLE", "HIGH", "OTHER"] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** ESEA 1111(d): comprehensive, targeted and additional targeted support and improvement. */
export const SUPPORT_DESIGNATIONS = ["NONE", "TSI", "ATSI", "CSI"] as const;
export type SupportDesignation = (typeof SUPPORT_DESIGNATIONS)[number];

/** ESEA 1114 (schoolwide) and 1115 (targeted assistance). */
export const TITLE_I_STATUSES = ["SCHOOLWIDE", "TARGETED", "NONE"] as const;
export type TitleIStatus = (typeof TITLE_I_STATUSES)[number];

/** ESEA 8101(21)(A): the four tiers of evidence. */
export const EVIDENCE_LEVELS = [
  "STRONG",
  "MODERATE",
  "PROMISING",
  "DEMONSTRATES_A_RATIONALE",
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** How a district receives its federal funds: program by program, consolidated, or schoolwide pool. */
export const FEDERAL_FUNDING_OPTIONS = ["TRADITIONAL", "CONSOLIDATED", "FUND_400"] as const;
export type FederalFundingOption = (typeof FEDERAL_FUNDING_OPTIONS)[number];

/** ESEA 1113(a)(5): the poverty measures a district may choose. */
export const POVERTY_MEASURES = [
  "DIRECT_CERTIFICATION",
  "FREE_REDUCED_LUNCH",
  "CENSUS",
  "TANF",
  "MEDICAID",
  "COMPOSITE",
] as const;
export type PovertyMeasure = (typeof POVERTY_MEASURES)[number];

/** A scenario's life: DRAFT -> SUBMITTED -> APPROVED (the adopted budget) -> SUPERSEDED. */
export const SCENARIO_STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "SUPERSEDED"] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

/** Outcome of one compliance rule. */
export const CHECK_STATUSES = ["PASS", "FAIL", "NOT_APPLICABLE", "NOT_CHECKED"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Title I per-pupil policies. */
export const PPA_KINDS = ["SINGLE", "BANDS", "EXPLICIT", "EVEN"] as const;
export type PpaKind = (typeof PPA_KINDS)[number];

/** ESEA 1113(a)(3): rank below 75% district-wide or within grade spans. */
export const TITLE_I_RANKINGS = ["DISTRICT_WIDE", "GRADE_SPAN"] as const;
export type TitleIRanking = (typeof TITLE_I_RANKINGS)[number];

/**
 * What a budget line pays for when a rule counts it apart from the rest of its program: ESEA
 * 1116(a)(3) family engagement (Title I-A), the three uses of ESEA 4106(e)(2) and the 4109(b)
 * infrastructure share (Title IV-A), IDEA 613(f) early intervening services (IDEA Part B).
 */
export const BUDGET_USES = [
  "FAMILY_ENGAGEMENT",
  "WELL_ROUNDED_EDUCATION",
  "SAFE_AND_HEALTHY_STUDENTS",
  "EFFECTIVE_USE_OF_TECHNOLOGY",
  "TECHNOLOGY_INFRASTRUCTURE",
  "EARLY_INTERVENING_SERVICES",
] as const;
export type BudgetUse = (typeof BUDGET_USES)[number];

/** IDEA Part B's two subgrants: 611 for children 3-21, 619 preschool for children 3-5. */
export const IDEA_SUBGRANTS = ["IDEA_611", "IDEA_619"] as const;
export type IdeaSubgrant = (typeof IDEA_SUBGRANTS)[number];
