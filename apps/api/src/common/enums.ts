import { registerEnumType } from "type-graphql";

import {
  BENEFIT_APPLIES_TO,
  BENEFIT_BASES,
  BUDGET_USE_NAMES,
  BUDGET_USES,
  CHECK_STATUSES,
  EVIDENCE_LEVELS,
  FEDERAL_FUNDING_OPTIONS,
  IDEA_SUBGRANTS,
  POVERTY_MEASURES,
  PPA_KINDS,
  PROGRAM_CODES,
  SCENARIO_STATUSES,
  SCHOOL_LEVELS,
  STAFF_CATEGORIES,
  SUPPORT_DESIGNATIONS,
  TITLE_I_RANKINGS,
  TITLE_I_STATUSES,
  type ProgramCode,
} from "@allot/engine";

/** A GraphQL enum object from a list of values (type-graphql needs an object). */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ProgramCodeEnum = enumObject<ProgramCode>(PROGRAM_CODES);
registerEnumType(ProgramCodeEnum, {
  name: "ProgramCode",
  description: "A federal program. Codes are stable across districts and years.",
  valuesConfig: {
    TITLE_I_A: { description: "Title I, Part A (ESEA 1111-1118)" },
    TITLE_I_A_1003: { description: "Title I, Part A school improvement (ESEA 1003)" },
    TITLE_II_A: { description: "Title II, Part A (ESEA 2101-2104)" },
    TITLE_III_A: { description: "Title III, Part A (ESEA 3111-3115)" },
    TITLE_IV_A: { description: "Title IV, Part A SSAE (ESEA 4101-4110)" },
    IDEA_B: { description: "IDEA Part B, sections 611 and 619" },
    MCKINNEY_VENTO: { description: "McKinney-Vento EHCY subgrant (42 U.S.C. 11433)" },
  },
});

export const SchoolLevelEnum = enumObject(SCHOOL_LEVELS);
registerEnumType(SchoolLevelEnum, {
  name: "SchoolLevel",
  description: "Elementary, middle, high or other.",
});

export const SupportDesignationEnum = enumObject(SUPPORT_DESIGNATIONS);
registerEnumType(SupportDesignationEnum, {
  name: "SupportDesignation",
  description:
    "ESEA 1111(d) identification: comprehensive (CSI), targeted (TSI), additional targeted (ATSI) or none.",
});

export const TitleIStatusEnum = enumObject(TITLE_I_STATUSES);
registerEnumType(TitleIStatusEnum, {
  name: "TitleIStatus",
  description: "Title I program: schoolwide (ESEA 1114), targeted assistance (ESEA 1115) or none.",
});

export const PovertyMeasureEnum = enumObject(POVERTY_MEASURES);
registerEnumType(PovertyMeasureEnum, {
  name: "PovertyMeasure",
  description: "The one poverty measure used to identify, rank and allocate (ESEA 1113(a)(5)).",
});

export const EvidenceLevelEnum = enumObject(EVIDENCE_LEVELS);
registerEnumType(EvidenceLevelEnum, {
  name: "EvidenceLevel",
  description: "ESEA 8101(21) evidence tier of an action step.",
});

export const FederalFundingOptionEnum = enumObject(FEDERAL_FUNDING_OPTIONS);
registerEnumType(FederalFundingOptionEnum, {
  name: "FederalFundingOption",
  description:
    "How schoolwide schools budget federal money: traditional, consolidated with state/local, or Fund 400 (federal only).",
});

export const ScenarioStatusEnum = enumObject(SCENARIO_STATUSES);
registerEnumType(ScenarioStatusEnum, {
  name: "ScenarioStatus",
  description:
    "DRAFT (editable) -> SUBMITTED -> APPROVED (final: the year's adopted budget) -> SUPERSEDED. Rejecting returns it to DRAFT.",
});

export const CheckStatusEnum = enumObject(CHECK_STATUSES);
registerEnumType(CheckStatusEnum, {
  name: "CheckStatus",
  description:
    "Outcome of one compliance rule: NOT_APPLICABLE when the rule does not apply to the facts, NOT_CHECKED when an input it needs was not given (see `missing`).",
  valuesConfig: {
    NOT_CHECKED: {
      description:
        "The rule may apply but could not be checked: `missing` names the input to give.",
    },
  },
});

export const PpaKindEnum = enumObject(PPA_KINDS);
registerEnumType(PpaKindEnum, {
  name: "PpaKind",
  description:
    "Title I per-pupil policy: one amount, amounts by poverty band, amounts per school, or the whole pool at one amount.",
});

export const TitleIRankingEnum = enumObject(TITLE_I_RANKINGS);
registerEnumType(TitleIRankingEnum, {
  name: "TitleIRanking",
  description:
    "Rank schools at or below 75% district-wide or within grade spans (ESEA 1113(a)(3)).",
});

export const BudgetUseEnum = enumObject(BUDGET_USES);
registerEnumType(BudgetUseEnum, {
  name: "BudgetUse",
  description:
    "The statutory use a budget line counts toward, for the rules that count it apart from the rest of its program.",
  valuesConfig: Object.fromEntries(
    BUDGET_USES.map((u) => [u, { description: BUDGET_USE_NAMES[u] }]),
  ),
});

export const StaffCategoryEnum = enumObject(STAFF_CATEGORIES);
registerEnumType(StaffCategoryEnum, {
  name: "StaffCategory",
  description:
    "Certified staff (teachers, coaches) or classified staff (paraprofessionals, liaisons).",
});

export const BenefitBasisEnum = enumObject(BENEFIT_BASES);
registerEnumType(BenefitBasisEnum, {
  name: "BenefitBasis",
  description:
    "A percentage of salary (FICA, retirement) or an amount per full-time equivalent (health).",
});

export const BenefitAppliesToEnum = enumObject(BENEFIT_APPLIES_TO);
registerEnumType(BenefitAppliesToEnum, {
  name: "BenefitAppliesTo",
  description: "Which staff a benefit applies to.",
});

export const PositionStatusEnum = enumObject(["FILLED", "VACANT"] as const);
registerEnumType(PositionStatusEnum, { name: "PositionStatus", description: "Filled or vacant." });

export const BudgetLineStatusEnum = enumObject(["APPROVED", "DRAFT"] as const);
registerEnumType(BudgetLineStatusEnum, {
  name: "BudgetLineStatus",
  description:
    "APPROVED: part of the budget. DRAFT: a school leader's line inside their school's allocation, awaiting the director's approval (it already counts against the award and the allocation).",
});

export const IdeaSubgrantEnum = enumObject(IDEA_SUBGRANTS);
registerEnumType(IdeaSubgrantEnum, {
  name: "IdeaSubgrant",
  description:
    "IDEA Part B's two subgrants: IDEA_611 (children 3-21, 20 U.S.C. 1411) and IDEA_619 (preschool, 3-5, 20 U.S.C. 1419).",
});
