import { describe, expect, it } from "vitest";

import { MAX_SCHEDULE_STEPS, salaryAtStep, salaryScheduleProblems } from "./salary-schedule.js";

describe("a salary schedule", () => {
  const steps = [
    { step: 1, salary: 6_000_000 },
    { step: 2, salary: 6_300_000 },
  ];

  it("gives each step's salary, and none for a step it lacks", () => {
    expect(salaryScheduleProblems(steps)).toEqual([]);
    expect(salaryAtStep(steps, 2)).toBe(6_300_000);
    expect(salaryAtStep(steps, 3)).toBeNull();
  });

  it("names each wrong step by its place: repeated, out of range, a negative salary", () => {
    expect(
      salaryScheduleProblems([
        { step: 1, salary: 1 },
        { step: 1, salary: 2 },
        { step: 100, salary: -1 },
      ]),
    ).toEqual([
      { index: 1, field: "step", message: "Step 1 is listed twice." },
      { index: 2, field: "step", message: "A step is a whole number from 0 to 99." },
      { index: 2, field: "salary", message: "A salary is zero or more." },
    ]);
  });

  it("has at least one step and at most the limit", () => {
    expect(salaryScheduleProblems([])[0]!.message).toBe("A schedule needs at least one step.");
    const many = Array.from({ length: MAX_SCHEDULE_STEPS + 1 }, (_, i) => ({ step: i, salary: 1 }));
    expect(salaryScheduleProblems(many)[0]!.message).toMatch(/at most 60 steps/);
  });
});
