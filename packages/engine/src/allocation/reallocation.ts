import { column, flags, toArray } from "../columns.js";
import { usd, type Cents } from "../money.js";
import { breakTies, byId, stableOrder } from "../order.js";
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

/** The reallocation's schools as columns, in input order: what the engine passes for 100,000 schools. */
export interface ReallocationColumns {
  pool: Cents;
  /** Weighted pupils in 1/10,000 units. */
  weight: Float64Array;
  baseline: Float64Array;
  eligible: Uint8Array;
  /** An absolute upper bound per school; NaN for none. Omit for no caps. */
  cap?: Float64Array;
  /** Orders schools whose cents tie (by id). */
  tie: (a: number, b: number) => number;
  maxLossBasisPoints: number;
  maxGainBasisPoints?: number | null;
}

/** Each school's amount, floor and cap (NaN for none), and which bound holds it. */
export interface ReallocatedColumns {
  amount: Float64Array;
  floor: Float64Array;
  cap: Float64Array;
  bound: ActiveBound[];
  /** Dollars per weighted pupil for every school not held by a bound. */
  levelPerWeightedPupil: number;
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
  const { schools } = input;
  const r = reallocateColumns({
    pool: input.pool,
    weight: column(schools, (s) => s.weight),
    baseline: column(schools, (s) => s.baseline),
    eligible: flags(schools, (s) => s.eligible),
    cap: column(schools, (s) => s.cap ?? NaN),
    tie: byId(schools),
    maxLossBasisPoints: input.maxLossBasisPoints,
    maxGainBasisPoints: input.maxGainBasisPoints ?? null,
  });
  return {
    schools: schools.map((s, i) => ({
      id: s.id,
      amount: r.amount[i]!,
      floor: r.floor[i]!,
      cap: Number.isNaN(r.cap[i]!) ? null : r.cap[i]!,
      bound: r.bound[i]!,
    })),
    levelPerWeightedPupil: r.levelPerWeightedPupil,
    objective: levelSpread(schools, toArray(r.amount)),
  };
}

/** The reallocation over columns (see reallocate): no object per school. */
export function reallocateColumns(input: ReallocationColumns): ReallocatedColumns {
  const { pool, weight, baseline, eligible } = input;
  const n = weight.length;
  const loss = input.maxLossBasisPoints;
  if (!Number.isInteger(loss) || loss < 0 || loss > 10_000)
    throw new RangeError("maxLossBasisPoints must be 0-10000");
  const gain = input.maxGainBasisPoints ?? null;
  if (gain !== null && (!Number.isInteger(gain) || gain < 0))
    throw new RangeError("maxGainBasisPoints must be a whole number >= 0");

  // Floors and caps; a cap of NaN is none (an ineligible school's stays 0: it gets nothing).
  const floor = new Float64Array(n);
  const cap = new Float64Array(n);
  let floors = 0;
  let capsTotal = 0;
  let uncapped = false;
  let breakCount = 0;
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    const f = Math.ceil((baseline[i]! * (10_000 - loss)) / 10_000);
    let c = gain === null ? NaN : Math.floor((baseline[i]! * (10_000 + gain)) / 10_000);
    const given = input.cap?.[i] ?? NaN;
    if (!Number.isNaN(given)) c = Number.isNaN(c) ? given : Math.min(c, given);
    if (c < f) c = f;
    floor[i] = f;
    cap[i] = c;
    floors += f;
    capsTotal += Number.isNaN(c) ? 0 : c;
    if (Number.isNaN(c) && weight[i]! > 0) uncapped = true;
    if (weight[i]! > 0) breakCount += Number.isNaN(c) ? 1 : 2;
  }
  if (floors > pool) {
    throw new ReallocationInfeasible(
      `The floors need ${usd(floors)} but the pool is ${usd(pool)}: allow a larger loss or add to the pool.`,
    );
  }
  if (!uncapped && capsTotal < pool) {
    throw new ReallocationInfeasible(
      `The caps allow only ${usd(capsTotal)} of a pool of ${usd(pool)}: allow a larger gain.`,
    );
  }

  // S(L) = sum clamp(L w, floor, cap) is non-decreasing and piecewise linear; its breakpoints are
  // floor/w and cap/w. Find the segment where it reaches the pool, then solve it exactly.
  const spend = (level: number) => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!eligible[i]) continue;
      const want = level * weight[i]!;
      total += Math.max(floor[i]!, Number.isNaN(cap[i]!) ? want : Math.min(cap[i]!, want));
    }
    return total;
  };
  // Sorted natively as a typed array (a comparator sort of 200,000 numbers cost more than the
  // search); a repeated breakpoint changes nothing in the search below.
  const breaks = new Float64Array(breakCount);
  for (let i = 0, k = 0; i < n; i++) {
    if (!eligible[i] || !(weight[i]! > 0)) continue;
    breaks[k++] = floor[i]! / weight[i]!;
    if (!Number.isNaN(cap[i]!)) breaks[k++] = cap[i]! / weight[i]!;
  }
  breaks.sort();
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
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    const want = probe * weight[i]!;
    if (weight[i] === 0 || want <= floor[i]!) fixed += floor[i]!;
    else if (!Number.isNaN(cap[i]!) && want >= cap[i]!) fixed += cap[i]!;
    else freeWeight += weight[i]!;
  }
  const level = freeWeight > 0 ? (pool - fixed) / freeWeight : start;

  const exact = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    const want = level * weight[i]!;
    exact[i] = Math.max(floor[i]!, Number.isNaN(cap[i]!) ? want : Math.min(cap[i]!, want));
  }
  const amount = roundColumnsToPool(exact, { eligible, floor, cap }, pool, input.tie);

  const bound = new Array<ActiveBound>(n);
  for (let i = 0; i < n; i++) {
    const want = level * weight[i]!;
    if (!eligible[i]) bound[i] = "INELIGIBLE";
    else if (!Number.isNaN(cap[i]!) && amount[i]! >= cap[i]! && want >= cap[i]!) bound[i] = "CAP";
    else if (want <= floor[i]!) bound[i] = "FLOOR";
    else bound[i] = "LEVEL";
  }
  return { amount, floor, cap, bound, levelPerWeightedPupil: (level * WEIGHT_SCALE) / 100 };
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
  const amounts = roundColumnsToPool(
    Float64Array.from(exact),
    {
      eligible: flags(bounds, (b) => b.eligible),
      floor: column(bounds, (b) => b.floor),
      cap: column(bounds, (b) => b.cap ?? NaN),
    },
    pool,
    byId(bounds),
  );
  return toArray(amounts);
}

/** roundToPool over columns; a cap of NaN is none. */
function roundColumnsToPool(
  exact: Float64Array,
  bounds: { eligible: Uint8Array; floor: Float64Array; cap: Float64Array },
  pool: Cents,
  tie: (a: number, b: number) => number,
): Float64Array {
  const { eligible, floor, cap } = bounds;
  const n = exact.length;
  const amounts = new Float64Array(n);
  // Largest remainder first: ascending on the remainder negated, equal remainders by id.
  const byRemainder = new Float64Array(n);
  let left = pool;
  for (let i = 0; i < n; i++) {
    const down = Math.floor(exact[i]! + 1e-9);
    amounts[i] = Math.max(floor[i]!, down);
    byRemainder[i] = down - exact[i]!;
    left -= amounts[i]!;
  }
  const room = (i: number) => eligible[i] === 1 && !(amounts[i]! >= cap[i]!);
  const order = breakTies(stableOrder(byRemainder), byRemainder, tie);
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
    for (let k = n - 1; k >= 0; k--) {
      const i = order[k]!;
      if (left === 0) break;
      if (amounts[i]! > floor[i]!) {
        amounts[i]! -= 1;
        left += 1;
        took = true;
      }
    }
    if (!took) break;
  }
  return amounts;
}
