import { isAdministration, isEquipment, type ChartOfAccounts } from "./accounts/chart.js";
import {
  check,
  notChecked,
  reportOrder,
  type ComplianceCheck,
  type RuleId,
} from "./allocation/rules.js";
import { STATUTE } from "./allocation/statute.js";
import { percent, sumCents, usd, type Cents } from "./money.js";
import { PLAN_NAME_TO_CODE, PROGRAMS, type ProgramCode } from "./programs.js";
import type {
  BudgetUse,
  EvidenceLevel,
  IdeaSubgrant,
  SupportDesignation,
  TitleIStatus,
} from "./vocabulary.js";

/**
 * Compliance judged on the coded budget itself (what the district will spend), not on a
 * scenario's settings. Every rule cites its statute; a rule whose data is missing says what to
 * enter (NOT_CHECKED) instead of passing. Pure: the API gathers the facts, this decides.
 */

export interface BudgetLineFacts {
  id: string;
  program: ProgramCode;
  amount: Cents;
  description: string;
  functionCode: string | null;
  objectCode: string | null;
  use: BudgetUse | null;
  /** For an IDEA Part B line: the 611 (3-21) or 619 (preschool) subgrant it spends. */
  subgrant?: IdeaSubgrant | null;
  /** The state's prior approval of equipment (a reference or date), when recorded. */
  priorApproval: string | null;
  school: {
    id: string;
    name: string;
    designation: SupportDesignation;
    titleIStatus: TitleIStatus;
  } | null;
  actionStep: {
    /** "1.2": need and step number. */
    label: string;
    allowedPrograms: readonly ProgramCode[];
    evidenceLevel: EvidenceLevel | null;
    /** Subgroups the plan says the step serves, as the plan prints them. */
    subgroups: readonly string[];
  };
}

export interface BudgetComplianceInput {
  fiscalYear: number;
  /** The year's award per program (the statute's "allocation"), for programs that have one. */
  allocations: Partial<Record<ProgramCode, Cents>>;
  lines: readonly BudgetLineFacts[];
  /** The state's chart; null when Allot has none for the state (codes then cannot be judged). */
  chart: ChartOfAccounts | null;
  /**
   * Each school's allocation per program in the adopted budget; null when no budget is adopted
   * (a school then has no envelope to be judged against). A school and program not listed has none.
   */
  envelopes?: readonly SchoolEnvelope[] | null;
  /**
   * The state's per-school awards (1003 school improvement); null or empty when none is
   * recorded for the year (the rule then says what to enter).
   */
  schoolAwards?: readonly SchoolEnvelope[] | null;
  /** The 619 preschool part of the year's IDEA Part B award; null when not entered. */
  ideaPreschool?: Cents | null;
  /**
   * The transfers the year's improvement plan declares (its transferability section); null when
   * the year has no plan, so the transfers recorded cannot be checked against it.
   */
  declaredTransfers?: readonly DeclaredTransfer[] | null;
  /** The transfers recorded for the year. */
  transfers?: readonly RecordedTransfer[];
}

/** A plan's notice of intent to transfer out of one program (ESEA 5103(e)(1)). */
export interface DeclaredTransfer {
  from: ProgramCode;
  /** Receiving programs; empty when the plan says no funds are transferred. */
  to: readonly ProgramCode[];
  /** The cumulative share of the sender's allocation declared, in basis points; null when not stated. */
  cumulativeBasisPoints: number | null;
}

/**
 * The plan's transferability section as printed ("Title I, Part A"; "10%" or "NA") read as
 * declarations. A receiver the plan names in words Allot does not know matches no transfer.
 */
export function declaredTransfersOf(
  printed: readonly { from: string; to: readonly string[]; cumulativePercentage: string | null }[],
): DeclaredTransfer[] {
  return printed.map((t) => {
    const pct = /^(\d{1,3}(?:\.\d{1,2})?)%?$/.exec((t.cumulativePercentage ?? "").trim());
    return {
      from: t.from as ProgramCode,
      to: t.to.flatMap((name) => {
        const hit = PLAN_NAME_TO_CODE.find(([n]) => n.toLowerCase() === name.trim().toLowerCase());
        return hit ? [hit[1]] : [];
      }),
      cumulativeBasisPoints: pct ? Math.round(Number(pct[1]) * 100) : null,
    };
  });
}

export interface RecordedTransfer {
  from: ProgramCode;
  to: ProgramCode;
  amount: Cents;
}

export interface SchoolEnvelope {
  schoolId: string;
  program: ProgramCode;
  envelope: Cents;
}

const EVIDENCE_FOR_1003: readonly EvidenceLevel[] = ["STRONG", "MODERATE", "PROMISING"];
const ENGLISH_LEARNERS = /english learner/i;
const NAMED = 5;

/** "step 1.2 (Coaches at Riverdale ES)", at most five named, then "and N more". */
function named(lines: readonly BudgetLineFacts[]): string {
  const names = lines
    .slice(0, NAMED)
    .map(
      (l) =>
        `step ${l.actionStep.label} "${l.description}"${l.school ? ` at ${l.school.name}` : ""}`,
    );
  const more = lines.length > NAMED ? ` and ${lines.length - NAMED} more` : "";
  return names.join("; ") + more;
}

const total = (lines: readonly BudgetLineFacts[]) => sumCents(lines.map((l) => l.amount));
const share = (part: Cents, whole: Cents) =>
  whole > 0 ? percent(Math.round((part * 10_000) / whole)) : "0%";
const atLeast = (amount: Cents, base: Cents, basisPoints: number) =>
  amount * 10_000 >= base * basisPoints;
const atMost = (amount: Cents, base: Cents, basisPoints: number) =>
  amount * 10_000 <= base * basisPoints;

export function budgetCompliance(input: BudgetComplianceInput): ComplianceCheck[] {
  const checks: ComplianceCheck[] = [];
  const byProgram = new Map<ProgramCode, BudgetLineFacts[]>();
  for (const l of input.lines) {
    const list = byProgram.get(l.program);
    if (list) list.push(l);
    else byProgram.set(l.program, [l]);
  }
  const linesOf = (p: ProgramCode) => byProgram.get(p) ?? [];

  checks.push(accountCoded(input));
  checks.push(programOnStep(input.lines));
  checks.push(equipment(input));
  for (const program of ["TITLE_I_A", "TITLE_III_A", "TITLE_IV_A"] as const) {
    const allocation = input.allocations[program];
    if (allocation !== undefined)
      checks.push(administration(input, program, allocation, linesOf(program)));
  }
  const titleI = input.allocations.TITLE_I_A;
  if (titleI !== undefined) checks.push(...familyEngagement(titleI, linesOf("TITLE_I_A")));
  const titleIV = input.allocations.TITLE_IV_A;
  if (titleIV !== undefined) checks.push(...titleIVUses(titleIV, linesOf("TITLE_IV_A")));
  const idea = input.allocations.IDEA_B;
  if (idea !== undefined) checks.push(earlyIntervening(idea, linesOf("IDEA_B")));
  if (idea !== undefined && linesOf("IDEA_B").length)
    checks.push(ideaSubgrants(idea, input.ideaPreschool ?? null, linesOf("IDEA_B")));
  if (input.declaredTransfers !== undefined)
    checks.push(planTransfers(input.declaredTransfers, input.transfers ?? [], input.allocations));
  if (linesOf("TITLE_I_A_1003").length)
    checks.push(
      ...schoolImprovement(linesOf("TITLE_I_A_1003")),
      schoolImprovementAwards(linesOf("TITLE_I_A_1003"), input.schoolAwards ?? null),
    );
  if (linesOf("TITLE_III_A").length) checks.push(englishLearners(linesOf("TITLE_III_A")));
  checks.push(schoolEnvelopes(input));
  return reportOrder(checks);
}

function accountCoded(input: BudgetComplianceInput): ComplianceCheck {
  if (!input.chart)
    return notChecked(
      "ACCOUNT_CODED",
      null,
      "chartOfAccounts",
      "Not checked: Allot has no chart of accounts for this district's state; add one to judge the codes.",
    );
  const uncoded = input.lines.filter((l) => !l.functionCode || !l.objectCode);
  if (uncoded.length)
    return notChecked(
      "ACCOUNT_CODED",
      null,
      "functionCode, objectCode",
      `Not checked: enter the function and object codes on ${uncoded.length} of ${input.lines.length} lines (${named(uncoded)}).`,
    );
  return check(
    "ACCOUNT_CODED",
    null,
    "PASS",
    `All ${input.lines.length} lines carry function and object codes of the ${input.chart.edition}.`,
  );
}

function programOnStep(lines: readonly BudgetLineFacts[]): ComplianceCheck {
  const outside = lines.filter((l) => !l.actionStep.allowedPrograms.includes(l.program));
  return outside.length
    ? check(
        "PROGRAM_ON_ACTION_STEP",
        null,
        "FAIL",
        `${outside.length} lines are paid by a program the plan does not list for their step: ${outside
          .slice(0, NAMED)
          .map(
            (l) =>
              `${PROGRAMS[l.program].shortName} on step ${l.actionStep.label} "${l.description}"`,
          )
          .join("; ")}.`,
      )
    : check(
        "PROGRAM_ON_ACTION_STEP",
        null,
        "PASS",
        `Each of ${lines.length} lines is paid by a program its step allows.`,
      );
}

function equipment(input: BudgetComplianceInput): ComplianceCheck {
  const chart = input.chart;
  if (!chart)
    return notChecked(
      "EQUIPMENT_PRIOR_APPROVAL",
      null,
      "chartOfAccounts",
      "Not checked: without the state's object codes equipment lines cannot be told apart.",
    );
  const equipmentLines = input.lines.filter(
    (l) => l.objectCode && isEquipment(chart, l.objectCode),
  );
  const waiting = equipmentLines.filter((l) => !l.priorApproval);
  if (waiting.length)
    return notChecked(
      "EQUIPMENT_PRIOR_APPROVAL",
      null,
      "priorApproval",
      `Not checked: record the state's prior approval on ${waiting.length} equipment lines (${usd(total(waiting))}): ${named(waiting)}.`,
    );
  const uncoded = input.lines.filter((l) => !l.objectCode);
  if (uncoded.length)
    return notChecked(
      "EQUIPMENT_PRIOR_APPROVAL",
      null,
      "objectCode",
      `Not checked: enter the object code on ${uncoded.length} lines to tell equipment apart.`,
    );
  return equipmentLines.length
    ? check(
        "EQUIPMENT_PRIOR_APPROVAL",
        null,
        "PASS",
        `${equipmentLines.length} equipment lines (${usd(total(equipmentLines))}) have the state's prior approval recorded.`,
      )
    : check(
        "EQUIPMENT_PRIOR_APPROVAL",
        null,
        "NOT_APPLICABLE",
        "No line buys equipment or other property.",
      );
}

const ADMINISTRATION_RULE: Record<"TITLE_I_A" | "TITLE_III_A" | "TITLE_IV_A", RuleId> = {
  TITLE_I_A: "TITLE_I_ADMINISTRATION",
  TITLE_III_A: "TITLE_III_ADMINISTRATION",
  TITLE_IV_A: "TITLE_IV_ADMINISTRATION",
};

/** Administration is what the lines code to the chart's administration functions (e.g. 2230). */
function administration(
  input: BudgetComplianceInput,
  program: "TITLE_I_A" | "TITLE_III_A" | "TITLE_IV_A",
  allocation: Cents,
  lines: readonly BudgetLineFacts[],
): ComplianceCheck {
  const id = ADMINISTRATION_RULE[program];
  const chart = input.chart;
  const capBp =
    PROGRAMS[program].adminCapBasisPoints ?? STATUTE.titleIAdministrationJustificationBasisPoints;
  const cap = Math.floor((allocation * capBp) / 10_000);
  if (!chart)
    return notChecked(
      id,
      program,
      "chartOfAccounts",
      "Not checked: without the state's function codes administration cannot be told apart.",
    );
  const admin = total(
    lines.filter((l) => l.functionCode && isAdministration(chart, l.functionCode)),
  );
  const functions = chart.administrationFunctions.join(" and ");
  const words =
    program === "TITLE_I_A"
      ? `above ${percent(capBp)} (${usd(cap)}) needs a justification to the state`
      : `at most ${percent(capBp)} (${usd(cap)})`;
  const detail = `${usd(admin)} coded to function ${functions} (${share(admin, allocation)} of the ${usd(allocation)} allocation); ${words}.`;
  if (admin > cap) return check(id, program, "FAIL", detail);
  const uncoded = lines.filter((l) => !l.functionCode);
  if (uncoded.length)
    return notChecked(
      id,
      program,
      "functionCode",
      `Not checked: enter the function code on ${uncoded.length} ${PROGRAMS[program].shortName} lines (${named(uncoded)}). So far ${detail}`,
    );
  return check(id, program, "PASS", detail);
}

function familyEngagement(allocation: Cents, lines: readonly BudgetLineFacts[]): ComplianceCheck[] {
  const P = "TITLE_I_A";
  if (allocation <= STATUTE.familyEngagementAbove) {
    const why = `The ${usd(allocation)} allocation is not above ${usd(STATUTE.familyEngagementAbove)}.`;
    return [
      check("TITLE_I_FAMILY_ENGAGEMENT", P, "NOT_APPLICABLE", why),
      check("TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS", P, "NOT_APPLICABLE", why),
    ];
  }
  const tagged = lines.filter((l) => l.use === "FAMILY_ENGAGEMENT");
  if (!tagged.length) {
    const missing =
      "Not checked: no Title I-A line is marked as paying for parent and family engagement; set the use FAMILY_ENGAGEMENT on those lines.";
    return [
      notChecked("TITLE_I_FAMILY_ENGAGEMENT", P, "use", missing),
      notChecked("TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS", P, "use", missing),
    ];
  }
  const amount = total(tagged);
  const floor = Math.ceil((allocation * STATUTE.familyEngagementBasisPoints) / 10_000);
  const toSchools = total(tagged.filter((l) => l.school && l.school.titleIStatus !== "NONE"));
  return [
    check(
      "TITLE_I_FAMILY_ENGAGEMENT",
      P,
      atLeast(amount, allocation, STATUTE.familyEngagementBasisPoints) ? "PASS" : "FAIL",
      `${usd(amount)} on family-engagement lines; at least 1% of the ${usd(allocation)} allocation (${usd(floor)}).`,
    ),
    check(
      "TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS",
      P,
      atLeast(toSchools, amount, STATUTE.familyEngagementToSchoolsBasisPoints) ? "PASS" : "FAIL",
      `${usd(toSchools)} of ${usd(amount)} (${share(toSchools, amount)}) is budgeted at Title I schools; at least 90%.`,
    ),
  ];
}

function titleIVUses(allocation: Cents, lines: readonly BudgetLineFacts[]): ComplianceCheck[] {
  const P = "TITLE_IV_A";
  const ids = [
    "TITLE_IV_WELL_ROUNDED",
    "TITLE_IV_SAFE_HEALTHY",
    "TITLE_IV_TECHNOLOGY",
    "TITLE_IV_INFRASTRUCTURE",
  ] as const;
  if (allocation < STATUTE.titleIVUsesFrom)
    return ids.map((id) =>
      check(
        id,
        P,
        "NOT_APPLICABLE",
        `The ${usd(allocation)} allocation is under ${usd(STATUTE.titleIVUsesFrom)}.`,
      ),
    );
  const of = (use: BudgetUse) => total(lines.filter((l) => l.use === use));
  const untagged = lines.filter((l) => !l.use);
  const unknown = untagged.length
    ? `Not checked: set the Title IV-A use on ${untagged.length} lines (${usd(total(untagged))}): ${named(untagged)}. `
    : "";
  /** Pass once the tagged lines meet the rule; fail only when no untagged line could change it. */
  const judge = (id: RuleId, met: boolean, detail: string) =>
    met
      ? check(id, P, "PASS", detail)
      : unknown
        ? notChecked(id, P, "use", unknown + detail)
        : check(id, P, "FAIL", detail);
  const minimum = Math.ceil((allocation * STATUTE.titleIVUseBasisPoints) / 10_000);
  const wellRounded = of("WELL_ROUNDED_EDUCATION");
  const safe = of("SAFE_AND_HEALTHY_STUDENTS");
  const infrastructure = of("TECHNOLOGY_INFRASTRUCTURE");
  const technology = of("EFFECTIVE_USE_OF_TECHNOLOGY") + infrastructure;
  const infraCap = Math.floor((technology * STATUTE.titleIVInfrastructureBasisPoints) / 10_000);
  const infraDetail = `${usd(infrastructure)} for infrastructure of ${usd(technology)} for technology; at most 15% (${usd(infraCap)}).`;
  return [
    judge(
      "TITLE_IV_WELL_ROUNDED",
      atLeast(wellRounded, allocation, STATUTE.titleIVUseBasisPoints),
      `${usd(wellRounded)} for well-rounded education; at least 20% of ${usd(allocation)} (${usd(minimum)}).`,
    ),
    judge(
      "TITLE_IV_SAFE_HEALTHY",
      atLeast(safe, allocation, STATUTE.titleIVUseBasisPoints),
      `${usd(safe)} for safe and healthy students; at least 20% of ${usd(allocation)} (${usd(minimum)}).`,
    ),
    judge(
      "TITLE_IV_TECHNOLOGY",
      technology > 0,
      `${usd(technology)} for effective use of technology; some is required.`,
    ),
    // More technology lines only raise the cap, so a pass stands; a failure waits for the untagged.
    judge(
      "TITLE_IV_INFRASTRUCTURE",
      atMost(infrastructure, technology, STATUTE.titleIVInfrastructureBasisPoints),
      infraDetail,
    ),
  ];
}

/**
 * IDEA Part B is two subgrants, 611 (children 3-21) and 619 (preschool, 3-5), each spent within
 * its own award: lines tagged with their subgrant are summed against each part.
 */
function ideaSubgrants(
  award: Cents,
  preschool: Cents | null,
  lines: readonly BudgetLineFacts[],
): ComplianceCheck {
  const P = "IDEA_B";
  if (preschool === null)
    return notChecked(
      "IDEA_SUBGRANTS",
      P,
      "ideaPreschool",
      `Not checked: enter the 619 preschool part of the ${usd(award)} IDEA Part B award (the rest is 611).`,
    );
  const untagged = lines.filter((l) => !l.subgrant);
  if (untagged.length)
    return notChecked(
      "IDEA_SUBGRANTS",
      P,
      "subgrant",
      `Not checked: mark ${untagged.length} IDEA lines (${usd(total(untagged))}) as 611 or 619: ${named(untagged)}.`,
    );
  const s611 = total(lines.filter((l) => l.subgrant === "IDEA_611"));
  const s619 = total(lines.filter((l) => l.subgrant === "IDEA_619"));
  const a611 = award - preschool;
  const detail = `611: ${usd(s611)} of ${usd(a611)}; 619 preschool: ${usd(s619)} of ${usd(preschool)}.`;
  return check("IDEA_SUBGRANTS", P, s611 <= a611 && s619 <= preschool ? "PASS" : "FAIL", detail);
}

function earlyIntervening(allocation: Cents, lines: readonly BudgetLineFacts[]): ComplianceCheck {
  const ceis = total(lines.filter((l) => l.use === "EARLY_INTERVENING_SERVICES"));
  const cap = Math.floor((allocation * STATUTE.ceisBasisPoints) / 10_000);
  const detail = `${usd(ceis)} on lines marked early intervening services; at most 15% of the ${usd(allocation)} subgrant (${usd(cap)}).`;
  if (ceis === 0)
    return check(
      "IDEA_CEIS",
      "IDEA_B",
      "NOT_APPLICABLE",
      "No line is marked early intervening services.",
    );
  return check("IDEA_CEIS", "IDEA_B", ceis <= cap ? "PASS" : "FAIL", detail);
}

function schoolImprovement(lines: readonly BudgetLineFacts[]): ComplianceCheck[] {
  const P = "TITLE_I_A_1003";
  const elsewhere = lines.filter((l) => !l.school || l.school.designation === "NONE");
  const unrated = lines.filter((l) => !l.actionStep.evidenceLevel);
  const weak = lines.filter(
    (l) => l.actionStep.evidenceLevel && !EVIDENCE_FOR_1003.includes(l.actionStep.evidenceLevel),
  );
  const evidenceDetail = "School improvement money needs strong, moderate or promising evidence.";
  return [
    elsewhere.length
      ? check(
          "TITLE_1003_CSI_TSI_ONLY",
          P,
          "FAIL",
          `${elsewhere.length} lines (${usd(total(elsewhere))}) are not at a school designated for support: ${named(elsewhere)}.`,
        )
      : check(
          "TITLE_1003_CSI_TSI_ONLY",
          P,
          "PASS",
          `All ${lines.length} lines (${usd(total(lines))}) are at schools designated for comprehensive or targeted support.`,
        ),
    weak.length
      ? check(
          "TITLE_1003_EVIDENCE",
          P,
          "FAIL",
          `${weak.length} lines pay for steps whose evidence only demonstrates a rationale: ${named(weak)}. ${evidenceDetail}`,
        )
      : unrated.length
        ? notChecked(
            "TITLE_1003_EVIDENCE",
            P,
            "evidenceLevel",
            `Not checked: enter the evidence level of step ${[...new Set(unrated.map((l) => l.actionStep.label))].join(", ")}. ${evidenceDetail}`,
          )
        : check(
            "TITLE_1003_EVIDENCE",
            P,
            "PASS",
            `Every step paid for has strong, moderate or promising evidence.`,
          ),
  ];
}

/** The state awards 1003 money per school: each school's lines stay within its award. */
function schoolImprovementAwards(
  lines: readonly BudgetLineFacts[],
  awards: readonly SchoolEnvelope[] | null,
): ComplianceCheck {
  const P = "TITLE_I_A_1003";
  const mine = awards?.filter((a) => a.program === P) ?? [];
  if (!mine.length)
    return notChecked(
      "TITLE_1003_SCHOOL_AWARDS",
      P,
      "schoolAwards",
      `Not checked: ${lines.length} school improvement lines (${usd(total(lines))}) and no per-school 1003 awards for the year; import the state's 1003 allocations (importSchoolAwards).`,
    );
  const award = new Map(mine.map((a) => [a.schoolId, a.envelope]));
  const atSchool = new Map<string, { name: string; amount: Cents }>();
  for (const l of lines.filter((x) => x.school)) {
    const s = atSchool.get(l.school!.id);
    atSchool.set(l.school!.id, { name: l.school!.name, amount: (s?.amount ?? 0) + l.amount });
  }
  const over = [...atSchool].filter(([id, s]) => s.amount > (award.get(id) ?? 0));
  if (over.length)
    return check(
      "TITLE_1003_SCHOOL_AWARDS",
      P,
      "FAIL",
      `${over.length} schools budget more school improvement money than the state awarded them: ${over
        .slice(0, NAMED)
        .map(([id, s]) => `${s.name}: ${usd(s.amount)} of ${usd(award.get(id) ?? 0)}`)
        .join("; ")}.`,
    );
  return check(
    "TITLE_1003_SCHOOL_AWARDS",
    P,
    "PASS",
    `Each of ${atSchool.size} schools budgets within its 1003 award (${usd(total(lines))} of ${usd(sumCents(mine.map((a) => a.envelope)))} awarded).`,
  );
}

/**
 * A district that transfers funds notifies the state of its intent beforehand; Georgia's plan is
 * that notice. Each transfer recorded must be declared there (sender and receiver), and the
 * sender's transfers together may not pass the cumulative share the plan states.
 */
function planTransfers(
  declared: readonly DeclaredTransfer[] | null,
  recorded: readonly RecordedTransfer[],
  allocations: Partial<Record<ProgramCode, Cents>>,
): ComplianceCheck {
  const name = (p: ProgramCode) => PROGRAMS[p].shortName;
  if (declared === null)
    return notChecked(
      "PLAN_TRANSFERS",
      null,
      "improvementPlan",
      `Not checked: no improvement plan for the year, so ${recorded.length} recorded transfers cannot be matched to a declaration; import the plan.`,
    );
  const problems: string[] = [];
  const bySender = new Map<ProgramCode, RecordedTransfer[]>();
  for (const t of recorded) bySender.set(t.from, [...(bySender.get(t.from) ?? []), t]);
  for (const [from, list] of bySender) {
    const d = declared.find((x) => x.from === from);
    const undeclared = list.filter((t) => !d?.to.includes(t.to));
    for (const t of undeclared)
      problems.push(
        `${name(from)} to ${name(t.to)} (${usd(t.amount)}) is recorded, but the plan declares ${d?.to.length ? `transfers from ${name(from)} only to ${d.to.map(name).join(", ")}` : `no funds transferred from ${name(from)}`}`,
      );
    const sent = sumCents(list.map((t) => t.amount));
    const allocation = allocations[from];
    if (d?.cumulativeBasisPoints != null && allocation !== undefined)
      if (!atMost(sent, allocation, d.cumulativeBasisPoints))
        problems.push(
          `${name(from)} transfers ${usd(sent)} (${share(sent, allocation)} of its ${usd(allocation)} allocation), more than the ${percent(d.cumulativeBasisPoints)} the plan declares`,
        );
  }
  if (problems.length) return check("PLAN_TRANSFERS", null, "FAIL", `${problems.join("; ")}.`);
  const intents = declared.filter((d) => d.to.length);
  return check(
    "PLAN_TRANSFERS",
    null,
    "PASS",
    recorded.length
      ? `Each of ${recorded.length} transfers recorded is declared in the plan.`
      : intents.length
        ? `No transfer recorded; the plan declares ${intents.map((d) => `${name(d.from)} to ${d.to.map(name).join(", ")}`).join("; ")}.`
        : "The plan declares no transfers and none is recorded.",
  );
}

function englishLearners(lines: readonly BudgetLineFacts[]): ComplianceCheck {
  const P = "TITLE_III_A";
  const unstated = lines.filter((l) => l.actionStep.subgroups.length === 0);
  const others = lines.filter(
    (l) =>
      l.actionStep.subgroups.length > 0 &&
      !l.actionStep.subgroups.some((s) => ENGLISH_LEARNERS.test(s)),
  );
  if (others.length)
    return check(
      "TITLE_III_EL_ONLY",
      P,
      "FAIL",
      `${others.length} Title III-A lines pay for steps that do not serve English learners: ${named(others)}.`,
    );
  if (unstated.length)
    return notChecked(
      "TITLE_III_EL_ONLY",
      P,
      "subgroups",
      `Not checked: enter the subgroups step ${[...new Set(unstated.map((l) => l.actionStep.label))].join(", ")} serves.`,
    );
  return check(
    "TITLE_III_EL_ONLY",
    P,
    "PASS",
    `All ${lines.length} Title III-A lines pay for steps serving English learners.`,
  );
}

/**
 * A school's lines of a program stay inside the allocation the adopted budget gives it. Family
 * engagement lines spend the district's reservation passed on to schools (ESEA 1116(a)(3)(C)),
 * not the school's allocation, so they are not counted against it.
 */
function schoolEnvelopes(input: BudgetComplianceInput): ComplianceCheck {
  const atSchools = input.lines.filter((l) => l.school && l.use !== "FAMILY_ENGAGEMENT");
  if (!atSchools.length)
    return check("SCHOOL_ENVELOPE", null, "NOT_APPLICABLE", "No line is budgeted at a school.");
  if (!input.envelopes)
    return notChecked(
      "SCHOOL_ENVELOPE",
      null,
      "adoptedBudget",
      `Not checked: ${atSchools.length} lines are budgeted at schools, and no budget is adopted yet; approve a scenario to give each school its allocation.`,
    );
  const envelope = new Map(input.envelopes.map((e) => [`${e.schoolId}|${e.program}`, e.envelope]));
  const spent = new Map<string, { line: BudgetLineFacts; amount: Cents }>();
  for (const l of atSchools) {
    const key = `${l.school!.id}|${l.program}`;
    const s = spent.get(key);
    spent.set(key, { line: l, amount: (s?.amount ?? 0) + l.amount });
  }
  const over = [...spent.entries()].filter(([k, s]) => s.amount > (envelope.get(k) ?? 0));
  if (over.length)
    return check(
      "SCHOOL_ENVELOPE",
      null,
      "FAIL",
      `${over.length} school budgets exceed their allocation: ${over
        .slice(0, NAMED)
        .map(
          ([k, s]) =>
            `${s.line.school!.name}, ${PROGRAMS[s.line.program].shortName}: ${usd(s.amount)} budgeted of ${usd(envelope.get(k) ?? 0)}`,
        )
        .join("; ")}.`,
    );
  return check(
    "SCHOOL_ENVELOPE",
    null,
    "PASS",
    `Every school's lines (${spent.size} school and program pairs) stay inside its allocation in the adopted budget.`,
  );
}
