import type { GoalMeasureFieldsFragment } from "../../graphql/generated";

export interface GoalPoint {
  year: number;
  /** Where the goal means to be that year: the baseline, yearly targets, the final target. */
  target?: number;
  /** What was reached that year (the baseline counts as reached in its year). */
  reached?: number;
}

/**
 * A goal's path by school year for a chart: the planned line from the baseline through the
 * yearly targets to the target, and the values reached. Years without either are left out.
 */
export function goalSeries(goal: GoalMeasureFieldsFragment): GoalPoint[] {
  const points = new Map<number, GoalPoint>();
  const at = (year: number) => points.get(year) ?? points.set(year, { year }).get(year)!;
  if (goal.baseline != null && goal.baselineYear != null) {
    at(goal.baselineYear).target = goal.baseline;
    at(goal.baselineYear).reached = goal.baseline;
  }
  for (const v of goal.values)
    if (v.kind === "TARGET") at(v.year).target = v.value;
    else at(v.year).reached = v.value;
  if (goal.target != null && goal.targetYear != null) at(goal.targetYear).target = goal.target;
  return [...points.values()].sort((a, b) => a.year - b.year);
}
