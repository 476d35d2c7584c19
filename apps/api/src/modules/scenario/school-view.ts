import type { ScenarioParameters, ScenarioResult } from "@allot/engine";

/** What a school leader reads in place of a compliance rule's detail, which compares every school. */
export const DETAIL_FOR_DISTRICT_STAFF =
  "Shown to district staff: the detail compares the district's schools.";

/**
 * A scenario as one school's leader may see it: their school's numbers and no other's. Parameters
 * keep only their school's per-child amount; results keep only their school (district totals,
 * reservations and equity measures stay: they name no school); each compliance rule keeps its
 * outcome and citation but not its detail. Everyone else (`onlySchool` null) sees it whole.
 */
export function scenarioForSchool(
  onlySchool: string | null,
  parameters: ScenarioParameters,
  result: ScenarioResult | null,
) {
  if (!onlySchool) return { parameters, result };
  const ppa = parameters.titleI.policy.ppa;
  const ownPpa =
    ppa.kind === "EXPLICIT"
      ? {
          kind: "EXPLICIT" as const,
          perChild: Object.fromEntries(
            Object.entries(ppa.perChild).filter(([id]) => id === onlySchool),
          ),
        }
      : ppa;
  return {
    parameters: {
      ...parameters,
      titleI: { ...parameters.titleI, policy: { ...parameters.titleI.policy, ppa: ownPpa } },
    },
    result: result && {
      ...result,
      schools: result.schools.filter((s) => s.schoolId === onlySchool),
      compliance: result.compliance.map((c) => ({ ...c, detail: DETAIL_FOR_DISTRICT_STAFF })),
    },
  };
}
