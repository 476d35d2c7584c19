// A scenario as the API shows it: the caller's lookups, then each part mapped to GraphQL types.
import type { EntityManager } from "@mikro-orm/postgresql";

import { ActionStep, Scenario } from "@allot/db";

import { toGlobalId } from "../../common/global-id.js";
import type { Context } from "../../context.js";
import { toFundingSourceType } from "../funding-source/funding-source.type.js";
import { toActionStepType } from "../improvement-plan/improvement-plan.type.js";
import { rowOf, type ScenarioRow } from "./scenario.queries.js";
import { schoolsAndPrograms } from "./scenario.service.js";
import {
  ScenarioActionStepLink,
  ScenarioType,
  toAllocationResult,
  toParametersType,
} from "./scenario.type.js";
import { scenarioForSchool } from "./school-view.js";

export type Lookups = Awaited<ReturnType<typeof lookups>>;

/**
 * The district's schools and programs, loaded once per request for every scenario it shows. A
 * school leader's lookups hold only their school, so results show no other school.
 */
export async function lookups(em: EntityManager, districtId: string, onlySchool: string | null) {
  const { schools, sources } = await schoolsAndPrograms(em, districtId, onlySchool);
  return {
    schools: new Map(schools.map((s) => [s.id, s])),
    sources: new Map(sources.map((s) => [s.code, toFundingSourceType(s)])),
    onlySchool,
  };
}

/** The lookups the caller may see: their district, and for a school leader only their school. */
export function lookupsFor(ctx: Context) {
  return lookups(ctx.em, ctx.districtId, ctx.principal?.schoolId ?? null);
}

export async function toScenarioType(
  em: EntityManager,
  scenario: Scenario | ScenarioRow,
  loaded: Lookups,
): Promise<ScenarioType> {
  const { schools, sources } = loaded;
  const s = scenario instanceof Scenario ? await rowOf(em, scenario) : scenario;
  const seen = scenarioForSchool(loaded.onlySchool, s.parameters, s.results);
  return Object.assign(new ScenarioType(), {
    id: toGlobalId("Scenario", s.id),
    fiscalYear: s.year,
    name: s.name,
    status: s.status,
    version: s.version,
    stale: s.stale,
    createdFromId: s.createdFrom ? toGlobalId("Scenario", s.createdFrom) : null,
    lastRunAt: s.lastRunAt?.toISOString() ?? null,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    approvedAt: s.approvedAt?.toISOString() ?? null,
    approvedBy: s.approvedBy,
    sentBack: s.status === "DRAFT" && s.reviewComment !== null,
    reviewComment: s.reviewComment,
    parameters: toParametersType(seen.parameters),
    actionSteps: await linkTypes(em, s.actionStepLinks),
    result: seen.result ? toAllocationResult(seen.result, schools, sources) : null,
  });
}

async function linkTypes(
  em: EntityManager,
  links: Scenario["actionStepLinks"],
): Promise<ScenarioActionStepLink[]> {
  if (!links.length) return [];
  const steps = await em.find(
    ActionStep,
    { id: { $in: links.map((l) => l.actionStepId) } },
    {
      populate: [
        "need",
        "allowedFundingSources.fundingSource",
        "strategicLinks.strategicActionStep",
      ],
      strategy: "select-in",
    },
  );
  const byId = new Map(steps.map((x) => [x.id, toActionStepType(x)]));
  return links.flatMap((l) => {
    const step = byId.get(l.actionStepId);
    return step
      ? [
          Object.assign(new ScenarioActionStepLink(), {
            program: l.program,
            kind: l.kind,
            actionStep: step,
          }),
        ]
      : [];
  });
}
