import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

import { District, FiscalYear, Position, SalarySchedule } from "@allot/db";
import { salaryAtStep, salaryScheduleProblems, type SalaryStep } from "@allot/engine";

import {
  problem,
  readBack,
  refusableTransaction,
  Refusal,
  type Outcome,
  type Problem,
} from "../../common/problem.js";
import { MAX_SALARY_SCHEDULES } from "../../platform/limits/list-sizes.js";
import { conflict, POSITION_POPULATE, syncLines } from "./position.service.js";

export interface SalaryScheduleDraft {
  fiscalYear: number;
  name: string;
  steps: SalaryStep[];
}

/**
 * Sets a salary schedule of a year (new, or replaced by name). Every position on it takes its
 * step's new salary and its budget lines are rewritten, all in one transaction: refused whole when
 * a step some position holds is dropped (naming them) or a program would be overspent.
 */
export async function setSalarySchedule(
  em: EntityManager,
  districtId: string,
  draft: SalaryScheduleDraft,
  expectedVersion: number | null | undefined,
): Promise<Outcome<SalarySchedule>> {
  const saved = await refusableTransaction(em, conflict("salary schedule"), async (tx) => {
    const name = draft.name.trim();
    const errors: Problem[] = [];
    if (!name || name.length > 40)
      errors.push(problem("name", "name is 1 to 40 characters.", "INVALID"));
    for (const p of salaryScheduleProblems(draft.steps))
      errors.push(
        problem(p.index === null ? "steps" : `steps.${p.index}.${p.field}`, p.message, "INVALID"),
      );
    const fy = await tx.findOne(FiscalYear, { district: districtId, year: draft.fiscalYear });
    if (!fy)
      errors.push(
        problem("fiscalYear", `The district has no fiscal year ${draft.fiscalYear}.`, "NOT_FOUND"),
      );
    if (errors.length || !fy) throw new Refusal(errors);
    let schedule = await tx.findOne(
      SalarySchedule,
      { district: districtId, fiscalYear: fy, name },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (schedule && expectedVersion != null && schedule.version !== expectedVersion)
      throw new Refusal([conflict("salary schedule")]);
    if (
      !schedule &&
      (await tx.count(SalarySchedule, { district: districtId, fiscalYear: fy })) >=
        MAX_SALARY_SCHEDULES
    )
      throw new Refusal([
        problem("name", `A year has at most ${MAX_SALARY_SCHEDULES} salary schedules.`, "INVALID"),
      ]);
    const steps = [...draft.steps].sort((a, b) => a.step - b.step);
    if (!schedule) {
      schedule = tx.create(SalarySchedule, {
        district: tx.getReference(District, districtId),
        fiscalYear: fy,
        name,
        steps,
      });
      await tx.flush();
      return schedule.id;
    }
    schedule.steps = steps;
    // Locked first, then loaded whole: FOR UPDATE cannot reach the outer joins of populate.
    const on = await tx.find(
      Position,
      { district: districtId, salarySchedule: schedule },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { code: "asc" } },
    );
    await tx.populate(on, POSITION_POPULATE);
    const stranded = on.filter((p) => salaryAtStep(steps, p.scheduleStep!) === null);
    if (stranded.length)
      throw new Refusal([
        problem(
          "steps",
          `Positions hold steps this schedule would drop: ${stranded
            .slice(0, 10)
            .map((p) => `${p.code} (step ${p.scheduleStep})`)
            .join(
              ", ",
            )}${stranded.length > 10 ? ` and ${stranded.length - 10} more` : ""}. Keep the steps or move the positions first.`,
          "INVALID",
        ),
      ]);
    const raised = on.filter((p) => {
      const salary = salaryAtStep(steps, p.scheduleStep!)!;
      if (salary === p.salaryCents) return false;
      p.salaryCents = salary;
      return true;
    });
    await tx.flush();
    await syncLines(tx, districtId, fy, raised);
    return schedule.id;
  });
  return readBack(saved, (id) => {
    em.clear();
    return em.findOneOrFail(
      SalarySchedule,
      { id, district: districtId },
      { populate: ["fiscalYear"] },
    );
  });
}
