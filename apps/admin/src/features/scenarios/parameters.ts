import { MAX_WEIGHT, type PpaKind } from "@allot/engine";
import { TYPED_SCENARIO_PARAMETERS } from "@allot/engine/inputs";

import type {
  ProgramCode,
  ScenarioDetailFragment,
  ScenarioParametersInput,
} from "../../graphql/generated";
import { schemaErrors } from "../../lib/form";
import { moneyInput } from "../../lib/money";

type Params = ScenarioDetailFragment["parameters"];

export const WEIGHTS = [
  ["economicallyDisadvantaged", "Economically disadvantaged"],
  ["englishLearners", "English learners"],
  ["studentsWithDisabilities", "Students with disabilities"],
  ["homeless", "Homeless"],
  ["foster", "Foster care"],
  ["migrant", "Migrant"],
] as const;

export const RESERVATIONS = [
  ["familyEngagement", "Parent and family engagement"],
  ["homeless", "Homeless children"],
  ["neglectedDelinquent", "Neglected and delinquent"],
  ["districtWide", "District-wide initiatives"],
  ["administration", "Administration"],
  ["incentives", "CSI/TSI teacher incentives"],
  ["earlyChildhood", "Early childhood"],
] as const;

export const REALLOCATABLE: ProgramCode[] = [
  "TITLE_II_A",
  "TITLE_IV_A",
  "TITLE_III_A",
  "IDEA_B",
  "MCKINNEY_VENTO",
  "TITLE_I_A_1003",
];

export interface ParameterForm {
  /** BANDS and EXPLICIT are set through the API or a file; the form keeps them as they are. */
  ppaKind: PpaKind;
  perChild: string;
  reservations: Record<(typeof RESERVATIONS)[number][0], string>;
  weights: Record<(typeof WEIGHTS)[number][0], number>;
  priority: {
    csiTsiPercent: number;
    highPovertyPercent: number;
    highPovertyThresholdPercent: number;
  };
  reallocate: boolean;
  reallocationPrograms: string[];
  maxLossPercent: number;
  maxGainPercent: number | string;
}

/** A copy without Apollo's __typename, which an input type refuses. */
function plain<T extends object>(o: T): Omit<T, "__typename"> {
  const { __typename: _t, ...rest } = o as T & { __typename?: string };
  return rest;
}

/** The form's values from a scenario's parameters. */
export function toForm(p: Params): ParameterForm {
  const r = p.titleI.reservations;
  return {
    ppaKind: p.titleI.ppaKind,
    perChild: p.titleI.perChild ?? "",
    reservations: {
      familyEngagement: r.familyEngagement,
      homeless: r.homeless,
      neglectedDelinquent: r.neglectedDelinquent,
      districtWide: r.districtWide,
      administration: r.administration,
      incentives: r.incentives,
      earlyChildhood: r.earlyChildhood,
    },
    weights: {
      economicallyDisadvantaged: p.weights.economicallyDisadvantaged,
      englishLearners: p.weights.englishLearners,
      studentsWithDisabilities: p.weights.studentsWithDisabilities,
      homeless: p.weights.homeless,
      foster: p.weights.foster,
      migrant: p.weights.migrant,
    },
    priority: p.priority
      ? plain(p.priority)
      : { csiTsiPercent: 0, highPovertyPercent: 0, highPovertyThresholdPercent: 75 },
    reallocate: Boolean(p.reallocation),
    reallocationPrograms: p.reallocation?.programs ?? ["TITLE_II_A", "TITLE_IV_A"],
    maxLossPercent: p.reallocation?.maxLossPercent ?? 5,
    maxGainPercent: p.reallocation?.maxGainPercent ?? "",
  };
}

/** The API input from the form, keeping what the form does not show (bands, Title IV uses, IDEA...) as it was. */
export function toInput(f: ParameterForm, p: Params): ScenarioParametersInput {
  const t = p.titleI;
  return {
    titleI: {
      ppa:
        f.ppaKind === "SINGLE"
          ? { kind: "SINGLE", perChild: moneyInput(f.perChild) ?? f.perChild }
          : f.ppaKind === "BANDS"
            ? { kind: "BANDS", bands: (t.bands ?? []).map(plain) }
            : f.ppaKind === "EXPLICIT"
              ? { kind: "EXPLICIT", schools: (t.schoolAmounts ?? []).map(plain) }
              : { kind: "EVEN" },
      ranking: t.ranking,
      designateAt35: t.designateAt35,
      serveLastYearOneMoreYear: t.serveLastYearOneMoreYear,
      highSchoolThresholdPercent: t.highSchoolThresholdPercent,
      privateChildrenInSchoolShare: t.privateChildrenInSchoolShare,
      // Typed amounts ("1,250.50") as the API's decimal strings; the form refused anything else.
      reservations: {
        ...Object.fromEntries(
          Object.entries(f.reservations).map(([k, v]) => [k, moneyInput(v) ?? v]),
        ),
        familyEngagement:
          moneyInput(f.reservations.familyEngagement) ?? f.reservations.familyEngagement,
        familyEngagementToSchoolsPercent: t.reservations.familyEngagementToSchoolsPercent,
      },
    },
    districtReservations: p.districtReservations.map((d) => ({
      program: d.program,
      amount: d.amount,
      administration: d.administration,
    })),
    weights: {
      ...f.weights,
      concentrationWeight: p.weights.concentrationWeight,
      concentrationThresholdPercent: p.weights.concentrationThresholdPercent,
    },
    priority: f.priority,
    titleIV: p.titleIV ? plain(p.titleIV) : null,
    idea: p.idea ? plain(p.idea) : null,
    reallocation: f.reallocate
      ? {
          programs: f.reallocationPrograms as ProgramCode[],
          maxLossPercent: f.maxLossPercent,
          maxGainPercent: f.maxGainPercent === "" ? null : Number(f.maxGainPercent),
        }
      : null,
  };
}

export { MAX_WEIGHT };

/**
 * The form's errors before anything is sent, by the engine's own schema of the parameters (the one
 * the API applies), read from what the form would send: the form and the server cannot disagree.
 * Each problem shows under its field; one the form has no field for is left to the server's answer.
 */
export function parameterErrors(f: ParameterForm, p: Params): Record<string, string> {
  return schemaErrors(TYPED_SCENARIO_PARAMETERS, toInput(f, p), (path) =>
    formFieldOf(["input", "parameters", ...path]),
  );
}

/**
 * The form field a server error's path names (["input", "parameters", "weights",
 * "englishLearners"] is "weights.englishLearners"), or null when the form has no such field (the
 * message is still shown).
 */
export function formFieldOf(field: readonly string[]): string | null {
  const [input, parameters, group, key, leaf] = field;
  if (input !== "input" || parameters !== "parameters") return null;
  if (
    group === "titleI" &&
    key === "reservations" &&
    leaf &&
    RESERVATIONS.some(([k]) => k === leaf)
  )
    return `reservations.${leaf}`;
  if (group === "titleI" && key === "ppa" && leaf === "perChild") return "perChild";
  if (group === "weights" && key && WEIGHTS.some(([k]) => k === key)) return `weights.${key}`;
  if (group === "priority" && key) return `priority.${key}`;
  if (group === "reallocation" && key === "maxLossPercent") return "maxLossPercent";
  if (group === "reallocation" && key === "programs") return "reallocationPrograms";
  return null;
}
