import type { Cents } from "./money.js";

/**
 * A salary schedule of a fiscal year (Georgia's state base schedule for certified staff, or the
 * district's own for classified): a salary per step. A position on a schedule earns its step's
 * salary, so a raise to the schedule is a raise to every position on it.
 */
export interface SalaryStep {
  step: number;
  salary: Cents;
}

/** Most steps a schedule may have (the API sizes its answers and work by it). */
export const MAX_SCHEDULE_STEPS = 60;

export interface StepProblem {
  /** Index of the step at fault, or null for the schedule as a whole. */
  index: number | null;
  field: "steps" | "step" | "salary";
  message: string;
}

/** Why these steps cannot make a schedule: none, too many, a step number repeated or out of range, a negative salary. */
export function salaryScheduleProblems(steps: readonly SalaryStep[]): StepProblem[] {
  if (steps.length === 0)
    return [{ index: null, field: "steps", message: "A schedule needs at least one step." }];
  if (steps.length > MAX_SCHEDULE_STEPS)
    return [
      {
        index: null,
        field: "steps",
        message: `A schedule has at most ${MAX_SCHEDULE_STEPS} steps.`,
      },
    ];
  const problems: StepProblem[] = [];
  const seen = new Set<number>();
  steps.forEach((s, index) => {
    if (!Number.isInteger(s.step) || s.step < 0 || s.step > 99)
      problems.push({ index, field: "step", message: "A step is a whole number from 0 to 99." });
    else if (seen.has(s.step))
      problems.push({ index, field: "step", message: `Step ${s.step} is listed twice.` });
    seen.add(s.step);
    if (!Number.isInteger(s.salary) || s.salary < 0)
      problems.push({ index, field: "salary", message: "A salary is zero or more." });
  });
  return problems;
}

/** The salary of a step, or null when the schedule has no such step. */
export function salaryAtStep(steps: readonly SalaryStep[], step: number): Cents | null {
  return steps.find((s) => s.step === step)?.salary ?? null;
}
