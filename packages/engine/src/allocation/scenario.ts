import { percent, splitByWeights, usd, type Cents } from "../money.js";
import { povertyBasisPoints } from "../poverty.js";
import { PROGRAM_CODES, PROGRAMS, type ProgramCode } from "../programs.js";
import { comparabilityCheck, equityMeasures, type EquityMeasures } from "./metrics.js";
import { reallocate } from "./reallocation.js";
import {
  titleIReservations,
  type Reservation,
  type TitleIReservationInput,
} from "./reservations.js";
import { check, notChecked, ParameterRefusal, type ComplianceCheck } from "./rules.js";
import {
  FormulaShare,
  IneligibleShare,
  ReallocatedShare,
  TitleIShare,
  type SchoolProgramResult,
} from "./shares.js";
import { STATUTE } from "./statute.js";
import { allocateTitleI, type TitleIPolicy, type TitleISchool } from "./title-i.js";
import {
  NO_WEIGHTS,
  WEIGHT_SCALE,
  weightedEnrollment,
  type NeedCounts,
  type NeedWeights,
} from "./weights.js";

export type { SchoolProgramResult } from "./shares.js";

export interface ScenarioSchool extends NeedCounts, TitleISchool {
  supportDesignation: "NONE" | "TSI" | "ATSI" | "CSI";
  stateLocalPerPupil?: Cents | null;
}

export interface ScenarioParameters {
  titleI: {
    policy: TitleIPolicy;
    reservations: Omit<
      TitleIReservationInput,
      "allocation" | "publicLowIncome" | "privateLowIncome"
    >;
  };
  /** Money each other program keeps at district level (administration and district-wide work). */
  districtReservations?: Partial<Record<ProgramCode, Cents>>;
  /** Of the district reservation, what is administration (for the 2% caps). */
  administration?: Partial<Record<ProgramCode, Cents>>;
  /** Title IV-A uses, for ESEA 4106(e)(2) and 4109(b). */
  titleIV?: {
    wellRounded: Cents;
    safeHealthy: Cents;
    technology: Cents;
    technologyInfrastructure: Cents;
  } | null;
  /** IDEA: parentally placed private-school children and all eligible children 3-21, and CEIS. */
  idea?: { privateChildren: number; allChildren: number; ceis: Cents } | null;
  weights: NeedWeights;
  /** Extra weight (basis points) for CSI/TSI schools and for schools at or above the poverty line, in Title II-A and IV-A. */
  priority?: {
    csiTsiBasisPoints: number;
    highPovertyBasisPoints: number;
    highPovertyThresholdBasisPoints: number;
  };
  reallocation?: {
    programs: ProgramCode[];
    maxLossBasisPoints: number;
    maxGainBasisPoints?: number | null;
  } | null;
}

export interface ScenarioInput {
  schools: readonly ScenarioSchool[];
  /** What each program has this year (award + carryover + transfers). */
  available: Partial<Record<ProgramCode, Cents>>;
  /**
   * Each program's award for the year alone, the base of the statute's percentages (1%, 2%, 5%,
   * 15%, 20%, equitable shares); carryover and transfers are not part of it. Defaults to `available`.
   */
  allocation?: Partial<Record<ProgramCode, Cents>>;
  parameters: ScenarioParameters;
  /** Each school's amounts in the baseline (last year, or the adopted budget), per program. */
  baseline?: Record<string, Partial<Record<ProgramCode, Cents>>>;
}

export interface ScenarioSchoolResult {
  schoolId: string;
  name: string;
  weightedEnrollment: number;
  povertyBasisPoints: number;
  programs: SchoolProgramResult[];
  total: Cents;
  baselineTotal: Cents;
}

export interface ProgramResult {
  program: ProgramCode;
  available: Cents;
  reservations: (Reservation | { kind: string; amount: Cents; explanation: string })[];
  reserved: Cents;
  toSchools: Cents;
  unallocated: Cents;
}

export interface ScenarioResult {
  programs: ProgramResult[];
  schools: ScenarioSchoolResult[];
  equityBefore: EquityMeasures;
  equityAfter: EquityMeasures;
  compliance: ComplianceCheck[];
}

const eligibleFor: Record<ProgramCode, (s: ScenarioSchool) => boolean> = {
  TITLE_I_A: () => true,
  TITLE_I_A_1003: (s) => s.supportDesignation !== "NONE",
  TITLE_II_A: (s) => s.enrollment > 0,
  TITLE_III_A: (s) => s.englishLearners > 0,
  TITLE_IV_A: (s) => s.enrollment > 0,
  IDEA_B: (s) => s.studentsWithDisabilities > 0,
  MCKINNEY_VENTO: (s) => s.homeless > 0,
};

/** The students each program's school money follows (Title II-A and IV-A: priority-weighted pupils, see programWeight). */
const countOf: Record<
  "TITLE_I_A_1003" | "TITLE_III_A" | "IDEA_B" | "MCKINNEY_VENTO",
  (s: ScenarioSchool) => number
> = {
  TITLE_I_A_1003: (s) => s.enrollment,
  TITLE_III_A: (s) => s.englishLearners,
  IDEA_B: (s) => s.studentsWithDisabilities,
  MCKINNEY_VENTO: (s) => s.homeless,
};

/**
 * Where a new scenario starts: the statutory minimums of the year's awards (1% family engagement
 * above $500,000, 90% of it to schools), 0.5% for homeless children, 5% administration, one
 * per-child rate for the whole Title I pool, no weights, and Title II-A/IV-A priority for CSI/TSI
 * and high-poverty schools.
 */
export function defaultScenarioParameters(
  allocation: Partial<Record<ProgramCode, Cents>>,
): ScenarioParameters {
  const titleI = allocation.TITLE_I_A ?? 0;
  return {
    titleI: {
      policy: {
        ppa: { kind: "EVEN" },
        ranking: "DISTRICT_WIDE",
        designateAt35: true,
        serveLastYearOneMoreYear: true,
        highSchoolThresholdBasisPoints: STATUTE.priorityPovertyBasisPoints,
        privateChildrenInSchoolShare: false,
      },
      reservations: {
        familyEngagement:
          titleI > STATUTE.familyEngagementAbove
            ? Math.ceil((titleI * STATUTE.familyEngagementBasisPoints) / 10_000)
            : 0,
        familyEngagementToSchoolsBasisPoints: STATUTE.familyEngagementToSchoolsBasisPoints,
        homeless: Math.floor(titleI / 200),
        administration: Math.floor((titleI * 5) / 100),
      },
    },
    districtReservations: {},
    administration: {},
    titleIV: null,
    idea: null,
    weights: NO_WEIGHTS,
    priority: {
      csiTsiBasisPoints: 2000,
      highPovertyBasisPoints: 1000,
      highPovertyThresholdBasisPoints: STATUTE.priorityPovertyBasisPoints,
    },
    reallocation: null,
  };
}

/**
 * Runs a budget scenario: each program's reservations, then its school allocations by its own
 * rule (Title I rank and serve; the others by the students they serve), an optional equity
 * reallocation, the equity measures before and after, and the compliance report. Every program's
 * reservations + school allocations + unallocated equal what it has, to the cent.
 */
export function runScenario(input: ScenarioInput): ScenarioResult {
  const { schools, parameters: p } = input;
  const weighted = new Map(schools.map((s) => [s.id, weightedEnrollment(s, p.weights)]));
  // Looked up once per school: the baseline is keyed by school id, the columns by position.
  const baselineRows = schools.map((s) => input.baseline?.[s.id]);
  const baselineOf = (i: number, code: ProgramCode) => baselineRows[i]?.[code] ?? 0;
  // One column per program, one share per school in input order.
  const shares = new Map<ProgramCode, SchoolProgramResult[]>();
  for (const code of PROGRAM_CODES)
    if (input.available[code] !== undefined)
      shares.set(code, new Array<SchoolProgramResult>(schools.length));
  const programs: ProgramResult[] = [];
  const compliance: ComplianceCheck[] = [];

  for (const code of PROGRAM_CODES) {
    const available = input.available[code];
    if (available === undefined) continue;
    const allocation = input.allocation?.[code] ?? available;
    if (code === "TITLE_I_A") {
      const r = titleI(schools, allocation, available, p);
      programs.push(r.program);
      compliance.push(...r.checks);
      const column = shares.get(code)!;
      r.schools.forEach(
        (s, i) => (column[i] = new TitleIShare(code, s.amount, baselineOf(i, code), s)),
      );
      continue;
    }
    const reservations = districtReservations(code, allocation, available, p, compliance);
    const reserved = reservations.reduce((a, r) => a + r.amount, 0);
    const pool = Math.max(0, available - reserved);
    const eligible = schools.map((s) => eligibleFor[code](s));
    const weights = schools.map((s, i) =>
      eligible[i] ? programWeight(code, s, weighted.get(s.id)!, p) : 0,
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const parts = total > 0 ? splitByWeights(pool, weights) : schools.map(() => 0);
    const column = shares.get(code)!;
    schools.forEach((s, i) => {
      column[i] = eligible[i]
        ? new FormulaShare(code, parts[i]!, baselineOf(i, code), s.name, weights[i]!, total, pool)
        : new IneligibleShare(code, 0, baselineOf(i, code), s.name);
    });
    const toSchools = parts.reduce((a, b) => a + b, 0);
    programs.push({
      program: code,
      available,
      reservations,
      reserved,
      toSchools,
      unallocated: available - reserved - toSchools,
    });
    if (code !== "TITLE_II_A" && code !== "TITLE_IV_A")
      compliance.push(onlyEligibleCheck(code, schools, parts));
  }

  // Equity reallocation of chosen programs' school money, each within its own eligibility.
  if (p.reallocation) {
    for (const code of p.reallocation.programs) {
      if (code === "TITLE_I_A")
        throw new RangeError(
          "Title I school money follows rank and serve (ESEA 1113) and cannot be reallocated",
        );
      const program = programs.find((x) => x.program === code);
      if (!program) continue;
      const result = reallocate({
        pool: program.toSchools,
        schools: schools.map((s, i) => ({
          id: s.id,
          weight: weighted.get(s.id)!,
          baseline: input.baseline ? baselineOf(i, code) : shares.get(code)![i]!.amount,
          eligible: eligibleFor[code](s),
        })),
        maxLossBasisPoints: p.reallocation.maxLossBasisPoints,
        maxGainBasisPoints: p.reallocation.maxGainBasisPoints ?? null,
      });
      const column = shares.get(code)!;
      const maxLoss = p.reallocation.maxLossBasisPoints;
      result.schools.forEach((r, i) => {
        column[i] = new ReallocatedShare(
          code,
          r.amount,
          column[i]!.baseline,
          schools[i]!.name,
          r.bound,
          r.floor,
          r.cap,
          result.levelPerWeightedPupil,
          maxLoss,
        );
      });
    }
  }

  const columns = [...shares.values()];
  const results: ScenarioSchoolResult[] = schools.map((s, i) => {
    const rows = columns.map((c) => c[i]!);
    return {
      schoolId: s.id,
      name: s.name,
      weightedEnrollment: weighted.get(s.id)!,
      povertyBasisPoints: povertyBasisPoints(s.lowIncome, s.enrollment),
      programs: rows,
      total: rows.reduce((a, r) => a + r.amount, 0),
      baselineTotal: rows.reduce((a, r) => a + r.baseline, 0),
    };
  });
  const titleIServed = new Set(
    results
      .filter((r) => (r.programs.find((x) => x.program === "TITLE_I_A")?.amount ?? 0) > 0)
      .map((r) => r.schoolId),
  );
  const equity = (pick: (r: ScenarioSchoolResult) => Cents) =>
    equityMeasures(
      results.map((r, i) => ({
        enrollment: schools[i]!.enrollment,
        lowIncome: schools[i]!.lowIncome,
        weighted: r.weightedEnrollment,
        amount: pick(r),
      })),
    );
  compliance.push(
    comparabilityCheck(
      schools.map((s) => ({
        enrollment: s.enrollment,
        lowIncome: s.lowIncome,
        weighted: 0,
        amount: 0,
        titleI: titleIServed.has(s.id),
        stateLocalPerPupil: s.stateLocalPerPupil ?? null,
      })),
    ),
  );
  compliance.push(titleIIPriorityCheck(results, schools));
  const titleIProgram = programs.find((x) => x.program === "TITLE_I_A");
  if (titleIProgram) {
    // What Title I leaves unallocated carries over, at most 15% of the year's allocation (ESEA
    // 1127(a)), not of allocation + carryover; under $50,000 exempt (1127(c)).
    const allocation = input.allocation?.TITLE_I_A ?? titleIProgram.available;
    const limit = Math.floor((allocation * STATUTE.carryoverBasisPoints) / 10_000);
    compliance.push(
      allocation < STATUTE.carryoverExemptBelow
        ? check(
            "TITLE_I_CARRYOVER",
            "TITLE_I_A",
            "NOT_APPLICABLE",
            `A year's allocation of ${usd(allocation)} is under $50,000: exempt.`,
          )
        : check(
            "TITLE_I_CARRYOVER",
            "TITLE_I_A",
            titleIProgram.unallocated <= limit ? "PASS" : "FAIL",
            `${usd(titleIProgram.unallocated)} left unallocated would carry over; at most 15% of the year's allocation of ${usd(allocation)} (${usd(limit)}).`,
          ),
    );
  }
  for (const program of programs) {
    const schoolSum = results.reduce(
      (a, r) => a + (r.programs.find((x) => x.program === program.program)?.amount ?? 0),
      0,
    );
    const exact =
      schoolSum === program.toSchools &&
      program.reserved + program.toSchools + program.unallocated === program.available;
    compliance.push(
      check(
        "SPLIT_EXACT",
        program.program,
        exact ? "PASS" : "FAIL",
        `${usd(program.reserved)} reserved + ${usd(schoolSum)} to schools + ${usd(program.unallocated)} unallocated = ${usd(program.available)} available.`,
      ),
    );
  }
  return {
    programs,
    schools: results,
    equityBefore: equity((r) => r.baselineTotal),
    equityAfter: equity((r) => r.total),
    compliance,
  };
}

function titleI(
  schools: readonly ScenarioSchool[],
  allocation: Cents,
  available: Cents,
  p: ScenarioParameters,
) {
  const publicLowIncome = schools.reduce((a, s) => a + s.lowIncome, 0);
  // Under the 1996 option private children are served through each school's share, so no
  // separate equitable-services reservation is taken for them (it would count them twice).
  const privateLowIncome = p.titleI.policy.privateChildrenInSchoolShare
    ? 0
    : schools.reduce((a, s) => a + (s.privateLowIncome ?? 0), 0);
  const res = titleIReservations({
    ...p.titleI.reservations,
    allocation,
    available,
    publicLowIncome,
    privateLowIncome,
  });
  if (res.totalReserved > available) {
    throw new ParameterRefusal(
      "titleI.reservations",
      `Title I-A: reservations ${usd(res.totalReserved)} exceed what it has (${usd(available)}).`,
    );
  }
  const alloc = allocateTitleI({
    schools,
    pool: res.schoolPool,
    districtAllocation: allocation,
    policy: p.titleI.policy,
  });
  return {
    program: {
      program: "TITLE_I_A" as const,
      available,
      reservations: res.reservations,
      reserved: res.totalReserved,
      toSchools: alloc.allocated,
      unallocated: available - res.totalReserved - alloc.allocated,
    },
    schools: alloc.schools,
    checks: [...res.checks, ...alloc.checks],
  };
}

/**
 * A program's district-level reservations and the checks of its caps. Shares and caps are taken
 * of the year's `allocation`; the reservations must fit in what the program has (`available`).
 */
function districtReservations(
  code: ProgramCode,
  allocation: Cents,
  available: Cents,
  p: ScenarioParameters,
  compliance: ComplianceCheck[],
) {
  const items: { kind: string; amount: Cents; explanation: string }[] = [];
  const district = p.districtReservations?.[code] ?? 0;
  const admin = Math.min(p.administration?.[code] ?? 0, district);
  if (district > 0)
    items.push({
      kind: "DISTRICT",
      amount: district,
      explanation: `Kept at district level, of which ${usd(admin)} administration.`,
    });
  const cap = PROGRAMS[code].adminCapBasisPoints;
  if (cap !== null) {
    const limit = Math.floor((allocation * cap) / 10_000);
    const id = code === "TITLE_III_A" ? "TITLE_III_ADMINISTRATION" : "TITLE_IV_ADMINISTRATION";
    compliance.push(
      check(
        id,
        code,
        admin <= limit ? "PASS" : "FAIL",
        `${usd(admin)} administration; at most ${percent(cap)} of the year's allocation (${usd(limit)}).`,
      ),
    );
  }
  if (code === "IDEA_B") {
    const idea = p.idea;
    if (idea && idea.allChildren > 0) {
      const share = Math.floor((allocation * idea.privateChildren) / idea.allChildren);
      items.push({
        kind: "PROPORTIONATE_SHARE",
        amount: share,
        explanation: `${idea.privateChildren} parentally placed private-school children / ${idea.allChildren} x ${usd(allocation)} = ${usd(share)}.`,
      });
      compliance.push(check("IDEA_PROPORTIONATE_SHARE", code, "PASS", items.at(-1)!.explanation));
    } else {
      compliance.push(
        notChecked(
          "IDEA_PROPORTIONATE_SHARE",
          code,
          "idea",
          "Not checked: the counts of parentally placed private-school children and of all eligible children 3-21 were not given.",
        ),
      );
    }
    const ceis = idea?.ceis ?? 0;
    if (ceis > 0)
      items.push({
        kind: "CEIS",
        amount: ceis,
        explanation: "Coordinated early intervening services.",
      });
    const ceisCap = Math.floor((allocation * 15) / 100);
    compliance.push(
      check(
        "IDEA_CEIS",
        code,
        ceis === 0 ? "NOT_APPLICABLE" : ceis <= ceisCap ? "PASS" : "FAIL",
        `${usd(ceis)} for CEIS; at most 15% (${usd(ceisCap)}).`,
      ),
    );
  }
  if (code === "TITLE_IV_A") {
    compliance.push(
      check(
        "TITLE_IV_MINIMUM",
        code,
        allocation >= 1_000_000 ? "PASS" : "FAIL",
        `${usd(allocation)} allocated for the year; the minimum allocation is $10,000.`,
      ),
    );
    const uses = p.titleIV;
    const small = allocation < 3_000_000;
    const unchecked =
      "Not checked: the Title IV-A uses (well-rounded, safe and healthy, technology, infrastructure) were not given.";
    for (const [id, needed] of [
      ["TITLE_IV_WELL_ROUNDED", uses?.wellRounded],
      ["TITLE_IV_SAFE_HEALTHY", uses?.safeHealthy],
    ] as const) {
      if (small)
        compliance.push(check(id, code, "NOT_APPLICABLE", `${usd(allocation)} is under $30,000.`));
      else if (!uses) compliance.push(notChecked(id, code, "titleIV", unchecked));
      else
        compliance.push(
          check(
            id,
            code,
            (needed ?? 0) * 5 >= allocation ? "PASS" : "FAIL",
            `${usd(needed ?? 0)} of ${usd(allocation)}; at least 20% (${usd(Math.ceil(allocation / 5))}).`,
          ),
        );
    }
    if (small) {
      compliance.push(
        check(
          "TITLE_IV_TECHNOLOGY",
          code,
          "NOT_APPLICABLE",
          `${usd(allocation)} is under $30,000.`,
        ),
      );
      compliance.push(
        check(
          "TITLE_IV_INFRASTRUCTURE",
          code,
          "NOT_APPLICABLE",
          `${usd(allocation)} is under $30,000.`,
        ),
      );
    } else if (!uses) {
      compliance.push(notChecked("TITLE_IV_TECHNOLOGY", code, "titleIV", unchecked));
      compliance.push(notChecked("TITLE_IV_INFRASTRUCTURE", code, "titleIV", unchecked));
    } else {
      compliance.push(
        check(
          "TITLE_IV_TECHNOLOGY",
          code,
          uses.technology > 0 ? "PASS" : "FAIL",
          `${usd(uses.technology)} for effective use of technology.`,
        ),
      );
      const limit = Math.floor((uses.technology * 15) / 100);
      compliance.push(
        check(
          "TITLE_IV_INFRASTRUCTURE",
          code,
          uses.technologyInfrastructure <= limit ? "PASS" : "FAIL",
          `${usd(uses.technologyInfrastructure)} for infrastructure; at most 15% of technology (${usd(limit)}).`,
        ),
      );
    }
  }
  const total = items.reduce((a, i) => a + i.amount, 0);
  if (total > available)
    throw new ParameterRefusal(
      "districtReservations",
      `${PROGRAMS[code].name}: reservations ${usd(total)} exceed what it has (${usd(available)}).`,
    );
  return items;
}

function programWeight(
  code: ProgramCode,
  s: ScenarioSchool,
  weightedUnits: number,
  p: ScenarioParameters,
): number {
  if (code === "TITLE_II_A" || code === "TITLE_IV_A") {
    const pr = p.priority ?? {
      csiTsiBasisPoints: 0,
      highPovertyBasisPoints: 0,
      highPovertyThresholdBasisPoints: 10_001,
    };
    let bp = 10_000;
    if (s.supportDesignation !== "NONE") bp += pr.csiTsiBasisPoints;
    if (povertyBasisPoints(s.lowIncome, s.enrollment) >= pr.highPovertyThresholdBasisPoints)
      bp += pr.highPovertyBasisPoints;
    return Math.floor((weightedUnits * bp) / 10_000);
  }
  return countOf[code as keyof typeof countOf](s);
}

/** Title II-A: CSI/TSI schools get at least as much per weighted pupil as the others (ESEA 2102(b)(2)(C)). */
function titleIIPriorityCheck(
  results: ScenarioSchoolResult[],
  schools: readonly ScenarioSchool[],
): ComplianceCheck {
  const level = (rows: ScenarioSchoolResult[]) => {
    const w = rows.reduce((a, r) => a + r.weightedEnrollment, 0);
    const money = rows.reduce(
      (a, r) => a + (r.programs.find((p) => p.program === "TITLE_II_A")?.amount ?? 0),
      0,
    );
    return w > 0 ? money / 100 / (w / WEIGHT_SCALE) : 0;
  };
  const supported = new Set(
    schools.filter((s) => s.supportDesignation !== "NONE").map((s) => s.id),
  );
  const csi = results.filter((r) => supported.has(r.schoolId));
  const rest = results.filter((r) => !supported.has(r.schoolId));
  if (
    csi.length === 0 ||
    rest.length === 0 ||
    !results.some((r) => r.programs.some((p) => p.program === "TITLE_II_A"))
  ) {
    return check(
      "TITLE_II_PRIORITY",
      "TITLE_II_A",
      "NOT_APPLICABLE",
      "No CSI/TSI schools, or no Title II-A school money.",
    );
  }
  const [a, b] = [level(csi), level(rest)];
  return check(
    "TITLE_II_PRIORITY",
    "TITLE_II_A",
    a >= b ? "PASS" : "FAIL",
    `CSI/TSI schools get $${a.toFixed(2)} of Title II-A per weighted pupil, the others $${b.toFixed(2)}.`,
  );
}

function onlyEligibleCheck(
  code: ProgramCode,
  schools: readonly ScenarioSchool[],
  parts: Cents[],
): ComplianceCheck {
  const wrong = schools.filter((s, i) => parts[i]! > 0 && !eligibleFor[code](s));
  const id =
    code === "TITLE_I_A_1003"
      ? "TITLE_1003_CSI_TSI_ONLY"
      : code === "TITLE_III_A"
        ? "TITLE_III_EL_ONLY"
        : code === "IDEA_B"
          ? "IDEA_SWD_ONLY"
          : "MCKINNEY_VENTO_HOMELESS_ONLY";
  const served = parts.filter((x) => x > 0).length;
  return check(
    id,
    code,
    wrong.length ? "FAIL" : "PASS",
    wrong.length
      ? `Paid but not eligible: ${wrong.map((s) => s.name).join(", ")}.`
      : `${served} eligible schools paid; no ineligible school paid.`,
  );
}
