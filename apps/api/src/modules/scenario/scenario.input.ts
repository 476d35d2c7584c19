import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";

import {
  weightProblems,
  type Cents,
  type PpaKind,
  type ProgramCode,
  type ScenarioParameters,
  type TitleIRanking,
} from "@allot/engine";

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

/** A percentage with at most two decimals as basis points, or a user error naming the field. */
function basisPoints(value: number, field: string, errors: Problem[], max = 100): number {
  const bp = Math.round(value * 100);
  if (!Number.isFinite(value) || value < 0 || value > max || Math.abs(bp - value * 100) > 1e-6) {
    errors.push(
      problem(
        field,
        `${field.split(".").at(-1)} must be a percentage from 0 to ${max} with at most two decimals.`,
        "INVALID",
      ),
    );
    return 0;
  }
  return bp;
}

/**
 * Refuses a list item that repeats an earlier one (by `keyOf`), at the path of the second, so a
 * repeated school, band floor or program is named instead of one of them silently winning.
 */
function refuseRepeats<T>(
  items: readonly T[],
  keyOf: (item: T) => unknown,
  path: (i: number) => string,
  what: string,
  errors: Problem[],
): void {
  const first = new Map<unknown, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key == null) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else
      errors.push(
        problem(path(i), `${what} is listed twice (first at position ${seen + 1}).`, "INVALID"),
      );
  });
}

/** Longest list of bands a BANDS policy takes (the cost estimate counts on it: limits/list-sizes.ts). */
export const MAX_BANDS = 50;

function nonNegative(value: Cents | null | undefined, field: string, errors: Problem[]): Cents {
  const v = value ?? 0;
  if (v < 0)
    errors.push(problem(field, `${field.split(".").at(-1)} cannot be negative.`, "NEGATIVE"));
  return v;
}

/**
 * Turns the GraphQL parameters into the engine's, checking what a person can get wrong: negative
 * weights or money, percentages out of range, a floor above 100%, Title I in a reallocation,
 * unknown schools. Cross-checks against the year's money happen when the engine runs.
 */
export function toEngineParameters(
  input: ScenarioParametersInput,
  knownSchoolIds: ReadonlySet<string>,
  /** How an EXPLICIT policy's school ids are read: global ids by default, a preview's own keys as given. */
  schoolIdOf: (id: string) => string | null = (id) => idOfType(id, "School"),
): { parameters: ScenarioParameters } | { errors: Problem[] } {
  const errors: Problem[] = [];
  const t = input.titleI;
  const at = (f: string) => `parameters.${f}`;
  let ppa: ScenarioParameters["titleI"]["policy"]["ppa"];
  switch (t.ppa.kind) {
    case "SINGLE":
      if (t.ppa.perChild == null || t.ppa.perChild <= 0)
        errors.push(
          problem(
            at("titleI.ppa.perChild"),
            "perChild must be greater than zero for a SINGLE policy.",
            "NOT_POSITIVE",
          ),
        );
      ppa = { kind: "SINGLE", perChild: t.ppa.perChild ?? 0 };
      break;
    case "BANDS":
      if (!t.ppa.bands?.length)
        errors.push(
          problem(
            at("titleI.ppa.bands"),
            "bands needs at least one band for a BANDS policy.",
            "INVALID",
          ),
        );
      if ((t.ppa.bands?.length ?? 0) > MAX_BANDS)
        errors.push(
          problem(at("titleI.ppa.bands"), `bands may hold at most ${MAX_BANDS} bands.`, "INVALID"),
        );
      refuseRepeats(
        t.ppa.bands ?? [],
        (b) => b.minPovertyPercent,
        (i) => at(`titleI.ppa.bands.${i}.minPovertyPercent`),
        "This poverty floor",
        errors,
      );
      ppa = {
        kind: "BANDS",
        bands: (t.ppa.bands ?? []).map((b, i) => ({
          minPovertyBasisPoints: basisPoints(
            b.minPovertyPercent,
            at(`titleI.ppa.bands.${i}.minPovertyPercent`),
            errors,
          ),
          perChild: nonNegative(b.perChild, at(`titleI.ppa.bands.${i}.perChild`), errors),
        })),
      };
      break;
    case "EXPLICIT": {
      const perChild: Record<string, Cents> = {};
      refuseRepeats(
        t.ppa.schools ?? [],
        (s) => schoolIdOf(s.schoolId),
        (i) => at(`titleI.ppa.schools.${i}.schoolId`),
        "This school",
        errors,
      );
      (t.ppa.schools ?? []).forEach((s, i) => {
        const id = schoolIdOf(s.schoolId);
        if (!id || !knownSchoolIds.has(id))
          errors.push(
            problem(
              at(`titleI.ppa.schools.${i}.schoolId`),
              `No school has id "${s.schoolId}".`,
              "NOT_FOUND",
            ),
          );
        else perChild[id] = nonNegative(s.perChild, at(`titleI.ppa.schools.${i}.perChild`), errors);
      });
      ppa = { kind: "EXPLICIT", perChild };
      break;
    }
    default:
      ppa = { kind: "EVEN" };
  }
  const hs = t.highSchoolThresholdPercent;
  if (hs != null && hs !== 75 && hs !== 50)
    errors.push(
      problem(
        at("titleI.highSchoolThresholdPercent"),
        "highSchoolThresholdPercent must be 75 or 50.",
        "INVALID",
      ),
    );
  const r = t.reservations;
  const reservations = {
    familyEngagement: nonNegative(
      r.familyEngagement,
      at("titleI.reservations.familyEngagement"),
      errors,
    ),
    familyEngagementToSchoolsBasisPoints: basisPoints(
      r.familyEngagementToSchoolsPercent ?? 90,
      at("titleI.reservations.familyEngagementToSchoolsPercent"),
      errors,
    ),
    homeless: nonNegative(r.homeless, at("titleI.reservations.homeless"), errors),
    neglectedDelinquent: nonNegative(
      r.neglectedDelinquent,
      at("titleI.reservations.neglectedDelinquent"),
      errors,
    ),
    districtWide: nonNegative(r.districtWide, at("titleI.reservations.districtWide"), errors),
    administration: nonNegative(r.administration, at("titleI.reservations.administration"), errors),
    incentives: nonNegative(r.incentives, at("titleI.reservations.incentives"), errors),
    earlyChildhood: nonNegative(r.earlyChildhood, at("titleI.reservations.earlyChildhood"), errors),
  };

  const districtReservations: Partial<Record<ProgramCode, Cents>> = {};
  const administration: Partial<Record<ProgramCode, Cents>> = {};
  refuseRepeats(
    input.districtReservations ?? [],
    (d) => d.program,
    (i) => at(`districtReservations.${i}.program`),
    "This program",
    errors,
  );
  (input.districtReservations ?? []).forEach((d, i) => {
    if (d.program === "TITLE_I_A") {
      errors.push(
        problem(
          at(`districtReservations.${i}.program`),
          "Title I-A reservations go in titleI.reservations.",
          "INVALID",
        ),
      );
      return;
    }
    districtReservations[d.program as ProgramCode] = nonNegative(
      d.amount,
      at(`districtReservations.${i}.amount`),
      errors,
    );
    administration[d.program as ProgramCode] = nonNegative(
      d.administration,
      at(`districtReservations.${i}.administration`),
      errors,
    );
    if ((d.administration ?? 0) > d.amount)
      errors.push(
        problem(
          at(`districtReservations.${i}.administration`),
          "administration cannot exceed the amount kept at district level.",
          "INVALID",
        ),
      );
  });

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
            thresholdBasisPoints: basisPoints(
              w.concentrationThresholdPercent ?? 0,
              at("weights.concentrationThresholdPercent"),
              errors,
            ),
          }
        : null,
  };
  for (const p of weightProblems(weights))
    errors.push(
      problem(
        at(`weights.${p.field === "concentration.weight" ? "concentrationWeight" : p.field}`),
        `${p.message}.`,
        "INVALID",
      ),
    );

  const pr = input.priority;
  const priority = pr
    ? {
        csiTsiBasisPoints: basisPoints(pr.csiTsiPercent, at("priority.csiTsiPercent"), errors, 500),
        highPovertyBasisPoints: basisPoints(
          pr.highPovertyPercent,
          at("priority.highPovertyPercent"),
          errors,
          500,
        ),
        highPovertyThresholdBasisPoints: basisPoints(
          pr.highPovertyThresholdPercent,
          at("priority.highPovertyThresholdPercent"),
          errors,
        ),
      }
    : undefined;

  let reallocation: ScenarioParameters["reallocation"] = null;
  if (input.reallocation) {
    const re = input.reallocation;
    refuseRepeats(
      re.programs,
      (p) => p,
      (i) => at(`reallocation.programs.${i}`),
      "This program",
      errors,
    );
    if (re.programs.includes("TITLE_I_A")) {
      errors.push(
        problem(
          at("reallocation.programs"),
          "Title I-A school money follows rank and serve (ESEA 1113) and cannot be reallocated.",
          "INVALID",
        ),
      );
    }
    reallocation = {
      programs: re.programs as ProgramCode[],
      maxLossBasisPoints: basisPoints(re.maxLossPercent, at("reallocation.maxLossPercent"), errors),
      maxGainBasisPoints:
        re.maxGainPercent == null
          ? null
          : basisPoints(re.maxGainPercent, at("reallocation.maxGainPercent"), errors, 1000),
    };
  }
  const titleIV = input.titleIV
    ? {
        wellRounded: nonNegative(input.titleIV.wellRounded, at("titleIV.wellRounded"), errors),
        safeHealthy: nonNegative(input.titleIV.safeHealthy, at("titleIV.safeHealthy"), errors),
        technology: nonNegative(input.titleIV.technology, at("titleIV.technology"), errors),
        technologyInfrastructure: nonNegative(
          input.titleIV.technologyInfrastructure,
          at("titleIV.technologyInfrastructure"),
          errors,
        ),
      }
    : null;
  const idea = input.idea
    ? {
        privateChildren: input.idea.privateChildren,
        allChildren: input.idea.allChildren,
        ceis: nonNegative(input.idea.ceis, at("idea.ceis"), errors),
      }
    : null;
  if (idea && (idea.privateChildren < 0 || idea.allChildren < idea.privateChildren)) {
    errors.push(
      problem(
        at("idea.privateChildren"),
        "privateChildren must be between 0 and allChildren.",
        "INVALID",
      ),
    );
  }

  if (errors.length) return { errors };
  return {
    parameters: {
      titleI: {
        policy: {
          ppa,
          ranking: t.ranking ?? "DISTRICT_WIDE",
          designateAt35: t.designateAt35 ?? true,
          serveLastYearOneMoreYear: t.serveLastYearOneMoreYear ?? true,
          highSchoolThresholdBasisPoints: (hs ?? 75) * 100,
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
