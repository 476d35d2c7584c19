import { Field, InputType, Int } from "type-graphql";

import type {
  ActionStep,
  FundingSource,
  ImprovementPlan,
  OverarchingNeed,
  StrategicActionStep,
} from "@allot/db";
import { PROGRAM_CODES } from "@allot/engine";

import { EvidenceLevelEnum, FederalFundingOptionEnum } from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import { TransferChoice } from "../district/district.type.js";
import { FundingSourceType, toFundingSourceType } from "../funding-source/funding-source.type.js";
import {
  StrategicActionStepType,
  toStrategicActionStepType,
} from "../strategic-plan/strategic-plan.type.js";

@ObjectType({ description: "An equity intervention of a need, e.g. EI-1." })
export class EquityIntervention {
  @Field({ description: "Code, e.g. EI-1." })
  code!: string;

  @Field({ description: "What the intervention does." })
  description!: string;
}

@ObjectType("ActionStep", {
  implements: Node,
  description:
    "An action step of the District Improvement Plan, with the programs allowed to fund it.",
})
export class ActionStepType extends Node {
  @Field(() => Int, { description: "Number within its need." })
  number!: number;

  @Field({ description: 'Need and step number, e.g. "1.3".' })
  label!: string;

  @Field(() => Int, { description: "Number of the overarching need it belongs to." })
  needNumber!: number;

  @Field({ description: "What the step does." })
  description!: string;

  @Field(() => [FundingSourceType], {
    description: 'Programs the plan lists under "Funding Sources": only these may pay for it.',
  })
  allowedFundingSources!: FundingSourceType[];

  @Field(() => [String], { description: "Subgroups served." })
  subgroups!: string[];

  @Field(() => [String], {
    description: "Georgia systems (Coherent Instruction, Professional Capacity, ...).",
  })
  systems!: string[];

  @Field(() => String, { nullable: true, description: "How implementation is monitored." })
  monitoringImplementation!: string | null;

  @Field(() => String, { nullable: true, description: "How effectiveness is monitored." })
  monitoringEffectiveness!: string | null;

  @Field(() => String, { nullable: true, description: "Positions or roles responsible." })
  positionsResponsible!: string | null;

  @Field(() => EvidenceLevelEnum, { nullable: true, description: "Evidence level as printed." })
  evidenceLevel!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Timeline for implementation, e.g. Quarterly.",
  })
  timeline!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether it supports the need's equity intervention.",
  })
  supportsEquityIntervention!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Partnerships with IHEs, businesses, non-profits.",
  })
  partnerships!: string | null;

  @Field(() => [StrategicActionStepType], { description: "Strategic-plan action steps it serves." })
  strategicActionSteps!: StrategicActionStepType[];
}

@ObjectType("OverarchingNeed", {
  implements: Node,
  description:
    "An overarching need of the plan, with root causes, goal, equity gap and action steps.",
})
export class OverarchingNeedType extends Node {
  @Field(() => Int, { description: "Need number." })
  number!: number;

  @Field({ description: "The need as identified in the comprehensive needs assessment." })
  description!: string;

  @Field(() => Boolean, { nullable: true, description: "Whether the need is also an equity gap." })
  isEquityGap!: boolean | null;

  @Field(() => [String], { description: "Root causes." })
  rootCauses!: string[];

  @Field(() => String, { nullable: true, description: "Goal." })
  goal!: string | null;

  @Field(() => String, { nullable: true, description: "The equity gap." })
  equityGap!: string | null;

  @Field(() => [String], { description: "Content areas of the equity gap." })
  contentAreas!: string[];

  @Field(() => [String], { description: "Grade levels of the equity gap (K, 1 .. 12)." })
  gradeSpans!: string[];

  @Field(() => [String], { description: "Subgroups of the equity gap." })
  subgroups!: string[];

  @Field(() => [EquityIntervention], { description: "Equity interventions." })
  equityInterventions!: EquityIntervention[];

  @Field(() => [ActionStepType], { description: "Action steps in order." })
  actionSteps!: ActionStepType[];
}

@ObjectType("ImprovementPlan", {
  implements: Node,
  description: "A District Improvement Plan for one fiscal year.",
})
export class ImprovementPlanType extends Node {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field({ description: "Title as printed." })
  title!: string;

  @Field({ description: "District name as printed." })
  districtNameAsPrinted!: string;

  @Field(() => String, { nullable: true, description: "Team lead." })
  teamLead!: string | null;

  @Field(() => [FederalFundingOptionEnum], { description: "Federal funding options checked." })
  federalFundingOptions!: string[];

  @Field(() => [TransferChoice], { description: "ESEA 5103 transfer choices." })
  transfers!: TransferChoice[];

  @Field(() => [String], { description: "Factors used to identify students in poverty." })
  povertyFactors!: string[];

  @Field(() => Boolean, { nullable: true, description: "Whether an ED-Flex waiver is requested." })
  waiverRequested!: boolean | null;

  @Field({ description: "When the text was last imported (ISO 8601)." })
  importedAt!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "When the director approved the plan (ISO 8601); from then on changes are amendments that wait for their approval.",
  })
  approvedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who approved the plan." })
  approvedBy!: string | null;

  @Field(() => Int, {
    description:
      "Counts the changes applied to the plan (imports, edits, approved amendments); send it back as expectedRevision.",
  })
  revision!: number;

  @Field(() => [OverarchingNeedType], { description: "Overarching needs in order." })
  needs!: OverarchingNeedType[];
}

@InputType({ description: "A plan text export to import into a fiscal year." })
export class ImportImprovementPlanInput {
  @Field(() => Int, {
    description: "Fiscal year to import into; must match the years the text states.",
  })
  fiscalYear!: number;

  @Field({ description: "The whole text export of the Georgia District Improvement Plan." })
  text!: string;
}

@ObjectType({ description: "Result of importImprovementPlan." })
export class ImportImprovementPlanPayload {
  @Field(() => ImprovementPlanType, {
    nullable: true,
    description: "The imported plan; null when refused.",
  })
  improvementPlan!: ImprovementPlanType | null;

  @Field(() => [UserError], {
    description: "Why the import was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

/** What an action step's type is made of: an entity, or the plain rows of a hot read (funding). */
export type ActionStepFields = Omit<
  ActionStep,
  "need" | "allowedFundingSources" | "strategicLinks"
> & {
  need: { number: number };
  allowedFundingSources: { getItems(): { fundingSource: FundingSource }[] };
  strategicLinks: { getItems(): { strategicActionStep: StrategicActionStep }[] };
};

export function toActionStepType(s: ActionStepFields): ActionStepType {
  const sources = s.allowedFundingSources
    .getItems()
    .map((l) => l.fundingSource)
    .sort((a, b) => PROGRAM_CODES.indexOf(a.code) - PROGRAM_CODES.indexOf(b.code));
  return Object.assign(new ActionStepType(), {
    id: toGlobalId("ActionStep", s.id),
    number: s.number,
    label: `${s.need.number}.${s.number}`,
    needNumber: s.need.number,
    description: s.description,
    allowedFundingSources: sources.map(toFundingSourceType),
    subgroups: s.subgroups,
    systems: s.systems,
    monitoringImplementation: s.monitoringImplementation,
    monitoringEffectiveness: s.monitoringEffectiveness,
    positionsResponsible: s.positionsResponsible,
    evidenceLevel: s.evidenceLevel,
    timeline: s.timeline,
    supportsEquityIntervention: s.supportsEquityIntervention,
    partnerships: s.partnerships,
    strategicActionSteps: s.strategicLinks
      .getItems()
      .map((l) => toStrategicActionStepType(l.strategicActionStep))
      .sort((a, b) => a.code.localeCompare(b.code)),
  });
}

export function toNeedType(n: OverarchingNeed): OverarchingNeedType {
  return Object.assign(new OverarchingNeedType(), {
    id: toGlobalId("OverarchingNeed", n.id),
    number: n.number,
    description: n.description,
    isEquityGap: n.isEquityGap,
    rootCauses: n.rootCauses,
    goal: n.goal,
    equityGap: n.equityGap,
    contentAreas: n.contentAreas,
    gradeSpans: n.gradeSpans,
    subgroups: n.subgroups,
    equityInterventions: n.equityInterventions.map((e) =>
      Object.assign(new EquityIntervention(), e),
    ),
    actionSteps: n.actionSteps
      .getItems()
      .sort((a, b) => a.number - b.number)
      .map(toActionStepType),
  });
}

export function toImprovementPlanType(p: ImprovementPlan): ImprovementPlanType {
  return Object.assign(new ImprovementPlanType(), {
    id: toGlobalId("ImprovementPlan", p.id),
    fiscalYear: p.fiscalYear.year,
    title: p.title,
    districtNameAsPrinted: p.districtNameAsPrinted,
    teamLead: p.teamLead,
    federalFundingOptions: p.federalFundingOptions,
    transfers: p.transfers.map((t) => Object.assign(new TransferChoice(), t)),
    povertyFactors: p.povertyFactors,
    waiverRequested: p.waiverRequested,
    importedAt: p.importedAt.toISOString(),
    approvedAt: p.approvedAt?.toISOString() ?? null,
    approvedBy: p.approvedBy,
    revision: p.revision,
    needs: p.needs
      .getItems()
      .sort((a, b) => a.number - b.number)
      .map(toNeedType),
  });
}
