import { readFileSync } from "node:fs";

import type { MikroORM } from "@mikro-orm/postgresql";

import {
  dollars,
  fiscalYearSpan,
  parseMultiplier,
  positionLines,
  PROGRAM_CODES,
  PROGRAMS,
  splitByWeights,
  transferTargets,
  type ProgramCode,
} from "@allot/engine";
import { parseImprovementPlan, parseStrategicPlan, SAMPLE_FILES } from "@allot/plan-import";

import {
  ActionStep,
  Award,
  BenefitRate,
  BudgetLine,
  District,
  engineRates,
  FiscalYear,
  FundingSource,
  JobClass,
  Position,
  positionCostInput,
  PositionFunding,
  SalarySchedule,
  School,
  SchoolAward,
} from "../entities/index.js";
import { saveImprovementPlan } from "../plans/save-improvement-plan.js";
import { linkToStrategicPlan, saveStrategicPlan } from "../plans/save-strategic-plan.js";
import { demoSchools } from "./schools.js";

export const DEMO_DISTRICT = {
  ncesLeaId: "1301230",
  stateLeaId: "GA-631",
  name: "Clayton County Public Schools",
  state: "GA",
};

/**
 * ILLUSTRATIVE FY2022 awards, in the range a district of 52,000 students receives. The published
 * plan has no amounts; replace them with the district's real grant award notices.
 */
export const DEMO_AWARDS_FY2022: Record<ProgramCode, { amount: number; carryoverIn: number }> = {
  TITLE_I_A: { amount: dollars(27_486_150), carryoverIn: dollars(2_450_000) },
  TITLE_I_A_1003: { amount: dollars(1_850_000), carryoverIn: 0 },
  TITLE_II_A: { amount: dollars(3_245_600), carryoverIn: 0 },
  TITLE_III_A: { amount: dollars(812_400), carryoverIn: 0 },
  TITLE_IV_A: { amount: dollars(2_104_300), carryoverIn: 0 },
  IDEA_B: { amount: dollars(11_920_500), carryoverIn: 0 },
  MCKINNEY_VENTO: { amount: dollars(150_000), carryoverIn: 0 },
};

/** Which strategic-plan steps each FY2022 plan action step serves (the district's own reading). */
export const DEMO_STRATEGIC_LINKS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["1.1", ["1.1.1a", "1.1.1b"]],
  ["1.2", ["3.2.1a"]],
  ["1.3", ["3.2.1b"]],
  ["1.4", ["2.2.2a", "1.1.1c"]],
  ["1.5", ["1.1.1d"]],
  ["1.6", ["4.3.1a", "4.4.1a"]],
  ["1.7", ["1.1.2d"]],
  ["2.1", ["2.2.2c"]],
  ["2.2", ["2.2.2c"]],
  ["2.3", ["1.1.1a"]],
  ["2.4", ["4.3.1a"]],
  ["2.5", ["2.1.1a"]],
  ["2.6", ["1.2.1a", "1.2.2b"]],
];

/** Share of each award the demo budgets against action steps (the rest goes to school allocations later). */
const BUDGETED_SHARE_PERCENT = 35;

/** A district to seed: who it is and how large. The demo is Clayton County; the benchmark seeds a state. */
export interface DistrictSeed {
  district: { ncesLeaId: string; stateLeaId: string; name: string; state: string };
  /** How many illustrative schools (68 for the demo); the awards scale with it. */
  schoolCount: number;
  /** Seed of the deterministic school generator. */
  seed: number;
  /** Also load the district's 2021-2026 strategic plan and its links (the demo does). */
  strategicPlan: boolean;
}

const DEMO_SEED: DistrictSeed = {
  district: DEMO_DISTRICT,
  schoolCount: 68,
  seed: 2022,
  strategicPlan: true,
};

/**
 * Seeds Clayton County on an empty database: the district, FY2022, the seven programs and their
 * awards, 68 illustrative schools, the FY2022 District Improvement Plan read from the district's
 * own document, the 2021-2026 strategic plan, and budget lines per action step. Does nothing when
 * the district is already there, so it runs on first start only. One transaction: all or nothing.
 */
export async function seedDemoDistrict(orm: MikroORM): Promise<boolean> {
  return seedDistrict(orm, DEMO_SEED);
}

/** Awards scaled to a district's size from the demo's (whole dollars, so the seed stays readable). */
function scaledAwards(
  schoolCount: number,
): Record<ProgramCode, { amount: number; carryoverIn: number }> {
  const scale = (cents: number) =>
    dollars(Math.round((cents / 100) * (schoolCount / DEMO_SEED.schoolCount)));
  return Object.fromEntries(
    PROGRAM_CODES.map((c) => [
      c,
      {
        amount: scale(DEMO_AWARDS_FY2022[c].amount),
        carryoverIn: scale(DEMO_AWARDS_FY2022[c].carryoverIn),
      },
    ]),
  ) as Record<ProgramCode, { amount: number; carryoverIn: number }>;
}

/** Seeds one district the way the demo is seeded (see seedDemoDistrict); false when it exists. */
export async function seedDistrict(orm: MikroORM, spec: DistrictSeed): Promise<boolean> {
  const em = orm.em.fork();
  if (await em.count(District, { ncesLeaId: spec.district.ncesLeaId })) return false;
  const awards = scaledAwards(spec.schoolCount);
  await em.transactional(async (tx) => {
    const district = tx.create(District, spec.district);
    const span = fiscalYearSpan(2022, district.fiscalYearStartMonth);
    const fy = tx.create(FiscalYear, {
      district,
      year: 2022,
      startsOn: span.startsOn,
      endsOn: span.endsOn,
    });
    const sources = new Map<ProgramCode, FundingSource>();
    for (const code of PROGRAM_CODES) {
      const p = PROGRAMS[code];
      sources.set(
        code,
        tx.create(FundingSource, {
          district,
          code,
          name: p.name,
          statute: p.statute,
          purpose: p.purpose,
          allocationBasis: p.allocationBasis,
          eligibleSubgroups: p.eligibleSubgroups,
          adminCapBasisPoints: p.adminCapBasisPoints,
          adminCapCitation: p.adminCapCitation,
          mayTransferOut: p.mayTransferOut,
          transferTargets: [...transferTargets(code)],
        }),
      );
      tx.create(Award, {
        district,
        fiscalYear: fy,
        fundingSource: sources.get(code)!,
        amountCents: awards[code].amount,
        carryoverInCents: awards[code].carryoverIn,
        // IDEA Part B's 619 preschool part (illustrative); the rest is the 611 subgrant.
        preschoolCents: code === "IDEA_B" ? dollars(400_000) : null,
        notes: "Illustrative amount for the demo; replace with the grant award notice.",
      });
    }
    const multiplier = parseMultiplier(district.directCertificationMultiplier);
    for (const s of demoSchools(spec.district.ncesLeaId, multiplier, spec.seed, spec.schoolCount)) {
      tx.create(School, {
        district,
        ...s,
        stateSchoolId: `${spec.district.stateLeaId}-${s.ncesSchoolId.slice(-4)}`,
        povertyMeasure: "DIRECT_CERTIFICATION",
        illustrative: true,
      });
    }
    await tx.flush();

    const planText = readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8");
    await saveImprovementPlan(tx, district, fy, parseImprovementPlan(planText), planText);
    if (spec.strategicPlan) {
      await saveStrategicPlan(
        tx,
        district,
        parseStrategicPlan(readFileSync(SAMPLE_FILES.strategicPlan2021To2026, "utf8")),
      );
      await tx.flush();
      await linkToStrategicPlan(tx, district, 2022, DEMO_STRATEGIC_LINKS);
    }
    await seedBudgetLines(tx, district, fy, sources, awards);
    await seedPositions(tx, district, fy, sources);
  });
  return true;
}

/**
 * How the demo codes each program's lines in Georgia's chart of accounts (ILLUSTRATIVE, like the
 * amounts): Title I-A and IDEA pay teachers in instruction, Title II-A buys professional learning
 * (instructional staff training), McKinney-Vento pays pupil services; Title IV-A's lines take its
 * three uses in turn so each keeps its statutory share.
 */
const DEMO_CODING: Record<ProgramCode, { functionCode: string; objectCode: string }> = {
  TITLE_I_A: { functionCode: "1000", objectCode: "110" },
  TITLE_I_A_1003: { functionCode: "2210", objectCode: "110" },
  TITLE_II_A: { functionCode: "2213", objectCode: "300" },
  TITLE_III_A: { functionCode: "1000", objectCode: "110" },
  TITLE_IV_A: { functionCode: "1000", objectCode: "610" },
  IDEA_B: { functionCode: "1000", objectCode: "110" },
  MCKINNEY_VENTO: { functionCode: "2100", objectCode: "190" },
};
const TITLE_IV_USES = [
  "WELL_ROUNDED_EDUCATION",
  "SAFE_AND_HEALTHY_STUDENTS",
  "EFFECTIVE_USE_OF_TECHNOLOGY",
] as const;

type Tx = Parameters<Parameters<MikroORM["em"]["transactional"]>[0]>[0];

async function seedBudgetLines(
  em: Tx,
  district: District,
  fy: FiscalYear,
  sources: Map<ProgramCode, FundingSource>,
  awards: Record<ProgramCode, { amount: number; carryoverIn: number }>,
): Promise<void> {
  const steps = await em.find(
    ActionStep,
    { district, need: { plan: { fiscalYear: fy } } },
    {
      populate: ["need", "allowedFundingSources.fundingSource"],
      orderBy: { need: { number: "asc" }, number: "asc" },
    },
  );
  const schools = await em.find(School, { district }, { orderBy: { name: "asc" } });
  const stepsOf = (code: ProgramCode) =>
    steps.filter((s) =>
      s.allowedFundingSources.getItems().some((l) => l.fundingSource.code === code),
    );
  const line = (
    code: ProgramCode,
    step: ActionStep,
    amountCents: number,
    description: string,
    extra: Partial<Pick<BudgetLine, "school" | "use" | "functionCode" | "objectCode">> = {},
  ) =>
    em.create(BudgetLine, {
      district,
      fiscalYear: fy,
      fundingSource: sources.get(code)!,
      actionStep: step,
      amountCents,
      description: `${description} (illustrative)`,
      ...DEMO_CODING[code],
      // The demo's IDEA lines serve ages 3-21 (the 611 subgrant).
      ...(code === "IDEA_B" ? { subgrant: "IDEA_611" as const } : {}),
      ...extra,
    });
  const share = (code: ProgramCode, basisPoints: number) =>
    Math.floor((awards[code].amount * basisPoints) / 10_000 / 100) * 100;

  for (const code of PROGRAM_CODES) {
    const allowed = stepsOf(code);
    if (allowed.length === 0 || code === "TITLE_I_A_1003") continue;
    const award = awards[code];
    // Title IV-A's uses are shares of the whole allocation, so the demo budgets most of it.
    const percent = code === "TITLE_IV_A" ? 90 : BUDGETED_SHARE_PERCENT;
    const poolDollars = Math.floor(((award.amount + award.carryoverIn) * percent) / 100 / 100);
    // Fixed, uneven weights so the demo matrix is not flat: earlier steps carry more. Whole dollars.
    const parts = splitByWeights(
      poolDollars,
      allowed.map((_, i) => allowed.length - i + 2),
    ).map((d) => d * 100);
    allowed.forEach((step, i) => {
      line(
        code,
        step,
        parts[i]!,
        `${PROGRAMS[code].name} share of action step ${step.need.number}.${step.number}`,
        code === "TITLE_IV_A" ? { use: TITLE_IV_USES[i % TITLE_IV_USES.length] } : {},
      );
    });
  }

  // District-level lines each program's rules count apart: administration (function 2230) within
  // its cap, family engagement at Title I schools, IDEA early intervening services.
  const first = (code: ProgramCode) => stepsOf(code)[0];
  const admin = { functionCode: "2230", objectCode: "110" };
  if (first("TITLE_I_A"))
    line(
      "TITLE_I_A",
      first("TITLE_I_A")!,
      share("TITLE_I_A", 200),
      "Federal programs office",
      admin,
    );
  if (first("TITLE_III_A"))
    line(
      "TITLE_III_A",
      first("TITLE_III_A")!,
      share("TITLE_III_A", 150),
      "Title III coordination",
      {
        ...admin,
        objectCode: "610",
      },
    );
  if (first("IDEA_B"))
    line("IDEA_B", first("IDEA_B")!, share("IDEA_B", 500), "Early intervening services", {
      use: "EARLY_INTERVENING_SERVICES",
    });
  const titleISchools = schools.filter((s) => s.titleIStatus !== "NONE").slice(0, 5);
  if (first("TITLE_I_A") && titleISchools.length) {
    const parts = splitByWeights(
      share("TITLE_I_A", 120) / 100,
      titleISchools.map(() => 1),
    );
    titleISchools.forEach((school, i) =>
      line("TITLE_I_A", first("TITLE_I_A")!, parts[i]! * 100, "Family engagement nights", {
        school,
        use: "FAMILY_ENGAGEMENT",
        functionCode: "2100",
        objectCode: "610",
      }),
    );
  }
  // 1003 school improvement: the state's per-school awards to the schools designated for support.
  const designated = schools.filter((s) => s.supportDesignation !== "NONE");
  if (first("TITLE_I_A_1003") && designated.length) {
    const pool = Math.floor((awards.TITLE_I_A_1003.amount * BUDGETED_SHARE_PERCENT) / 100 / 100);
    const parts = splitByWeights(
      pool,
      designated.map(() => 1),
    );
    designated.forEach((school, i) => {
      // The state's award to the school (illustrative), and the line that budgets it.
      em.create(SchoolAward, {
        district,
        fiscalYear: fy,
        fundingSource: sources.get("TITLE_I_A_1003")!,
        school,
        amountCents: parts[i]! * 100,
      });
      line(
        "TITLE_I_A_1003",
        first("TITLE_I_A_1003")!,
        parts[i]! * 100,
        "School improvement award",
        {
          school,
        },
      );
    });
  }
}

/**
 * ILLUSTRATIVE FY2022 employer benefit rates in Georgia's shape (FICA/Medicare, the Teachers
 * Retirement System for certified staff, the Employees' Retirement System for classified staff,
 * State Health Benefit Plan per full-time employee). Replace with the year's published rates.
 */
const DEMO_BENEFIT_RATES = [
  {
    name: "FICA/Medicare",
    objectCode: "220",
    basis: "PERCENT_OF_SALARY",
    rate: 765,
    perFte: null,
    appliesTo: "ALL",
  },
  {
    name: "Teachers Retirement System",
    objectCode: "230",
    basis: "PERCENT_OF_SALARY",
    rate: 1_981,
    perFte: null,
    appliesTo: "CERTIFIED",
  },
  {
    name: "Employees Retirement System",
    objectCode: "240",
    basis: "PERCENT_OF_SALARY",
    rate: 2_470,
    perFte: null,
    appliesTo: "CLASSIFIED",
  },
  {
    name: "State Health Benefit Plan",
    objectCode: "210",
    basis: "PER_FTE",
    rate: null,
    perFte: dollars(11_340),
    appliesTo: "ALL",
  },
] as const;

/**
 * ILLUSTRATIVE positions the plan's steps name (leadership coaches for step 2.2's coaching model,
 * teacher development specialists and recruiters for professional capacity, content coordinators,
 * parent liaisons for step 1.3's family engagement, paraprofessionals), split across the programs
 * the plan allows for each step. Salaries are round figures, not the district's.
 */
const DEMO_POSITIONS: ReadonlyArray<{
  job: {
    code: string;
    title: string;
    category: "CERTIFIED" | "CLASSIFIED";
    salaryObjectCode: string;
  };
  count: number;
  atSchools: boolean;
  salary: number;
  /** The step of the illustrative certified schedule the salary is, when it is on it. */
  scheduleStep?: number;
  shares: ReadonlyArray<{
    program: ProgramCode;
    step: string;
    functionCode: string;
    basisPoints: number;
  }>;
}> = [
  {
    job: {
      code: "PLC",
      title: "Principal leadership coach",
      category: "CERTIFIED",
      salaryObjectCode: "110",
    },
    count: 6,
    atSchools: false,
    salary: 95_000,
    shares: [
      { program: "TITLE_I_A", step: "2.2", functionCode: "2213", basisPoints: 5_000 },
      { program: "TITLE_II_A", step: "2.2", functionCode: "2213", basisPoints: 5_000 },
    ],
  },
  {
    job: {
      code: "TDS",
      title: "Teacher development specialist",
      category: "CERTIFIED",
      salaryObjectCode: "110",
    },
    count: 8,
    atSchools: false,
    salary: 78_000,
    scheduleStep: 7,
    shares: [{ program: "TITLE_II_A", step: "1.4", functionCode: "2213", basisPoints: 10_000 }],
  },
  {
    job: {
      code: "CC",
      title: "Content coordinator",
      category: "CERTIFIED",
      salaryObjectCode: "110",
    },
    count: 4,
    atSchools: false,
    salary: 88_000,
    scheduleStep: 10,
    shares: [{ program: "TITLE_I_A", step: "1.1", functionCode: "2210", basisPoints: 6_000 }],
  },
  {
    job: {
      code: "REC",
      title: "Teacher recruiter",
      category: "CLASSIFIED",
      salaryObjectCode: "190",
    },
    count: 2,
    atSchools: false,
    salary: 62_000,
    shares: [{ program: "TITLE_II_A", step: "2.1", functionCode: "2210", basisPoints: 10_000 }],
  },
  {
    job: { code: "PL", title: "Parent liaison", category: "CLASSIFIED", salaryObjectCode: "190" },
    count: 5,
    atSchools: true,
    salary: 38_000,
    shares: [{ program: "TITLE_I_A", step: "1.3", functionCode: "2100", basisPoints: 10_000 }],
  },
  {
    job: {
      code: "PARA",
      title: "Paraprofessional",
      category: "CLASSIFIED",
      salaryObjectCode: "190",
    },
    count: 10,
    atSchools: true,
    salary: 26_000,
    shares: [
      { program: "TITLE_I_A", step: "1.1", functionCode: "1000", basisPoints: 7_500 },
      { program: "IDEA_B", step: "1.1", functionCode: "1000", basisPoints: 2_500 },
    ],
  },
];

async function seedPositions(
  em: Tx,
  district: District,
  fy: FiscalYear,
  sources: Map<ProgramCode, FundingSource>,
): Promise<void> {
  const steps = await em.find(
    ActionStep,
    { district, need: { plan: { fiscalYear: fy } } },
    { populate: ["need"] },
  );
  const stepOf = new Map(steps.map((s) => [`${s.need.number}.${s.number}`, s]));
  const titleISchools = (await em.find(School, { district }, { orderBy: { name: "asc" } })).filter(
    (s) => s.titleIStatus !== "NONE",
  );
  const rates = engineRates(
    DEMO_BENEFIT_RATES.map((r) =>
      em.create(BenefitRate, {
        district,
        fiscalYear: fy,
        name: r.name,
        objectCode: r.objectCode,
        basis: r.basis,
        rateHundredthsOfPercent: r.rate,
        perFteCents: r.perFte,
        appliesTo: r.appliesTo,
      }),
    ),
  );
  // An ILLUSTRATIVE certified salary schedule (round figures, not the state's or the district's).
  const schedule = em.create(SalarySchedule, {
    district,
    fiscalYear: fy,
    name: "Certified (illustrative)",
    steps: [60, 63, 66, 69, 72, 75, 78, 81, 84.5, 88].map((k, i) => ({
      step: i + 1,
      salary: dollars(k * 1000),
    })),
  });
  for (const spec of DEMO_POSITIONS) {
    const shares = spec.shares.filter((s) => stepOf.has(s.step));
    if (shares.length !== spec.shares.length) continue; // a plan without these steps
    const jobClass = em.create(JobClass, { district, ...spec.job });
    for (let i = 0; i < spec.count; i++) {
      const school = spec.atSchools ? (titleISchools[i] ?? null) : null;
      if (spec.atSchools && !school) break;
      const position = em.create(Position, {
        district,
        fiscalYear: fy,
        code: `${spec.job.code}-${String(i + 1).padStart(2, "0")}`,
        title: `${spec.job.title} (illustrative)`,
        jobClass,
        school,
        fteHundredths: 100,
        salaryCents: dollars(spec.salary),
        salarySchedule: spec.scheduleStep ? schedule : null,
        scheduleStep: spec.scheduleStep ?? null,
        status: "FILLED",
      });
      const fundings = shares.map((s) =>
        em.create(PositionFunding, {
          district,
          position,
          fundingSource: sources.get(s.program)!,
          actionStep: stepOf.get(s.step)!,
          functionCode: s.functionCode,
          shareBasisPoints: s.basisPoints,
          subgrant: s.program === "IDEA_B" ? ("IDEA_611" as const) : null,
        }),
      );
      const lines = positionLines(
        positionCostInput(position, rates),
        fundings.map((f) => ({ key: f, basisPoints: f.shareBasisPoints })),
      );
      for (const line of lines)
        em.create(BudgetLine, {
          district,
          fiscalYear: fy,
          fundingSource: line.key.fundingSource,
          actionStep: line.key.actionStep,
          school,
          amountCents: line.amount,
          description: line.description,
          functionCode: line.key.functionCode,
          objectCode: line.objectCode,
          subgrant: line.key.subgrant,
          position,
        });
    }
  }
}
