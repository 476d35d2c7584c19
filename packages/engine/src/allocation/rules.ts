import type { CheckStatus } from "../vocabulary.js";

/**
 * The federal rules the engine applies, each with its citation. ESEA is the Elementary and
 * Secondary Education Act as amended by ESSA (20 U.S.C. 6301 ff.); IDEA is 20 U.S.C. 1400 ff.
 * Rules marked STATE_PRACTICE are policies a state sets, not statute, and are configurable.
 */
export interface Rule {
  id: string;
  title: string;
  citation: string;
  basis: "STATUTE" | "REGULATION" | "STATE_PRACTICE";
}

const rule = (
  id: string,
  title: string,
  citation: string,
  basis: Rule["basis"] = "STATUTE",
): Rule => ({ id, title, citation, basis });

export const RULES = {
  TITLE_I_ELIGIBILITY: rule(
    "TITLE_I_ELIGIBILITY",
    "Only eligible schools are served: poverty at or above the district average, or at or above 35% when designated, or served last year (one more year)",
    "ESEA 1113(a)(2), 1113(b)(1)(C)",
  ),
  TITLE_I_75_PERCENT: rule(
    "TITLE_I_75_PERCENT",
    "Schools above 75% poverty are served first, in rank order, regardless of grade span (50% option for high schools)",
    "ESEA 1113(a)(3)",
  ),
  TITLE_I_RANK_ORDER: rule(
    "TITLE_I_RANK_ORDER",
    "Eligible schools are served in rank order of poverty until funds run out",
    "ESEA 1113(a)(3), 1113(c)(1)",
  ),
  TITLE_I_SMALL_DISTRICT: rule(
    "TITLE_I_SMALL_DISTRICT",
    "Districts under 1,000 students are exempt from ranking",
    "ESEA 1113(b)(1)(A)",
  ),
  TITLE_I_ONE_MEASURE: rule(
    "TITLE_I_ONE_MEASURE",
    "One poverty measure identifies, ranks and allocates",
    "ESEA 1113(a)(5); 34 CFR 200.78(a)",
  ),
  TITLE_I_125_PERCENT: rule(
    "TITLE_I_125_PERCENT",
    "If any served school is below 35% poverty, every served school's per-pupil amount is at least 125% of the district's per-low-income-child allocation",
    "ESEA 1113(c)(2)(A); 34 CFR 200.78(b)",
  ),
  TITLE_I_PPA_ORDER: rule(
    "TITLE_I_PPA_ORDER",
    "A lower-ranked school never gets a higher per-pupil amount than a higher-ranked one",
    "ESEA 1113(c)(2)(B); 34 CFR 200.78(b)",
  ),
  TITLE_I_EQUITABLE_SERVICES: rule(
    "TITLE_I_EQUITABLE_SERVICES",
    "Equitable services for private-school children: their share of the allocation before any reservation",
    "ESEA 1117(a)(4)(A)",
  ),
  TITLE_I_FAMILY_ENGAGEMENT: rule(
    "TITLE_I_FAMILY_ENGAGEMENT",
    "At least 1% for parent and family engagement when the allocation exceeds $500,000",
    "ESEA 1116(a)(3)(A)",
  ),
  TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS: rule(
    "TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS",
    "At least 90% of the family-engagement reservation goes to Title I schools",
    "ESEA 1116(a)(3)(C)",
  ),
  TITLE_I_HOMELESS: rule(
    "TITLE_I_HOMELESS",
    "A reservation for homeless children, including those in non-Title I schools",
    "ESEA 1113(c)(3)(A)(i)",
  ),
  TITLE_I_INCENTIVES: rule(
    "TITLE_I_INCENTIVES",
    "At most 5% for incentives to teachers in CSI/TSI schools",
    "ESEA 1113(c)(4)",
  ),
  TITLE_I_ADMINISTRATION: rule(
    "TITLE_I_ADMINISTRATION",
    "Administration above 10% needs a justification",
    "Georgia Title I guidance",
    "STATE_PRACTICE",
  ),
  TITLE_I_RESERVATIONS_FIT: rule(
    "TITLE_I_RESERVATIONS_FIT",
    "Reservations do not exceed the allocation",
    "ESEA 1113(c)(3)",
  ),
  TITLE_I_SCHOOLWIDE: rule(
    "TITLE_I_SCHOOLWIDE",
    "A schoolwide program needs at least 40% poverty (or a waiver)",
    "ESEA 1114(a)(1)",
  ),
  TITLE_I_CARRYOVER: rule(
    "TITLE_I_CARRYOVER",
    "Carryover at most 15% of the Title I allocation (waivable once every 3 years; districts under $50,000 exempt)",
    "ESEA 1127(a)-(c)",
  ),
  SUPPLEMENT_NOT_SUPPLANT: rule(
    "SUPPLEMENT_NOT_SUPPLANT",
    "Federal funds supplement, not supplant, state and local funds",
    "ESEA 1118(b)",
  ),
  COMPARABILITY: rule(
    "COMPARABILITY",
    "Title I schools receive state and local services at least comparable to non-Title I schools (within 10%)",
    "ESEA 1118(c); 10% test is state practice",
  ),
  TITLE_1003_CSI_TSI_ONLY: rule(
    "TITLE_1003_CSI_TSI_ONLY",
    "School improvement funds go only to schools in comprehensive or targeted support",
    "ESEA 1003(b)-(c)",
  ),
  TITLE_II_PRIORITY: rule(
    "TITLE_II_PRIORITY",
    "Title II-A priority to CSI/TSI schools and the highest-poverty schools",
    "ESEA 2102(b)(2)(C)",
  ),
  TITLE_III_EL_ONLY: rule(
    "TITLE_III_EL_ONLY",
    "Title III money follows English learners",
    "ESEA 3115(a)",
  ),
  TITLE_III_ADMINISTRATION: rule(
    "TITLE_III_ADMINISTRATION",
    "Title III administration at most 2%",
    "ESEA 3115(b)",
  ),
  TITLE_IV_MINIMUM: rule(
    "TITLE_IV_MINIMUM",
    "A Title IV-A district allocation is at least $10,000",
    "ESEA 4105(a)(2)",
  ),
  TITLE_IV_ADMINISTRATION: rule(
    "TITLE_IV_ADMINISTRATION",
    "Title IV-A administration at most 2%",
    "ESEA 4105(c)",
  ),
  TITLE_IV_WELL_ROUNDED: rule(
    "TITLE_IV_WELL_ROUNDED",
    "At $30,000 or more: at least 20% for well-rounded education",
    "ESEA 4106(e)(2)(C)",
  ),
  TITLE_IV_SAFE_HEALTHY: rule(
    "TITLE_IV_SAFE_HEALTHY",
    "At $30,000 or more: at least 20% for safe and healthy students",
    "ESEA 4106(e)(2)(D)",
  ),
  TITLE_IV_TECHNOLOGY: rule(
    "TITLE_IV_TECHNOLOGY",
    "At $30,000 or more: some funds for effective use of technology",
    "ESEA 4106(e)(2)(E)",
  ),
  TITLE_IV_INFRASTRUCTURE: rule(
    "TITLE_IV_INFRASTRUCTURE",
    "At most 15% of technology funds for technology infrastructure",
    "ESEA 4109(b)",
  ),
  IDEA_SWD_ONLY: rule(
    "IDEA_SWD_ONLY",
    "IDEA Part B money follows students with disabilities",
    "IDEA 611(a) (20 U.S.C. 1411)",
  ),
  IDEA_PROPORTIONATE_SHARE: rule(
    "IDEA_PROPORTIONATE_SHARE",
    "Proportionate share for parentally placed private-school children with disabilities",
    "IDEA 612(a)(10)(A); 34 CFR 300.133",
  ),
  IDEA_CEIS: rule(
    "IDEA_CEIS",
    "Coordinated early intervening services at most 15% of the subgrant",
    "IDEA 613(f); 34 CFR 300.226",
  ),
  MCKINNEY_VENTO_HOMELESS_ONLY: rule(
    "MCKINNEY_VENTO_HOMELESS_ONLY",
    "McKinney-Vento money serves homeless children and youth",
    "McKinney-Vento Act 723 (42 U.S.C. 11433)",
  ),
  TRANSFERABILITY: rule(
    "TRANSFERABILITY",
    "Only Title II-A and IV-A transfer out, into the programs 5103(b) lists",
    "ESEA 5103(b)",
  ),
  PLAN_TRANSFERS: rule(
    "PLAN_TRANSFERS",
    "Every transfer recorded is one the improvement plan declares, within its declared share",
    "ESEA 5103(e)(1)",
  ),
  TITLE_1003_SCHOOL_AWARDS: rule(
    "TITLE_1003_SCHOOL_AWARDS",
    "School improvement money at each school stays within the state's 1003 award for that school",
    "ESEA 1003(b)(1), (e)",
  ),
  IDEA_SUBGRANTS: rule(
    "IDEA_SUBGRANTS",
    "IDEA Part B's 611 (ages 3-21) and 619 (preschool) subgrants are each spent within their own award",
    "IDEA 611, 619 (20 U.S.C. 1411, 1419)",
  ),
  TITLE_1003_EVIDENCE: rule(
    "TITLE_1003_EVIDENCE",
    "School improvement funds pay only for interventions with strong, moderate or promising evidence",
    "ESEA 8101(21)(B), 1003(b)(1)(B)",
  ),
  PROGRAM_ON_ACTION_STEP: rule(
    "PROGRAM_ON_ACTION_STEP",
    "Each budget line's program is a funding source the improvement plan lists for its action step",
    "2 CFR 200.403(a); ESEA 1112(b) (the district plan)",
    "REGULATION",
  ),
  EQUIPMENT_PRIOR_APPROVAL: rule(
    "EQUIPMENT_PRIOR_APPROVAL",
    "Equipment and other capital expenditures need the state's prior written approval",
    "2 CFR 200.439(b)(1), 200.313",
    "REGULATION",
  ),
  SCHOOL_ENVELOPE: rule(
    "SCHOOL_ENVELOPE",
    "Each school's budget lines of a program stay inside the allocation the adopted budget gives it",
    "ESEA 1113(c); 2 CFR 200.308 (budget revisions)",
    "REGULATION",
  ),
  ACCOUNT_CODED: rule(
    "ACCOUNT_CODED",
    "Every budget line carries the state's function and object codes, as the consolidated application reviews them",
    "GaDOE consolidated application budget (function x object)",
    "STATE_PRACTICE",
  ),
  SPLIT_EXACT: rule(
    "SPLIT_EXACT",
    "Every pool is split exactly: the parts add up to the whole, to the cent",
    "Allot accounting invariant",
    "STATE_PRACTICE",
  ),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/**
 * NOT_APPLICABLE: the rule does not apply to these facts (an allocation under the threshold).
 * NOT_CHECKED: it may apply but an input it needs was not given; the report names that input so
 * "every rule passes" is never said over a rule nobody checked.
 */

/** One line of a compliance report. */
export interface ComplianceCheck {
  rule: Rule;
  program: string | null;
  status: CheckStatus;
  /** What was compared, in words with the amounts. */
  detail: string;
  /** For NOT_CHECKED: the input that is missing, as a parameter path ("titleIV"). */
  missing: string | null;
}

export function check(
  id: RuleId,
  program: string | null,
  status: Exclude<CheckStatus, "NOT_CHECKED">,
  detail: string,
): ComplianceCheck {
  return { rule: RULES[id], program, status, detail, missing: null };
}

/** A rule that may apply but could not be checked: `missing` names the input to give. */
export function notChecked(
  id: RuleId,
  program: string | null,
  missing: string,
  detail: string,
): ComplianceCheck {
  return { rule: RULES[id], program, status: "NOT_CHECKED", detail, missing };
}

/** Order for a report: what was not checked first, then failures, then the rest (stable). */
export function reportOrder(checks: readonly ComplianceCheck[]): ComplianceCheck[] {
  const rank: Record<CheckStatus, number> = { NOT_CHECKED: 0, FAIL: 1, PASS: 2, NOT_APPLICABLE: 3 };
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank[a.c.status] - rank[b.c.status] || a.i - b.i)
    .map((x) => x.c);
}

/** "Every rule passes" only when nothing fails and nothing is unchecked. */
export function complianceSummary(checks: readonly ComplianceCheck[]) {
  const count = (s: CheckStatus) => checks.filter((c) => c.status === s).length;
  const failed = count("FAIL");
  const notChecked = count("NOT_CHECKED");
  return {
    passed: count("PASS"),
    failed,
    notApplicable: count("NOT_APPLICABLE"),
    notChecked,
    allPass: failed === 0 && notChecked === 0,
  };
}

/**
 * Parameters the engine cannot honour (reservations above what a program has). `field` is the
 * parameter's path, dot-separated ("titleI.reservations"), so a caller can name it.
 */
export class ParameterRefusal extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "ParameterRefusal";
  }
}

/**
 * The first `max` of the rows a check names, then how many more: a state-wide failure can name
 * 50,000 schools, and a report line that long helps no one (and weighed megabytes).
 */
export function listOf<T>(rows: readonly T[], describe: (row: T) => string, max = 25): string {
  const shown = rows.slice(0, max).map(describe).join(", ");
  const more = rows.length - max;
  return more > 0 ? `${shown} and ${more.toLocaleString("en-US")} more` : shown;
}
