import { describe, expect, it } from "vitest";

import { stateDistricts } from "./state.js";

describe("the generated state", () => {
  it("is 180 districts and 2,300 schools with Clayton County's 68, the same every time", () => {
    const others = stateDistricts();
    expect(others).toHaveLength(179);
    expect(68 + others.reduce((a, d) => a + d.schoolCount, 0)).toBe(2_300);
    expect(others.every((d) => d.schoolCount >= 1)).toBe(true);
    expect(new Set(others.map((d) => d.district.ncesLeaId)).size).toBe(179);
    expect(stateDistricts()).toEqual(others);
    // Shaped like a state: a few large districts, many small ones.
    const sizes = others.map((d) => d.schoolCount).sort((a, b) => b - a);
    expect(sizes[0]!).toBeGreaterThan(5 * sizes[89]!);
  });
});
