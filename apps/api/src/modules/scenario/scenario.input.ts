import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";

import {
  STATUTE,
  type Cents,
  type PpaKind,
  type ProgramCode,
  type ScenarioParameters,
  type TitleIRanking,
} from "@allot/engine";
import { inputIssues, SCENARIO_PARAMETERS } from "@allot/engine/inputs";

import { PpaKindEnum, ProgramCodeEnum, TitleIRankingEnum } from "../../common/enums.js";
import { idOfType } from "../../common/global-id.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { ObjectType } from "../../common/object-type.js";
import { problem, type Problem } from "../../common/problem.js";

export enum ScenarioSource {
  EMPTY = "EMPTY",
  ADOPTED = "ADOPTED",
  SCENARIO = "SCENARIO",
}
registerEnumType(ScenarioSource, {
  name: "ScenarioSource",
  description:
    "Where a new scenario's parameters come from: defaults, the adopted budget, or another scenario.",
});

@InputType({ description: "A per-child amount for poverty at or above a percentage." })
export class PpaBandInput {
  @Field(() => Float, { description: "Lowest poverty percentage of the band, e.g. 75." })
  minPovertyPercent!: number;

  @Field(() => MoneyScalar, { description: "Amount per low-income child." })
  perChild!: Cents;
}

@InputType({ description: "A per-child amount for one school." })
export class SchoolAmountInput {
  @Field(() => ID, { description: "The school (global id)." })
  schoolId!: string;

  @Field(() => MoneyScalar, { description: "Amount per low-income child." })
  perChild!: Cents;
}

@InputType({ description: "Title I per-pupil policy." })
export class PpaPolicyInput {
  @Field(() => PpaKindEnum, { description: "Which policy." })
  kind!: PpaKind;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "For SINGLE: the amount per low-income child.",
  })
  perChild?: Cents | null;

  @Field(() => [PpaBandInput], { nullable: true, description: "For BANDS." })
  bands?: PpaBandInput[] | null;

  @Field(() => [SchoolAmountInput], { nullable: true, description: "For EXPLICIT." })
  schools?: SchoolAmountInput[] | null;
}

@InputType({
  description: "Title I reservations taken before school allocations (ESEA 1113(c)(3)).",
})
export class TitleIReservationsInput {
  @Field(() => MoneyScalar, {
    description: "Parent and family engagement (at least 1% above $500,000, ESEA 1116(a)(3)).",
  })
  familyEngagement!: Cents;

  @Field(() => Float, {
    nullable: true,
    description: "Share of it passed to Title I schools, percent (default 90).",
  })
  familyEngagementToSchoolsPercent?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Homeless children." })
  homeless?: Cents | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Neglected and delinquent children." })
  neglectedDelinquent?: Cents | null;

  @Field(() => MoneyScalar, { nullable: true, description: "District-wide initiatives." })
  districtWide?: Cents | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Administration." })
  administration?: Cents | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Incentives for teachers in CSI/TSI schools (at most 5%).",
  })
  incentives?: Cents | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Early childhood." })
  earlyChildhood?: Cents | null;
}

@InputType({ description: "Title I settings." })
export class TitleIParametersInput {
  @Field(() => PpaPolicyInput, { description: "Per-pupil policy." })
  ppa!: PpaPolicyInput;

  @Field(() => TitleIRankingEnum, {
    nullable: true,
    description: "Ranking below 75% (default district-wide).",
  })
  ranking?: TitleIRanking | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Designate schools at or above 35% as eligible (default true).",
  })
  designateAt35?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Serve last year's schools one more year (default true).",
  })
  serveLastYearOneMoreYear?: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: "75% rule threshold for high schools: 75 (default) or 50.",
  })
  highSchoolThresholdPercent?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Count private-school low-income children in each school's share, as the 1996 federal guidance did (default false: under ESSA their equitable share is reserved first, ESEA 1117(a)(4)). When true, no separate equitable-services reservation is taken.",
  })
  privateChildrenInSchoolShare?: boolean | null;

  @Field(() => TitleIReservationsInput, { description: "Reservations." })
  reservations!: TitleIReservationsInput;
}

@InputType({ description: "Money a program keeps at district level." })
export class ProgramReservationInput {
  @Field(() => ProgramCodeEnum, {
    description: "The program (not Title I-A, which has its own reservations).",
  })
  program!: string;

  @Field(() => MoneyScalar, { description: "Amount kept at district level." })
  amount!: Cents;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Of which administration (Title III-A and IV-A: at most 2%).",
  })
  administration?: Cents | null;
}

@InputType({
  description: "Extra weight per student with each need (a student counts 1 plus these).",
})
export class NeedWeightsInput {
  @Field(() => Float, { nullable: true, description: "Economically disadvantaged, e.g. 0.12." })
  economicallyDisadvantaged?: number | null;

  @Field(() => Float, { nullable: true, description: "English learners, e.g. 0.4." })
  englishLearners?: number | null;

  @Field(() => Float, { nullable: true, description: "Students with disabilities, e.g. 0.9." })
  studentsWithDisabilities?: number | null;

  @Field(() => Float, { nullable: true, description: "Homeless, e.g. 0.25." })
  homeless?: number | null;

  @Field(() => Float, { nullable: true, description: "Foster care." })
  foster?: number | null;

  @Field(() => Float, { nullable: true, description: "Migrant." })
  migrant?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Concentration of poverty: extra weight per student once poverty reaches the threshold.",
  })
  concentrationWeight?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Concentration threshold, percent of low-income students.",
  })
  concentrationThresholdPercent?: number | null;
}

// The same shapes are read back on a scenario's parameters.
@InputType({
  description:
    "Title II-A and IV-A priority for CSI/TSI and high-poverty schools (ESEA 2102(b)(2)(C)).",
})
@ObjectType("Priority", {
  description:
    "Title II-A and IV-A priority for CSI/TSI and high-poverty schools (ESEA 2102(b)(2)(C)).",
})
export class PriorityInput {
  @Field(() => Float, { description: "Extra weight for CSI/TSI schools, percent." })
  csiTsiPercent!: number;

  @Field(() => Float, { description: "Extra weight for high-poverty schools, percent." })
  highPovertyPercent!: number;

  @Field(() => Float, { description: "Poverty percentage from which a school is high-poverty." })
  highPovertyThresholdPercent!: number;
}

@InputType({ description: "Equity-weighted reallocation of programs' school money." })
export class ReallocationSettingsInput {
  @Field(() => [ProgramCodeEnum], {
    description:
      "Programs whose school money moves toward equal dollars per weighted pupil (not Title I-A).",
  })
  programs!: string[];

  @Field(() => Float, {
    description: "Largest loss any school may take against its baseline, percent (0-100).",
  })
  maxLossPercent!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Largest gain against the baseline, percent; none when omitted.",
  })
  maxGainPercent?: number | null;
}

@InputType({ description: "Title IV-A uses of funds (ESEA 4106(e)(2), 4109(b))." })
@ObjectType("TitleIVUses", { description: "Title IV-A uses of funds (ESEA 4106(e)(2), 4109(b))." })
export class TitleIVUsesInput {
  @Field(() => MoneyScalar, { description: "Well-rounded education." })
  wellRounded!: Cents;

  @Field(() => MoneyScalar, { description: "Safe and healthy students." })
  safeHealthy!: Cents;

  @Field(() => MoneyScalar, { description: "Effective use of technology." })
  technology!: Cents;

  @Field(() => MoneyScalar, { description: "Of technology, infrastructure." })
  technologyInfrastructure!: Cents;
}

@InputType({ description: "IDEA Part B proportionate share and CEIS." })
@ObjectType("IdeaSettings", { description: "IDEA Part B proportionate share and CEIS." })
export class IdeaInput {
  @Field(() => Int, {
    description: "Parentally placed private-school children with disabilities, 3-21.",
  })
  privateChildren!: number;

  @Field(() => Int, { description: "All eligible children with disabilities, 3-21." })
  allChildren!: number;

  @Field(() => MoneyScalar, {
    description: "Coordinated early intervening services (at most 15%).",
  })
  ceis!: Cents;
}

@InputType({ description: "Everything a scenario computes from." })
export class ScenarioParametersInput {
  @Field(() => TitleIParametersInput, { description: "Title I policy and reservations." })
  titleI!: TitleIParametersInput;

  @Field(() => [ProgramReservationInput], {
    nullable: true,
    description: "District-level money of the other programs.",
  })
  districtReservations?: ProgramReservationInput[] | null;

  @Field(() => NeedWeightsInput, {
    nullable: true,
    description: "Need weights (all 0 when omitted).",
  })
  weights?: NeedWeightsInput | null;

  @Field(() => PriorityInput, { nullable: true, description: "Title II-A and IV-A priorities." })
  priority?: PriorityInput | null;

  @Field(() => ReallocationSettingsInput, {
    nullable: true,
    description: "Equity reallocation; none when omitted.",
  })
  reallocation?: ReallocationSettingsInput | null;

  @Field(() => TitleIVUsesInput, {
    nullable: true,
    description: "Title IV-A uses, for its compliance checks.",
  })
  titleIV?: TitleIVUsesInput | null;

  @Field(() => IdeaInput, { nullable: true, description: "IDEA proportionate share and CEIS." })
  idea?: IdeaInput | null;
}

/** A percentage the schema accepted (at most two decimals) as basis points. */
const basisPoints = (percent: number) => Math.round(percent * 100);

/**
 * Turns the GraphQL parameters into the engine's. Every check a form can make is the engine's
 * schema (SCENARIO_PARAMETERS, shared with the admin app); what needs the district's data (the
 * schools of an EXPLICIT policy) is checked here, and the money against the year's awards when the
 * engine runs.
 */
export function toEngineParameters(
  input: ScenarioParametersInput,
  knownSchoolIds: ReadonlySet<string>,
  /** How an EXPLICIT policy's school ids are read: global ids by default, a preview's own keys as given. */
  schoolIdOf: (id: string) => string | null = (id) => idOfType(id, "School"),
): { parameters: ScenarioParameters } | { errors: Problem[] } {
  const errors: Problem[] = inputIssues(SCENARIO_PARAMETERS, input).map((i) =>
    problem(["parameters", ...i.path].join("."), i.message, i.code),
  );
  const t = input.titleI;
  let ppa: ScenarioParameters["titleI"]["policy"]["ppa"];
  switch (t.ppa.kind) {
    case "SINGLE":
      ppa = { kind: "SINGLE", perChild: t.ppa.perChild ?? 0 };
      break;
    case "BANDS":
      ppa = {
        kind: "BANDS",
        bands: (t.ppa.bands ?? []).map((b) => ({
          minPovertyBasisPoints: basisPoints(b.minPovertyPercent),
          perChild: b.perChild,
        })),
      };
      break;
    case "EXPLICIT": {
      const perChild: Record<string, Cents> = {};
      (t.ppa.schools ?? []).forEach((s, i) => {
        const id = schoolIdOf(s.schoolId);
        if (!id || !knownSchoolIds.has(id))
          errors.push(
            problem(
              `parameters.titleI.ppa.schools.${i}.schoolId`,
              `No school has id "${s.schoolId}".`,
              "NOT_FOUND",
            ),
          );
        else perChild[id] = s.perChild;
      });
      ppa = { kind: "EXPLICIT", perChild };
      break;
    }
    default:
      ppa = { kind: "EVEN" };
  }
  const hs = t.highSchoolThresholdPercent;
  const r = t.reservations;
  const reservations = {
    familyEngagement: r.familyEngagement,
    familyEngagementToSchoolsBasisPoints:
      r.familyEngagementToSchoolsPercent != null
        ? basisPoints(r.familyEngagementToSchoolsPercent)
        : STATUTE.familyEngagementToSchoolsBasisPoints,
    homeless: r.homeless ?? 0,
    neglectedDelinquent: r.neglectedDelinquent ?? 0,
    districtWide: r.districtWide ?? 0,
    administration: r.administration ?? 0,
    incentives: r.incentives ?? 0,
    earlyChildhood: r.earlyChildhood ?? 0,
  };

  const districtReservations: Partial<Record<ProgramCode, Cents>> = {};
  const administration: Partial<Record<ProgramCode, Cents>> = {};
  for (const d of input.districtReservations ?? []) {
    districtReservations[d.program as ProgramCode] = d.amount;
    administration[d.program as ProgramCode] = d.administration ?? 0;
  }

  const w = input.weights ?? {};
  const weights = {
    economicallyDisadvantaged: w.economicallyDisadvantaged ?? 0,
    englishLearners: w.englishLearners ?? 0,
    studentsWithDisabilities: w.studentsWithDisabilities ?? 0,
    homeless: w.homeless ?? 0,
    foster: w.foster ?? 0,
    migrant: w.migrant ?? 0,
    concentration:
      w.concentrationWeight != null
        ? {
            weight: w.concentrationWeight,
            thresholdBasisPoints: basisPoints(w.concentrationThresholdPercent ?? 0),
          }
        : null,
  };

  const pr = input.priority;
  const priority = pr
    ? {
        csiTsiBasisPoints: basisPoints(pr.csiTsiPercent),
        highPovertyBasisPoints: basisPoints(pr.highPovertyPercent),
        highPovertyThresholdBasisPoints: basisPoints(pr.highPovertyThresholdPercent),
      }
    : undefined;

  const re = input.reallocation;
  const reallocation: ScenarioParameters["reallocation"] = re
    ? {
        programs: re.programs as ProgramCode[],
        maxLossBasisPoints: basisPoints(re.maxLossPercent),
        maxGainBasisPoints: re.maxGainPercent == null ? null : basisPoints(re.maxGainPercent),
      }
    : null;
  const titleIV = input.titleIV
    ? {
        wellRounded: input.titleIV.wellRounded,
        safeHealthy: input.titleIV.safeHealthy,
        technology: input.titleIV.technology,
        technologyInfrastructure: input.titleIV.technologyInfrastructure,
      }
    : null;
  const idea = input.idea
    ? {
        privateChildren: input.idea.privateChildren,
        allChildren: input.idea.allChildren,
        ceis: input.idea.ceis,
      }
    : null;

  if (errors.length) return { errors };
  return {
    parameters: {
      titleI: {
        policy: {
          ppa,
          ranking: t.ranking ?? "DISTRICT_WIDE",
          designateAt35: t.designateAt35 ?? true,
          serveLastYearOneMoreYear: t.serveLastYearOneMoreYear ?? true,
          highSchoolThresholdBasisPoints:
            hs != null ? basisPoints(hs) : STATUTE.priorityPovertyBasisPoints,
          privateChildrenInSchoolShare: t.privateChildrenInSchoolShare ?? false,
        },
        reservations,
      },
      districtReservations,
      administration,
      titleIV,
      idea,
      weights,
      ...(priority ? { priority } : {}),
      reallocation,
    },
  };
}
