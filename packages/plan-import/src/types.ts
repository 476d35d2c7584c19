import type { ProgramCode } from "@allot/engine";

export type FederalFundingOption = "TRADITIONAL" | "CONSOLIDATED" | "FUND_400";
export type PovertyFactor = "FREE_REDUCED_MEAL" | "CEP_DIRECT_CERTIFICATION" | "OTHER";
export type EvidenceLevel = "STRONG" | "MODERATE" | "PROMISING" | "DEMONSTRATES_A_RATIONALE";

export interface PlanTransfer {
  /** The program transferring out (ESEA 5103 allows only these two). */
  from: "TITLE_II_A" | "TITLE_IV_A";
  /** Receiving programs as printed, empty when the plan says no funds are transferred. */
  to: string[];
  /** The cumulative percentage as printed ("NA" when none). */
  cumulativePercentage: string | null;
}

export interface EquityIntervention {
  code: string;
  description: string;
}

export interface ParsedActionStep {
  /** Number within its need, as printed ("Action Step # 3"). */
  number: number;
  /** Line of the first "Action Step # N" header, for error messages. */
  line: number;
  description: string;
  fundingSources: ProgramCode[];
  subgroups: string[];
  systems: string[];
  monitoringImplementation: string | null;
  monitoringEffectiveness: string | null;
  positionsResponsible: string | null;
  evidenceLevel: EvidenceLevel | null;
  timeline: string | null;
  supportsEquityIntervention: boolean | null;
  partnerships: string | null;
}

export interface ParsedNeed {
  number: number;
  line: number;
  description: string;
  isEquityGap: boolean | null;
  rootCauses: string[];
  goal: string | null;
  equityGap: string | null;
  contentAreas: string[];
  gradeSpans: string[];
  subgroups: string[];
  equityInterventions: EquityIntervention[];
  actionSteps: ParsedActionStep[];
}

export interface ParsedPlan {
  title: string;
  /** The fiscal year the plan covers, named by its end year ("2021 - 2022" is FY2022). */
  fiscalYear: number;
  districtName: string;
  teamLead: string | null;
  federalFundingOptions: FederalFundingOption[];
  transfers: PlanTransfer[];
  povertyFactors: PovertyFactor[];
  povertyFactorOther: string | null;
  waiverRequested: boolean | null;
  needs: ParsedNeed[];
}

export interface ImportProblem {
  /** 1-based line number in the text, or null for the whole document. */
  line: number | null;
  message: string;
}

export class PlanImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).join("\n"));
    this.name = "PlanImportError";
  }
}
