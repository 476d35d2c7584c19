import { describe, expect, it } from "vitest";

import { levelSpread, reallocate } from "@allot/engine";

import { generateSchools, reallocationProblem } from "./generate.js";
import { reallocateWithHighs } from "./highs.js";

describe("the engine's reallocation against a general solver (HiGHS)", () => {
  it.each([
    [12, 1],
    [68, 2],
    [300, 3],
  ])(
    "%i schools: the same amounts within a cent per school, and no better objective",
    async (count, seed) => {
      const problem = reallocationProblem(generateSchools(count, seed));
      const ours = reallocate(problem).schools.map((s) => s.amount);
      const theirs = await reallocateWithHighs(problem);
      const worst = Math.max(...ours.map((x, i) => Math.abs(x - theirs[i]!)));
      expect(worst).toBeLessThanOrEqual(1);
      expect(theirs.reduce((a, b) => a + b, 0)).toBe(problem.pool);
      expect(levelSpread(problem.schools, ours)).toBeLessThanOrEqual(
        levelSpread(problem.schools, theirs) * (1 + 1e-12),
      );
    },
  );
});
