import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

import {
  ActionStep,
  BudgetLine,
  ImprovementPlan,
  OverarchingNeed,
  PlanAmendment,
  PositionFunding,
  ScenarioAllocation,
  StepMonitoring,
  type PlanChangeValue,
} from "@allot/db";
import type { ProgramCode } from "@allot/engine";

import {
  problem,
  refusableTransaction,
  Refusal,
  type Outcome,
  type Problem,
  type Ref,
} from "../../common/problem.js";
import { replaceStepPrograms } from "../improvement-plan/step-programs.js";
import {
  fieldValue,
  MAX_PLAN_CHANGES,
  MAX_REASON,
  PLAN_FIELDS,
  readField,
  sameValue,
  writeField,
  type PlanField,
} from "./plan-fields.js";

export interface PlanChangeDraft {
  field: PlanField;
  /** The need or action step, by the type the field belongs to. */
  target: Ref;
  text?: string | null;
  items?: readonly string[] | null;
}

export interface PlanEditDraft {
  fiscalYear: number;
  reason: string;
  changes: readonly PlanChangeDraft[];
  /** The plan's revision the caller read: a different one is a CONFLICT. */
  expectedRevision?: number | null;
}

const changedMeanwhile = (field: string) =>
  problem(field, "Someone else changed this after you read it. Reload it.", "CONFLICT");

async function lockedPlan(tx: EntityManager, districtId: string, year: number) {
  const plan = await tx.findOne(
    ImprovementPlan,
    { district: districtId, fiscalYear: { year } },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!plan)
    throw new Refusal([
      problem("fiscalYear", `There is no improvement plan for FY${year}.`, "NOT_FOUND"),
    ]);
  return plan;
}

function checkRevision(plan: ImprovementPlan, expected: number | null | undefined) {
  if (expected != null && plan.revision !== expected)
    throw new Refusal([
      problem(
        "expectedRevision",
        `The plan changed after you read it (it is at revision ${plan.revision}, you read ${expected}). Reload it and make your change again.`,
        "CONFLICT",
      ),
    ]);
}

/** The needs and steps that changes name, all of the plan, keyed by id. */
async function targetsOf(
  tx: EntityManager,
  districtId: string,
  plan: ImprovementPlan,
  ids: { needs: string[]; steps: string[] },
) {
  const [needs, steps] = await Promise.all([
    ids.needs.length
      ? tx.find(OverarchingNeed, { district: districtId, plan, id: { $in: ids.needs } })
      : [],
    ids.steps.length
      ? tx.find(
          ActionStep,
          { district: districtId, need: { plan }, id: { $in: ids.steps } },
          { populate: ["need", "allowedFundingSources.fundingSource"] },
        )
      : [],
  ]);
  return new Map<string, OverarchingNeed | ActionStep>([
    ...needs.map((n) => [n.id, n] as const),
    ...steps.map((s) => [s.id, s] as const),
  ]);
}

/** Why a step may not leave the plan: the money and recorded progress on it, named. */
async function stepInUse(tx: EntityManager, districtId: string, step: ActionStep) {
  const [lines, shares, windows, reservations, [schools]] = await Promise.all([
    tx.count(BudgetLine, { district: districtId, actionStep: step }),
    tx.count(PositionFunding, { district: districtId, actionStep: step }),
    tx.count(StepMonitoring, { district: districtId, actionStep: step }),
    tx.count(ScenarioAllocation, { district: districtId, actionStep: step }),
    // Each school's amount from a program whose school money a run scenario ties to the step.
    tx.execute<{ n: number }[]>(
      `select count(*)::int as n from school_allocation a
         join scenario s on s.id = a.scenario_id and s.district_id = a.district_id
         cross join lateral unnest(a.programs) as u(code)
         join lateral jsonb_array_elements(s.action_step_links) l
           on l->>'kind' = 'SCHOOL' and l->>'program' = u.code and l->>'actionStepId' = ?
        where a.district_id = ?`,
      [step.id, districtId],
    ),
  ]);
  const allocations = reservations + (schools?.n ?? 0);
  const uses = [
    lines && `${lines} budget line(s)`,
    shares && `${shares} position funding share(s)`,
    windows && `progress recorded in ${windows} monitoring window(s)`,
    allocations && `${allocations} scenario allocation(s)`,
  ].filter(Boolean);
  return uses.length
    ? `Action step ${step.need.number}.${step.number} still has ${uses.join(", ")}: move or delete them first.`
    : null;
}

/** Applies changes already checked: fields, new steps (numbered after the need's last), removals. */
async function applyChanges(
  tx: EntityManager,
  districtId: string,
  changes: readonly PlanChangeValue[],
  targets: Map<string, OverarchingNeed | ActionStep>,
) {
  const next = new Map<string, number>();
  for (const c of changes) {
    const row = targets.get(c.targetId)!;
    if (c.field === "NEED_ADD_ACTION_STEP") {
      const need = row as OverarchingNeed;
      let number = next.get(need.id);
      if (number === undefined) {
        const last = await tx.findOne(
          ActionStep,
          { district: districtId, need },
          { orderBy: { number: "desc" }, fields: ["number"] },
        );
        number = (last?.number ?? 0) + 1;
      }
      next.set(need.id, number + 1);
      tx.create(ActionStep, {
        district: need.district,
        need,
        number,
        description: c.amended as string,
      });
    } else if (c.field === "STEP_PROGRAMS") {
      const refusal = await replaceStepPrograms(
        tx,
        districtId,
        row as ActionStep,
        c.amended as ProgramCode[],
      );
      if (refusal) throw new Refusal([{ ...refusal, field: ["input", "changes"] }]);
    } else if (c.field === "STEP_REMOVE") {
      const inUse = await stepInUse(tx, districtId, row as ActionStep);
      if (inUse) throw new Refusal([problem("changes", inUse, "PLAN_IN_USE")]);
      tx.remove(row);
    } else writeField(row, c.field as PlanField, c.amended);
  }
}

const labelOf = (row: OverarchingNeed | ActionStep) =>
  row instanceof ActionStep ? `Action step ${row.need.number}.${row.number}` : `Need ${row.number}`;

/** "Action step 1.3 · Timeline for implementation": where a change sits in the plan. */
export const sectionOf = (c: Pick<PlanChangeValue, "label" | "field">) =>
  `${c.label} · ${PLAN_FIELDS[c.field as PlanField]?.name ?? c.field}`;

/**
 * Changes needs and action steps of a year's plan, with a reason. Before the director approves
 * the plan the change applies at once; afterwards it is an amendment that waits for their
 * approval. Either way it is kept, with the current and amended text of each section.
 */
export async function editPlan(
  em: EntityManager,
  districtId: string,
  by: string,
  draft: PlanEditDraft,
): Promise<Outcome<string>> {
  const errors: Problem[] = [];
  const reason = draft.reason.trim();
  if (!reason) errors.push(problem("reason", "Say why the plan changes.", "INVALID"));
  if (reason.length > MAX_REASON)
    errors.push(
      problem("reason", `The reason is longer than ${MAX_REASON} characters.`, "INVALID"),
    );
  if (draft.changes.length === 0)
    errors.push(problem("changes", "Send at least one change.", "INVALID"));
  if (draft.changes.length > MAX_PLAN_CHANGES)
    errors.push(problem("changes", `Send at most ${MAX_PLAN_CHANGES} changes at once.`, "INVALID"));
  if (errors.length) return { ok: false, errors };
  const values = draft.changes.map((c, i) => {
    const v = fieldValue(c.field, c.text, c.items);
    if (!v.ok)
      errors.push(
        problem(`changes.${i}.${c.items != null ? "items" : "text"}`, v.message, "INVALID"),
      );
    if (!c.target.id)
      errors.push(
        problem(
          `changes.${i}.targetId`,
          `No ${PLAN_FIELDS[c.field].target === "NEED" ? "need" : "action step"} has id "${c.target.given}".`,
          "NOT_FOUND",
        ),
      );
    return v.ok ? v.value : null;
  });
  const seen = new Set<string>();
  draft.changes.forEach((c, i) => {
    const key = `${c.target.id}:${c.field}`;
    if (seen.has(key) && c.field !== "NEED_ADD_ACTION_STEP")
      errors.push(
        problem(`changes.${i}.field`, `${c.field} of the same item is changed twice.`, "INVALID"),
      );
    seen.add(key);
  });
  if (errors.length) return { ok: false, errors };

  return refusableTransaction(em, changedMeanwhile("expectedRevision"), async (tx) => {
    const plan = await lockedPlan(tx, districtId, draft.fiscalYear);
    checkRevision(plan, draft.expectedRevision);
    const ids = { needs: [] as string[], steps: [] as string[] };
    for (const c of draft.changes)
      (PLAN_FIELDS[c.field].target === "NEED" ? ids.needs : ids.steps).push(c.target.id!);
    const targets = await targetsOf(tx, districtId, plan, ids);
    const changes: PlanChangeValue[] = [];
    draft.changes.forEach((c, i) => {
      const row = targets.get(c.target.id!);
      if (!row) {
        errors.push(
          problem(
            `changes.${i}.targetId`,
            `The FY${draft.fiscalYear} plan has no ${PLAN_FIELDS[c.field].target === "NEED" ? "need" : "action step"} "${c.target.given}".`,
            "NOT_FOUND",
          ),
        );
        return;
      }
      const current = readField(row, c.field);
      const change: PlanChangeValue = {
        target: PLAN_FIELDS[c.field].target,
        targetId: row.id,
        label: labelOf(row),
        field: c.field,
        current,
        amended: values[i]!,
      };
      if (sameValue(current, change.amended))
        errors.push(problem(`changes.${i}`, `${sectionOf(change)} already says that.`, "INVALID"));
      changes.push(change);
    });
    if (errors.length) throw new Refusal(errors);

    const approved = plan.approvedAt !== null;
    // A removal is refused at once, not only when approved, while the step is in use.
    for (const c of changes.filter((x) => x.field === "STEP_REMOVE")) {
      const inUse = await stepInUse(tx, districtId, targets.get(c.targetId) as ActionStep);
      if (inUse) throw new Refusal([problem("changes", inUse, "PLAN_IN_USE")]);
    }
    if (!approved) {
      await applyChanges(tx, districtId, changes, targets);
      plan.revision += 1;
    }
    const amendment = tx.create(PlanAmendment, {
      district: plan.district,
      plan,
      number: (await tx.count(PlanAmendment, { plan })) + 1,
      status: approved ? "PROPOSED" : "APPLIED",
      reason,
      changes,
      proposedBy: by,
      decidedBy: approved ? null : by,
      decidedAt: approved ? null : new Date(),
    });
    await tx.flush();
    return amendment.id;
  });
}

/** The director approves a year's plan: from then on every change is an amendment. */
export async function approvePlan(
  em: EntityManager,
  districtId: string,
  by: string,
  fiscalYear: number,
  expectedRevision: number | null | undefined,
): Promise<Outcome<string>> {
  return refusableTransaction(em, changedMeanwhile("expectedRevision"), async (tx) => {
    const plan = await lockedPlan(tx, districtId, fiscalYear);
    if (plan.approvedAt)
      throw new Refusal([
        problem(
          "fiscalYear",
          `The FY${fiscalYear} plan was approved by ${plan.approvedBy} on ${plan.approvedAt.toISOString().slice(0, 10)}; change it by amendment.`,
          "INVALID",
        ),
      ]);
    checkRevision(plan, expectedRevision);
    plan.approvedAt = new Date();
    plan.approvedBy = by;
    await tx.flush();
    return plan.id;
  });
}

export interface AmendmentDecision {
  amendment: Ref;
  approve: boolean;
  note: string | null;
  expectedVersion?: number | null;
}

/**
 * The director approves or rejects a proposed amendment. Approving applies it, unless a section
 * it changes was changed since it was proposed: then it is refused as a CONFLICT, so nobody's
 * change is overwritten unseen.
 */
export async function decideAmendment(
  em: EntityManager,
  districtId: string,
  by: string,
  decision: AmendmentDecision,
): Promise<Outcome<string>> {
  const note = decision.note?.trim() || null;
  if (note && note.length > MAX_REASON)
    return {
      ok: false,
      errors: [problem("note", `The note is longer than ${MAX_REASON} characters.`, "INVALID")],
    };
  return refusableTransaction(em, changedMeanwhile("expectedVersion"), async (tx) => {
    const found = decision.amendment.id
      ? await tx.findOne(
          PlanAmendment,
          { id: decision.amendment.id, district: districtId },
          { populate: ["plan.fiscalYear"] },
        )
      : null;
    if (!found)
      throw new Refusal([
        problem("amendmentId", `No amendment has id "${decision.amendment.given}".`, "NOT_FOUND"),
      ]);
    const plan = await lockedPlan(tx, districtId, found.plan.fiscalYear.year);
    await tx.refresh(found);
    if (decision.expectedVersion != null && found.version !== decision.expectedVersion)
      throw new Refusal([
        problem(
          "expectedVersion",
          "The amendment changed after you read it. Reload it.",
          "CONFLICT",
        ),
      ]);
    if (found.status !== "PROPOSED")
      throw new Refusal([
        problem(
          "amendmentId",
          `Amendment ${found.number} is ${found.status.toLowerCase()}, not waiting for a decision.`,
          "INVALID",
        ),
      ]);
    if (decision.approve) {
      const ids = { needs: [] as string[], steps: [] as string[] };
      for (const c of found.changes) (c.target === "NEED" ? ids.needs : ids.steps).push(c.targetId);
      const targets = await targetsOf(tx, districtId, plan, ids);
      const stale = found.changes.filter((c) => {
        const row = targets.get(c.targetId);
        return !row || !sameValue(readField(row, c.field as PlanField), c.current);
      });
      if (stale.length)
        throw new Refusal([
          problem(
            "amendmentId",
            `Changed since amendment ${found.number} was proposed: ${stale.map(sectionOf).join("; ")}. Reject it and propose it again from the plan as it is now.`,
            "CONFLICT",
          ),
        ]);
      await applyChanges(tx, districtId, found.changes, targets);
      plan.revision += 1;
    }
    Object.assign(found, {
      status: decision.approve ? "APPROVED" : "REJECTED",
      decidedBy: by,
      decidedAt: new Date(),
      decisionNote: note,
    });
    await tx.flush();
    return found.id;
  });
}
