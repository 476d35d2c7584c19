import { usd, type Cents } from "../money.js";
import { WEIGHT_SCALE } from "./weights.js";

export interface ReallocationSchool {
  id: string;
  /** Weighted pupils in 1/10,000 units (see weightedEnrollment). */
  weight: number;
  /** What the school had before: the floor and cap are measured against it. */
  baseline: Cents;
  /** False when the program may not pay this school (it then gets nothing). */
  eligible: boolean;
  /** An absolute upper bound, if any. */
  cap?: Cents | null;
}

export interface ReallocationInput {
  pool: Cents;
  schools: readonly ReallocationSchool[];
  /** Largest loss against the baseline, in basis points (500 = no school loses more than 5%). */
  maxLossBasisPoints: number;
  /** Largest gain against the baseline, in basis points; null for no cap. */
  maxGainBasisPoints?: number | null;
}

export type ActiveBound = "FLOOR" | "CAP" | "LEVEL" | "INELIGIBLE";

export interface ReallocatedSchool {
  id: string;
  amount: Cents;
  floor: Cents;
  cap: Cents | null;
  bound: ActiveBound;
}

export interface ReallocationResult {
  schools: ReallocatedSchool[];
  /** The common level reached: dollars per weighted pupil for every school not held by a bound. */
  levelPerWeightedPupil: number;
  /** Weighted variance of dollars per weighted pupil: what the method minimises. */
  objective: number;
}

export class ReallocationInfeasible extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReallocationInfeasible";
  }
}

/**
 * Moves a pool toward equal dollars per weighted pupil, within each school's floor and cap:
 * water-filling on a common level L, where every eligible school gets clamp(L x weight, floor,
 * cap) and L is chosen so the pool is spent exactly. This is the exact minimiser of
 * sum(amount^2 / weight) under the bounds (a separable convex problem whose optimality conditions
 * are exactly "equal level unless held by a bound"), so no feasible allocation spreads dollars
 * per weighted pupil more evenly. A school with no weighted pupils stays at its floor. Cents: each amount is rounded down and the leftover cents go,
 * one each, to the schools with the largest remainders that still have room (ties by id).
 */
export function reallocate(input: ReallocationInput): ReallocationResult {
  const { pool, schools } = input;
  const loss = input.maxLossBasisPoints;
  if (!Number.isInteger(loss) || loss < 0 || loss > 10_000)
    throw new RangeError("maxLossBasisPoints must be 0-10000");
  const gain = input.maxGainBasisPoints ?? null;
  if (gain !== null && (!Number.isInteger(gain) || gain < 0))
    throw new RangeError("maxGainBasisPoints must be a whole number >= 0");

  const rows = schools.map((s) => {
    if (!s.eligible) return { s, floor: 0, cap: 0 };
    const floor = Math.ceil((s.baseline * (10_000 - loss)) / 10_000);
    let cap: Cents | null =
      gain === null ? null : Math.floor((s.baseline * (10_000 + gain)) / 10_000);
    if (s.cap !== undefined && s.cap !== null) cap = cap === null ? s.cap : Math.min(cap, s.cap);
    if (cap !== null && cap < floor) cap = floor;
    return { s, floor, cap };
  });
  const floors = rows.reduce((a, r) => a + r.floor, 0);
  if (floors > pool) {
    throw new ReallocationInfeasible(
      `The floors need ${usd(floors)} but the pool is ${usd(pool)}: allow a larger loss or add to the pool.`,
    );
  }
  const uncapped = rows.some((r) => r.s.eligible && r.cap === null && r.s.weight > 0);
  const capsTotal = rows.reduce((a, r) => a + (r.cap ?? 0), 0);
  if (!uncapped && capsTotal < pool) {
    throw new ReallocationInfeasible(
      `The caps allow only ${usd(capsTotal)} of a pool of ${usd(pool)}: allow a larger gain.`,
    );
  }

  // S(L) = sum clamp(L w, floor, cap) is non-decreasing and piecewise linear; its breakpoints are
  // floor/w and cap/w. Find the segment where it reaches the pool, then solve it exactly.
  const weighted = rows.filter((r) => r.s.eligible && r.s.weight > 0);
  const spend = (level: number) =>
    rows.reduce((a, r) => {
      if (!r.s.eligible) return a;
      const want = level * r.s.weight;
      return a + Math.max(r.floor, r.cap === null ? want : Math.min(r.cap, want));
    }, 0);
  // Sorted natively as a typed array (a comparator sort of 200,000 numbers cost more than the
  // search); a repeated breakpoint changes nothing in the search below.
  const breaks = new Float64Array(
    weighted.flatMap((r) =>
      r.cap === null ? [r.floor / r.s.weight] : [r.floor / r.s.weight, r.cap / r.s.weight],
    ),
  ).sort();
  let lo = 0;
  let hi = breaks.length - 1;
  // Largest breakpoint whose spend is still <= pool.
  let below = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spend(breaks[mid]!) <= pool) {
      below = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const start = below === -1 ? 0 : breaks[below]!;
  const next = below + 1 < breaks.length ? breaks[below + 1]! : start + 1;
  // Inside (start, next) no school changes state: classify each at the midpoint and solve the
  // linear equation fixed + L x freeWeight = pool.
  const probe = (start + next) / 2;
  let fixed = 0;
  let freeWeight = 0;
  for (const r of rows) {
    if (!r.s.eligible) continue;
    const want = probe * r.s.weight;
    if (r.s.weight === 0 || want <= r.floor) fixed += r.floor;
    else if (r.cap !== null && want >= r.cap) fixed += r.cap;
    else freeWeight += r.s.weight;
  }
  const level = freeWeight > 0 ? (pool - fixed) / freeWeight : start;

  const exact = rows.map((r) => {
    if (!r.s.eligible) return 0;
    const want = level * r.s.weight;
    return Math.max(r.floor, r.cap === null ? want : Math.min(r.cap, want));
  });
  const amounts = roundToPool(
    exact,
    rows.map((r) => ({ id: r.s.id, eligible: r.s.eligible, floor: r.floor, cap: r.cap })),
    pool,
  );

  const result = rows.map((r, i) => {
    const amount = amounts[i]!;
    let bound: ActiveBound = "LEVEL";
    if (!r.s.eligible) bound = "INELIGIBLE";
    else if (r.cap !== null && amount >= r.cap && level * r.s.weight >= r.cap) bound = "CAP";
    else if (level * r.s.weight <= r.floor) bound = "FLOOR";
    return { id: r.s.id, amount, floor: r.floor, cap: r.cap, bound };
  });
  return {
    schools: result,
    levelPerWeightedPupil: (level * WEIGHT_SCALE) / 100,
    objective: levelSpread(schools, amounts),
  };
}

/**
 * Weighted variance of dollars per weighted pupil over eligible schools with weight: how unequal
 * the distribution is on the reallocation's own measure (0 = every school at one level).
 */
export function levelSpread(
  schools: readonly ReallocationSchool[],
  amounts: readonly Cents[],
): number {
  let w = 0;
  let total = 0;
  schools.forEach((s, i) => {
    if (s.eligible && s.weight > 0) {
      w += s.weight;
      total += amounts[i]!;
    }
  });
  if (w === 0) return 0;
  const mean = total / w;
  let v = 0;
  schools.forEach((s, i) => {
    if (s.eligible && s.weight > 0) v += s.weight * (amounts[i]! / s.weight - mean) ** 2;
  });
  return v / w;
}

/**
 * Turns exact (fractional) amounts into cents that add up to the pool: each rounded down (never
 * below its floor), then the leftover cents one each to the largest remainders with room (ties
 * by id). Shared by the engine and by anything that checks it against another solver.
 */
export function roundToPool(
  exact: readonly number[],
  bounds: readonly { id: string; eligible: boolean; floor: Cents; cap: Cents | null }[],
  pool: Cents,
): Cents[] {
  const n = exact.length;
  const amounts = new Array<number>(n);
  const rems = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const down = Math.floor(exact[i]! + 1e-9);
    amounts[i] = Math.max(bounds[i]!.floor, down);
    rems[i] = exact[i]! - down;
  }
  let left = pool - amounts.reduce((a, b) => a + b, 0);
  const room = (i: number) =>
    bounds[i]!.eligible && (bounds[i]!.cap === null || amounts[i]! < bounds[i]!.cap);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      rems[b]! - rems[a]! ||
      (bounds[a]!.id < bounds[b]!.id ? -1 : bounds[a]!.id > bounds[b]!.id ? 1 : 0),
  );
  while (left > 0) {
    let gave = false;
    for (const i of order) {
      if (left === 0) break;
      if (!room(i)) continue;
      amounts[i]! += 1;
      left -= 1;
      gave = true;
    }
    if (!gave) break;
  }
  while (left < 0) {
    // Rounding up to a floor overshot: take cents back from schools above their floors.
    let took = false;
    for (const i of [...order].reverse()) {
      if (left === 0) break;
      if (amounts[i]! > bounds[i]!.floor) {
        amounts[i]! -= 1;
        left += 1;
        took = true;
      }
    }
    if (!took) break;
  }
  return amounts;
}
