import highsModule, { type Highs } from "highs";

import { roundToPool, type Cents, type ReallocationInput } from "@allot/engine";

// highs ships CommonJS with ESM-style types: at run time the default import is the loader itself.
const highsLoader = (
  typeof highsModule === "function" ? highsModule : (highsModule as { default: unknown }).default
) as () => Promise<Highs>;
let solver: Promise<Highs> | undefined;

/**
 * The same reallocation as a quadratic program for the HiGHS solver: minimise sum(x^2 / w) with
 * sum(x) = pool and floor <= x <= cap, in dollars and pupils for good scaling; then the engine's
 * own rounding to cents, so the two can be compared to the cent.
 */
export async function reallocateWithHighs(input: ReallocationInput): Promise<Cents[]> {
  const highs = await (solver ??= highsLoader());
  const loss = input.maxLossBasisPoints;
  const gain = input.maxGainBasisPoints ?? null;
  const bounds = input.schools.map((s) => {
    if (!s.eligible) return { id: s.id, eligible: false, floor: 0, cap: 0 };
    const floor = Math.ceil((s.baseline * (10_000 - loss)) / 10_000);
    const cap =
      gain === null ? null : Math.max(floor, Math.floor((s.baseline * (10_000 + gain)) / 10_000));
    return { id: s.id, eligible: true, floor, cap };
  });
  // Variables are dollars per weighted pupil (y = x / w): every number stays near the level,
  // which keeps the interior-point and active-set solvers well scaled.
  const w = input.schools.map((s) => (s.eligible && s.weight > 0 ? s.weight / 10_000 : 0));
  const vars = input.schools.map((_, i) => `y${i}`);
  const used = vars.filter((_, i) => w[i]! > 0);
  const quad = used
    .map((v) => `${(2 * w[Number(v.slice(1))]!).toPrecision(17)} ${v}^2`)
    .join(" + ");
  const fixed = bounds.reduce((a, b, i) => a + (w[i]! > 0 ? 0 : b.floor), 0);
  const lines = [
    "Minimize",
    ` obj: [ ${quad} ]/2`,
    "Subject To",
    ` pool: ${used.map((v) => `${w[Number(v.slice(1))]!.toPrecision(17)} ${v}`).join(" + ")} = ${(input.pool - fixed) / 100}`,
    "Bounds",
    ...used.map((v) => {
      const b = bounds[Number(v.slice(1))]!;
      const wi = w[Number(v.slice(1))]!;
      return ` ${(b.floor / 100 / wi).toPrecision(17)} <= ${v} <= ${b.cap === null ? "+inf" : (b.cap / 100 / wi).toPrecision(17)}`;
    }),
    "End",
  ];
  const result = highs.solve(lines.join("\n"), {
    primal_feasibility_tolerance: 1e-10,
    dual_feasibility_tolerance: 1e-10,
  });
  if (result.Status !== "Optimal") throw new Error(`HiGHS: ${result.Status}`);
  const columns = result.Columns as unknown as Record<string, { Primal: number }>;
  const exact = vars.map((v, i) =>
    w[i]! > 0 ? (columns[v]?.Primal ?? 0) * w[i]! * 100 : bounds[i]!.floor,
  );
  return roundToPool(exact, bounds, input.pool);
}
