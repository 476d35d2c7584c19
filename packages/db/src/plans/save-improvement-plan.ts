import type { EntityManager } from "@mikro-orm/postgresql";

import { PROGRAMS, type ProgramCode } from "@allot/engine";
import { parseGoal, type ParsedPlan, type PovertyFactor } from "@allot/plan-import";

import {
  ActionStep,
  ActionStepFundingSource,
  FundingSource,
  GoalMeasure,
  ImprovementPlan,
  OverarchingNeed,
  StepMonitoring,
  type District,
  type FiscalYear,
} from "../entities/index.js";

export interface ReimportConflict {
  /** "1.7" = need 1, action step 7. */
  actionStep: string;
  message: string;
}

/** A re-import would orphan budgeted money: nothing was written. */
export class PlanReimportConflictError extends Error {
  constructor(readonly conflicts: ReimportConflict[]) {
    super(conflicts.map((c) => c.message).join("\n"));
    this.name = "PlanReimportConflictError";
  }
}

const POVERTY_FACTOR_MEASURE: Record<PovertyFactor, District["povertyMeasure"] | null> = {
  CEP_DIRECT_CERTIFICATION: "DIRECT_CERTIFICATION",
  FREE_REDUCED_MEAL: "FREE_REDUCED_LUNCH",
  OTHER: null,
};

/**
 * Writes a parsed plan into a fiscal year. A year imported before is updated in place: needs and
 * action steps keep their ids (matched by number), so budget lines stay attached. A re-import that
 * drops an action step, or one of its funding sources, that budget lines still use is refused.
 * Call inside a transaction; the caller flushes nothing itself.
 */
export async function saveImprovementPlan(
  em: EntityManager,
  district: District,
  fiscalYear: FiscalYear,
  parsed: ParsedPlan,
  sourceText: string,
): Promise<ImprovementPlan> {
  const sources = await em.find(FundingSource, { district });
  const sourceByCode = new Map(sources.map((s) => [s.code, s]));
  for (const code of new Set(
    parsed.needs.flatMap((n) => n.actionSteps.flatMap((s) => s.fundingSources)),
  )) {
    if (!sourceByCode.has(code)) throw new Error(`the district has no funding source ${code}`);
  }

  const found = await em.findOne(
    ImprovementPlan,
    { district, fiscalYear },
    {
      populate: [
        "needs",
        "needs.actionSteps",
        "needs.actionSteps.allowedFundingSources.fundingSource",
      ],
    },
  );
  let plan: ImprovementPlan;
  if (found) {
    await refuseOrphanedBudgetLines(em, found, parsed);
    plan = found;
    plan.revision += 1;
  } else {
    plan = em.create(ImprovementPlan, {
      district,
      fiscalYear,
      title: parsed.title,
      districtNameAsPrinted: parsed.districtName,
      sourceText,
    });
  }

  Object.assign(plan, {
    title: parsed.title,
    districtNameAsPrinted: parsed.districtName,
    teamLead: parsed.teamLead,
    federalFundingOptions: parsed.federalFundingOptions,
    transfers: parsed.transfers,
    povertyFactors: parsed.povertyFactors,
    waiverRequested: parsed.waiverRequested,
    sourceText,
    importedAt: new Date(),
  });

  // The plan header states the district's current settings.
  district.federalFundingOptions = parsed.federalFundingOptions;
  district.transferability = parsed.transfers;
  const measure = parsed.povertyFactors
    .map((f) => POVERTY_FACTOR_MEASURE[f])
    .find((m) => m !== null);
  if (measure) district.povertyMeasure = measure;

  const existingNeeds = new Map(
    plan.needs.isInitialized() ? plan.needs.getItems().map((n) => [n.number, n]) : [],
  );
  for (const pn of parsed.needs) {
    let need = existingNeeds.get(pn.number);
    existingNeeds.delete(pn.number);
    if (!need) {
      need = em.create(OverarchingNeed, {
        district,
        plan,
        number: pn.number,
        description: pn.description,
      });
      plan.needs.add(need);
    }
    Object.assign(need, {
      description: pn.description,
      isEquityGap: pn.isEquityGap,
      rootCauses: pn.rootCauses,
      goal: pn.goal,
      equityGap: pn.equityGap,
      contentAreas: pn.contentAreas,
      gradeSpans: pn.gradeSpans,
      subgroups: pn.subgroups,
      equityInterventions: pn.equityInterventions,
    });
    await saveGoalMeasure(em, need, pn.goal);

    const existingSteps = new Map(
      need.actionSteps.isInitialized() ? need.actionSteps.getItems().map((s) => [s.number, s]) : [],
    );
    for (const ps of pn.actionSteps) {
      let step = existingSteps.get(ps.number);
      existingSteps.delete(ps.number);
      if (!step) {
        step = em.create(ActionStep, {
          district,
          need,
          number: ps.number,
          description: ps.description,
        });
        need.actionSteps.add(step);
      }
      Object.assign(step, {
        description: ps.description,
        subgroups: ps.subgroups,
        systems: ps.systems,
        monitoringImplementation: ps.monitoringImplementation,
        monitoringEffectiveness: ps.monitoringEffectiveness,
        positionsResponsible: ps.positionsResponsible,
        evidenceLevel: ps.evidenceLevel,
        timeline: ps.timeline,
        supportsEquityIntervention: ps.supportsEquityIntervention,
        partnerships: ps.partnerships,
      });
      const links = step.allowedFundingSources.isInitialized()
        ? step.allowedFundingSources.getItems()
        : [];
      const keep = new Set<ProgramCode>(ps.fundingSources);
      for (const link of links) {
        if (!keep.has(link.fundingSource.code)) em.remove(link);
        keep.delete(link.fundingSource.code);
      }
      for (const code of ps.fundingSources.filter((c) => keep.has(c))) {
        step.allowedFundingSources.add(
          em.create(ActionStepFundingSource, {
            district,
            actionStep: step,
            fundingSource: sourceByCode.get(code)!,
          }),
        );
      }
    }
    for (const gone of existingSteps.values()) em.remove(gone);
  }
  for (const gone of existingNeeds.values()) em.remove(gone);
  return plan;
}

async function refuseOrphanedBudgetLines(
  em: EntityManager,
  plan: ImprovementPlan,
  parsed: ParsedPlan,
): Promise<void> {
  const incoming = new Map<string, Set<ProgramCode>>();
  for (const n of parsed.needs)
    for (const s of n.actionSteps)
      incoming.set(`${n.number}.${s.number}`, new Set(s.fundingSources));

  const steps = plan.needs.getItems().flatMap((n) => n.actionSteps.getItems());
  if (steps.length === 0) return;
  const used = await em.execute<
    { action_step_id: string; funding_source_id: string; lines: number }[]
  >(
    `select action_step_id, funding_source_id, count(*)::int as lines from budget_line
     where district_id = ? and action_step_id in (${steps.map(() => "?").join(", ")})
     group by action_step_id, funding_source_id`,
    [plan.district.id, ...steps.map((s) => s.id)],
  );
  const stepById = new Map(steps.map((s) => [s.id, s]));
  const sources = await em.find(FundingSource, {
    id: { $in: used.map((u) => u.funding_source_id) },
  });
  const codeById = new Map(sources.map((s) => [s.id, s.code]));

  const conflicts: ReimportConflict[] = [];
  for (const u of used) {
    const step = stepById.get(u.action_step_id)!;
    const label = `${step.need.number}.${step.number}`;
    const code = codeById.get(u.funding_source_id)!;
    const keep = incoming.get(label);
    if (!keep) {
      conflicts.push({
        actionStep: label,
        message: `Action step ${label} is not in the new text but ${u.lines} budget line(s) of ${PROGRAMS[code].name} point at it; move or delete them first.`,
      });
    } else if (!keep.has(code)) {
      conflicts.push({
        actionStep: label,
        message: `Action step ${label} no longer lists ${PROGRAMS[code].name} as a funding source but ${u.lines} budget line(s) use it; move or delete them first.`,
      });
    }
  }
  // Progress recorded for the state is evidence: a step that has it is not dropped silently.
  const dropped = steps.filter((s) => !incoming.has(`${s.need.number}.${s.number}`));
  if (dropped.length) {
    const records = await em.find(
      StepMonitoring,
      { district: plan.district, actionStep: { $in: dropped } },
      { orderBy: { window: "desc" } },
    );
    for (const step of dropped) {
      const windows = records.filter((r) => r.actionStep.id === step.id).map((r) => r.window);
      if (!windows.length) continue;
      const label = `${step.need.number}.${step.number}`;
      conflicts.push({
        actionStep: label,
        message: `Action step ${label} is not in the new text but its progress is recorded (${windows.map((w) => (w === "MID_YEAR" ? "mid-year" : "end of year")).join(", ")}); export the monitoring and delete those records first.`,
      });
    }
  }
  if (conflicts.length) throw new PlanReimportConflictError(conflicts);
}

const hundredths = (n: number | null) => (n === null ? null : Math.round(n * 100));

/**
 * The need's goal as a measure, from what its text states. A figure the text states replaces the
 * stored one; one it does not state keeps what a person entered (a re-import never erases it).
 */
async function saveGoalMeasure(
  em: EntityManager,
  need: OverarchingNeed,
  goal: string | null,
): Promise<void> {
  if (!goal) return;
  const g = parseGoal(goal);
  const existing = need.id
    ? await em.findOne(GoalMeasure, { district: need.district, need })
    : null;
  const measure = existing ?? em.create(GoalMeasure, { district: need.district, need });
  measure.measure = g.measure ?? measure.measure;
  measure.dataSource = g.dataSource ?? measure.dataSource;
  measure.baselineHundredths = hundredths(g.baseline) ?? measure.baselineHundredths;
  measure.baselineYear = g.baselineYear ?? measure.baselineYear;
  measure.targetHundredths = hundredths(g.target) ?? measure.targetHundredths;
  measure.targetYear = g.targetYear ?? measure.targetYear;
  measure.annualChangeHundredths = hundredths(g.annualChange) ?? measure.annualChangeHundredths;
  measure.unit = g.unit;
}
