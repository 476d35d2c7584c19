import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { breakTies, stableOrder } from "./order.js";

describe("stableOrder", () => {
  const reference = (keys: number[]) =>
    keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);

  it("orders by key with ties to the lower index, as a stable comparator sort does", () => {
    const key = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, 1, -1, 0.5, Infinity, -Infinity, Number.MIN_VALUE),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      // Below 512 keys a comparator sort runs, from 512 the radix passes.
      fc.property(
        fc.oneof(
          fc.array(key, { maxLength: 100 }),
          fc.array(key, { minLength: 512, maxLength: 1500 }),
        ),
        (keys) => {
          expect(Array.from(stableOrder(Float64Array.from(keys)))).toEqual(reference(keys));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("orders a view into a larger buffer by the view's own keys", () => {
    const all = Float64Array.from([9, 3, 1, 2, 1]);
    expect(Array.from(stableOrder(all.subarray(1)))).toEqual([1, 3, 2, 0]);
  });

  it("breaks ties by the given comparator only among equal keys", () => {
    const keys = Float64Array.from([2, 1, 2, 1, 0]);
    const ids = ["b", "z", "a", "y", "q"];
    const order = breakTies(stableOrder(keys), keys, (a, b) => (ids[a]! < ids[b]! ? -1 : 1));
    expect(Array.from(order)).toEqual([4, 3, 1, 2, 0]);
  });
});
