import { column, flags, sum } from "../columns.js";
import { percent, splitColumn, usd, type Cents } from "../money.js";
import { byId } from "../order.js";
import { povertyBasisPoints } from "../poverty.js";
import { PROGRAM_CODES, PROGRAMS, type ProgramCode } from "../programs.js";
import { comparabilityCheck, equityOfColumns, type EquityMeasures } from "./metrics.js";
import { reallocateColumns, type ReallocatedColumns } from "./reallocation.js";
import {
  titleIReservations,
  type Reservation,
  type TitleIReservationInput,
} from "./reservations.js";
import { check, listOf, notChecked, ParameterRefusal, type ComplianceCheck } from "./rules.js";
import {
  FormulaShare,
  IneligibleShare,
  ReallocatedShare,
  TitleIShare,
  type SchoolProgramResult,
} from "./shares.js";
import { STATUTE } from "./statute.js";
import {
  allocateTitleI,
  type TitleIPolicy,
  type TitleISchool,
  type TitleISchoolResult,
} from "./title-i.js";
import {
  NO_WEIGHTS,
  weighing,
  WEIGHT_SCALE,
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
 *
 * The arithmetic runs over columns (one typed array per measure, one slot per school in input
 * order); each school's rows and their sentences are made when read. A national run has 700,000
 * amounts, and an object for each cost more in the garbage collector than the allocation itself.
 */
export function runScenario(input: ScenarioInput): ScenarioResult {
  const { schools, parameters: p } = input;
  const n = schools.length;
  const facts = schoolColumns(schools, p.weights);
  const baselineRows = schools.map((s) => input.baseline?.[s.id]);
  const baselineColumn = (code: ProgramCode) => column(baselineRows, (row) => row?.[code] ?? 0);
  const columns = new Map<ProgramCode, ProgramColumn>();
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
      columns.set(code, new TitleIColumn(r.schools, baselineColumn(code)));
      continue;
    }
    const reservations = districtReservations(code, allocation, available, p, compliance);
    const reserved = reservations.reduce((a, r) => a + r.amount, 0);
    const pool = Math.max(0, available - reserved);
    const eligible = facts.eligible(code);
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) if (eligible[i]) weights[i] = programWeight(code, facts, i, p);
    const total = sum(weights);
    const parts = total > 0 ? splitColumn(pool, weights) : weights;
    const column = new FormulaColumn(code, parts, baselineColumn(code), schools, eligible, {
      weights,
      total,
      pool,
    });
    columns.set(code, column);
    const toSchools = sum(parts);
    programs.push({
      program: code,
      available,
      reservations,
      reserved,
      toSchools,
      unallocated: available - reserved - toSchools,
    });
    if (code !== "TITLE_II_A" && code !== "TITLE_IV_A")
      compliance.push(onlyEligibleCheck(code, schools, eligible, parts));
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
      const formula = columns.get(code)!;
      const result = reallocateColumns({
        pool: program.toSchools,
        weight: facts.weighted,
        baseline: input.baseline ? formula.baselines : formula.amounts,
        eligible: facts.eligible(code),
        tie: byId(schools),
        maxLossBasisPoints: p.reallocation.maxLossBasisPoints,
        maxGainBasisPoints: p.reallocation.maxGainBasisPoints ?? null,
      });
      columns.set(
        code,
        new ReallocatedColumn(
          code,
          result,
          formula.baselines,
          schools,
          p.reallocation.maxLossBasisPoints,
        ),
      );
    }
  }

  const ordered = [...columns.values()];
  const total = new Float64Array(n);
  const baselineTotal = new Float64Array(n);
  for (const c of ordered)
    for (let i = 0; i < n; i++) {
      total[i] = total[i]! + c.amounts[i]!;
      baselineTotal[i] = baselineTotal[i]! + c.baselines[i]!;
    }
  const results: ScenarioSchoolResult[] = schools.map(
    (s, i) =>
      new SchoolResult(
        s,
        facts.weighted[i]!,
        facts.poverty[i]!,
        total[i]!,
        baselineTotal[i]!,
        ordered,
        i,
      ),
  );
  const titleIAmounts = columns.get("TITLE_I_A")?.amounts;
  compliance.push(
    comparabilityCheck(
      schools.map((s, i) => ({
        enrollment: s.enrollment,
        lowIncome: s.lowIncome,
        weighted: 0,
        amount: 0,
        titleI: (titleIAmounts?.[i] ?? 0) > 0,
        stateLocalPerPupil: s.stateLocalPerPupil ?? null,
      })),
    ),
  );
  compliance.push(titleIIPriorityCheck(facts, columns.get("TITLE_II_A")?.amounts ?? null));
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
    const schoolSum = sum(columns.get(program.program)!.amounts);
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
  const equity = (amount: Float64Array) =>
    equityOfColumns({
      enrollment: facts.enrollment,
      lowIncome: facts.lowIncome,
      weighted: facts.weighted,
      amount,
    });
  return {
    programs,
    schools: results,
    equityBefore: equity(baselineTotal),
    equityAfter: equity(total),
    compliance,
  };
}

/** The schools' numbers as columns, read from the objects once. */
function schoolColumns(schools: readonly ScenarioSchool[], weights: NeedWeights) {
  const n = schools.length;
  const weigh = n > 0 ? weighing(weights) : () => 0;
  const of = (measure: (s: ScenarioSchool) => number) => column(schools, measure);
  const enrollment = of((s) => s.enrollment);
  const eligibility = new Map<ProgramCode, Uint8Array>();
  const facts = {
    enrollment,
    lowIncome: of((s) => s.lowIncome),
    weighted: of(weigh),
    poverty: of((s) => povertyBasisPoints(s.lowIncome, s.enrollment)),
    supported: flags(schools, (s) => s.supportDesignation !== "NONE"),
    /** The students each program's school money follows (Title II-A and IV-A: see programWeight). */
    count: {
      TITLE_I_A_1003: enrollment,
      TITLE_III_A: of((s) => s.englishLearners),
      IDEA_B: of((s) => s.studentsWithDisabilities),
      MCKINNEY_VENTO: of((s) => s.homeless),
    } as Record<Exclude<ProgramCode, "TITLE_I_A" | "TITLE_II_A" | "TITLE_IV_A">, Float64Array>,
    /** Which schools a program may pay, worked out once per program. */
    eligible: (code: ProgramCode) => {
      let e = eligibility.get(code);
      if (!e) eligibility.set(code, (e = flags(schools, eligibleFor[code])));
      return e;
    },
  };
  return facts;
}
type SchoolColumns = ReturnType<typeof schoolColumns>;

/** One school's result: its own figures, and its rows of the program columns, made when read. */
class SchoolResult implements ScenarioSchoolResult {
  readonly schoolId: string;
  readonly name: string;
  #programs: SchoolProgramResult[] | null = null;
  readonly #columns: readonly ProgramColumn[];
  readonly #index: number;
  constructor(
    school: ScenarioSchool,
    readonly weightedEnrollment: number,
    readonly povertyBasisPoints: number,
    readonly total: Cents,
    readonly baselineTotal: Cents,
    columns: readonly ProgramColumn[],
    index: number,
  ) {
    this.schoolId = school.id;
    this.name = school.name;
    this.#columns = columns;
    this.#index = index;
  }
  get programs(): SchoolProgramResult[] {
    return (this.#programs ??= this.#columns.map((c) => c.share(this.#index)));
  }
  toJSON(): ScenarioSchoolResult {
    return {
      schoolId: this.schoolId,
      name: this.name,
      weightedEnrollment: this.weightedEnrollment,
      povertyBasisPoints: this.povertyBasisPoints,
      programs: this.programs,
      total: this.total,
      baselineTotal: this.baselineTotal,
    };
  }
}

/** One program's school amounts and baselines, in school order; each school's row made when read. */
interface ProgramColumn {
  readonly amounts: Float64Array;
  readonly baselines: Float64Array;
  share(i: number): SchoolProgramResult;
}

class TitleIColumn implements ProgramColumn {
  readonly amounts: Float64Array;
  constructor(
    private readonly schools: readonly TitleISchoolResult[],
    readonly baselines: Float64Array,
  ) {
    this.amounts = column(schools, (s) => s.amount);
  }
  share(i: number) {
    return new TitleIShare("TITLE_I_A", this.amounts[i]!, this.baselines[i]!, this.schools[i]!);
  }
}

class FormulaColumn implements ProgramColumn {
  constructor(
    private readonly code: ProgramCode,
    readonly amounts: Float64Array,
    readonly baselines: Float64Array,
    private readonly schools: readonly ScenarioSchool[],
    private readonly eligible: Uint8Array,
    private readonly split: { weights: Float64Array; total: number; pool: Cents },
  ) {}
  share(i: number) {
    const { code, split } = this;
    const name = this.schools[i]!.name;
    return this.eligible[i]
      ? new FormulaShare(
          code,
          this.amounts[i]!,
          this.baselines[i]!,
          name,
          split.weights[i]!,
          split.total,
          split.pool,
        )
      : new IneligibleShare(code, 0, this.baselines[i]!, name);
  }
}

class ReallocatedColumn implements ProgramColumn {
  readonly amounts: Float64Array;
  constructor(
    private readonly code: ProgramCode,
    private readonly result: ReallocatedColumns,
    readonly baselines: Float64Array,
    private readonly schools: readonly ScenarioSchool[],
    private readonly maxLossBasisPoints: number,
  ) {
    this.amounts = result.amount;
  }
  share(i: number) {
    const r = this.result;
    const cap = r.cap[i]!;
    return new ReallocatedShare(
      this.code,
      r.amount[i]!,
      this.baselines[i]!,
      this.schools[i]!.name,
      r.bound[i]!,
      r.floor[i]!,
      Number.isNaN(cap) ? null : cap,
      r.levelPerWeightedPupil,
      this.maxLossBasisPoints,
    );
  }
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
  facts: SchoolColumns,
  i: number,
  p: ScenarioParameters,
): number {
  if (code === "TITLE_II_A" || code === "TITLE_IV_A") {
    const pr = p.priority ?? {
      csiTsiBasisPoints: 0,
      highPovertyBasisPoints: 0,
      highPovertyThresholdBasisPoints: 10_001,
    };
    let bp = 10_000;
    if (facts.supported[i]) bp += pr.csiTsiBasisPoints;
    if (facts.poverty[i]! >= pr.highPovertyThresholdBasisPoints) bp += pr.highPovertyBasisPoints;
    return Math.floor((facts.weighted[i]! * bp) / 10_000);
  }
  return facts.count[code as keyof SchoolColumns["count"]][i]!;
}

/** Title II-A: CSI/TSI schools get at least as much per weighted pupil as the others (ESEA 2102(b)(2)(C)). */
function titleIIPriorityCheck(facts: SchoolColumns, titleII: Float64Array | null): ComplianceCheck {
  // Weighted pupils and Title II-A money of the supported schools [0] and of the rest [1].
  const pupils = new Float64Array(2);
  const money = new Float64Array(2);
  const count = new Float64Array(2);
  facts.supported.forEach((supported, i) => {
    const g = supported ? 0 : 1;
    pupils[g] = pupils[g]! + facts.weighted[i]!;
    money[g] = money[g]! + (titleII?.[i] ?? 0);
    count[g] = count[g]! + 1;
  });
  if (count[0] === 0 || count[1] === 0 || !titleII) {
    return check(
      "TITLE_II_PRIORITY",
      "TITLE_II_A",
      "NOT_APPLICABLE",
      "No CSI/TSI schools, or no Title II-A school money.",
    );
  }
  const level = (g: number) => (pupils[g]! > 0 ? money[g]! / 100 / (pupils[g]! / WEIGHT_SCALE) : 0);
  const [a, b] = [level(0), level(1)];
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
  eligible: Uint8Array,
  parts: Float64Array,
): ComplianceCheck {
  const wrong: ScenarioSchool[] = [];
  let served = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i]! > 0) served++;
    if (parts[i]! > 0 && !eligible[i]) wrong.push(schools[i]!);
  }
  const id =
    code === "TITLE_I_A_1003"
      ? "TITLE_1003_CSI_TSI_ONLY"
      : code === "TITLE_III_A"
        ? "TITLE_III_EL_ONLY"
        : code === "IDEA_B"
          ? "IDEA_SWD_ONLY"
          : "MCKINNEY_VENTO_HOMELESS_ONLY";
  return check(
    id,
    code,
    wrong.length ? "FAIL" : "PASS",
    wrong.length
      ? `Paid but not eligible: ${listOf(wrong, (s) => s.name)}.`
      : `${served} eligible schools paid; no ineligible school paid.`,
  );
}
