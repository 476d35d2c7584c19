import { fileURLToPath } from "node:url";

export * from "./types.js";
export { goalMissing, parseGoal, type GoalMeasure } from "./parse-goal.js";
export { parseImprovementPlan } from "./parse-plan.js";
export * from "./parse-strategic-plan.js";

/** Clayton County's FY2022 District Improvement Plan and 2021-2026 strategic plan, as published. */
export const SAMPLE_FILES = {
  improvementPlanFy2022: fileURLToPath(
    new URL("../samples/clayton-county-dip-fy2022.txt", import.meta.url),
  ),
  strategicPlan2021To2026: fileURLToPath(
    new URL("../samples/clayton-county-strategic-plan-2021-2026.txt", import.meta.url),
  ),
};
